// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QRectF>

#include <memory>

class FigureChartBase;
class QChart;
class QPainter;

/// What a FigureChartBase draws over Qt Charts' own series: event markers and bands (behind the
/// series), and in front of them the axis breaks, span brackets with their labels, the points
/// (open where approximate, square where derived), notes, the diamonds of disputed figures,
/// event badges, the selection, the figures changed since an export, and the key below the
/// chart. Where the texts go is laid out with LabelPlacer and kept until the chart is rebuilt or
/// its plot, axis ranges or font change (painting asks twice a frame).
class ChartOverlay
{
public:
    /// Where the overlay's texts go, in chart coordinates, for the current geometry.
    struct Layout
    {
        QRectF plot;
        struct Event
        {
            int index;
            qreal x0, x1; ///< pixels; equal for a marker
            qreal anchorX;
            QRectF badge;
        };
        QList<Event> events;
        struct Span
        {
            int mark;
            QPointF p0, p1;
            QPointF labelAnchor; ///< the middle of the bracket's visible part
            QRectF label;
        };
        QList<Span> spans;
        struct Note
        {
            int note;
            QPointF anchor;
            QRectF rect;
            bool leader = false;
        };
        QList<Note> notes;
    };

    /// Adds two graphics items to the chart, one behind the series and one in front of them.
    ChartOverlay(const FigureChartBase* owner, QChart* chart);
    /// Removes the items from the chart (when it still exists): they call back into the owner.
    ~ChartOverlay();
    ChartOverlay(const ChartOverlay&) = delete;
    ChartOverlay& operator=(const ChartOverlay&) = delete;

    /// The layout for the current geometry (cached).
    Layout layout() const;
    /// Draws the part behind the series (event markers) or in front (everything else).
    void paint(QPainter* painter, bool front) const;

    void update();      ///< repaints both items
    void updateFront(); ///< repaints the front item (selection, changed figures)
    void geometryChanged();

private:
    class Item;
    struct Cache;
    Layout computeLayout() const;
    void paintKey(QPainter* painter) const;
    void paintSelection(QPainter* painter) const;
    void paintChanges(QPainter* painter) const;

    const FigureChartBase* m_owner;
    QPointer<QChart> m_chart;
    Item* m_back = nullptr;
    Item* m_front = nullptr;
    mutable std::shared_ptr<const Cache> m_cache;
};
