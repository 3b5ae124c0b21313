// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"
#include "storage/datasetreader.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

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
