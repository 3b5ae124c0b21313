// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPoint>

#include <utility>

class FigureChart;
class QRubberBand;

/// Shows a figure's chart: hover tooltips with the exact value, period and source (wrapped to a
/// readable width, kept while the pointer rests on the figure), a click selects the point, bar
/// or bracket under the cursor, a click on a legend entry hides or shows its series, and zoom
/// with the wheel, a rubber band (drag) or the keyboard (+, -, 0). Left and Right step from
/// figure to figure, Home and End go to the first and last (stepRequested(): the page moves the
/// selection); Shift+arrows pan a zoomed chart. A focus ring shows when it has the keyboard.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    enum class Step { Previous, Next, First, Last };
    Q_ENUM(Step)

    explicit ChartView(FigureChart* figure, QWidget* parent = nullptr);

    /// The view shows less than the whole figure (zoomed in, or panned while zoomed).
    bool isZoomed() const;
    /// Zooms by a factor (above 1: in) around a point of the viewport, or the plot's centre.
    void zoomBy(qreal factor, const QPointF& around = QPointF(-1, -1));
    /// Pans a zoomed chart by a fraction of the plot (dx to the right, dy up); an unzoomed chart
    /// shows the whole figure and does not move.
    void pan(qreal dx, qreal dy);
    /// Pans a zoomed chart so that a position in chart coordinates is inside the plot.
    void reveal(const QPointF& position);

    /// The chart's keys in words, for Help → Keyboard Shortcuts: (what it does, the keys).
    static QList<std::pair<QString, QString>> keyHelp();

    /// The widest a tooltip gets before its lines wrap, in pixels: 40 em of the tooltip font.
    static int toolTipMaxWidth();
    /// A tooltip's text as rich text, its lines wrapped at toolTipMaxWidth() (also Korean).
    static QString toolTipHtml(const QString& text);

public slots:
    void resetZoom();

signals:
    void zoomChanged(bool zoomed);
    /// The text under the cursor changed (empty when it left a figure), for the status bar.
    void hovered(const QString& text);
    /// A key asked for another figure to be selected.
    void stepRequested(ChartView::Step step);

protected:
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QPointF toChart(const QPoint& viewportPos) const;
    /// Whether a viewport position is on an entry of the chart's legend.
    bool onLegend(const QPoint& viewportPos) const;
    void showTip(const QPoint& globalPos, const QString& tip);

    FigureChart* m_figure;
    QRubberBand* m_band;
    QPoint m_pressAt;
    bool m_pressed = false;
    bool m_legendPress = false; ///< a press on the legend: the legend gets the click
    QString m_lastTip;
};
