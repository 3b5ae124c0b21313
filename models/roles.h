// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

/// Custom roles every Crossings data model answers for a cell that holds a figure.
enum class DataRole : int {
    Value = Qt::UserRole + 1, ///< qint64 in base units; invalid QVariant where nothing is known
    Status,                   ///< final, provisional, superseded, estimate, derived
    SourceId,
    ObservationId,            ///< qint64
    Alternatives,             ///< QVariantList of observation ids reporting the same quantity
    HasConflict,              ///< bool: another source reports a different value
    PeriodCode,
    PeriodStart,              ///< QDate
    PeriodEnd,                ///< QDate
    Qualifier,
    Unit,
    Note,
    Series,
    Region,
    Sort,                     ///< a value that sorts naturally
};

constexpr int roleId(DataRole r) { return static_cast<int>(r); }
