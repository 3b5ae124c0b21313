// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
bool collides(const QRectF& r, const QList<QRectF>& others)
{
    return std::any_of(others.begin(), others.end(),
                       [&r](const QRectF& o) { return r.intersects(o); });
}

/// A span narrower than this in view (pixels) gets no label: it would only point at the edge.
constexpr qreal MinimumVisible = 1.0;
} // namespace

QRectF LabelPlacer::clampInto(QRectF r, const QRectF& area)
{
    if (r.right() > area.right())
        r.moveRight(area.right());
    if (r.left() < area.left())
        r.moveLeft(area.left());
    if (r.bottom() > area.bottom())
        r.moveBottom(area.bottom());
    if (r.top() < area.top())
        r.moveTop(area.top());
    return r;
}

qreal LabelPlacer::distance(const QRectF& r, const QPointF& p)
{
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

bool LabelPlacer::crossesLines(const QRectF& r) const
{
    for (const QLineF& line : m_segments) {
        if (r.contains(line.p1()) || r.contains(line.p2()))
            return true;
        const QLineF edges[] = {
            QLineF(r.topLeft(), r.topRight()), QLineF(r.topRight(), r.bottomRight()),
            QLineF(r.bottomRight(), r.bottomLeft()), QLineF(r.bottomLeft(), r.topLeft())};
        for (const QLineF& edge : edges) {
            if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                return true;
        }
    }
    return false;
}

QRectF LabelPlacer::choose(const QList<QRectF>& candidates, bool withBars,
                           const QPointF& anchor) const
{
    if (candidates.isEmpty())
        return {};
    qreal best = std::numeric_limits<qreal>::max();
    QRectF chosen;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QRectF& c = candidates.at(i);
        if (!m_area.contains(c))
            continue;
        qreal cost = distance(c, anchor) + 5.0 * qreal(i);
        if (collides(c, m_obstacles))
            cost += 1000;
        if (collides(c, m_data) || (withBars && collides(c, m_bars)))
            cost += 300;
        if (crossesLines(c))
            cost +=
                250; // a line through a text strikes it out (issue 19.8): worth a long way round
        if (cost < best) {
            best = cost;
            chosen = c;
        }
    }
    return chosen.isNull() ? clampInto(candidates.first(), m_area) : chosen;
}

std::optional<std::pair<qreal, qreal>> LabelPlacer::visiblePart(qreal x0, qreal x1, qreal left,
                                                                qreal right)
{
    if (x0 > x1)
        std::swap(x0, x1);
    const qreal from = std::max(x0, left);
    const qreal to = std::min(x1, right);
    if (to - from < MinimumVisible)
        return std::nullopt;
    return std::make_pair(from, to);
}

std::optional<qreal> LabelPlacer::spanLabelCentre(qreal x0, qreal x1, qreal left, qreal right)
{
    const auto part = visiblePart(x0, x1, left, right);
    if (!part)
        return std::nullopt;
    return (part->first + part->second) / 2;
}
