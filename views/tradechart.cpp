// SPDX-License-Identifier: GPL-3.0-or-later
#include "tradechart.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "core/slotscale.h"
#include "downsampler.h"
#include "itemmodels/eventsmodel.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>

#include <cmath>

namespace {
const QStringList Keys = TradeFigure::keys();

bool drawnPeriod(const Period& p)
{
    return TradeFigure::isDrawn(p);
}
} // namespace

TradeChart::TradeChart(TradeFigure* figure, QObject* parent)
    : TimeSeriesChart(figure, parent)
{
    start();
}

double TradeChart::scaled(double value) const
{
    return opts().logScale ? std::log10(value) : value;
}

void TradeChart::build()
{
    const auto [first, last] = shownYears();
    const SlotScale scale = timeSeries()->scale();
    const int slotCount = (last - first + 1) * 12;
    const Formatter f;
    const QLocale locale;
    const SeriesTableModel* table = seriesModel();
    setTitle(figure()->title());

    double minValue = 0;
    double maxValue = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!drawnPeriod(table->period(row)))
            continue;
        for (int c = 0; c < Keys.size(); ++c) {
            const Observation* o = table->observation(row, c + 1);
            if (!o || o->value <= 0 || isHidden(Keys.at(c)))
                continue;
            minValue = minValue == 0 ? double(o->value) : std::min(minValue, double(o->value));
            maxValue = std::max(maxValue, double(o->value));
        }
    }
    if (maxValue <= 0) {
        minValue = 1000;
        maxValue = 1e6;
    }

    const double xMin = -0.5;
    const double xMax = slotCount - 0.5;
    // Month labels every 1, 2, 3, 6 or 12 months, or every few years over a long range, as the
    // axis length allows; January and the first label carry the year.
    const QFontMetricsF fm(font(0.9));
    const QLocale here;
    const double labelWidth =
        fm.horizontalAdvance(Period::parse(QStringLiteral("2020-12")).label(here)) + 6;
    QCategoryAxis* months = addAxis(
        Qt::Horizontal, xMin, xMax,
        [first = first, slotCount, labelWidth](double min, double max, double pixels) {
            const double visible = max - min;
            // Steps of years only for ranges longer than ten years (the scale benchmark).
            const QList<int> steps = visible > 120
                                         ? QList<int>{1, 2, 3, 6, 12, 24, 60, 120, 240, 600}
                                         : QList<int>{1, 2, 3, 6, 12};
            const int every = pixels > 0
                                  ? ChartTicks::fittingStep(steps, pixels / visible, labelWidth)
                                  : (visible <= 15   ? 1
                                     : visible <= 40 ? 3
                                                     : 6);
            QList<ChartTicks::Tick> ticks;
            const QLocale locale;
            for (int slot = 0; slot < slotCount; ++slot) {
                if (slot % every != 0 || slot < min - 1e-9 || slot > max + 1e-9)
                    continue;
                const QDate d = QDate(first, 1, 1).addMonths(slot);
                const bool withYear = d.month() == 1 || ticks.isEmpty();
                ticks.append(
                    {double(slot),
                     withYear ? Period::parse(d.toString(QStringLiteral("yyyy-MM"))).label(locale)
                              : locale.monthName(d.month(), QLocale::ShortFormat)});
            }
            return ticks;
        });
    if (opts().logScale) {
        const double lo = std::floor(std::log10(minValue));
        const double hi = std::ceil(std::log10(maxValue) + 0.45);
        addAxis(
            Qt::Vertical, lo, hi,
            [](double min, double max, double) {
                // One notation for the axis: "$1K" beside "$10K", never "$1,000".
                QList<double> powers;
                for (int k = int(std::ceil(min - 1e-9)); k <= int(std::floor(max + 1e-9)); ++k)
                    powers << std::pow(10.0, k);
                QList<ChartTicks::Tick> ticks = ChartTicks::dollarTicks(powers, Formatter(), true);
                for (ChartTicks::Tick& t : ticks)
                    t.value = std::round(std::log10(t.value)); // the axis runs in log10 units
                return ticks;
            },
            false, tr("US dollars (logarithmic scale)"));
    } else {
        const double step = ChartTicks::niceStep(0, maxValue * 1.3, 7);
        const double yMax = std::ceil(maxValue * 1.3 / step) * step;
        addAxis(
            Qt::Vertical, 0, yMax,
            [](double min, double max, double pixels) {
                return ChartTicks::dollarTicks(
                    ChartTicks::linear(min, max, ChartTicks::ticksFor(pixels)), Formatter(), false);
            },
            false, tr("US dollars"));
    }

    for (int c = 0; c < Keys.size(); ++c) {
        const QString& key = Keys.at(c);
        const int column = c + 1;
        addLines(key, c, scale,
                 [&](int row, const Period& p, const Observation& o) -> std::optional<double> {
                     if (o.value <= 0 || !drawnPeriod(p))
                         return std::nullopt;
                     const double y = scaled(double(o.value));
                     if (p.isSingle())
                         return y;
                     // Published for several months together: a bracket across them, never a
                     // point.
                     if (!isHidden(key)) {
                         ChartMark m;
                         m.shape = ChartMark::Shape::Span;
                         m.index = table->index(row, column);
                         m.series = key;
                         m.a = QPointF(scale.left(p), y);
                         m.b = QPointF(scale.right(p), y);
                         m.colour = style().seriesColour(c);
                         m.label = {
                             p.label(locale),
                             tr("%1 for both months").arg(f.compact(double(o.value), o.unit))};
                         addMark(m);
                     }
                     return std::nullopt;
                 });
    }

    // However many months there are, each line is drawn from at most four points per pixel
    // column on screen (first, lowest, highest, last: every extreme kept); again on zoom.
    (new LineDownsampler(chart(), months))->adoptLines();

    addTimeline(eventsModel(), scale);

    // The lows the events point at: in an event's month, the lowest figure that fell to under a
    // tenth of the same month a year before (March 2020: China's imports; October 2020: its
    // exports) gets its exact value written beside it.
    if (!opts().annotations)
        return;
    QHash<QString, int> rowOfMonth;
    for (int row = 0; row < table->rowCount(); ++row)
        rowOfMonth.insert(table->period(row).code(), row);
    QSet<int> annotated;
    for (int e = 0; e < eventsModel()->rowCount(); ++e) {
        const TimelineEvent* event = eventsModel()->eventAt(e);
        if (!event || event->period.kind() != Period::Kind::Month)
            continue;
        const int row = rowOfMonth.value(event->period.code(), -1);
        const QDate yearBefore = event->period.start().addYears(-1);
        const int before = rowOfMonth.value(yearBefore.toString(QStringLiteral("yyyy-MM")), -1);
        if (row < 0 || before < 0 || annotated.contains(row))
            continue;
        int lowest = -1;
        for (int c = 0; c < Keys.size(); ++c) {
            const Observation* now = table->observation(row, c + 1);
            const Observation* then = table->observation(before, c + 1);
            if (!now || !then || isHidden(Keys.at(c)) || now->value <= 0 ||
                now->value * 10 >= then->value)
                continue;
            if (lowest < 0 || now->value < table->observation(row, lowest + 1)->value)
                lowest = c;
        }
        if (lowest < 0)
            continue;
        annotated.insert(row);
        const Observation* o = table->observation(row, lowest + 1);
        addNote({QPointF(scale.slot(o->period), scaled(double(o->value))),
                 tr("%1: %2").arg(o->period.label(locale), f.value(*o)), ChartNote::Place::Below,
                 style().seriesColour(lowest), true});
    }
}
