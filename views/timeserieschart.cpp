// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include "core/catalog.h"
#include "core/figureyears.h"
#include "core/slotscale.h"
#include "itemmodels/eventsmodel.h"

#include <QLineSeries>

#include <limits>

TimeSeriesChart::TimeSeriesChart(TimeSeriesFigure* figure, QObject* parent)
    : FigureChartBase(figure, parent)
    , m_figure(figure)
{}

void TimeSeriesChart::start()
{
    watchModel(seriesModel());
    watchModel(m_figure->eventsModel());
    rebuild();
}

QList<std::pair<double, const Observation*>> TimeSeriesChart::addLines(const QString& key,
                                                                       int colourIndex,
                                                                       const SlotScale& scale,
                                                                       const PointOf& pointOf)
{
    QList<std::pair<double, const Observation*>> marked;
    const int column = columnOf(key);
    const QString name = figure()->catalog()->seriesName(dataset(), key);
    const QColor colour = style().seriesColour(colourIndex);
    QLineSeries* line = nullptr;
    int previous = std::numeric_limits<int>::min();
    for (int row = 0; row < seriesModel()->rowCount(); ++row) {
        const Period p = seriesModel()->period(row);
        const Observation* o = seriesModel()->observation(row, column);
        if (!o)
            continue;
        const std::optional<double> y = pointOf(row, p, *o);
        if (!y)
            continue;
        const int slot = scale.slot(p);
        if (!line || slot != previous + 1) {
            // A missing period ends the line: gaps are never bridged.
            line = makeLine(name, colourIndex);
            addSeries(line, key);
            line->setVisible(!isHidden(key));
        }
        previous = slot;
        line->append(slot, *y);
        if (isHidden(key))
            continue;
        ChartMark m;
        m.index = seriesModel()->index(row, column);
        m.series = key;
        m.a = QPointF(slot, *y);
        m.colour = colour;
        m.hollow = !o->isExact();
        m.derived = o->status == Term::Status::Derived;
        addMark(m);
        marked.append({double(slot), o});
    }
    if (!line) {
        // Keep the series in the legend even where it has no point (only spans, or none).
        line = makeLine(name, colourIndex);
        addSeries(line, key);
        line->setVisible(!isHidden(key));
    }
    return marked;
}
