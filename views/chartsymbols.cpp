// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsymbols.h"

#include <QPainter>
#include <QPainterPath>

void ChartSymbols::point(QPainter* painter, const QPointF& centre, qreal radius,
                         const QColor& colour, bool hollow, bool derived) const
{
    const qreal r = radius;
    painter->setPen(QPen(hollow ? colour : m_style.plotBackground, hollow ? 1.6 : 1.0));
    painter->setBrush(hollow ? m_style.plotBackground : colour);
    if (derived) // computed from other figures: a square, open when approximate too
        painter->drawRect(QRectF(centre - QPointF(r * 0.9, r * 0.9), QSizeF(r * 1.8, r * 1.8)));
    else
        painter->drawEllipse(centre, r, r);
}

void ChartSymbols::diamond(QPainter* painter, const QPointF& c, const QColor& colour) const
{
    const qreal d = 3.5;
    const QPointF corners[4] = {c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d),
                                c + QPointF(-d, 0)};
    painter->setPen(QPen(colour, 1.2));
    painter->setBrush(m_style.plotBackground);
    painter->drawPolygon(corners, 4);
}

void ChartSymbols::badge(QPainter* painter, const QRectF& rect, int number, const QFont& font) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.mutedText);
    painter->drawEllipse(rect);
    painter->setPen(m_style.background);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, QString::number(number));
}

void ChartSymbols::labelBox(QPainter* painter, const QRectF& rect, const QString& text,
                            const QColor& colour, const QFont& font) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.labelBackground);
    painter->drawRoundedRect(rect, 2, 2);
    painter->setPen(colour);
    painter->setFont(font);
    painter->drawText(rect.adjusted(LabelPadding, 0, -LabelPadding, 0), Qt::AlignCenter, text);
}

void ChartSymbols::bracket(QPainter* painter, const QPointF& p0, const QPointF& p1,
                           const QColor& colour, bool open, qreal plotLeft) const
{
    QPen pen(colour, m_style.lineWidth + 0.5);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal y = p0.y();
    painter->drawLine(QPointF(p0.x(), y), QPointF(p1.x(), y));
    painter->drawLine(QPointF(p1.x(), y), QPointF(p1.x(), y + 7));
    if (open) {
        QPainterPath arrow;
        const qreal x = std::max(p0.x(), plotLeft);
        arrow.moveTo(x + 8, y - 5);
        arrow.lineTo(x, y);
        arrow.lineTo(x + 8, y + 5);
        painter->drawPath(arrow);
    } else {
        painter->drawLine(QPointF(p0.x(), y), QPointF(p0.x(), y + 7));
    }
}

void ChartSymbols::axisBreak(QPainter* painter, qreal px, const QRectF& plot) const
{
    painter->save();
    painter->setClipping(false);
    painter->fillRect(QRectF(px - 4, plot.top(), 8, plot.height() + 1), m_style.plotBackground);
    painter->setPen(QPen(m_style.axisLine, 1.4));
    for (qreal dx : {-4.0, 4.0}) {
        for (qreal y : {plot.bottom(), plot.top()})
            painter->drawLine(QPointF(px + dx - 3, y + 6), QPointF(px + dx + 3, y - 6));
    }
    painter->restore();
}
