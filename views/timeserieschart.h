// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechartbase.h"
#include "itemmodels/figure.h"
#include "itemmodels/seriestablemodel.h"

#include <functional>
#include <optional>

class EventsModel;
struct SlotScale;

/// What the arrivals and the trade figures share: a dataset's series over time from a
/// SeriesTableModel with its events, the years shown (the options' range within the data), and
/// each series drawn as lines over the slots, a missing period ending a line (gaps are never
/// bridged). Subclasses say how fine the slots are and draw the axes, spans and notes.
class TimeSeriesChart : public FigureChartBase
{
    Q_OBJECT

public:
    TimeSeriesFigure* timeSeries() const { return m_figure; }

protected:
    /// A chart of a figure's series (in the table's column order).
    TimeSeriesChart(TimeSeriesFigure* figure, QObject* parent);
    /// Ends the subclass's constructor: watches the models and draws the first time.
    void start();

    Term::Dataset dataset() const { return m_figure->dataset(); }
    SeriesTableModel* seriesModel() const { return m_figure->seriesModel(); }
    const EventsModel* eventsModel() const { return m_figure->eventsModel(); }
    std::pair<int, int> shownYears() const { return m_figure->shownYears(); }
    /// The model's column of a series key.
    int columnOf(const QString& key) const { return m_figure->columnOf(key); }

    /// Where a row's figure is on the line: its height, or nullopt when the row is no point of
    /// the line (another shape, drawn by the subclass, or not drawn at all).
    using PointOf = std::function<std::optional<double>(int row, const Period& period,
                                                        const Observation& observation)>;
    /// Draws one series as lines in the style of colour index colourIndex, with a mark for each
    /// point shown (open where approximate, square where derived). A series without any point
    /// still gets its (empty) line, so that the legend lists it. Returns the points marked:
    /// (slot, figure), none for a hidden series.
    QList<std::pair<double, const Observation*>>
    addLines(const QString& key, int colourIndex, const SlotScale& scale, const PointOf& pointOf);

private:
    TimeSeriesFigure* m_figure;
};
