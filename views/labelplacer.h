// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>
#include <utility>

/// Where the chart overlay's texts go: pure geometry in pixels, no chart, no painter (tested by
/// tst_labelplacer). The overlay (ChartOverlay::computeLayout) feeds it what the plot already
/// holds (badges and texts placed, points, bars, line segments) and asks for the best of a
/// label's candidate rectangles; it also says which part of a span lies in the visible range, so
/// that a label of a span panned or zoomed out of view is not piled up at the plot's edge.
class LabelPlacer
{
public:
    /// Labels stay inside this area (the plot, less a small inset).
    explicit LabelPlacer(const QRectF& area)
        : m_area(area)
    {}

    const QRectF& area() const { return m_area; }

    /// A text or badge already placed: nothing may cover it.
    void addObstacle(const QRectF& r) { m_obstacles.append(r); }
    /// A point (or a bracket) of the data: a label avoids covering it.
    void addData(const QRectF& r) { m_data.append(r); }
    /// A bar: avoided by labels that ask for it (withBars).
    void addBar(const QRectF& r) { m_bars.append(r); }
    /// A line between two points: a label passing over it costs a little.
    void addSegment(const QLineF& line) { m_segments.append(line); }

    /// The candidate inside the area with the least cost: covering a text costs most, then a
    /// point or bar, then a line passing behind; then every pixel away from the anchor (earlier
    /// candidates are preferred a little at equal distance). When none fits inside the area,
    /// the first candidate moved inside it.
    QRectF choose(const QList<QRectF>& candidates, bool withBars, const QPointF& anchor) const;

    /// The part of a span from x0 to x1 (pixels, either order) that lies between left and right,
    /// or nullopt when none of it does (it was panned or zoomed out of view).
    static std::optional<std::pair<qreal, qreal>> visiblePart(qreal x0, qreal x1, qreal left,
                                                              qreal right);
    /// Where a span's label is centred: the middle of its visible part; nullopt when the span
    /// is not visible at all (no label is drawn then).
    static std::optional<qreal> spanLabelCentre(qreal x0, qreal x1, qreal left, qreal right);

    /// Moves a rectangle inside an area (as far as it fits).
    static QRectF clampInto(QRectF r, const QRectF& area);
    /// How far a point is from a rectangle (0 inside).
    static qreal distance(const QRectF& r, const QPointF& p);

private:
    bool crossesLines(const QRectF& r) const;

    QRectF m_area;
    QList<QRectF> m_obstacles;
    QList<QRectF> m_data;
    QList<QRectF> m_bars;
    QList<QLineF> m_segments;
};
