// SPDX-License-Identifier: GPL-3.0-or-later
#include "destinationschart.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "itemmodels/destinationsmodel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>

#include <cmath>

namespace {
const QString Reported = QStringLiteral("reported");
const QString Estimated = QStringLiteral("estimate");
const QString Applications = QStringLiteral("asylum_applications");
const QString Rejections = QStringLiteral("asylum_rejections");
const QString Arrivals = QStringLiteral("refugee_arrivals");
constexpr double BarWidth = 0.62;

/// Labels centred on slots 0..n-1.
TickAxis::Provider slotLabels(const QStringList& labels)
{
    return [labels](double, double, double) {
        QList<ChartTicks::Tick> ticks;
        ticks.append({-0.5, QString()});
        for (int i = 0; i < labels.size(); ++i)
            ticks.append({i + 0.5, labels.at(i)});
        return ticks;
    };
}

TickAxis::Provider linearCounts()
{
    return [](double min, double max, double pixels) {
        QList<ChartTicks::Tick> ticks;
        const Formatter f;
        for (double v : ChartTicks::linear(min, max, ChartTicks::ticksFor(pixels), true))
            ticks.append({v, f.number(qint64(std::llround(v)))});
        return ticks;
    };
}
} // namespace

DestinationsChart::DestinationsChart(DestinationsFigure* figure, QObject* parent)
    : FigureChartBase(figure, parent)
    , m_figure(figure)
    , m_model(figure->destinationsModel())
{
    watchModel(m_model);
    rebuild();
}

void DestinationsChart::build()
{
    setTitle(figure()->title());
    switch (m_model->view()) {
    case DestinationsModel::View::Overview:
        buildOverview();
        break;
    case DestinationsModel::View::AsylumDecisions:
        buildAsylum();
        break;
    case DestinationsModel::View::UsArrivals:
        buildUsArrivals();
        break;
    case DestinationsModel::View::OverTime:
        buildOverTime();
        break;
    }
}

DestinationsChart::Scale DestinationsChart::overviewScale(const QList<double>& values) const
{
    Scale scale;
    double maxValue = 10;
    for (double v : values)
        maxValue = std::max(maxValue, v);
    if (opts().logScale) {
        // By choice only: lengths then compare ratios, and the title says so.
        const double decades = std::ceil(std::log10(maxValue) + 0.15);
        scale.max = decades;
        scale.position = [](double v) { return v >= 1 ? std::log10(v) : 0.0; };
        scale.ticks = [](double min, double max, double) {
            QList<ChartTicks::Tick> ticks;
            const Formatter f;
            for (int k = int(std::ceil(min - 1e-9)); k <= int(std::floor(max + 1e-9)); ++k)
                ticks.append({double(k), f.number(qint64(std::llround(std::pow(10.0, k))))});
            return ticks;
        };
        scale.title = tr("People (logarithmic scale)");
        return scale;
    }
    // Linear. Where the largest figures dwarf the others (five times the next or more), the axis
    // is split: a scale that shows the small figures up to a break, then a compressed one that
    // takes the large figures to their full length; each part is linear and labelled.
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    int split = -1; // the first of the small figures
    double widest = 5;
    for (int i = 1; i < sorted.size(); ++i) {
        const double ratio = sorted.at(i - 1) / std::max(sorted.at(i), 1.0);
        if (ratio >= widest) {
            widest = ratio;
            split = i;
        }
    }
    if (split < 0) {
        const double step = ChartTicks::niceStep(0, maxValue * 1.05, 7, true);
        scale.max = std::ceil(maxValue * 1.05 / step) * step;
        scale.position = [](double v) { return v; };
        scale.ticks = linearCounts();
        scale.title = tr("People");
        return scale;
    }
    const double smallStep = ChartTicks::niceStep(0, sorted.at(split) * 1.2, 6, true);
    const double cap = std::ceil(sorted.at(split) * 1.2 / smallStep) * smallStep;
    const double largeStep = ChartTicks::niceStep(cap, maxValue, 3, true);
    const double top = std::ceil(maxValue / largeStep) * largeStep;
    const double gap = cap * 0.06;
    const double compressed = cap * 0.55; // the large figures' part, against cap for the small
    scale.breakAt = cap + gap / 2;
    scale.max = cap + gap + compressed;
    scale.position = [cap, gap, compressed, top](double v) {
        return v <= cap ? v : cap + gap + (v - cap) / (top - cap) * compressed;
    };
    scale.ticks = [cap, gap, compressed, top, position = scale.position](double min, double max,
                                                                         double pixels) {
        QList<ChartTicks::Tick> ticks;
        const Formatter f;
        const double share = cap / (cap + gap + compressed);
        for (double v : ChartTicks::linear(0, cap, ChartTicks::ticksFor(pixels * share), true)) {
            if (v >= min - 1e-9 && v <= max + 1e-9)
                ticks.append({v, f.number(qint64(std::llround(v)))});
        }
        for (double v : ChartTicks::linear(cap, top, 3, true)) {
            const double x = position(v);
            if (v > cap * 1.5 && x >= min - 1e-9 && x <= max + 1e-9)
                ticks.append({x, f.number(qint64(std::llround(v)))});
        }
        return ticks;
    };
    scale.title = tr("People (the axis is broken after %1: beyond the break, a compressed scale)")
                      .arg(Formatter().number(qint64(std::llround(cap))));
    return scale;
}

void DestinationsChart::buildOverview()
{
    const int n = m_model->rowCount();
    const Formatter f;
    const QLocale locale;
    QStringList countries;
    QList<double> values;
    for (int i = 0; i < n; ++i) {
        // Slot 0 is at the bottom: the largest figure (row 0) goes on top.
        const Observation* o = m_model->observation(n - 1 - i);
        countries << figure()->catalog()->regionName(o->region);
        values << double(o->value);
    }
    const Scale scale = overviewScale(values);
    addAxis(Qt::Horizontal, 0, scale.max, scale.ticks, false, scale.title);
    if (scale.breakAt > 0)
        addAxisBreak(scale.breakAt);
    QCategoryAxis* y = addAxis(Qt::Vertical, -0.5, n - 0.5, slotLabels(countries), true);
    y->setGridLineVisible(false);

    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(BarWidth);
    auto* reported = new QBarSet(tr("Reported figure"));
    auto* estimated = new QBarSet(tr("Estimate or approximate figure"));
    styleBarSet(reported, Reported, 0);
    styleBarSet(estimated, Estimated, 0, true);
    for (int i = 0; i < n; ++i) {
        reported->append(0);
        estimated->append(0);
    }
    for (int row = 0; row < n; ++row) {
        const Observation* o = m_model->observation(row);
        const QString key = seriesKey(*o);
        if (isHidden(key) || o->value < 1)
            continue;
        const int slot = n - 1 - row;
        const double x = scale.position(double(o->value));
        (key == Estimated ? estimated : reported)->replace(slot, x);
        ChartMark m;
        m.shape = ChartMark::Shape::Bar;
        m.index = m_model->index(row, DestinationsModel::ValueColumn);
        m.series = key;
        m.a = QPointF(0, slot - BarWidth / 2);
        m.b = QPointF(x, slot + BarWidth / 2);
        addMark(m);
        const QString label =
            tr("%1 — %2, %3")
                .arg(f.value(*o), figure()->catalog()->seriesName(o->dataset, o->series),
                     o->period.label(locale));
        // Provisional (or another status that is neither final nor an estimate, which the
        // hatching shows): the status is part of the label.
        addNote({QPointF(x, slot),
                 o->status == Term::Status::Final || o->status == Term::Status::Estimate
                     ? label
                     : tr("%1 (%2)").arg(label, f.status(o->status)),
                 ChartNote::Place::RightInside, QColor(), false});
    }
    series->append(reported);
    series->append(estimated);
    addSeries(series, Reported);
}

void DestinationsChart::buildAsylum()
{
    const Formatter f;
    const QLocale locale;
    QStringList regions; // in model order, first on top
    double maxValue = 10;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Observation* o = m_model->observation(row);
        if (!regions.contains(o->region))
            regions << o->region;
        maxValue = std::max(maxValue, double(o->value));
    }
    const int n = int(regions.size());
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << figure()->catalog()->regionName(regions.at(i));
    const double step = ChartTicks::niceStep(0, maxValue * 1.35, 7, true);
    addAxis(Qt::Horizontal, 0, std::ceil(maxValue * 1.35 / step) * step, linearCounts(), false,
            tr("People"));
    // Slots run down from the top (the axis reversed), so that within each country the bars
    // come in the legend's order: applications, then rejections.
    QCategoryAxis* y = addAxis(Qt::Vertical, -0.5, n - 0.5, slotLabels(names), true);
    y->setReverse(true);
    y->setGridLineVisible(false);

    // Grouped bars: within a slot, set j occupies the j-th part of the bar width, from the top.
    const QStringList keys = {Applications, Rejections};
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(BarWidth);
    QList<QBarSet*> sets;
    for (int j = 0; j < keys.size(); ++j) {
        auto* set =
            new QBarSet(figure()->catalog()->seriesName(Term::Dataset::Destinations, keys.at(j)));
        styleBarSet(set, keys.at(j), j);
        for (int i = 0; i < n; ++i)
            set->append(0);
        sets << set;
    }
    const double part = BarWidth / keys.size();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Observation* o = m_model->observation(row);
        const int j = int(keys.indexOf(o->series));
        if (j < 0 || isHidden(o->series))
            continue;
        const int slot = int(regions.indexOf(o->region));
        sets.at(j)->replace(slot, double(o->value));
        const double y0 = slot - BarWidth / 2 + j * part;
        ChartMark m;
        m.shape = ChartMark::Shape::Bar;
        m.index = m_model->index(row, DestinationsModel::ValueColumn);
        m.series = o->series;
        m.a = QPointF(0, y0);
        m.b = QPointF(double(o->value), y0 + part);
        addMark(m);
        addNote({QPointF(double(o->value), y0 + part / 2),
                 tr("%1, %2").arg(f.number(o->value), o->period.label(locale)),
                 ChartNote::Place::Right, QColor(), false});
    }
    for (QBarSet* set : sets)
        series->append(set);
    addSeries(series, Applications);
}

void DestinationsChart::buildUsArrivals()
{
    const Formatter f;
    const QLocale locale;
    const int n = m_model->rowCount();
    QStringList years;
    double maxValue = 5;
    for (int row = 0; row < n; ++row) {
        const Observation* o = m_model->observation(row);
        years << o->period.label(locale);
        maxValue = std::max(maxValue, double(o->value));
    }
    addAxis(Qt::Horizontal, -0.5, n - 0.5, slotLabels(years), true,
            tr("US federal fiscal year (October to September)"));
    const double step = ChartTicks::niceStep(0, maxValue * 1.25, 6, true);
    addAxis(Qt::Vertical, 0, std::ceil(maxValue * 1.25 / step) * step, linearCounts(), false,
            tr("People"));

    auto* series = new QBarSeries;
    series->setBarWidth(BarWidth);
    auto* set = new QBarSet(figure()->catalog()->seriesName(Term::Dataset::Destinations, Arrivals));
    styleBarSet(set, Arrivals, 0);
    for (int row = 0; row < n; ++row) {
        const Observation* o = m_model->observation(row);
        const bool shown = !isHidden(Arrivals);
        set->append(shown ? double(o->value) : 0);
        if (!shown)
            continue;
        ChartMark m;
        m.shape = ChartMark::Shape::Bar;
        m.index = m_model->index(row, DestinationsModel::ValueColumn);
        m.series = Arrivals;
        m.a = QPointF(row - BarWidth / 2, 0);
        m.b = QPointF(row + BarWidth / 2, double(o->value));
        addMark(m);
        addNote({QPointF(row, double(o->value)), f.number(o->value), ChartNote::Place::Above,
                 QColor(), true});
    }
    series->append(set);
    addSeries(series, Arrivals);
}

void DestinationsChart::buildOverTime()
{
    const Formatter f;
    const QLocale locale;
    const auto series = DestinationsModel::yearlySeries();
    // x: years as fractions (a US fiscal year sits a quarter before its calendar namesake);
    // y: log10 of the count, a year with none on the bottom line.
    const auto xOf = [](const Period& p) {
        const QDate mid = p.start().addDays(p.start().daysTo(p.end()) / 2);
        return mid.year() + (mid.dayOfYear() - 0.5) / mid.daysInYear();
    };
    constexpr double Floor = -0.45; // log10(1) = 0 is the first decade; "0" sits below it
    int first = 9999, last = 0;
    double maxValue = 10;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Observation* o = m_model->observation(row);
        first = std::min(first, o->period.start().year());
        last = std::max(last, o->period.end().year());
        maxValue = std::max(maxValue, double(o->value));
    }
    if (first > last) {
        first = 2000;
        last = 2001;
    }
    // A label under each shown year's middle, where its calendar-year point sits; as many years
    // labelled as fit.
    const double yearWidth = QFontMetricsF(font(0.9)).horizontalAdvance(QStringLiteral("2000"));
    addAxis(
        Qt::Horizontal, first, last + 1,
        [yearWidth](double min, double max, double pixels) {
            QList<ChartTicks::Tick> ticks;
            const double visible = std::max(max - min, 1.0);
            const int every =
                pixels > 0 ? ChartTicks::fittingStep({1, 2, 5, 10}, pixels / visible, yearWidth)
                           : (visible <= 14   ? 1
                              : visible <= 32 ? 2
                                              : 5);
            for (int y = int(std::floor(min)); y < int(std::ceil(max)); ++y) {
                if (y % every == 0 && y + 0.5 >= min && y + 0.5 <= max)
                    ticks.append({y + 0.5, QString::number(y)});
            }
            return ticks;
        },
        false, tr("Year (US: federal fiscal year)"));
    const bool log = opts().logScale;
    // Linear by default; on a logarithmic axis (by choice) a year with none has no place: it
    // sits on a bottom line of its own, below 1.
    const auto yOf = [log](qint64 value) {
        return !log ? double(value) : value > 0 ? std::log10(double(value)) : Floor;
    };
    if (log) {
        const double decades = std::ceil(std::log10(maxValue) + 0.1);
        addAxis(
            Qt::Vertical, Floor - 0.15, decades, // room under the bottom line for its points
            [](double min, double max, double) {
                QList<ChartTicks::Tick> ticks;
                const Formatter f;
                ticks.append({Floor, QStringLiteral("0")});
                for (int k = int(std::ceil(min)); k <= int(std::floor(max + 1e-9)); ++k)
                    ticks.append({double(k), f.number(qint64(std::llround(std::pow(10.0, k))))});
                return ticks;
            },
            false, tr("People per year (logarithmic scale)"));
    } else {
        const double step = ChartTicks::niceStep(0, maxValue * 1.1, 7, true);
        addAxis(Qt::Vertical, 0, std::ceil(maxValue * 1.1 / step) * step, linearCounts(), false,
                tr("People per year"));
    }

    for (int i = 0; i < series.size(); ++i) {
        const QString region = series.at(i).first;
        // Colour-blind safe and apart: blue, vermillion, green, pink, sky blue.
        static const int colours[] = {0, 1, 2, 3, 5};
        const int colour = colours[i % 5];
        bool inLegend = false;
        QLineSeries* line = nullptr;
        const Observation* lastShown = nullptr;
        int lastRow = -1;
        double previous = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Observation* o = m_model->observation(row);
            if (o->region != region)
                continue;
            const double x = xOf(o->period);
            const double y = yOf(o->value);
            if (o->value == 0 && log) {
                // No line down to a year with none: a log scale has no zero, the point stands
                // alone on the bottom line.
                previous = -1e9;
            } else if (!line || x - previous > 1.5) {
                // A year without a published figure ends the line: gaps are never bridged.
                // The legend names the country; the caveat says what each line counts.
                line = makeLine(figure()->catalog()->regionName(region), colour);
                addSeries(line, region, !inLegend);
                inLegend = true;
                line->setVisible(!isHidden(region));
            }
            if (o->value > 0 || !log) {
                previous = x;
                line->append(x, y);
            }
            if (isHidden(region))
                continue;
            ChartMark m;
            m.index = m_model->index(row, DestinationsModel::ValueColumn);
            m.series = region;
            m.a = QPointF(x, y);
            m.colour = style().seriesColour(colour);
            m.hollow = !o->isExact() || o->status != Term::Status::Final;
            addMark(m);
            lastShown = o;
            lastRow = row;
        }
        if (lastShown && lastRow >= 0) {
            addNote({QPointF(xOf(lastShown->period), yOf(lastShown->value)),
                     tr("%1 (%2)").arg(f.number(lastShown->value), lastShown->period.label(locale)),
                     ChartNote::Place::Right, style().seriesColour(colour), false});
        }
    }
}
