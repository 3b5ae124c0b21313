// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeserieschart.h"

/// Monthly China–North Korea trade from China's customs: China's exports, its imports and the
/// total, on a linear or log scale. A month without a published figure is a gap in the line;
/// figures published for two months together are brackets across both months.
class TradeChart : public TimeSeriesChart
{
    Q_OBJECT

public:
    explicit TradeChart(TradeFigure* figure, QObject* parent = nullptr);

protected:
    void build() override;

private:
    double scaled(double value) const;
};
