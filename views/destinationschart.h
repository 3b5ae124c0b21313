// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechartbase.h"

class DestinationsModel;

/// Where defectors live. Overview: one bar per country on a log scale, each labelled with what
/// it counts and as of when, estimates hatched. Other views: the asylum decisions in Europe
/// (applications and rejections), US refugee arrivals by fiscal year, and over time: each
/// country's yearly series beside South Korea's arrivals, one line each on a log scale.
class DestinationsChart : public FigureChartBase
{
    Q_OBJECT

public:
    explicit DestinationsChart(Catalog* catalog, QObject* parent = nullptr);

    FigureKind kind() const override { return FigureKind::Destinations; }
    QAbstractItemModel* model() const override;
    QString title() const override;
    QString subtitle() const override;
    QString caveat() const override;
    QList<Observation> plottedObservations() const override;

protected:
    void applyOptions() override;
    void retranslateModel() override;
    void build() override;

private:
    static bool isEstimate(const Observation& o);
    QString seriesKey(const Observation& o) const;
    void buildOverview();
    void buildAsylum();
    void buildUsArrivals();
    void buildOverTime();

    DestinationsModel* m_model = nullptr;
};
