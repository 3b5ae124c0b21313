// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechartbase.h"

class EventsModel;
class SeriesTableModel;

/// Monthly China–North Korea trade from China's customs: China's exports, its imports and the
/// total, on a linear or log scale. A month without a published figure is a gap in the line;
/// figures published for two months together are brackets across both months.
class TradeChart : public FigureChartBase
{
    Q_OBJECT

public:
    explicit TradeChart(Catalog* catalog, QObject* parent = nullptr);

    FigureKind kind() const override { return FigureKind::Trade; }
    QAbstractItemModel* model() const override;
    QString title() const override;
    QString subtitle() const override;
    QString caveat() const override;
    QList<Observation> plottedObservations() const override;
    std::optional<std::pair<int, int>> dataYears() const override;
    std::optional<std::pair<int, int>> defaultYears() const override;
    std::optional<std::pair<int, int>> yearsShown() const override { return shownYears(); }

protected:
    void applyOptions() override;
    void retranslateModel() override;
    void build() override;

private:
    std::pair<int, int> shownYears() const;
    double scaled(double value) const;

    SeriesTableModel* m_model = nullptr;
    EventsModel* m_events;
};
