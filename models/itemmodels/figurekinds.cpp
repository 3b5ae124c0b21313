// SPDX-License-Identifier: GPL-3.0-or-later
// The three figures. Their texts keep the translation contexts of the charts that drew them
// before the figure moved into the model (ArrivalsChart, TradeChart, DestinationsChart), so
// that the Korean translations carry over.
#include "itemmodels/figure.h"

#include "core/catalog.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
const QString Total = QStringLiteral("total");
const QString Male = QStringLiteral("male");
const QString Female = QStringLiteral("female");
} // namespace

// ---------------------------------------------------------------------------------------------
// ArrivalsFigure

ArrivalsFigure::ArrivalsFigure(Catalog* catalog, QObject* parent)
    : TimeSeriesFigure(catalog, Term::Dataset::Arrivals, {Total, Male, Female}, parent)
{
    start();
}

SeriesTableModel::Granularity ArrivalsFigure::granularity() const
{
    return options().quarterly ? SeriesTableModel::Granularity::Quarter
                               : SeriesTableModel::Granularity::Year;
}

double ArrivalsFigure::axisMin() const
{
    // Room on the left for a figure "up to" the first year, a bracket open to the left edge.
    bool openSpan = false;
    for (int row = 0; row < seriesModel()->rowCount() && !openSpan; ++row)
        openSpan = seriesModel()->period(row).kind() == Period::Kind::UpTo;
    return openSpan && !options().quarterly ? -1.5 : -0.5;
}

QString ArrivalsFigure::title() const
{
    return QCoreApplication::translate("ArrivalsChart",
                                       "North Korean defectors arriving in South Korea");
}

QString ArrivalsFigure::subtitle() const
{
    const auto [first, last] = shownYears();
    return options().quarterly
               ? QCoreApplication::translate("ArrivalsChart", "People arriving per quarter, %1–%2")
                     .arg(first)
                     .arg(last)
               : QCoreApplication::translate("ArrivalsChart", "People arriving per year, %1–%2")
                     .arg(first)
                     .arg(last);
}

QStringList ArrivalsFigure::shownSeries() const
{
    QStringList keys{Total};
    if (options().sexSplit)
        keys << Male << Female;
    return keys;
}

QString ArrivalsFigure::caveat() const
{
    const SeriesTableModel* table = seriesModel();
    QStringList parts;
    QStringList spans;
    QStringList unsplit;
    for (int row = 0; row < table->rowCount(); ++row) {
        const Period p = table->period(row);
        const Observation* total = table->observation(row, 1);
        if (!p.isSingle() && total)
            spans << p.label(QLocale());
        if (options().sexSplit && p.isSingle() && total && !table->observation(row, 2))
            unsplit << p.label(QLocale());
    }
    if (!spans.isEmpty())
        parts << QCoreApplication::translate(
                     "ArrivalsChart",
                     "Figures for several years together (%1) are drawn as brackets across the "
                     "years they cover, not as single years.")
                     .arg(spans.join(QStringLiteral(", ")));
    if (!unsplit.isEmpty())
        parts << QCoreApplication::translate("ArrivalsChart",
                                             "No split by sex was published for %1.")
                     .arg(unsplit.join(QStringLiteral(", ")));

    // The figures drawn as points (a line) or bars, as the chart draws them.
    QList<DrawnCell> cells;
    if (!options().bars) {
        for (const QString& key : shownSeries()) {
            if (isHidden(key))
                continue;
            const int column = columnOf(key);
            for (int row = 0; row < table->rowCount(); ++row) {
                const Observation* o = table->observation(row, column);
                if (o && table->period(row).isSingle())
                    cells.append({row, column, o, true});
            }
        }
    } else {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (!table->period(row).isSingle())
                continue;
            const Observation* total = table->observation(row, 1);
            const Observation* male = table->observation(row, 2);
            const Observation* female = table->observation(row, 3);
            QList<std::pair<QString, const Observation*>> stack;
            if (options().sexSplit && male && female)
                stack = {{Male, male}, {Female, female}};
            else if (total)
                stack = {{Total, total}};
            for (const auto& [key, o] : stack) {
                if (!isHidden(key))
                    cells.append({row, columnOf(key), o, false});
            }
        }
    }
    parts << markCaveats(cells);
    return parts.join(QLatin1Char(' '));
}

QList<Observation> ArrivalsFigure::plottedObservations() const
{
    QList<Observation> out;
    const QStringList keys = shownSeries();
    for (const Observation& o : seriesModel()->shownObservations()) {
        if (keys.contains(o.series) && !isHidden(o.series))
            out << o;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// TradeFigure

TradeFigure::TradeFigure(Catalog* catalog, QObject* parent)
    : TimeSeriesFigure(catalog, Term::Dataset::Trade, keys(), parent)
{
    start();
}

QStringList TradeFigure::keys()
{
    return {QStringLiteral("china_exports"), QStringLiteral("china_imports"),
            QStringLiteral("total")};
}

bool TradeFigure::isDrawn(const Period& p)
{
    if (p.isSingle())
        return true;
    const int months =
        (p.end().year() - p.start().year()) * 12 + p.end().month() - p.start().month() + 1;
    return months <= 2;
}

QString TradeFigure::title() const
{
    return QCoreApplication::translate("TradeChart", "China–North Korea trade collapses in 2020");
}

QString TradeFigure::subtitle() const
{
    const auto [first, last] = shownYears();
    const QString code =
        first == last ? QString::number(first) : QStringLiteral("%1/%2").arg(first).arg(last);
    const QString years = Period::parse(code).label(QLocale());
    return options().logScale
               ? QCoreApplication::translate(
                     "TradeChart",
                     "Per month, in US dollars (log scale), China's customs figures, %1")
                     .arg(years)
               : QCoreApplication::translate(
                     "TradeChart", "Per month, in US dollars, China's customs figures, %1")
                     .arg(years);
}

QString TradeFigure::caveat() const
{
    const SeriesTableModel* table = seriesModel();
    QStringList combined;
    for (int row = 0; row < table->rowCount(); ++row) {
        const Period p = table->period(row);
        if (!p.isSingle() && isDrawn(p) && !combined.contains(p.label(QLocale())))
            combined << p.label(QLocale());
    }
    QStringList parts{QCoreApplication::translate(
        "TradeChart", "A gap is a month for which no figure was published or found, not a zero.")};
    if (!combined.isEmpty())
        parts << QCoreApplication::translate(
                     "TradeChart",
                     "Figures published for two months together (%1) are drawn across both "
                     "months.")
                     .arg(combined.join(QStringLiteral(", ")));
    // The single months drawn as points of the lines (a bracket spans two months).
    QList<DrawnCell> cells;
    const QStringList series = keys();
    for (int c = 0; c < series.size(); ++c) {
        if (isHidden(series.at(c)))
            continue;
        for (int row = 0; row < table->rowCount(); ++row) {
            const Observation* o = table->observation(row, c + 1);
            if (o && o->value > 0 && table->period(row).isSingle())
                cells.append({row, c + 1, o, true});
        }
    }
    parts << markCaveats(cells);
    return parts.join(QLatin1Char(' '));
}

QList<Observation> TradeFigure::plottedObservations() const
{
    QList<Observation> out;
    for (const Observation& o : seriesModel()->shownObservations()) {
        if (!isHidden(o.series) && isDrawn(o.period))
            out << o;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// DestinationsFigure

DestinationsFigure::DestinationsFigure(Catalog* catalog, QObject* parent)
    : Figure(catalog, parent)
    , m_model(new DestinationsModel(catalog, this))
{
    applyOptions();
}

QAbstractItemModel* DestinationsFigure::model() const
{
    return m_model;
}

DestinationsView DestinationsFigure::view() const
{
    return m_model->view();
}

void DestinationsFigure::applyOptions()
{
    m_model->setView(options().destinationsView);
}

void DestinationsFigure::retranslate()
{
    m_model->retranslate();
}

QString DestinationsFigure::title() const
{
    switch (view()) {
    case DestinationsView::AsylumDecisions:
        return QCoreApplication::translate("DestinationsChart",
                                           "Asylum decisions on North Koreans in Europe");
    case DestinationsView::UsArrivals:
        return QCoreApplication::translate("DestinationsChart",
                                           "North Korean refugees admitted to the United States");
    case DestinationsView::OverTime:
        return QCoreApplication::translate("DestinationsChart",
                                           "Where North Korean defectors go, year by year");
    case DestinationsView::Overview:
        break;
    }
    return QCoreApplication::translate("DestinationsChart", "Where North Korean defectors live");
}

QString DestinationsFigure::subtitle() const
{
    const bool log = options().logScale;
    switch (view()) {
    case DestinationsView::AsylumDecisions:
        return QCoreApplication::translate("DestinationsChart",
                                           "Applications and rejections per country, people");
    case DestinationsView::UsArrivals:
        return QCoreApplication::translate("DestinationsChart",
                                           "Refugee arrivals per US fiscal year, people");
    case DestinationsView::OverTime:
        return log ? QCoreApplication::translate("DestinationsChart",
                                                 "People per year where a yearly series is "
                                                 "published, logarithmic scale")
                   : QCoreApplication::translate(
                         "DestinationsChart", "People per year where a yearly series is published");
    case DestinationsView::Overview:
        break;
    }
    return log ? QCoreApplication::translate(
                     "DestinationsChart",
                     "The latest figure per country, people, logarithmic scale")
               : QCoreApplication::translate("DestinationsChart",
                                             "The latest figure per country, people");
}

QString DestinationsFigure::caveat() const
{
    switch (view()) {
    case DestinationsView::AsylumDecisions: {
        // The dating caveats are the data's own notes.
        // In Korean, the notes' Korean forms (an English one, marked, where it has none).
        const Language language = catalog()->language();
        QStringList notes;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Observation* o = m_model->observation(row);
            const QString note = o ? o->noteIn(language) : QString();
            if (!note.isEmpty() && !notes.contains(note))
                notes << note;
        }
        return notes.join(QLatin1Char(' '));
    }
    case DestinationsView::UsArrivals: {
        const Observation* o = m_model->observation(0);
        if (!o)
            return {};
        const QLocale locale;
        return QCoreApplication::translate(
                   "DestinationsChart",
                   "US federal fiscal years run from October to September: %1 is %2 to %3.")
            .arg(o->period.label(locale),
                 Period::parse(o->period.start().toString(QStringLiteral("yyyy-MM"))).label(locale),
                 Period::parse(o->period.end().toString(QStringLiteral("yyyy-MM"))).label(locale));
    }
    case DestinationsView::OverTime: {
        QStringList counted;
        for (const auto& [region, key] : DestinationsModel::yearlySeries()) {
            const QStringList k = key.split(QLatin1Char('|'));
            bool shown = false;
            for (int row = 0; row < m_model->rowCount() && !shown; ++row)
                shown = m_model->observation(row)->region == region;
            if (shown)
                counted << QCoreApplication::translate("DestinationsChart", "%1 counts %2")
                               .arg(catalog()->regionName(region),
                                    catalog()->seriesName(k.at(0), k.at(1)).toLower());
        }
        return QCoreApplication::translate(
                   "DestinationsChart",
                   "Not strictly comparable: %1. US: federal fiscal years (October to September); "
                   "the others: calendar years. A year with none sits on the bottom line (0).")
            .arg(counted.join(QStringLiteral("; ")));
    }
    case DestinationsView::Overview:
        break;
    }
    QStringList counted;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Observation* o = m_model->observation(row);
        const QString name = o ? catalog()->seriesName(o->dataset, o->series).toLower() : QString();
        if (o && !counted.contains(name))
            counted << name;
    }
    return QCoreApplication::translate(
               "DestinationsChart",
               "Not strictly comparable: the bars count different things, each as of its own "
               "date: %1. Estimates and approximate figures are hatched.")
        .arg(counted.join(QStringLiteral("; ")));
}

QList<Observation> DestinationsFigure::plottedObservations() const
{
    QList<Observation> out;
    for (const Observation& o : m_model->shownObservations()) {
        if (!isHidden(seriesKey(o)))
            out << o;
    }
    return out;
}

bool DestinationsFigure::isEstimate(const Observation& o)
{
    return o.status == Term::Status::Estimate || o.qualifier == Term::Qualifier::About;
}

QString DestinationsFigure::seriesKey(const Observation& o) const
{
    if (view() == DestinationsView::Overview)
        return isEstimate(o) ? QStringLiteral("estimate") : QStringLiteral("reported");
    if (view() == DestinationsView::OverTime)
        return o.region;
    return o.series;
}
