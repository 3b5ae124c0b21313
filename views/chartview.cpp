// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "figurechart.h"

#include <QChart>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr int DragThreshold = 6;
}

ChartView::ChartView(FigureChart* figure, QWidget* parent)
    : QChartView(figure->chart(), parent)
    , m_figure(figure)
    , m_band(new QRubberBand(QRubberBand::Rectangle, this))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // ours: a click must stay a click
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(360, 260);
}

QPointF ChartView::toChart(const QPoint& viewportPos) const
{
    return chart()->mapFromScene(mapToScene(viewportPos));
}

bool ChartView::isZoomed() const
{
    return chart() && chart()->isZoomed();
}

void ChartView::zoomBy(qreal factor, const QPointF& around)
{
    if (!chart() || factor <= 0)
        return;
    if (factor < 1 && !chart()->isZoomed())
        return; // never out beyond the whole figure
    const QRectF plot = chart()->plotArea();
    // The point under the cursor stays where it is.
    const QPointF c = plot.contains(around) ? around : plot.center();
    const QRectF rect(c.x() - (c.x() - plot.left()) / factor, c.y() - (c.y() - plot.top()) / factor,
                      plot.width() / factor, plot.height() / factor);
    chart()->zoomIn(rect);
    if (factor < 1 && rect.contains(plot))
        chart()->zoomReset();
    emit zoomChanged(isZoomed());
}

void ChartView::resetZoom()
{
    if (!chart())
        return;
    chart()->zoomReset();
    emit zoomChanged(false);
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressAt = event->pos();
        m_pressed = true;
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed) {
        const QRect rect = QRect(m_pressAt, event->pos()).normalized();
        if (rect.width() > DragThreshold || rect.height() > DragThreshold) {
            const QRect plot = chart()->mapRectToScene(chart()->plotArea()).toRect();
            m_band->setGeometry(rect.intersected(mapFromScene(plot).boundingRect()));
            m_band->show();
        }
        event->accept();
        return;
    }
    const QString tip = m_figure->toolTipAt(toChart(event->pos()));
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    if (tip != m_lastTip) {
        m_lastTip = tip;
        emit hovered(tip.section(QLatin1Char('\n'), 0, 0));
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_band->isVisible()) {
        m_band->hide();
        const QRectF rect =
            chart()->mapRectFromScene(mapToScene(m_band->geometry()).boundingRect());
        if (rect.width() > DragThreshold && rect.height() > DragThreshold) {
            chart()->zoomIn(rect);
            emit zoomChanged(isZoomed());
        }
    } else {
        m_figure->clickAt(toChart(event->pos()));
    }
    event->accept();
}

void ChartView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.0015, delta), toChart(event->position().toPoint()));
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_Left:
        chart()->scroll(-chart()->plotArea().width() / 10, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(chart()->plotArea().width() / 10, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, chart()->plotArea().height() / 10);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -chart()->plotArea().height() / 10);
        break;
    case Qt::Key_Escape:
        m_pressed = false;
        m_band->hide();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::leaveEvent(QEvent* event)
{
    if (!m_lastTip.isEmpty()) {
        m_lastTip.clear();
        emit hovered(QString());
    }
    QChartView::leaveEvent(event);
}
