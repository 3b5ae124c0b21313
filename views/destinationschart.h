// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechartbase.h"
#include "itemmodels/figure.h"

#include <functional>

/// Where defectors live. Overview: one bar per country, each labelled with what it counts and as
/// of when, estimates hatched; on a linear axis, split at a break where the largest figures dwarf
/// the others, or on a logarithmic one by choice (FigureOptions::logScale). Other views: the
/// asylum decisions in Europe (applications and rejections), US refugee arrivals by fiscal year,
/// and over time: each country's yearly series beside South Korea's arrivals, one line each, on
/// a linear or (by choice) a logarithmic axis.
class DestinationsChart : public FigureChartBase
{
    Q_OBJECT

public:
    explicit DestinationsChart(DestinationsFigure* figure, QObject* parent = nullptr);

protected:
    void build() override;

private:
    static bool isEstimate(const Observation& o) { return DestinationsFigure::isEstimate(o); }
    QString seriesKey(const Observation& o) const { return m_figure->seriesKey(o); }
    /// The overview's value axis: linear (split at a break when the largest figures dwarf the
    /// others), or logarithmic by choice (FigureOptions::logScale).
    struct Scale
    {
        double max = 1;
        double breakAt = 0;                     ///< 0: no break
        std::function<double(double)> position; ///< a figure's place on the axis
        TickAxis::Provider ticks;
        QString title;
    };
    Scale overviewScale(const QList<double>& values) const;
    void buildOverview();
    void buildAsylum();
    void buildUsArrivals();
    void buildOverTime();

    DestinationsFigure* m_figure;
    DestinationsModel* m_model;
};
