// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csvreader.h"
#include "core/importpreview.h"
#include "core/records.h"
#include "storage/datasetreader.h"
#include "storage/importclassifier.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

/// An import, worked out before anything is written (docs/IMPORT.md).
///
/// prepare() reads an import file and checks every row against the store's current content,
/// collecting every problem with its line and column. A valid file becomes:
/// - additions: every figure of the file, each with its source;
/// - changes: final or provisional figures that a newer source corrects with another value;
///   a stored one is marked superseded (undo restores its status), a figure of the file that a
///   stored newer figure corrects is added as superseded;
/// - conflicts: new figures whose value differs from another source's figure of the same
///   quantity, where neither corrects the other; both are kept and the plotted one is chosen by
///   rule (Store::choosePlotted), so a conflict is reported, not refused.
/// apply() writes it in one transaction; Store::undoLastImport() takes it back.
class ImportPlan : public ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    /// Problems listed one by one (the first in file order); the others are counted by kind.
    static constexpr int MaxListedProblems = 100;
    /// Lines listed per section of the text preview (report()); the others are counted.
    static constexpr int MaxListedLines = 200;
    /// Characters of a source's title shown in a preview line; a longer title is cut.
    static constexpr int MaxTitleLength = 200;

    /// The optional columns that describe a figure's source in the same row.
    static const QStringList& sourceColumns();
    /// A source's field in one of sourceColumns() ("source_url" → its URL).
    static QString sourceField(const Source& source, const QString& column);
    /// The optional Korean forms of a figure's texts: note_ko, locator_ko (the source's are
    /// source_title_ko, source_outlet_ko and source_note_ko, among sourceColumns()).
    static const QStringList& koreanColumns();
    /// Columns the export writes for reading and the import ignores: period_label, plotted.
    static const QStringList& ignoredColumns();
    /// Optional figure columns: compiler, derived_from.
    /// Every column an import file may have, in the order the export writes them.
    static QStringList allColumns();

    /// Told how far prepare() has come (0–100); returning false cancels it. It is called on the
    /// thread that runs prepare() (the window runs it in a worker thread, docs/IMPORT.md).
    using Progress = std::function<bool(int percent)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// The language of the plan's texts (names, titles, period labels, numbers), given by the
    /// caller on the main thread before readFile() or prepare(), which may run on a worker and
    /// keep it; English by default. A display setting, not part of the plan: a preview showing
    /// the plan changes it when the window's language changes (main thread only).
    void setLanguage(Language language) const override { m_language = language; }
    Language language() const { return m_language; }
    /// Whether the last prepare() was cancelled through the progress function.
    bool wasCancelled() const { return m_cancelled; }

    /// Reads the file at path and prepares it (see prepare()).
    bool readFile(const QString& path, const Snapshot& current,
                  const QString& stateToken = QString());
    /// The store's figures as a check reads them (issue 23): the figures of the quantities the
    /// file names one at a time as numbers (Store::visitQuantities), then whole only those the
    /// preview names (Store::loadFigures). Each is false when the store cannot be read; visit
    /// also when the function it calls returns false (the check was cancelled).
    struct StoredFigures
    {
        std::function<bool(const QSet<QString>& quantities,
                           const std::function<bool(const Observation&)>& visit)>
            visit;
        std::function<bool(const QList<qint64>& ids, QList<Observation>* out)> byId;
        /// The figures of store; the store must outlive it.
        static StoredFigures in(Store& store);
        /// The figures of a list (a snapshot's); the list must outlive it.
        static StoredFigures of(const QList<Observation>& figures);
    };
    /// readFile() against current's names and sources and the figures `stored` gives for the
    /// quantities the file names, asked once the file is parsed and its text released, and
    /// dropped once the file is checked: the file's text, the store's figures and the write
    /// are never held at once (issue 23). False with storeFailed() when `stored` failed.
    bool readFile(const QString& path, const Snapshot& current, const StoredFigures& stored,
                  const QString& stateToken = QString());
    /// Reads the file at path and checks it against store (the figures of the quantities it
    /// names, its names and sources, its state for apply()): how the command line and the window
    /// check a file. False with storeFailed() when the store cannot be read.
    bool readFile(const QString& path, Store& store);
    /// Whether the last readFile() stopped because the store's figures could not be read (the
    /// plan is then empty and invalid: the store's error says why).
    bool storeFailed() const { return m_storeFailed; }
    /// Checks data, the contents of a file called fileName, against current (the store's
    /// content, as Store::load gives it). stateToken (Store::stateToken()) lets apply() refuse
    /// to write when the store changed in between. Returns isValid().
    bool prepare(const QByteArray& data, const QString& fileName, const Snapshot& current,
                 const QString& stateToken = QString());

    bool isValid() const override { return m_prepared && m_issues.isEmpty(); }
    /// The first problems found (at most MaxListedProblems), in file order, each with its line
    /// and column.
    const QList<ValidationIssue>& issues() const override { return m_issues; }
    /// How many problems were found in all.
    int problemCount() const override { return int(m_issues.size()) + m_unlistedCount; }
    /// The problems not in issues(), counted by kind (ValidationIssue::kindOf), most first.
    QList<QPair<QString, int>> unlistedProblems() const override;
    QString fileName() const override { return m_fileName; }

    const QList<Source>& newSources() const { return m_newSources; }
    int newSourceCount() const override { return int(m_newSources.size()); }
    const QList<Observation>& additions() const override { return m_additions; }
    /// Every change. Held compactly (a change names its two figures) and made into this list on
    /// the first call: for the window's preview and small files; the text preview and large files
    /// use changeCount() and change().
    const QList<Change>& changes() const;
    int changeCount() const override { return int(m_changeRefs.size()); }
    /// Change i, 0 <= i < changeCount().
    Change change(int i) const override;
    /// Every conflict; made on the first call like changes() (conflictCount(), conflict(i) for
    /// large files).
    const QList<Conflict>& conflicts() const;
    int conflictCount() const override { return int(m_conflictRefs.size()); }
    /// Conflict i, 0 <= i < conflictCount().
    Conflict conflict(int i) const override;
    /// True when the file has no figures at all.
    bool isEmpty() const { return m_additions.isEmpty(); }

    /// What apply() writes.
    ImportBatch batch() const;
    /// Writes the plan in one transaction; false (nothing written) with store.errorString().
    bool apply(Store& store, qint64* importId = nullptr) const;

    /// "Arrivals, South Korea, 2025" in the UI language.
    QString quantityText(const Observation& o) const override;
    /// "224 people (final)" in the UI language.
    QString valueText(const Observation& o) const override;
    /// The source's title and date in the UI language.
    QString sourceText(const QString& sourceId) const override;
    /// The source's outlet (else title) and date, for the change and conflict lines.
    QString shortSourceText(const QString& sourceId) const override;
    /// One line per addition, change and conflict, as the preview lists them.
    QString additionText(const Observation& o) const;
    QString changeText(const Change& c) const;
    QString conflictText(const Conflict& c) const;
    /// The figures and new sources without a Korean form, in file order (sources first).
    QList<MissingKorean> missingKorean() const override;
    /// "line 4: no note_ko, locator_ko" in the UI language.
    QString missingKoreanText(const MissingKorean& m) const;
    /// The whole preview as plain text (the command line prints it).
    QString report() const;

private:
    /// prepare(), releasing data once it is parsed (readFile's bytes are not kept).
    bool prepareData(QByteArray& data, const QString& fileName, const Snapshot& current,
                     const QString& stateToken, const StoredFigures* stored = nullptr);
    /// Classifies m_additions against the stored figures classifier holds and reads the ones
    /// the changes and conflicts name from stored; false when they cannot be read.
    bool classify(ImportClassifier& classifier, const StoredFigures& stored);
    bool readPath(const QString& path, const Snapshot& current, const QString& stateToken,
                  const StoredFigures* stored);
    /// An empty plan that keeps its progress function and language.
    void reset();
    /// reset() with storeFailed(); false.
    bool failedStore();
    void addIssue(int line, int column, const QString& message);
    /// Reports progress; false (and the plan cancelled) when the progress function says stop.
    bool step(int percent);
    void addIssues(const DatasetReader& reader);
    void trimIssues(int keep);
    void readSources(const CsvReader& csv, const QHash<QString, int>& columns,
                     const Snapshot& current, QSet<QString>* cited);
    Source sourceOf(const QString& id) const;

    Progress m_progress;
    bool m_cancelled = false;
    bool m_storeFailed = false;
    bool m_prepared = false;
    QString m_fileName;
    QString m_stateToken;
    QList<ValidationIssue> m_issues;
    QHash<QString, int> m_unlisted; ///< problems beyond the listed ones, by kind
    int m_unlistedCount = 0;
    QList<Source> m_newSources;
    QList<Observation> m_additions;
    using ChangeRef = ImportClassifier::ChangeRef;
    using ConflictRef = ImportClassifier::ConflictRef;
    Observation figure(qint32 ref, bool asSuperseded) const;
    QList<ChangeRef> m_changeRefs;
    QList<Observation> m_stored;             ///< the stored figures the changes name, once each
    QHash<int, Term::Status> m_statusBefore; ///< demoted additions → their status in the file
    mutable QList<Change> m_changes;         ///< changes(), made on demand
    mutable bool m_changesMade = false;
    QList<ConflictRef> m_conflictRefs;
    QList<QList<Observation>> m_conflictOthers; ///< what the conflicts list (ConflictRef::others)
    mutable QList<Conflict> m_conflicts;        ///< conflicts(), made on demand
    mutable bool m_conflictsMade = false;
    QList<qint64> m_supersede; ///< stored figures to mark superseded
    Vocabulary m_vocabulary;
    mutable Language m_language = Language::English;
    QHash<QString, Source> m_sources; ///< the store's and the file's
};
