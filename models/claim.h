// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// A quantitative statement a source makes, paraphrased in both languages, with the
/// machine-checkable form of it (docs/DATA-FORMAT.md, "claims.csv"). ClaimChecker evaluates
/// `check` against the catalog's observations.
struct Claim
{
    QString id;
    QString kind; ///< figure, total, span, ratio, change, count, comparison, rank, bound
    QString sourceId;
    QString locator;
    QString textEn;
    QString textKo;
    QString check; ///< the check expression (claimexpression.h)
    QString note;
    QString noteKo;
    QString locatorKo;

    QString text(bool korean) const { return korean && !textKo.isEmpty() ? textKo : textEn; }
    QString noteIn(Language language) const { return DataText::pick(language, note, noteKo); }
    QString locatorIn(Language language) const
    {
        return Locator::display(locator, locatorKo, language);
    }
};

/// Reads claims.csv, checking every field and parsing every check expression strictly.
class ClaimReader
{
    Q_DECLARE_TR_FUNCTIONS(ClaimReader)

public:
    static const QStringList& columns();
    static const QStringList& kinds();

    /// vocabulary: the datasets, series and regions a check may name; knownSources: the ids a
    /// claim may cite.
    QList<Claim> read(const QByteArray& csv, const QString& fileName, const Vocabulary& vocabulary,
                      const QSet<QString>& knownSources);

    const QList<ValidationIssue>& issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }

private:
    QList<ValidationIssue> m_issues;
};
