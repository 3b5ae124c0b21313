// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include "core/catalog.h"
#include "core/figureyears.h"
#include "itemmodels/eventsmodel.h"
#include "slotscale.h"

#include <QLineSeries>

#include <limits>

TimeSeriesChart::TimeSeriesChart(Catalog* catalog, const QString& dataset, const QStringList& keys,
                                 QObject* parent)
    : FigureChartBase(catalog, parent)
    , m_dataset(dataset)
    , m_model(new SeriesTableModel(catalog, dataset, keys, this))
    , m_events(new EventsModel(catalog, dataset, this))
{}

void TimeSeriesChart::start()
{
    m_model->setGranularity(granularity());
    watchModel(m_model);
    watchModel(m_events);
    applyOptions();
    rebuild();
}

QAbstractItemModel* TimeSeriesChart::model() const
{
    return m_model;
}

std::optional<std::pair<int, int>> TimeSeriesChart::dataYears() const
{
    const auto years = FigureYears::data(*catalog(), m_dataset,
                                         granularity() == SeriesTableModel::Granularity::Quarter);
    if (!years)
        return std::nullopt;
    return std::make_pair(years->first, years->last);
}

std::optional<std::pair<int, int>> TimeSeriesChart::defaultYears() const
{
    const auto years = FigureYears::defaultRange(
        *catalog(), m_dataset, granularity() == SeriesTableModel::Granularity::Quarter);
    if (!years)
        return std::nullopt;
    return std::make_pair(years->first, years->last);
}

std::pair<int, int> TimeSeriesChart::shownYears() const
{
    const auto years = FigureYears::shown(*catalog(), m_dataset,
                                          granularity() == SeriesTableModel::Granularity::Quarter,
                                          m_options.firstYear, m_options.lastYear);
    if (!years)
        return {m_options.firstYear, m_options.lastYear};
    return {years->first, years->last};
}

void TimeSeriesChart::applyOptions()
{
    m_model->setGranularity(granularity());
    const auto [first, last] = shownYears();
    m_model->setYearRange(first, last);
}

void TimeSeriesChart::retranslateModel()
{
    m_model->retranslate();
    m_events->retranslate();
}

int TimeSeriesChart::columnOf(const QString& key) const
{
    return int(m_model->series().indexOf(key)) + 1;
}

QList<std::pair<double, const Observation*>> TimeSeriesChart::addLines(const QString& key,
                                                                       int colourIndex,
                                                                       const SlotScale& scale,
                                                                       const PointOf& pointOf)
{
    QList<std::pair<double, const Observation*>> marked;
    const int column = columnOf(key);
    const QString name = catalog()->seriesName(m_dataset, key);
    const QColor colour = style().seriesColour(colourIndex);
    QLineSeries* line = nullptr;
    int previous = std::numeric_limits<int>::min();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Period p = m_model->period(row);
        const Observation* o = m_model->observation(row, column);
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
        m.index = m_model->index(row, column);
        m.series = key;
        m.a = QPointF(slot, *y);
        m.colour = colour;
        m.hollow = !o->qualifier.isEmpty();
        m.derived = o->status == QLatin1String("derived");
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
