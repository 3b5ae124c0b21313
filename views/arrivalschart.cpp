// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrivalschart.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "core/slotscale.h"

#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QStackedBarSeries>

#include <cmath>

namespace {
const QString Total = QStringLiteral("total");
const QString Male = QStringLiteral("male");
const QString Female = QStringLiteral("female");
constexpr double BarWidth = 0.72;

int colourOf(const QString& key)
{
    if (key == Male)
        return 2;
    if (key == Female)
        return 1;
    return 0;
}
} // namespace

ArrivalsChart::ArrivalsChart(ArrivalsFigure* figure, QObject* parent)
    : TimeSeriesChart(figure, parent)
    , m_arrivals(figure)
{
    start();
}

void ArrivalsChart::build()
{
    const auto [first, last] = shownYears();
    const bool quarterly = opts().quarterly;
    const SlotScale scale = m_arrivals->scale();
    const int slotCount = (last - first + 1) * scale.slotsPerYear();
    const QStringList keys = m_arrivals->shownSeries();
    const Formatter f;
    const QLocale locale;
    const SeriesTableModel* table = seriesModel();
    setTitle(figure()->title());

    // How high the axis must go.
    double maxValue = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (const QString& key : keys) {
            const Observation* o = table->observation(row, columnOf(key));
            if (o && !isHidden(key))
                maxValue = std::max(maxValue, double(o->value));
        }
    }
    // The figure's time axis (room on the left for a figure "up to" the first year).
    const double xMin = m_arrivals->axisMin();
    const double xMax = m_arrivals->axisMax();
    // Headroom above the data for the labels of the peak and the events' badges.
    const double headroom = opts().annotations ? 1.3 : 1.2;
    const double top = std::max(maxValue, 10.0) * headroom;
    const double step = ChartTicks::niceStep(0, top, 8, true);
    const double yMax = std::ceil(top / step) * step;

    // X: years on the points (every year, or every second or fifth as space allows); quarterly:
    // years centred over their four quarters.
    if (quarterly) {
        addAxis(
            Qt::Horizontal, xMin, xMax,
            [first = first, last = last](double, double, double) {
                QList<ChartTicks::Tick> ticks;
                for (int y = first; y <= last + 1; ++y)
                    ticks.append({(y - first) * 4 - 0.5, QString::number(y - 1)});
                return ticks;
            },
            true);
    } else {
        const QFontMetricsF fm(font(0.9));
        const double yearWidth = fm.horizontalAdvance(QStringLiteral("2000"));
        addAxis(Qt::Horizontal, xMin, xMax,
                [first = first, last = last, yearWidth](double min, double max, double pixels) {
                    const double visible = max - min;
                    const int every =
                        pixels > 0
                            ? ChartTicks::fittingStep({1, 2, 5, 10}, pixels / visible, yearWidth)
                            : (visible <= 14   ? 1
                               : visible <= 32 ? 2
                                               : 5);
                    QList<ChartTicks::Tick> ticks;
                    for (int y = first; y <= last; ++y) {
                        const double x = y - first;
                        if (y % every == 0 && x >= min - 1e-9 && x <= max + 1e-9)
                            ticks.append({x, QString::number(y)});
                    }
                    return ticks;
                });
    }
    addAxis(
        Qt::Vertical, 0, yMax,
        [](double min, double max, double pixels) {
            QList<ChartTicks::Tick> ticks;
            const Formatter f;
            for (double v : ChartTicks::linear(min, max, ChartTicks::ticksFor(pixels), true))
                ticks.append({v, f.number(qint64(std::llround(v)))});
            return ticks;
        },
        false, quarterly ? tr("People per quarter") : tr("People per year"));

    // Spans are brackets in every mode. The highest bracket of a span carries its label (the
    // period and its figure); the others have their figures in tooltips and the table.
    for (int row = 0; row < table->rowCount(); ++row) {
        const Period p = table->period(row);
        if (p.isSingle())
            continue;
        QList<ChartMark> marks;
        QStringList texts;
        int labelled = -1;
        qint64 highest = -1;
        for (const QString& key : keys) {
            const int column = columnOf(key);
            const Observation* o = table->observation(row, column);
            if (!o || isHidden(key))
                continue;
            const QString n = f.number(o->value);
            if (key != Total)
                texts << tr("%1: %2").arg(
                    figure()->catalog()->seriesName(Term::Dataset::Arrivals, key), n);
            else if (p.kind() == Period::Kind::UpTo)
                texts << tr("%1 in all").arg(n);
            else
                texts << tr("%1 together").arg(n);
            ChartMark m;
            m.shape = p.kind() == Period::Kind::UpTo ? ChartMark::Shape::OpenSpan
                                                     : ChartMark::Shape::Span;
            m.index = table->index(row, column);
            m.series = key;
            m.a = QPointF(m.shape == ChartMark::Shape::OpenSpan ? xMin : scale.left(p),
                          double(o->value));
            m.b = QPointF(scale.right(p), double(o->value));
            m.colour = style().seriesColour(colourOf(key));
            m.hollow = !o->isExact();
            m.derived = o->status == Term::Status::Derived;
            if (o->value > highest) {
                highest = o->value;
                labelled = int(marks.size());
            }
            marks << m;
        }
        if (labelled >= 0)
            marks[labelled].label = QStringList{p.label(locale), texts.at(labelled)};
        for (const ChartMark& m : marks)
            addMark(m);
    }

    QList<std::pair<double, const Observation*>> totals; // for the peak and the low
    if (!opts().bars) {
        for (const QString& key : keys) {
            // The single periods are points on the lines; spans are the brackets above.
            const auto marked =
                addLines(key, colourOf(key), scale,
                         [](int, const Period& p, const Observation& o) -> std::optional<double> {
                             if (!p.isSingle())
                                 return std::nullopt;
                             return double(o.value);
                         });
            if (key == Total)
                totals = marked;
        }
    } else {
        // Bars: the total, or men and women stacked with the total where no split exists.
        auto* series = new QStackedBarSeries;
        series->setBarWidth(BarWidth);
        QHash<QString, QBarSet*> sets;
        const QStringList setKeys =
            opts().sexSplit ? QStringList{Male, Female, Total} : QStringList{Total};
        for (const QString& key : setKeys) {
            QString name = figure()->catalog()->seriesName(Term::Dataset::Arrivals, key);
            if (opts().sexSplit && key == Total)
                name = tr("%1 (no split published)").arg(name);
            auto* set = new QBarSet(name);
            styleBarSet(set, key, opts().sexSplit && key == Total ? 7 : colourOf(key));
            if (opts().sexSplit && key == Total)
                set->setBrush(style().mutedText);
            for (int i = 0; i < slotCount; ++i)
                set->append(0);
            sets.insert(key, set);
            series->append(set);
        }
        for (int row = 0; row < table->rowCount(); ++row) {
            const Period p = table->period(row);
            if (!p.isSingle())
                continue;
            const int slot = scale.slot(p);
            if (slot < 0 || slot >= slotCount)
                continue;
            const Observation* total = table->observation(row, 1);
            const Observation* male = table->observation(row, 2);
            const Observation* female = table->observation(row, 3);
            QList<std::pair<QString, const Observation*>> stack;
            if (opts().sexSplit && male && female)
                stack = {{Male, male}, {Female, female}};
            else if (total)
                stack = {{Total, total}};
            double base = 0;
            for (const auto& [key, o] : stack) {
                if (isHidden(key))
                    continue;
                sets.value(key)->replace(slot, double(o->value));
                ChartMark m;
                m.shape = ChartMark::Shape::Bar;
                m.index = table->index(row, columnOf(key));
                m.series = key;
                m.a = QPointF(slot - BarWidth / 2, base);
                m.b = QPointF(slot + BarWidth / 2, base + double(o->value));
                addMark(m);
                base += double(o->value);
            }
            if (total && !isHidden(Total))
                totals.append({double(slot), total});
        }
        addSeries(series, Total);
    }

    // The peak and the lowest figure of the single periods shown.
    if (totals.size() >= 3) {
        auto peak =
            std::max_element(totals.begin(), totals.end(), [](const auto& a, const auto& b) {
                return a.second->value < b.second->value;
            });
        auto low = std::min_element(totals.begin(), totals.end(), [](const auto& a, const auto& b) {
            return a.second->value < b.second->value;
        });
        addNote({QPointF(peak->first, double(peak->second->value)),
                 tr("Peak: %1 (%2)")
                     .arg(f.number(peak->second->value), peak->second->period.label(locale)),
                 ChartNote::Place::Above, style().text, true});
        addNote({QPointF(low->first, double(low->second->value)),
                 tr("Lowest: %1 (%2)")
                     .arg(f.number(low->second->value), low->second->period.label(locale)),
                 ChartNote::Place::Above, style().text, true});
    }

    addTimeline(eventsModel(), scale);
}
