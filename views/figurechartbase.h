// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpalette.h"
#include "chartticks.h"
#include "eventkey.h"
#include "figurechart.h"

#include <QChart>
#include <QColor>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QRectF>
#include <QStringList>

#include <memory>

class Catalog;
class ChartOverlay;
class EventsModel;
struct SlotScale;
class QAbstractSeries;
class QBarSet;
class QFont;
class QLegendMarker;
class QLineSeries;
class QPainter;

/// Something the chart shows for one model cell, in the data coordinates of the chart's axes:
/// the overlay draws spans and the selection from it, hit testing and tooltips use it.
struct ChartMark
{
    enum class Shape {
        Point,    ///< a figure for one period: a point at a
        Bar,      ///< a bar: the rectangle between a and b
        Span,     ///< a figure for several periods together: a bracket from a to b (same y)
        OpenSpan, ///< everything up to b ("up to 1998"): a bracket open to the left edge
    };
    Shape shape = Shape::Point;
    QPersistentModelIndex index;
    QString series; ///< series key ("total", "china_exports", ...)
    QPointF a;
    QPointF b;
    QColor colour;
    QStringList label;    ///< lines written above a span's bracket
    bool hollow = false;  ///< an approximate figure ("about", "over"): an open point
    bool derived = false; ///< computed from other published figures (status derived): a square
};

/// A dated event drawn as a vertical marker (x0 == x1) or a shaded band, with a short label.
struct ChartEvent
{
    double x0 = 0;
    double x1 = 0;
    QString text;
    QString when; ///< the event's date or period, as written in the key
    QString toolTip;
    QString sourceId; ///< the source that dates the event
    int number = 0;   ///< its number in the key (from the left), 0 when outside the axis
};

/// A short text pinned to a data point (the peak, a low, a bar's value and what it counts).
struct ChartNote
{
    enum class Place { Above, Below, Right, RightInside };
    QPointF at;
    QString text;
    Place place = Place::Above;
    QColor colour; ///< invalid: the theme's muted text colour
    bool bold = false;
};

/// What the three figures share: the chart and its theme, an overlay that draws spans, events,
/// notes and the selection over Qt Charts' own series, a legend that switches series on and off,
/// and hit testing for clicks and tooltips. Subclasses fill the chart from their model in build().
class FigureChartBase : public FigureChart
{
    Q_OBJECT

public:
    explicit FigureChartBase(Figure* figure, QObject* parent = nullptr);
    ~FigureChartBase() override;

    QChart* chart() const override { return m_chart; }
    void setOptions(const FigureOptions& options) override;
    void retranslate() override;
    void select(const QModelIndex& index) override;
    QModelIndex selected() const override { return m_selected; }
    QModelIndex indexAt(const QPointF& position) const override;
    std::optional<QPointF> positionOf(const QModelIndex& index) const override;
    QString toolTipAt(const QPointF& position) const override;

    /// The marks of the current drawing (tests, the renderer's provenance).
    QList<ChartMark> marks() const { return m_marks; }
    QList<ChartEvent> events() const { return m_events; }
    QList<ChartNote> notes() const { return m_notes; }
    /// Where the overlay's texts are drawn for the current geometry (span labels, then notes),
    /// in chart coordinates (tests: no text on the data).
    QList<QRectF> textRects() const;
    /// Where a value axis is broken (split axis), in the horizontal axis's data units.
    QList<double> axisBreaks() const { return m_breaks; }
    /// The entries of the key below the chart, in order: what the symbols drawn mean (open
    /// point, square, diamond), then the numbered events.
    QStringList keyTexts() const;

    /// Where the labels of the spans in view are drawn now (mark index in marks() → rectangle,
    /// chart coordinates); a span out of view has none (tests).
    QHash<int, QRectF> spanLabels() const;

    /// The key of the event badges as numbers only, each event's text in its tooltip (a small
    /// window gives the chart the height). Exports keep the full key (the default).
    void setCompactKey(bool compact);
    bool compactKey() const { return m_compactKey; }

    /// Every text of the chart this many times the application's type (presenter mode); tick
    /// density and label placement follow. 1 by default.
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }

    /// Draws the overlay: behind the series (event markers) or in front (everything else).
    void paintOverlay(QPainter* painter, bool front) const;

protected:
    void updateChangeMarks() override;
    void updateTheme() override { rebuild(); }
    /// Fills the empty chart: series, axes, marks, events and notes.
    virtual void build() = 0;

    const ChartPalette::Style& style() const { return m_style; }
    /// The figure's options (what build() draws).
    const FigureOptions& opts() const { return figure()->options(); }
    bool isHidden(const QString& series) const { return figure()->isHidden(series); }
    /// Rebuilds whenever the model changes.
    void watchModel(QAbstractItemModel* model);
    void rebuild();

    /// A value axis whose labels the provider writes (centred: labels name the ranges between
    /// consecutive ticks). The first axis added for an orientation is the one marks map to.
    QCategoryAxis* addAxis(Qt::Orientation orientation, double min, double max,
                           TickAxis::Provider provider, bool centred = false,
                           const QString& title = QString());
    /// Adds a series attached to both axes. The legend shows the first series of each key only;
    /// clicking it hides or shows every series of that key.
    void addSeries(QAbstractSeries* series, const QString& key, bool inLegend = true);
    /// A line in the style of series colour index i (add it with addSeries()).
    QLineSeries* makeLine(const QString& name, int colourIndex);
    void styleBarSet(QBarSet* set, const QString& key, int colourIndex, bool estimate = false);
    void addMark(const ChartMark& mark) { m_marks.append(mark); }
    void addEvent(const ChartEvent& event) { m_events.append(event); }
    void addNote(const ChartNote& note) { m_notes.append(note); }
    /// A break of the horizontal value axis at x: a gap across the plot with slanted marks on
    /// the axis, where the scale changes (a split axis).
    void addAxisBreak(double x) { m_breaks.append(x); }
    /// The events of a figure as markers (or bands, when longer than a slot) on a time axis.
    void addTimeline(const EventsModel* events, const SlotScale& scale);
    void setTitle(const QString& title);

    QFont font(qreal scale, bool bold = false) const;
    QPointF toPixel(const QPointF& value) const;

private:
    /// Draws over the series, laying its texts out from the marks, events and notes here.
    friend class ChartOverlay;

    /// The key of the symbols and the event badges, in the chart's bottom margin.
    EventKey::Layout keyLayout() const;
    EventKey::Metrics keyMetrics() const;
    /// The key's entries: what the symbols drawn mean, then the numbered events.
    QList<EventKey::Entry> keyEntries() const;
    void updateKeyMargin();
    void numberEvents();
    qreal badgeSize() const;
    void applyLegend();
    void toggleSeries(const QString& key);
    QRectF markRect(const ChartMark& mark) const;
    /// The change since an export recorded for a mark's figure (changeMarks()); empty: none.
    QString changeOf(const ChartMark& mark) const;

    QPointer<QChart> m_chart;
    std::unique_ptr<ChartOverlay> m_overlay;
    QLineSeries* m_anchor = nullptr; ///< empty series every position is mapped through
    ChartPalette::Style m_style;
    QList<ChartMark> m_marks;
    QList<ChartEvent> m_events;
    QList<ChartNote> m_notes;
    QList<double> m_breaks;
    QList<TickAxis*> m_tickAxes;
    QList<int> m_keyOrder;     ///< events in the key, left to right
    QMargins m_appliedMargins; ///< the chart's margins as last set here
    int m_keyRoom = 0;         ///< the part of the bottom margin that is the key's
    bool m_compactKey = false; ///< the key as numbered badges only
    qreal m_fontScale = 1.0;
    QPersistentModelIndex m_selected;
    QHash<QString, QList<QAbstractSeries*>> m_keySeries;
    QHash<QBarSet*, QString> m_barSetKeys;
    bool m_updating = false;
    int m_generation = 0; ///< counts rebuilds (the overlay's layout is computed again)
};
