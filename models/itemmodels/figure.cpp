// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/figure.h"

#include "core/catalog.h"
#include "core/figureyears.h"
#include "core/slotscale.h"
#include "itemmodels/eventsmodel.h"
#include "itemmodels/roles.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <memory>

QString Figure::name(FigureKind kind)
{
    // A figure is named as the dataset it draws (core/terms.h): the command line's names.
    switch (kind) {
    case FigureKind::Arrivals:
        return Datasets::name(Term::Dataset::Arrivals);
    case FigureKind::Trade:
        return Datasets::name(Term::Dataset::Trade);
    case FigureKind::Destinations:
        return Datasets::name(Term::Dataset::Destinations);
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

FigureKind Figure::of(Term::Dataset dataset)
{
    switch (dataset) {
    case Term::Dataset::Arrivals:
        return FigureKind::Arrivals;
    case Term::Dataset::Trade:
        return FigureKind::Trade;
    case Term::Dataset::Destinations:
        return FigureKind::Destinations;
    }
    return FigureKind::Arrivals; // unreachable: every dataset is drawn
}

QStringList Figure::datasets(FigureKind kind)
{
    if (kind == FigureKind::Destinations)
        return {name(kind), name(FigureKind::Arrivals)};
    return {name(kind)};
}

QJsonObject Figure::optionsJson(FigureKind kind, const FigureOptions& options)
{
    QJsonObject opts;
    opts.insert(QStringLiteral("annotations"), options.annotations);
    switch (kind) {
    case FigureKind::Arrivals:
        opts.insert(QStringLiteral("bars"), options.bars);
        opts.insert(QStringLiteral("sexSplit"), options.sexSplit);
        opts.insert(QStringLiteral("quarterly"), options.quarterly);
        opts.insert(QStringLiteral("firstYear"), options.firstYear);
        opts.insert(QStringLiteral("lastYear"), options.lastYear);
        break;
    case FigureKind::Trade:
        opts.insert(QStringLiteral("logScale"), options.logScale);
        opts.insert(QStringLiteral("firstYear"), options.firstYear);
        opts.insert(QStringLiteral("lastYear"), options.lastYear);
        break;
    case FigureKind::Destinations:
        opts.insert(QStringLiteral("destinationsView"), int(options.destinationsView));
        opts.insert(QStringLiteral("logScale"), options.logScale); // by choice only (19.8)
        break;
    }
    if (!options.hiddenSeries.isEmpty())
        opts.insert(QStringLiteral("hiddenSeries"),
                    QJsonArray::fromStringList(options.hiddenSeries));
    return opts;
}

FigureOptions Figure::optionsFromJson(const QJsonObject& o)
{
    FigureOptions f;
    f.annotations = o.value(QStringLiteral("annotations")).toBool(true);
    f.bars = o.value(QStringLiteral("bars")).toBool(false);
    f.sexSplit = o.value(QStringLiteral("sexSplit")).toBool(false);
    f.quarterly = o.value(QStringLiteral("quarterly")).toBool(false);
    f.firstYear = o.value(QStringLiteral("firstYear")).toInt(0);
    f.lastYear = o.value(QStringLiteral("lastYear")).toInt(0);
    f.logScale = o.value(QStringLiteral("logScale")).toBool(false);
    f.destinationsView = static_cast<DestinationsView>(std::clamp(
        o.value(QStringLiteral("destinationsView")).toInt(0), 0, DestinationsModel::ViewCount - 1));
    for (const QJsonValue& v : o.value(QStringLiteral("hiddenSeries")).toArray())
        f.hiddenSeries << v.toString();
    return f;
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

bool Figure::require()
{
    return catalog()->require(datasets());
}

bool Figure::holdsData() const
{
    return !catalog() || catalog()->holds(datasets());
}

bool Figure::require(FigureKind kind, Catalog* catalog, const FigureOptions& options)
{
    const std::unique_ptr<Figure> figure(create(kind, catalog));
    figure->setOptions(options);
    return figure->require();
}

void Figure::setOptions(const FigureOptions& options)
{
    m_options = options;
    applyOptions();
    emit optionsChanged();
}

// ---------------------------------------------------------------------------------------------
// TimeSeriesFigure

TimeSeriesFigure::TimeSeriesFigure(Catalog* catalog, Term::Dataset dataset, const QStringList& keys,
                                   QObject* parent)
    : Figure(catalog, parent)
    , m_dataset(dataset)
    , m_model(new SeriesTableModel(catalog, dataset, keys, this))
    , m_events(new EventsModel(catalog, Datasets::name(dataset), this))
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
    const auto years = FigureYears::data(*catalog(), Datasets::name(m_dataset),
                                         granularity() == SeriesTableModel::Granularity::Quarter);
    if (!years)
        return std::nullopt;
    return std::make_pair(years->first, years->last);
}

std::optional<std::pair<int, int>> TimeSeriesFigure::defaultYears() const
{
    const auto years =
        FigureYears::defaultRange(*catalog(), Datasets::name(m_dataset),
                                  granularity() == SeriesTableModel::Granularity::Quarter);
    if (!years)
        return std::nullopt;
    return std::make_pair(years->first, years->last);
}

std::pair<int, int> TimeSeriesFigure::shownYears() const
{
    const auto years = FigureYears::shown(*catalog(), Datasets::name(m_dataset),
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

bool TimeSeriesFigure::require()
{
    m_required = true;
    return applyShown();
}

bool TimeSeriesFigure::holdsData() const
{
    return m_model->hasData();
}

bool TimeSeriesFigure::requireShown()
{
    // The periods first: the years shown are computed from them (FigureYears).
    if (!catalog()->requirePeriods(m_dataset))
        return false;
    const auto [first, last] = shownYears();
    return first <= 0 || catalog()->requireYears(m_dataset, YearRange{first, last});
}

void TimeSeriesFigure::applyOptions()
{
    applyShown();
}

bool TimeSeriesFigure::applyShown()
{
    // A read that fails leaves the years unread: the model shows none of them.
    const bool read = !m_required || requireShown();
    m_model->setGranularity(granularity());
    const auto [first, last] = shownYears();
    m_model->setYearRange(first, last);
    return read;
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
            approximate = approximate || !cell.observation->isExact();
            derived = derived || cell.observation->status == Term::Status::Derived;
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
