// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpalette.h"

#include <QRectF>
#include <QString>

class QFont;
class QPainter;

/// The small shapes a chart's overlay and its key draw, in the chart's style: a figure's point
/// (open where approximate, a square where derived), the diamond of a figure other sources
/// report differently, a numbered event badge, a label in its box, a span's bracket and the
/// break of a split axis. One drawing for each, so the key shows exactly what the plot does.
class ChartSymbols
{
public:
    explicit ChartSymbols(const ChartPalette::Style& style)
        : m_style(style)
    {}

    /// A figure's point of the given radius: filled, open (approximate), a square (derived).
    void point(QPainter* painter, const QPointF& centre, qreal radius, const QColor& colour,
               bool hollow, bool derived) const;
    /// The small open diamond of a figure that other sources report differently.
    void diamond(QPainter* painter, const QPointF& centre, const QColor& colour) const;
    /// An event's number in a filled circle.
    void badge(QPainter* painter, const QRectF& rect, int number, const QFont& font) const;
    /// A text on the labels' translucent background.
    void labelBox(QPainter* painter, const QRectF& rect, const QString& text, const QColor& colour,
                  const QFont& font) const;
    /// A bracket from p0 to p1 (same y) with end ticks; open: an arrow at the left end, drawn
    /// from no further left than plotLeft.
    void bracket(QPainter* painter, const QPointF& p0, const QPointF& p1, const QColor& colour,
                 bool open, qreal plotLeft) const;
    /// A gap across the plot at x where the scale changes, with a double slash on the axis
    /// lines (a split axis).
    void axisBreak(QPainter* painter, qreal x, const QRectF& plot) const;

    /// The padding inside a label's box.
    static constexpr qreal LabelPadding = 3;

private:
    const ChartPalette::Style& m_style;
};
