// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/period.h"

#include <QDate>

/// A time axis of equal slots (years, quarters or months) from the first of January of a year:
/// slot i is centred on x = i, and a period covers its slots from edge to edge, so a span of
/// years or months is drawn across exactly the time it covers.
struct SlotScale
{
    enum class Unit { Year, Quarter, Month };
    Unit unit = Unit::Year;
    int firstYear = 2000;

    int monthsPerSlot() const { return unit == Unit::Year ? 12 : unit == Unit::Quarter ? 3 : 1; }
    int slotsPerYear() const { return 12 / monthsPerSlot(); }
    /// The first day of a slot.
    QDate slotStart(int slot) const
    {
        return QDate(firstYear, 1, 1).addMonths(slot * monthsPerSlot());
    }
    /// The slot holding a day.
    int slotOf(const QDate& d) const
    {
        const int months = (d.year() - firstYear) * 12 + d.month() - 1;
        return months >= 0 ? months / monthsPerSlot() : -((-months - 1) / monthsPerSlot()) - 1;
    }
    /// The position of the start of a day.
    double x(const QDate& d) const
    {
        const int slot = slotOf(d);
        const QDate start = slotStart(slot);
        const double days = start.daysTo(slotStart(slot + 1));
        return slot - 0.5 + start.daysTo(d) / days;
    }
    /// The left and right edges of a period (an "up to" period has no left edge).
    double left(const Period& p) const { return x(p.start()); }
    double right(const Period& p) const { return x(p.end().addDays(1)); }
    /// The slot a single period is drawn in.
    int slot(const Period& p) const { return slotOf(p.start()); }
};
