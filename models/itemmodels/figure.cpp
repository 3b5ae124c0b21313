// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/figure.h"

#include "core/catalog.h"
#include "core/figureyears.h"
#include "core/slotscale.h"
#include "itemmodels/eventsmodel.h"
#include "itemmodels/roles.h"

#include <QCoreApplication>

QString Figure::name(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Arrivals:
        return QStringLiteral("arrivals");
    case FigureKind::Trade:
        return QStringLiteral("trade");
    case FigureKind::Destinations:
        return QStringLiteral("destinations");
    }
    return {};
}

std::optional<FigureKind> Figure::fromName(const QString& name)
{
    for (FigureKind kind : all()) {
        if (Figure::name(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QStringList Figure::datasets(FigureKind kind)
{
    if (kind == FigureKind::Destinations)
        return {name(kind), name(FigureKind::Arrivals)};
    return {name(kind)};
}

Figure* Figure::create(FigureKind kind, Catalog* catalog, QObject* parent)
{
    switch (kind) {
    case FigureKind::Arrivals:
        return new ArrivalsFigure(catalog, parent);
    case FigureKind::Trade:
        return new TradeFigure(catalog, parent);
    case FigureKind::Destinations:
        return new DestinationsFigure(catalog, parent);
    }
    return nullptr;
}

Figure::Figure(Catalog* catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{}

void Figure::setOptions(const FigureOptions& options)
{
    m_options = options;
    applyOptions();
    emit optionsChanged();
}

// ---------------------------------------------------------------------------------------------
// TimeSeriesFigure

TimeSeriesFigure::TimeSeriesFigure(Catalog* catalog, const QString& dataset,
                                   const QStringList& keys, QObject* parent)
    : Figure(catalog, parent)
    , m_dataset(dataset)
    , m_model(new SeriesTableModel(catalog, dataset, keys, this))
    , m_events(new EventsModel(catalog, dataset, this))
{}

void TimeSeriesFigure::start()
{
    m_model->setGranularity(granularity());
    applyOptions();
}

QAbstractItemModel* TimeSeriesFigure::model() const
{
    return m_model;
}

std::optional<std::pair<int, int>> TimeSeriesFigure::dataYears() const
{
    const auto years = FigureYears::data(*catalog(), m_dataset,
                                         granularity() == SeriesTableModel::Granularity::Quarter);
    if (!years)
        return std::nullopt;
    return std::make_pair(years->first, years->last);
}

std::optional<std::pair<int, int>> TimeSeriesFigure::defaultYears() const
{
    const auto years = FigureYears::defaultRange(
        *catalog(), m_dataset, granularity() == SeriesTableModel::Granularity::Quarter);
    if (!years)
        return std::nullopt;
    return std::make_pair(years->first, years->last);
}

std::pair<int, int> TimeSeriesFigure::shownYears() const
{
    const auto years = FigureYears::shown(*catalog(), m_dataset,
                                          granularity() == SeriesTableModel::Granularity::Quarter,
                                          options().firstYear, options().lastYear);
    if (!years)
        return {options().firstYear, options().lastYear};
    return {years->first, years->last};
}

SlotScale TimeSeriesFigure::scale() const
{
    SlotScale scale;
    switch (granularity()) {
    case SeriesTableModel::Granularity::Year:
        scale.unit = SlotScale::Unit::Year;
        break;
    case SeriesTableModel::Granularity::Quarter:
        scale.unit = SlotScale::Unit::Quarter;
        break;
    case SeriesTableModel::Granularity::Month:
        scale.unit = SlotScale::Unit::Month;
        break;
    }
    scale.firstYear = shownYears().first;
    return scale;
}

double TimeSeriesFigure::axisMax() const
{
    const auto [first, last] = shownYears();
    return (last - first + 1) * scale().slotsPerYear() - 0.5;
}

void TimeSeriesFigure::applyOptions()
{
    m_model->setGranularity(granularity());
    const auto [first, last] = shownYears();
    m_model->setYearRange(first, last);
}

void TimeSeriesFigure::retranslate()
{
    m_model->retranslate();
    m_events->retranslate();
}

int TimeSeriesFigure::columnOf(const QString& key) const
{
    return int(m_model->series().indexOf(key)) + 1;
}

QStringList TimeSeriesFigure::eventSourceIds() const
{
    // The events on the time axis (as the chart places and numbers them), in the model's order.
    const SlotScale s = scale();
    const double min = axisMin();
    const double max = axisMax();
    QStringList ids;
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const TimelineEvent* e = m_events->eventAt(row);
        if (!e || !e->period.isValid())
            continue;
        const QDate start = e->period.start().isValid() ? e->period.start() : e->period.end();
        double x0 = s.x(start);
        double x1 = s.x(e->period.end().addDays(1));
        if (x1 - x0 <= 1.0 + 1e-9)
            x0 = x1 = (x0 + x1) / 2;
        if (x1 > min && x0 < max && !e->sourceId.isEmpty() && !ids.contains(e->sourceId))
            ids << e->sourceId;
    }
    return ids;
}

QStringList TimeSeriesFigure::markCaveats(const QList<DrawnCell>& cells) const
{
    // The texts of the chart's key, in its translation context (FigureChartBase).
    bool approximate = false;
    bool derived = false;
    bool conflict = false;
    for (const DrawnCell& cell : cells) {
        if (cell.point) {
            approximate = approximate || !cell.observation->qualifier.isEmpty();
            derived = derived || cell.observation->status == QLatin1String("derived");
        }
        conflict =
            conflict ||
            m_model->index(cell.row, cell.column).data(roleId(DataRole::HasConflict)).toBool();
    }
    QStringList parts;
    if (approximate)
        parts << QCoreApplication::translate(
            "FigureChartBase",
            "An open point (\u25CB) is an approximate figure (rounded in the report).");
    if (derived)
        parts << QCoreApplication::translate(
            "FigureChartBase",
            "A square (\u25A0) is a figure derived from other published figures (a total "
            "minus one flow, or a year-to-date minus the months before).");
    if (conflict)
        parts << QCoreApplication::translate(
            "FigureChartBase",
            "A diamond (\u25C7) marks a figure that other sources report differently; "
            "the chart shows one of them (final before provisional, official before press).");
    return parts;
}
