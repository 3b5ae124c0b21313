// SPDX-License-Identifier: GPL-3.0-or-later
#include "downsampler.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

QList<QList<QPointF>> Downsampler::lines(const QList<QPointF>& points) const
{
    QList<QList<QPointF>> out;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= points.size(); ++i) {
        if (i < points.size() && points.at(i).x() - points.at(i - 1).x() <= gapAbove)
            continue;
        QList<QPointF> reduced = reduce(points.mid(start, i - start));
        if (!reduced.isEmpty())
            out.append(std::move(reduced));
        start = i;
    }
    return out;
}

QList<QPointF> Downsampler::reduce(const QList<QPointF>& points) const
{
    if (points.isEmpty() || !(xMax > xMin))
        return points;
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    // The points inside [xMin, xMax], and the nearest one outside on each side.
    qsizetype first = std::lower_bound(points.cbegin(), points.cend(), xMin, byX) - points.cbegin();
    qsizetype last = std::upper_bound(points.cbegin(), points.cend(), xMax,
                                      [](double x, const QPointF& p) { return x < p.x(); }) -
                     points.cbegin();
    if (first == last) {
        // Nothing inside: a line crossing the whole range keeps its two ends, others go.
        if (first == 0 || first == points.size())
            return {};
        return {points.at(first - 1), points.at(first)};
    }
    if (first > 0)
        --first;
    if (last < points.size())
        ++last;
    if (columns <= 0)
        return points.mid(first, last - first);
    const double perColumn = columns / (xMax - xMin);
    const auto columnOf = [&](double x) {
        return std::clamp(std::floor((x - xMin) * perColumn), -1.0, double(columns));
    };
    // Sparse enough already (for the columns this run spans): drawn as it is.
    const double spanned = columnOf(points.at(last - 1).x()) - columnOf(points.at(first).x()) + 1;
    if (double(last - first) <= spanned * KeptPerColumn)
        return points.mid(first, last - first);

    QList<QPointF> out;
    out.reserve(qsizetype(spanned) * KeptPerColumn + 2);
    qsizetype i = first;
    while (i < last) {
        // One column: [i, end).
        const double column = columnOf(points.at(i).x());
        qsizetype end = i + 1;
        qsizetype low = i;
        qsizetype high = i;
        while (end < last && columnOf(points.at(end).x()) == column) {
            if (points.at(end).y() < points.at(low).y())
                low = end;
            if (points.at(end).y() > points.at(high).y())
                high = end;
            ++end;
        }
        // The line's own ends stay where they are (next to a gap, at a lone figure).
        const qsizetype kept[] = {i == first ? i : -1, std::min(low, high), std::max(low, high),
                                  end == last ? end - 1 : -1};
        qsizetype previous = -1;
        for (qsizetype k : kept) {
            if (k > previous)
                out.append(points.at(k));
            previous = std::max(previous, k);
        }
        i = end;
    }
    return out;
}

LineDownsampler::LineDownsampler(QChart* chart, QValueAxis* xAxis)
    : QObject(xAxis)
    , m_chart(chart)
    , m_axis(xAxis)
{
    connect(xAxis, &QValueAxis::rangeChanged, this, &LineDownsampler::refresh);
    connect(chart, &QChart::plotAreaChanged, this, &LineDownsampler::refresh);
}

void LineDownsampler::adoptLines()
{
    if (!m_chart)
        return;
    const QList<QAbstractSeries*> all = m_chart->series();
    for (QAbstractSeries* s : all) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line || !line->attachedAxes().contains(m_axis) || m_points.contains(line))
            continue;
        m_points.insert(line, line->points());
        connect(line, &QObject::destroyed, this, [this, line] { m_points.remove(line); });
    }
    m_columns = -1; // force
    refresh();
}

QList<QPointF> LineDownsampler::points(const QLineSeries* series) const
{
    return m_points.value(const_cast<QLineSeries*>(series), series->points());
}

void LineDownsampler::refresh()
{
    if (!m_chart)
        return;
    const int columns = int(std::ceil(m_chart->plotArea().width()));
    if (columns == m_columns && m_axis->min() == m_min && m_axis->max() == m_max)
        return;
    m_columns = columns;
    m_min = m_axis->min();
    m_max = m_axis->max();
    Downsampler d;
    d.xMin = m_min;
    d.xMax = m_max;
    // Before the chart is laid out there are no pixels yet: draw everything.
    d.columns = columns > 0 ? columns : 0;
    for (auto it = m_points.cbegin(); it != m_points.cend(); ++it)
        it.key()->replace(d.reduce(it.value()));
}
