// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "figurechart.h"

#include <QChart>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLegend>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QTextLayout>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr int DragThreshold = 6;
/// How long a tooltip stays while the pointer rests on its figure (moving off hides it).
constexpr int ToolTipTime = 10 * 60 * 1000;
} // namespace

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

void ChartView::pan(qreal dx, qreal dy)
{
    // Only a zoomed chart moves: QChart keeps the whole figure's ranges from the first zoom, so
    // that Reset Zoom brings it back; a pan of the whole figure would have nothing to go back to.
    if (!isZoomed())
        return;
    const QRectF plot = chart()->plotArea();
    chart()->scroll(dx * plot.width(), dy * plot.height());
    emit zoomChanged(isZoomed());
}

void ChartView::reveal(const QPointF& position)
{
    if (!isZoomed())
        return;
    const QRectF inside = chart()->plotArea().adjusted(12, 12, -12, -12);
    qreal dx = 0;
    qreal dy = 0;
    if (position.x() < inside.left())
        dx = position.x() - inside.left();
    else if (position.x() > inside.right())
        dx = position.x() - inside.right();
    if (position.y() < inside.top())
        dy = inside.top() - position.y();
    else if (position.y() > inside.bottom())
        dy = inside.bottom() - position.y();
    if (dx != 0 || dy != 0) {
        chart()->scroll(dx, dy);
        emit zoomChanged(isZoomed());
    }
}

void ChartView::resetZoom()
{
    if (!chart())
        return;
    chart()->zoomReset();
    emit zoomChanged(isZoomed());
}

QList<std::pair<QString, QString>> ChartView::keyHelp()
{
    auto keys = [](std::initializer_list<QKeyCombination> combinations) {
        QStringList names;
        for (QKeyCombination key : combinations)
            names << QKeySequence(key).toString(QKeySequence::NativeText);
        return names.join(QStringLiteral(", "));
    };
    return {
        {tr("Select the previous or next figure"), keys({Qt::Key_Left, Qt::Key_Right})},
        {tr("Select the first or last figure"), keys({Qt::Key_Home, Qt::Key_End})},
        {tr("Zoom in"), keys({Qt::Key_Plus})},
        {tr("Zoom out"), keys({Qt::Key_Minus})},
        {tr("Show the whole figure"), keys({Qt::Key_0, Qt::CTRL | Qt::Key_0})},
        {tr("Pan a zoomed chart"),
         keys({Qt::SHIFT | Qt::Key_Left, Qt::SHIFT | Qt::Key_Right, Qt::Key_Up, Qt::Key_Down})},
    };
}

int ChartView::toolTipMaxWidth()
{
    return 40 * QFontInfo(QToolTip::font()).pixelSize();
}

QString ChartView::toolTipHtml(const QString& text)
{
    // Lines broken here rather than by the tooltip, whose own rich-text wrapping makes narrow
    // columns of short tips: a line only breaks where it is wider than 40 em.
    const QFont font = QToolTip::font();
    const qreal width = toolTipMaxWidth();
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (QFontMetricsF(font).horizontalAdvance(paragraph) <= width) {
            lines << paragraph.toHtmlEscaped();
            continue;
        }
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed().toHtmlEscaped();
        }
        layout.endLayout();
    }
    return QStringLiteral("<p style=\"white-space:pre\">") + lines.join(QStringLiteral("<br/>")) +
           QStringLiteral("</p>");
}

void ChartView::showTip(const QPoint& globalPos, const QString& tip)
{
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, toolTipHtml(tip), viewport(), QRect(), ToolTipTime);
}

bool ChartView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && chart()) {
        // Qt's tooltip timer: the scene knows no tooltip of the figures and would hide ours.
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = m_figure->toolTipAt(toChart(help->pos()));
        if (!tip.isEmpty()) {
            showTip(help->globalPos(), tip);
            event->accept();
            return true;
        }
        // Elsewhere the scene's own tooltips (a legend entry cut short).
    }
    return QChartView::viewportEvent(event);
}

void ChartView::paintEvent(QPaintEvent* event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // The keys act on the chart now: a ring in the highlight colour round it.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
}

void ChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void ChartView::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

bool ChartView::onLegend(const QPoint& viewportPos) const
{
    const QLegend* legend = chart() ? chart()->legend() : nullptr;
    if (!legend || !legend->isVisible() || !scene())
        return false;
    // An entry (its marker or its text), not the legend's empty room around them.
    const QList<QGraphicsItem*> items = scene()->items(mapToScene(viewportPos));
    for (const QGraphicsItem* item : items) {
        for (const QGraphicsItem* p = item->parentItem(); p; p = p->parentItem()) {
            if (p == legend)
                return true;
        }
    }
    return false;
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (onLegend(event->pos())) {
            // The legend's entries switch their series on and off.
            m_legendPress = true;
            QChartView::mousePressEvent(event);
            return;
        }
        m_pressAt = event->pos();
        m_pressed = true;
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_legendPress) {
        QChartView::mouseMoveEvent(event);
        return;
    }
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
    showTip(event->globalPosition().toPoint(), tip);
    if (tip != m_lastTip) {
        m_lastTip = tip;
        emit hovered(tip.section(QLatin1Char('\n'), 0, 0));
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_legendPress) {
        m_legendPress = false;
        QChartView::mouseReleaseEvent(event);
        return;
    }
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
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    case Qt::Key_0: // also Ctrl+0, View → Reset Zoom, where no window's menu took it
        resetZoom();
        break;
    case Qt::Key_Left:
        if (shift)
            pan(-0.1, 0);
        else
            emit stepRequested(Step::Previous);
        break;
    case Qt::Key_Right:
        if (shift)
            pan(0.1, 0);
        else
            emit stepRequested(Step::Next);
        break;
    case Qt::Key_Up:
        pan(0, 0.1);
        break;
    case Qt::Key_Down:
        pan(0, -0.1);
        break;
    case Qt::Key_Home:
        emit stepRequested(Step::First);
        break;
    case Qt::Key_End:
        emit stepRequested(Step::Last);
        break;
    case Qt::Key_Escape:
        if (!m_pressed && !m_band->isVisible()) {
            QChartView::keyPressEvent(event);
            return;
        }
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
