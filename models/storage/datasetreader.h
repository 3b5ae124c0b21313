// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "core/validationissue.h"
#include "core/vocabulary.h"

class CsvReader;

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

/// A derived figure's formula (observations.csv `derived_from`, docs/DATA-FORMAT.md):
/// `term (' + ' term | ' - ' term)*`, `term := series ['@' period]`; the period defaults to the
/// row's own, the dataset and region are the row's; each term stands for the plotted figure.
struct DerivedFormula
{
    struct Term
    {
        int sign = 1;
        QString series;
        Period period; ///< invalid: the row's own period
    };
    QList<Term> terms;
    /// Parses text; on failure returns false and sets *error (translated).
    bool parse(const QString& text, QString* error);
};

/// Reads the dataset's CSV files (docs/DATA-FORMAT.md) into records, checking every field.
/// Used for the bundled dataset and for imports alike.
class DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    static const QStringList& observationColumns();
    /// Columns an observations file may have beyond the required ones: `value_to`.
    static const QStringList& optionalObservationColumns();
    static const QStringList& sourceColumns();
    static const QStringList& eventColumns();

    bool readVocabulary(const QByteArray& regionsCsv, const QByteArray& seriesCsv);
    QList<Source> readSources(const QByteArray& csv, const QString& fileName);
    /// knownSources: ids the observations may cite (from the store and this input).
    QList<Observation> readObservations(const QByteArray& csv, const QString& fileName,
                                        const QSet<QString>& knownSources);
    /// What to do with rows whose number of fields differs from the header's.
    enum class RaggedRows {
        Refuse, ///< each is a problem, and no row is read
        Skip,   ///< left out silently (the caller reports them): the other rows are read
    };
    /// The same, from a file already parsed (an import reads its file once).
    QList<Observation> readObservations(const CsvReader& csv, const QString& fileName,
                                        const QSet<QString>& knownSources,
                                        RaggedRows ragged = RaggedRows::Refuse);
    QList<TimelineEvent> readEvents(const QByteArray& csv, const QString& fileName,
                                    const QSet<QString>& knownSources);

    /// Where a source is described: sources.csv of the bundled data, or the source columns of an
    /// import (which words a missing kind or title as "source … is new: give its …").
    enum class SourceOrigin { Bundled, Import };
    /// The one set of rules for a source's details, for the bundled data and imports alike
    /// (issue 20): id, kind, English title, published (a real date, not after today), language,
    /// address, unconfirmed details. Calls fail(field, message) for each problem, field being the
    /// sources.csv column (id, kind, title_en, published, language, url, unconfirmed). `kind` is
    /// the kind as written (source.kind holds it only when it is a known one).
    static void
    checkSource(const Source& source, const QString& kind, SourceOrigin origin,
                const std::function<void(const QString& field, const QString& message)>& fail);

    /// What a CSV-level failure of reader (size, UTF-8, quotes, empty) is called in a problem.
    static QString csvError(const CsvReader& reader);

    const Vocabulary& vocabulary() const { return m_vocabulary; }
    void setVocabulary(const Vocabulary& v) { m_vocabulary = v; }
    const QList<ValidationIssue>& issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }
    /// Keep at most max problems in detail (the first ones); the others are only counted, by
    /// kind, so that a hostile file cannot fill the memory with messages. Unlimited by default.
    void setMaxIssues(int max) { m_maxIssues = max; }
    /// Problems found beyond the first setMaxIssues(), counted by ValidationIssue::kindOf.
    const QHash<QString, int>& unlistedIssues() const { return m_unlisted; }

private:
    struct Table;
    bool readTable(const QByteArray& csv, const QString& fileName, const QStringList& required,
                   Table* out);
    bool checkTable(const QString& fileName, const QStringList& required, Table* table);
    void addIssue(const QString& file, int line, int column, const QString& message);

    Vocabulary m_vocabulary;
    QList<ValidationIssue> m_issues;
    int m_maxIssues = -1;
    QHash<QString, int> m_unlisted;
};
