// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claimchecker.h"

#include <QCoreApplication>
#include <QString>

/// The audit as text: CSV (one row per reading of each claim) or a report for a terminal.
/// Used by `crossings audit`; the texts are in the current language.
class ClaimReport
{
    Q_DECLARE_TR_FUNCTIONS(ClaimReport)

public:
    static const QStringList& csvColumns();
    static QString csv(const QList<ClaimResult>& results, const ClaimChecker& checker);
    static QString text(const QList<ClaimResult>& results, const ClaimChecker& checker);
    /// "Claims: 51 — holds: 28, differs: 2, cannot be checked: 15, depends on the reading: 6".
    static QString summary(const QList<ClaimResult>& results);
};
