// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPoint>

class FigureChart;
class QRubberBand;

/// Shows a figure's chart: hover tooltips with the exact value, period and source, a click
/// selects the point, bar or bracket under the cursor, and zoom with the wheel, a rubber band
/// (drag) or the keyboard (+, -, 0, arrows to pan).
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(FigureChart* figure, QWidget* parent = nullptr);

    bool isZoomed() const;
    /// Zooms by a factor (above 1: in) around a point of the viewport, or the plot's centre.
    void zoomBy(qreal factor, const QPointF& around = QPointF(-1, -1));

public slots:
    void resetZoom();

signals:
    void zoomChanged(bool zoomed);
    /// The text under the cursor changed (empty when it left a figure), for the status bar.
    void hovered(const QString& text);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QPointF toChart(const QPoint& viewportPos) const;

    FigureChart* m_figure;
    QRubberBand* m_band;
    QPoint m_pressAt;
    bool m_pressed = false;
    QString m_lastTip;
};
