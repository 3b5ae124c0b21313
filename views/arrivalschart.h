// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeserieschart.h"

/// Yearly (or quarterly) arrivals in South Korea: total, and men and women on demand, as a line
/// or bars. Figures for several years together ("up to 1998", "1999–2001") are brackets across
/// the years they cover; the peak and the lowest year are labelled; events are markers.
class ArrivalsChart : public TimeSeriesChart
{
    Q_OBJECT

public:
    explicit ArrivalsChart(ArrivalsFigure* figure, QObject* parent = nullptr);

protected:
    void build() override;

private:
    ArrivalsFigure* m_arrivals;
};
