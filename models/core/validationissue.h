// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A problem found in an input file, with its place.
struct ValidationIssue
{
    QString file;
    int line = 0;   ///< 1-based physical line, 0 for the whole file
    int column = 0; ///< 1-based column, 0 for the whole row
    QString message;

    QString toString() const;
    /// The message with its quoted values and numbers left out: what kind of problem it is
    /// ("column "…" appears twice"), for the counts of problems not listed one by one.
    static QString kindOf(const QString& message);
};
