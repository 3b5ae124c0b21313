// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartticks.h"

#include "core/formatter.h"

#include <QSet>

#include <cmath>

namespace ChartTicks {
double niceCeil(double value, bool integers)
{
    if (value <= 0 || (integers && value <= 1))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (integers && m == 2.5 && magnitude < 10)
            continue;
        if (m * magnitude >= value * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

double niceStep(double min, double max, int maxTicks, bool integers)
{
    const double span = std::max(max - min, 1e-9);
    const double raw = span / std::max(1, maxTicks);
    return niceCeil(raw, integers);
}

QList<double> linear(double min, double max, int maxTicks, bool integers)
{
    QList<double> ticks;
    const double step = niceStep(min, max, maxTicks, integers);
    const double eps = step * 1e-6;
    for (double v = std::ceil((min - eps) / step) * step; v <= max + eps; v += step)
        ticks.append(std::abs(v) < eps ? 0.0 : v);
    return ticks;
}
int ticksFor(double pixels)
{
    if (pixels <= 0)
        return 8;
    return std::clamp(int(pixels / 50), 3, 10);
}

int fittingStep(const QList<int>& steps, double slotPixels, double labelWidth)
{
    if (slotPixels <= 0)
        return steps.first();
    for (int step : steps) {
        if (step * slotPixels >= labelWidth + 10)
            return step;
    }
    return steps.last();
}

QList<Tick> dollarTicks(const QList<double>& values, const Formatter& f, bool logScale)
{
    QList<Tick> ticks;
    const QLocale& locale = f.locale();
    if (f.language() == Language::Korean) {
        bool man = true; // every tick a whole number of 만 (or, on a log axis, below 만)
        for (double v : values) {
            const double a = std::abs(v);
            const bool whole = std::abs(a / 1e4 - std::round(a / 1e4)) < 1e-9;
            man = man && (whole || (logScale && a < 1e4));
        }
        for (double v : values) {
            const qint64 n = qint64(std::llround(v));
            ticks.append({v, (man ? f.large(n) : f.number(n)) + QStringLiteral(" 달러")});
        }
        return ticks;
    }
    struct Unit
    {
        double scale;
        QString suffix;
    };
    const QList<Unit> units = {{1e9, QStringLiteral("B")},
                               {1e6, QStringLiteral("M")},
                               {1e3, QStringLiteral("K")},
                               {1, QString()}};
    auto unitOf = [&](double a) {
        // A linear axis turns to thousands from $10,000 on ("$5,000", "$10,000" stay digits
        // when the largest tick is below $10,000); a power of ten from $1,000 ("$1K").
        for (const Unit& u : units) {
            if (a >= u.scale * (logScale || u.scale != 1e3 ? 1 : 10) * (1 - 1e-9))
                return u;
        }
        return units.last();
    };
    auto write = [&](double v, const Unit& u, int decimals) {
        if (v == 0)
            return QStringLiteral("$0");
        return QStringLiteral("$") + locale.toString(v / u.scale, 'f', decimals) + u.suffix;
    };
    if (logScale) {
        for (double v : values)
            ticks.append({v, write(v, unitOf(std::abs(v)), 0)});
        return ticks;
    }
    double largest = 0;
    for (double v : values)
        largest = std::max(largest, std::abs(v));
    const Unit unit = unitOf(largest);
    // As few decimals as show every tick exactly, the same for all.
    int decimals = 0;
    for (; decimals < 3; ++decimals) {
        const double factor = std::pow(10.0, decimals);
        bool exact = true;
        for (double v : values) {
            const double x = v / unit.scale * factor;
            exact = exact && std::abs(x - std::round(x)) < 1e-6;
        }
        if (exact)
            break;
    }
    for (double v : values)
        ticks.append({v, write(v, unit, decimals)});
    return ticks;
}
} // namespace ChartTicks

TickAxis::TickAxis(QCategoryAxis* axis, Provider provider, bool centred)
    : QObject(axis)
    , m_axis(axis)
    , m_provider(std::move(provider))
    , m_centred(centred)
{
    m_axis->setLabelsPosition(centred ? QCategoryAxis::AxisLabelsPositionCenter
                                      : QCategoryAxis::AxisLabelsPositionOnValue);
    connect(m_axis, &QValueAxis::rangeChanged, this, &TickAxis::refresh);
}

void TickAxis::setPixels(double pixels)
{
    if (std::abs(pixels - m_pixels) < 1)
        return;
    m_pixels = pixels;
    refresh();
}

void TickAxis::refresh()
{
    if (m_refreshing)
        return;
    const double min = m_axis->min();
    const double max = m_axis->max();
    const QList<ChartTicks::Tick> ticks = m_provider(min, max, m_pixels);
    auto same = [](const QList<ChartTicks::Tick>& a, const QList<ChartTicks::Tick>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).value != b.at(i).value || a.at(i).label != b.at(i).label)
                return false;
        }
        return true;
    };
    if (same(ticks, m_ticks) && min == m_min && max == m_max &&
        !m_axis->categoriesLabels().isEmpty())
        return;
    m_refreshing = true;
    m_ticks = ticks;
    m_min = min;
    m_max = max;
    for (const QString& label : m_axis->categoriesLabels())
        m_axis->remove(label);
    // A category axis needs unique labels; repeated ones ("Apr" of two years) get invisible
    // zero-width spaces appended.
    QSet<QString> used;
    auto unique = [&used](QString label) {
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        return label;
    };
    if (m_centred) {
        if (!ticks.isEmpty()) {
            m_axis->setStartValue(ticks.first().value);
            for (qsizetype i = 1; i < ticks.size(); ++i)
                m_axis->append(unique(ticks.at(i).label), ticks.at(i).value);
        }
    } else {
        // Labels sit on the category ends; the start lies just below the range so that a tick
        // on the axis minimum gets its label too.
        const double span = std::max(max - min, 1e-9);
        m_axis->setStartValue(min - span);
        for (const ChartTicks::Tick& t : ticks)
            m_axis->append(unique(t.label), t.value);
    }
    m_refreshing = false;
}
