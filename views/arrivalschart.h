// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechartbase.h"

class EventsModel;
class SeriesTableModel;

/// Yearly (or quarterly) arrivals in South Korea: total, and men and women on demand, as a line
/// or bars. Figures for several years together ("up to 1998", "1999–2001") are brackets across
/// the years they cover; the peak and the lowest year are labelled; events are markers.
class ArrivalsChart : public FigureChartBase
{
    Q_OBJECT

public:
    explicit ArrivalsChart(Catalog* catalog, QObject* parent = nullptr);

    FigureKind kind() const override { return FigureKind::Arrivals; }
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
    QStringList shownSeries() const;
    std::pair<int, int> shownYears() const;

    SeriesTableModel* m_model = nullptr;
    EventsModel* m_events;
};
