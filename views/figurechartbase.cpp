// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurechartbase.h"

#include "itemmodels/roles.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "itemmodels/eventsmodel.h"
#include "labelplacer.h"
#include "slotscale.h"

#include <QAbstractItemModel>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPainterPath>

#include <QSet>

#include <cmath>
#include <limits>
#include <numeric>

namespace {
const char* const KeyProperty = "crossingsSeries";
const char* const LegendProperty = "crossingsLegend";
constexpr qreal PointHitRadius = 9;
constexpr qreal LabelPadding = 3;
const QMargins BaseMargins(6, 6, 26, 6);
/// The key's entries for the symbols of the points (FigureChartBase::keyEntries()).
enum KeySymbol { ApproximateSymbol = -1, DerivedSymbol = -2, ConflictSymbol = -3 };

bool collides(const QRectF& r, const QList<QRectF>& obstacles)
{
    for (const QRectF& o : obstacles) {
        if (r.intersects(o))
            return true;
    }
    return false;
}

/// The point of a rectangle's edge nearest to a point outside it.
QPointF nearestOnEdge(const QRectF& r, const QPointF& p)
{
    return QPointF(std::clamp(p.x(), r.left() + 3, r.right() - 3),
                   std::clamp(p.y(), r.top(), r.bottom()));
}

} // namespace

/// Draws the owner's overlay: one item behind the series, one in front of them.
class FigureChartBase::Overlay : public QGraphicsItem
{
public:
    Overlay(const FigureChartBase* owner, bool front, QGraphicsItem* parent)
        : QGraphicsItem(parent)
        , m_owner(owner)
        , m_front(front)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        // Above the grid and below the series (back), or above the series and below the legend.
        setZValue(front ? 4.5 : 2.5);
    }
    QRectF boundingRect() const override { return parentItem()->boundingRect(); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        m_owner->paintOverlay(painter, m_front);
    }
    void geometryChanged() { prepareGeometryChange(); }

private:
    const FigureChartBase* m_owner;
    bool m_front;
};

/// Where the overlay's texts go, in chart coordinates, for the current geometry.
struct FigureChartBase::Layout
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

FigureChartBase::FigureChartBase(Catalog* catalog, QObject* parent)
    : FigureChart(parent)
    , m_catalog(catalog)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(BaseMargins);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->legend()->setShowToolTips(true);
    m_back = new Overlay(this, false, m_chart);
    m_front = new Overlay(this, true, m_chart);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        m_back->geometryChanged();
        m_front->geometryChanged();
        updateKeyMargin();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& plot) {
        // Margins set elsewhere (the renderer's page layout) still get the key's room below.
        updateKeyMargin();
        // Tick density follows the axis length.
        for (TickAxis* ticks : std::as_const(m_tickAxes))
            ticks->setPixels(ticks->axis()->orientation() == Qt::Horizontal ? plot.width()
                                                                            : plot.height());
        m_back->update();
        m_front->update();
    });
    m_style = ChartPalette::style(m_options.theme);
}

FigureChartBase::~FigureChartBase()
{
    if (!m_chart)
        return;
    // The overlay calls back into this object: it must not outlive it.
    delete m_back;
    delete m_front;
    // A chart no view or scene has taken is still ours.
    if (!m_chart->scene())
        delete m_chart;
}

void FigureChartBase::watchModel(QAbstractItemModel* model)
{
    auto follow = [this] {
        if (m_updating)
            return;
        // New data (an import) may move the years shown (the default range reaches a later
        // year): the models' ranges first, then the chart.
        m_updating = true;
        applyOptions();
        m_updating = false;
        rebuild();
    };
    connect(model, &QAbstractItemModel::modelReset, this, follow);
    connect(model, &QAbstractItemModel::layoutChanged, this, follow);
    connect(model, &QAbstractItemModel::rowsInserted, this, follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(model, &QAbstractItemModel::dataChanged, this, follow);
}

void FigureChartBase::setOptions(const FigureOptions& options)
{
    m_options = options;
    m_updating = true;
    applyOptions();
    m_updating = false;
    rebuild();
}

void FigureChartBase::retranslate()
{
    m_updating = true;
    retranslateModel();
    m_updating = false;
    rebuild();
}

void FigureChartBase::rebuild()
{
    if (!m_chart)
        return;
    ++m_generation;
    m_style = ChartPalette::style(m_options.theme);
    m_chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_anchor = nullptr;
    m_tickAxes.clear();
    m_marks.clear();
    m_events.clear();
    m_notes.clear();
    m_breaks.clear();
    m_keySeries.clear();
    m_barSetKeys.clear();

    m_chart->setBackgroundBrush(m_style.background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundBrush(m_style.plotBackground);
    m_chart->setPlotAreaBackgroundVisible(true);
    m_chart->setTitleBrush(m_style.text);
    m_chart->setTitleFont(font(1.3, true));

    build();
    numberEvents();
    updateKeyMargin();
    applyLegend();
    if (m_selected.isValid() && !positionOf(m_selected))
        m_selected = QPersistentModelIndex();
    m_back->update();
    m_front->update();
    emit rebuilt();
}

void FigureChartBase::setTitle(const QString& title)
{
    if (m_chart)
        m_chart->setTitle(title);
}

QFont FigureChartBase::font(qreal scale, bool bold) const
{
    // Relative to the axis labels (set at 0.9 here), so that the overlay's texts follow when the
    // renderer sizes the chart's fonts for a page or a slide.
    QFont f = QGuiApplication::font();
    bool fromAxis = false;
    if (m_chart) {
        const QList<QAbstractAxis*> axes = m_chart->axes();
        if (!axes.isEmpty()) {
            f = axes.first()->labelsFont();
            scale /= 0.9;
            fromAxis = true;
        }
    }
    if (!fromAxis)
        scale *= m_fontScale; // the axis's labels have it already
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else
        f.setPixelSize(std::max(6, int(std::lround(f.pixelSize() * scale))));
    f.setBold(bold);
    return f;
}

QCategoryAxis* FigureChartBase::addAxis(Qt::Orientation orientation, double min, double max,
                                        TickAxis::Provider provider, bool centred,
                                        const QString& title)
{
    auto* axis = new QCategoryAxis;
    axis->setRange(min, max);
    axis->setLabelsFont(font(0.9));
    axis->setLabelsColor(m_style.text);
    axis->setGridLineColor(m_style.grid);
    axis->setLinePenColor(m_style.axisLine);
    axis->setTitleBrush(m_style.mutedText);
    axis->setTitleFont(font(0.9));
    axis->setTitleText(title);
    axis->setTitleVisible(!title.isEmpty());
    axis->setMinorGridLineVisible(false);
    m_chart->addAxis(axis, orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    auto* ticks = new TickAxis(axis, std::move(provider), centred);
    const QRectF plot = m_chart->plotArea();
    ticks->setPixels(orientation == Qt::Horizontal ? plot.width() : plot.height());
    ticks->refresh();
    m_tickAxes.append(ticks);
    connect(axis, &QValueAxis::rangeChanged, this, [this] {
        m_back->update();
        m_front->update();
    });
    return axis;
}

void FigureChartBase::addSeries(QAbstractSeries* series, const QString& key, bool inLegend)
{
    if (!m_anchor) {
        // Every overlay position is mapped through this empty series, which exists whatever the
        // user hides, so the mapping never depends on the data shown.
        m_anchor = new QLineSeries;
        m_chart->addSeries(m_anchor);
        const QList<QAbstractAxis*> axes = m_chart->axes();
        for (QAbstractAxis* axis : axes)
            m_anchor->attachAxis(axis);
    }
    series->setProperty(KeyProperty, key);
    bool first = !m_keySeries.contains(key);
    series->setProperty(LegendProperty, inLegend && first);
    m_keySeries[key].append(series);
    m_chart->addSeries(series);
    const QList<QAbstractAxis*> axes = m_chart->axes();
    for (QAbstractAxis* axis : axes)
        series->attachAxis(axis);
}

QLineSeries* FigureChartBase::makeLine(const QString& name, int colourIndex)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(m_style.seriesColour(colourIndex), m_style.lineWidth);
    pen.setStyle(m_style.dash(colourIndex));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    line->setPen(pen);
    line->setBrush(m_style.seriesColour(colourIndex));
    // The points are drawn by the overlay (hollow where approximate, never hidden by a label).
    line->setPointsVisible(false);
    return line;
}

void FigureChartBase::styleBarSet(QBarSet* set, const QString& key, int colourIndex, bool estimate)
{
    const QColor colour = m_style.seriesColour(colourIndex);
    if (estimate) {
        QColor light = colour;
        light.setAlphaF(0.85);
        set->setBrush(QBrush(light, Qt::BDiagPattern));
        set->setPen(QPen(colour, 1.2));
    } else {
        set->setBrush(colour);
        set->setPen(QPen(m_style.background, 0.8));
    }
    set->setLabelColor(m_style.text);
    m_barSetKeys.insert(set, key);
}

void FigureChartBase::numberEvents()
{
    // The events within the horizontal axis's range, numbered from left to right.
    m_keyOrder.clear();
    const QList<QAbstractAxis*> horizontal = m_chart->axes(Qt::Horizontal);
    auto* axis = horizontal.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(horizontal.first());
    for (int i = 0; i < m_events.size(); ++i) {
        m_events[i].number = 0;
        if (axis && m_events.at(i).x1 > axis->min() && m_events.at(i).x0 < axis->max())
            m_keyOrder << i;
    }
    std::stable_sort(m_keyOrder.begin(), m_keyOrder.end(),
                     [this](int a, int b) { return m_events.at(a).x0 < m_events.at(b).x0; });
    for (int n = 0; n < m_keyOrder.size(); ++n)
        m_events[m_keyOrder.at(n)].number = n + 1;
}

QStringList FigureChartBase::eventSourceIds() const
{
    QStringList ids;
    for (const ChartEvent& e : m_events) {
        if (e.number > 0 && !e.sourceId.isEmpty() && !ids.contains(e.sourceId))
            ids << e.sourceId;
    }
    return ids;
}

void FigureChartBase::addTimeline(const EventsModel* events, const SlotScale& scale)
{
    const bool korean = Catalog::korean();
    const Formatter f;
    for (int row = 0; row < events->rowCount(); ++row) {
        const TimelineEvent* e = events->eventAt(row);
        if (!e || !e->period.isValid())
            continue;
        const QDate start = e->period.start().isValid() ? e->period.start() : e->period.end();
        ChartEvent ce;
        ce.x0 = scale.x(start);
        ce.x1 = scale.x(e->period.end().addDays(1));
        if (ce.x1 - ce.x0 <= 1.0 + 1e-9)
            ce.x0 = ce.x1 = (ce.x0 + ce.x1) / 2;
        ce.text = e->text(korean);
        ce.when = e->period.label(QLocale());
        ce.toolTip = tr("%1: %2").arg(e->period.label(QLocale()), ce.text);
        ce.sourceId = e->sourceId;
        const Source source = catalog()->source(e->sourceId);
        if (!source.id.isEmpty())
            ce.toolTip += QLatin1Char('\n') + tr("Source: %1").arg(f.citation(source));
        if (!e->locator.isEmpty())
            ce.toolTip += QLatin1Char('\n') + tr("Where: %1").arg(e->locator);
        addEvent(ce);
    }
}

void FigureChartBase::applyLegend()
{
    QLegend* legend = m_chart->legend();
    legend->setFont(font(0.95));
    legend->setLabelColor(m_style.text);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    const QList<QLegendMarker*> markers = legend->markers();
    QSet<QString> shown;
    for (QLegendMarker* marker : markers) {
        QString key;
        bool primary = false;
        if (auto* bar = qobject_cast<QBarLegendMarker*>(marker)) {
            key = m_barSetKeys.value(bar->barset());
            primary = !key.isEmpty() && !shown.contains(key);
        } else if (marker->series()) {
            key = marker->series()->property(KeyProperty).toString();
            primary = marker->series()->property(LegendProperty).toBool();
        }
        if (key.isEmpty() || !primary) {
            marker->setVisible(false);
            continue;
        }
        shown.insert(key);
        marker->setVisible(true);
        const bool hidden = isHidden(key);
        QColor label = hidden ? m_style.mutedText : m_style.text;
        if (hidden)
            label.setAlphaF(0.6);
        marker->setLabelBrush(label);
        marker->setShape(qobject_cast<QBarLegendMarker*>(marker) ? QLegend::MarkerShapeRectangle
                                                                 : QLegend::MarkerShapeFromSeries);
        if (hidden) {
            QColor faded = marker->brush().color();
            faded.setAlphaF(0.25);
            marker->setBrush(faded);
            QPen pen = marker->pen();
            QColor penColour = pen.color();
            penColour.setAlphaF(0.25);
            pen.setColor(penColour);
            marker->setPen(pen);
        }
        connect(marker, &QLegendMarker::clicked, this, [this, key] {
            // Deferred: the rebuild deletes the marker that is emitting.
            QMetaObject::invokeMethod(
                this, [this, key] { toggleSeries(key); }, Qt::QueuedConnection);
        });
    }
}

void FigureChartBase::toggleSeries(const QString& key)
{
    if (m_options.hiddenSeries.contains(key))
        m_options.hiddenSeries.removeAll(key);
    else
        m_options.hiddenSeries.append(key);
    rebuild();
    emit optionsChanged();
}

QPointF FigureChartBase::toPixel(const QPointF& value) const
{
    if (!m_chart || !m_anchor)
        return {};
    return m_chart->mapToPosition(value, m_anchor);
}

QRectF FigureChartBase::markRect(const ChartMark& mark) const
{
    switch (mark.shape) {
    case ChartMark::Shape::Point: {
        const QPointF p = toPixel(mark.a);
        return QRectF(p.x() - PointHitRadius, p.y() - PointHitRadius, 2 * PointHitRadius,
                      2 * PointHitRadius);
    }
    case ChartMark::Shape::Bar:
        return QRectF(toPixel(mark.a), toPixel(mark.b)).normalized();
    case ChartMark::Shape::Span:
    case ChartMark::Shape::OpenSpan: {
        QPointF p0 = toPixel(mark.a);
        const QPointF p1 = toPixel(mark.b);
        if (mark.shape == ChartMark::Shape::OpenSpan)
            p0.setX(m_chart->plotArea().left());
        return QRectF(QPointF(p0.x(), p0.y() - 7), QPointF(p1.x(), p1.y() + 7)).normalized();
    }
    }
    return {};
}

struct FigureChartBase::LayoutCache
{
    int generation = 0;
    QRectF plot;
    QPointF origin; ///< where (0, 0) and (1, 1) are drawn: the axes' ranges
    QPointF unit;
    QFont font;
    Layout layout;
};

FigureChartBase::Layout FigureChartBase::layout() const
{
    if (!m_chart || !m_anchor)
        return {};
    auto key = std::make_shared<LayoutCache>();
    key->generation = m_generation;
    key->plot = m_chart->plotArea();
    key->origin = toPixel(QPointF(0, 0));
    key->unit = toPixel(QPointF(1, 1));
    key->font = QGuiApplication::font();
    const LayoutCache* last = m_layoutCache.get();
    if (last && last->generation == key->generation && last->plot == key->plot &&
        last->origin == key->origin && last->unit == key->unit && last->font == key->font)
        return last->layout;
    key->layout = computeLayout();
    m_layoutCache = key;
    return key->layout;
}

QHash<int, QRectF> FigureChartBase::spanLabels() const
{
    QHash<int, QRectF> labels;
    for (const Layout::Span& s : layout().spans) {
        if (!s.label.isNull())
            labels.insert(s.mark, s.label);
    }
    return labels;
}

FigureChartBase::Layout FigureChartBase::computeLayout() const
{
    Layout out;
    if (!m_chart || !m_anchor)
        return out;
    out.plot = m_chart->plotArea();
    if (out.plot.width() < 10 || out.plot.height() < 10)
        return out;
    const QRectF area = out.plot.adjusted(2, 2, -2, -2);
    LabelPlacer placer(area);

    // Events: a marker (or a band) with a numbered badge at the top of the plot; the key below
    // the chart says what each number is. Badges of close events stack instead of overlapping.
    if (m_options.annotations) {
        const qreal size = badgeSize();
        QList<QList<QRectF>> rows(3);
        for (int i : m_keyOrder) {
            const ChartEvent& e = m_events.at(i);
            Layout::Event box;
            box.index = i;
            box.x0 = toPixel(QPointF(e.x0, 0)).x();
            box.x1 = toPixel(QPointF(e.x1, 0)).x();
            if (box.x1 <= out.plot.left() + 0.5 || box.x0 >= out.plot.right() - 0.5)
                continue;
            box.anchorX = std::clamp(box.x0, out.plot.left(), out.plot.right());
            const qreal centre =
                std::clamp(box.anchorX, area.left() + size / 2, area.right() - size / 2);
            int row = 0;
            for (; row < rows.size(); ++row) {
                const QRectF r(centre - size / 2, area.top() + row * (size + 2), size, size);
                if (!collides(r.adjusted(-1, 0, 1, 0), rows.at(row)))
                    break;
            }
            row = std::min(row, int(rows.size()) - 1);
            box.badge = QRectF(centre - size / 2, area.top() + row * (size + 2), size, size);
            rows[row].append(box.badge);
            placer.addObstacle(box.badge);
            out.events.append(box);
        }
    }

    // What the data occupies: points, the lines between them and bars. Texts avoid it.
    {
        QHash<QString, QList<QPointF>> bySeries;
        for (const ChartMark& m : m_marks) {
            if (m.shape == ChartMark::Shape::Point) {
                const QPointF p = toPixel(m.a);
                const qreal r = m_style.markerSize / 2 + 2;
                placer.addData(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
                bySeries[m.series].append(m.a);
            } else if (m.shape == ChartMark::Shape::Bar) {
                placer.addBar(markRect(m));
            }
        }
        for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
            QList<QPointF> points = it.value();
            std::sort(points.begin(), points.end(),
                      [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
            for (qsizetype i = 1; i < points.size(); ++i) {
                if (std::abs(points.at(i).x() - points.at(i - 1).x() - 1) < 1e-6)
                    placer.addSegment(QLineF(toPixel(points.at(i - 1)), toPixel(points.at(i))));
            }
        }
    }

    // Spans: a bracket at the figure's value with its label near it. All brackets are placed
    // before any label, so that no label covers another bracket.
    for (const ChartMark& m : m_marks) {
        if (m.shape != ChartMark::Shape::Span && m.shape != ChartMark::Shape::OpenSpan)
            continue;
        const QRectF r = markRect(m);
        placer.addData(
            QRectF(QPointF(r.left(), r.center().y() - 3), QPointF(r.right(), r.center().y() + 8)));
    }
    {
        const QFontMetricsF fm(font(0.85));
        for (int i = 0; i < m_marks.size(); ++i) {
            const ChartMark& m = m_marks.at(i);
            if (m.shape != ChartMark::Shape::Span && m.shape != ChartMark::Shape::OpenSpan)
                continue;
            Layout::Span span;
            span.mark = i;
            span.p0 = toPixel(m.a);
            span.p1 = toPixel(m.b);
            if (m.shape == ChartMark::Shape::OpenSpan)
                span.p0.setX(std::min(out.plot.left(), span.p1.x()));
            // A span panned or zoomed out of view gets neither bracket nor label (its label
            // would pile up at the plot's edge); one partly in view is labelled in its visible
            // part.
            const std::optional<qreal> cx = LabelPlacer::spanLabelCentre(
                span.p0.x(), span.p1.x(), out.plot.left(), out.plot.right());
            if (!cx)
                continue;
            const qreal y = span.p0.y();
            span.labelAnchor = QPointF(*cx, y);
            if (!m.label.isEmpty()) {
                qreal width = 0;
                for (const QString& line : m.label)
                    width = std::max(width, fm.horizontalAdvance(line));
                const QSizeF size(width + 2 * LabelPadding,
                                  m.label.size() * fm.height() + LabelPadding);
                QList<QRectF> candidates;
                for (qreal shift : {0.0, 0.5, -0.5}) {
                    const qreal x = *cx - size.width() / 2 + shift * (size.width() + 12);
                    for (qreal lift : {5.0, 22.0, 40.0, 62.0, 90.0, 125.0, 165.0})
                        candidates << QRectF(QPointF(x, y - lift - size.height()), size);
                    for (qreal drop : {11.0, 28.0})
                        candidates << QRectF(QPointF(x, y + drop), size);
                }
                const int count = int(candidates.size());
                for (int c = 0; c < count; ++c)
                    candidates << LabelPlacer::clampInto(candidates.at(c), area);
                span.label = placer.choose(candidates, true, span.labelAnchor);
                placer.addObstacle(span.label);
            }
            out.spans.append(span);
        }
    }

    // Notes: beside their point, wherever they cover neither another text nor the data; a
    // leader line joins a note set further away to its point.
    for (int i = 0; i < m_notes.size(); ++i) {
        const ChartNote& n = m_notes.at(i);
        const QFontMetricsF fm(font(0.85, n.bold));
        const QSizeF size(fm.horizontalAdvance(n.text) + 2 * LabelPadding,
                          fm.height() + LabelPadding);
        Layout::Note note;
        note.note = i;
        note.anchor = toPixel(n.at);
        if (!out.plot.adjusted(-1, -1, 1, 1).contains(note.anchor))
            continue;
        const QPointF a = note.anchor;
        auto above = [&](qreal d) {
            return QRectF(QPointF(a.x() - size.width() / 2, a.y() - d - size.height()), size);
        };
        auto below = [&](qreal d) {
            return QRectF(QPointF(a.x() - size.width() / 2, a.y() + d), size);
        };
        const QRectF right(QPointF(a.x() + 9, a.y() - size.height() / 2), size);
        const QRectF left(QPointF(a.x() - 9 - size.width(), a.y() - size.height() / 2), size);
        const QRectF inside(QPointF(a.x() - 6 - size.width(), a.y() - size.height() / 2), size);
        QList<QRectF> candidates;
        const QList<qreal> shifts = {0.0, 0.5 * size.width() + 8, -0.5 * size.width() - 8};
        auto stack = [&](bool up, const QList<qreal>& distances) {
            for (qreal shift : shifts) {
                for (qreal d : distances)
                    candidates << (up ? above(d) : below(d)).translated(shift, 0);
            }
        };
        switch (n.place) {
        case ChartNote::Place::Above:
            candidates = {above(8), right, left};
            stack(true, {26, 46, 70, 95, 125, 160});
            stack(false, {10, 30});
            break;
        case ChartNote::Place::Below:
            candidates = {below(10), right, left};
            stack(false, {30, 55});
            stack(true, {8, 26, 46, 70, 95, 125, 160});
            break;
        case ChartNote::Place::Right:
            candidates = {right, above(8), below(10), left};
            break;
        case ChartNote::Place::RightInside:
            candidates = {right, inside};
            break;
        }
        // Shifted copies that stay inside the plot, for notes near its edges (a bar's label
        // goes inside the bar instead).
        if (n.place != ChartNote::Place::RightInside) {
            const int count = int(candidates.size());
            for (int c = 0; c < count; ++c)
                candidates << LabelPlacer::clampInto(candidates.at(c), area);
        }
        const bool withBars =
            n.place != ChartNote::Place::RightInside && n.place != ChartNote::Place::Right;
        note.rect = placer.choose(candidates, withBars, a);
        note.leader = LabelPlacer::distance(note.rect, a) > 12;
        placer.addObstacle(note.rect);
        out.notes.append(note);
    }
    return out;
}

void FigureChartBase::paintOverlay(QPainter* painter, bool front) const
{
    const Layout l = layout();
    if (l.plot.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(l.plot.adjusted(-1, -1, 1, 1));

    if (!front) {
        for (const Layout::Event& e : l.events) {
            QColor band = m_style.mutedText;
            if (e.x1 - e.x0 > 2) {
                band.setAlphaF(m_style.dark ? 0.16 : 0.08);
                painter->fillRect(
                    QRectF(QPointF(e.x0, l.plot.top()), QPointF(e.x1, l.plot.bottom())), band);
            } else {
                band.setAlphaF(0.55);
                painter->setPen(QPen(band, 1, Qt::DashLine));
                painter->drawLine(QPointF(e.anchorX, e.badge.bottom()),
                                  QPointF(e.anchorX, l.plot.bottom()));
            }
        }
        painter->restore();
        return;
    }

    paintBreaks(painter, l.plot);

    auto drawBox = [&](const QRectF& r, const QString& text, const QColor& colour, const QFont& f,
                       int flags) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.labelBackground);
        painter->drawRoundedRect(r, 2, 2);
        painter->setPen(colour);
        painter->setFont(f);
        painter->drawText(r.adjusted(LabelPadding, 0, -LabelPadding, 0), flags, text);
    };

    // Spans: bracket with end ticks (an arrow where the span is open to the left).
    for (const Layout::Span& s : l.spans) {
        const ChartMark& m = m_marks.at(s.mark);
        QPen pen(m.colour, m_style.lineWidth + 0.5);
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal y = s.p0.y();
        painter->drawLine(QPointF(s.p0.x(), y), QPointF(s.p1.x(), y));
        painter->drawLine(QPointF(s.p1.x(), y), QPointF(s.p1.x(), y + 7));
        if (m.shape == ChartMark::Shape::OpenSpan) {
            QPainterPath arrow;
            const qreal x = std::max(s.p0.x(), l.plot.left());
            arrow.moveTo(x + 8, y - 5);
            arrow.lineTo(x, y);
            arrow.lineTo(x + 8, y + 5);
            painter->drawPath(arrow);
        } else {
            painter->drawLine(QPointF(s.p0.x(), y), QPointF(s.p0.x(), y + 7));
        }
        if (!m.label.isEmpty()) {
            const QPointF middle = s.labelAnchor;
            if (LabelPlacer::distance(s.label, middle) > 12) {
                QColor line = m.colour;
                line.setAlphaF(0.6);
                painter->setPen(QPen(line, 1));
                painter->drawLine(middle, nearestOnEdge(s.label, middle));
            }
            drawBox(s.label, m.label.join(QLatin1Char('\n')), m.colour, font(0.85),
                    Qt::AlignCenter);
        }
    }

    // Points: filled, or hollow where the figure is approximate ("about", "over"...). Where the
    // slots lie closer than half a marker (centuries of months), markers would only merge into a
    // band over the line: the line alone shows the figures; hover and selection still find each.
    const qreal r = m_style.markerSize / 2;
    const bool dense = std::abs(toPixel(QPointF(1, 0)).x() - toPixel(QPointF(0, 0)).x()) < r;
    const QRectF shown = l.plot.adjusted(-r - 2, -r - 2, r + 2, r + 2);
    QList<QPointF> conflicts; // drawn above the notes, so no label hides them
    for (const ChartMark& m : m_marks) {
        if (dense)
            break;
        if (m.shape != ChartMark::Shape::Point)
            continue;
        const QPointF p = toPixel(m.a);
        if (!shown.contains(p))
            continue;
        painter->setPen(QPen(m.hollow ? m.colour : m_style.plotBackground, m.hollow ? 1.6 : 1.0));
        painter->setBrush(m.hollow ? m_style.plotBackground : m.colour);
        if (m.derived) // computed from other figures: a square, open when approximate too
            painter->drawRect(QRectF(p - QPointF(r * 0.9, r * 0.9), QSizeF(r * 1.8, r * 1.8)));
        else
            painter->drawEllipse(p, r, r);
        if (m.index.data(roleId(DataRole::HasConflict)).toBool())
            conflicts.append(p + QPointF(r + 4, -(r + 4)));
    }
    // Bars too: the diamond at the bar's far corner, outside it.
    for (const ChartMark& m : m_marks) {
        if (m.shape == ChartMark::Shape::Bar &&
            m.index.data(roleId(DataRole::HasConflict)).toBool())
            conflicts.append(markRect(m).topRight() + QPointF(5, -5));
    }

    // Notes.
    for (const Layout::Note& n : l.notes) {
        const ChartNote& note = m_notes.at(n.note);
        const QColor colour = note.colour.isValid() ? note.colour : m_style.text;
        if (n.leader) {
            QColor line = m_style.mutedText;
            line.setAlphaF(0.7);
            painter->setPen(QPen(line, 1));
            painter->drawLine(n.anchor, nearestOnEdge(n.rect, n.anchor));
        }
        drawBox(n.rect, note.text, colour, font(0.85, note.bold), Qt::AlignCenter);
    }

    // Sources disagree on these figures: a small open diamond up and right of the point.
    for (const QPointF& c : std::as_const(conflicts)) {
        const qreal d = 3.5;
        const QPointF diamond[4] = {c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d),
                                    c + QPointF(-d, 0)};
        painter->setPen(QPen(m_style.text, 1.2));
        painter->setBrush(m_style.plotBackground);
        painter->drawPolygon(diamond, 4);
    }

    // Event badges.
    for (const Layout::Event& e : l.events)
        drawBadge(painter, e.badge, m_events.at(e.index).number);

    // The selection.
    if (m_selected.isValid()) {
        for (const ChartMark& m : m_marks) {
            if (m.index != m_selected)
                continue;
            QPen pen(m_style.highlight, 2);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            switch (m.shape) {
            case ChartMark::Shape::Point: {
                const QPointF p = toPixel(m.a);
                const qreal r = m_style.markerSize / 2 + 4;
                painter->drawEllipse(p, r, r);
                break;
            }
            case ChartMark::Shape::Bar:
                painter->drawRect(markRect(m).adjusted(-1.5, -1.5, 1.5, 1.5));
                break;
            case ChartMark::Shape::Span:
            case ChartMark::Shape::OpenSpan: {
                const QRectF r = markRect(m);
                painter->drawRoundedRect(r.adjusted(-3, -2, 3, 2), 3, 3);
                break;
            }
            }
            break;
        }
    }
    paintChanges(painter);
    painter->restore();

    // The key of the symbols and the event badges, in the margin below the chart.
    if (keyLines() > 0) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QFont f = font(0.8);
        painter->setFont(f);
        for (const KeyItem& item : keyLayout()) {
            const QRectF badge(item.rect.topLeft(), QSizeF(badgeSize(), badgeSize()));
            if (item.event < 0)
                drawKeySymbol(painter, badge, item.event);
            else
                drawBadge(painter, badge, m_events.at(item.event).number);
            painter->setPen(m_style.mutedText);
            painter->setFont(f);
            painter->drawText(item.rect.adjusted(badgeSize() + 4, 0, 0, 0),
                              Qt::AlignLeft | Qt::AlignVCenter, item.text);
        }
        painter->restore();
    }
}

qreal FigureChartBase::badgeSize() const
{
    return QFontMetricsF(font(0.75, true)).height() + 3;
}

QString FigureChartBase::conflictCaveat() const
{
    for (const ChartMark& m : m_marks) {
        if ((m.shape == ChartMark::Shape::Point || m.shape == ChartMark::Shape::Bar) &&
            m.index.data(roleId(DataRole::HasConflict)).toBool())
            return tr("A diamond (\u25C7) marks a figure that other sources report differently; "
                      "the chart shows one of them (final before provisional, "
                      "official before press).");
    }
    return {};
}

QString FigureChartBase::markCaveat() const
{
    bool approximate = false;
    bool derived = false;
    for (const ChartMark& m : m_marks) {
        if (m.shape != ChartMark::Shape::Point)
            continue;
        approximate = approximate || m.hollow;
        derived = derived || m.derived;
    }
    QStringList parts;
    if (approximate)
        parts << tr("An open point (\u25CB) is an approximate figure (rounded in the report).");
    if (derived)
        parts << tr("A square (\u25A0) is a figure derived from other published figures (a total "
                    "minus one flow, or a year-to-date minus the months before).");
    return parts.join(QLatin1Char(' '));
}

void FigureChartBase::drawBadge(QPainter* painter, const QRectF& r, int number) const
{
    painter->setPen(Qt::NoPen);
    QColor fill = m_style.mutedText;
    painter->setBrush(fill);
    painter->drawEllipse(r);
    painter->setPen(m_style.background);
    painter->setFont(font(0.75, true));
    painter->drawText(r, Qt::AlignCenter, QString::number(number));
}

QList<std::pair<int, QString>> FigureChartBase::keyEntries() const
{
    QList<std::pair<int, QString>> entries;
    // What the points' shapes mean, where such points are drawn.
    bool approximate = false;
    bool derived = false;
    bool conflict = false;
    for (const ChartMark& m : m_marks) {
        if (m.shape == ChartMark::Shape::Point) {
            approximate = approximate || m.hollow;
            derived = derived || m.derived;
        }
        if ((m.shape == ChartMark::Shape::Point || m.shape == ChartMark::Shape::Bar) && !conflict)
            conflict = m.index.data(roleId(DataRole::HasConflict)).toBool();
    }
    if (approximate)
        entries.append({ApproximateSymbol, tr("Approximate figure")});
    if (derived)
        entries.append({DerivedSymbol, tr("Derived from other figures")});
    if (conflict)
        entries.append({ConflictSymbol, tr("Other sources report another figure")});
    if (m_options.annotations) {
        for (int i : m_keyOrder) {
            const ChartEvent& e = m_events.at(i);
            entries.append({i, e.when.isEmpty() ? e.text : tr("%1 (%2)").arg(e.text, e.when)});
        }
    }
    return entries;
}

QList<QRectF> FigureChartBase::textRects() const
{
    QList<QRectF> rects;
    const Layout l = layout();
    for (const Layout::Span& span : l.spans) {
        if (!span.label.isNull())
            rects << span.label;
    }
    for (const Layout::Note& note : l.notes)
        rects << note.rect;
    return rects;
}

QStringList FigureChartBase::keyTexts() const
{
    QStringList texts;
    for (const auto& entry : keyEntries())
        texts << entry.second;
    return texts;
}

void FigureChartBase::drawKeySymbol(QPainter* painter, const QRectF& rect, int symbol) const
{
    // As the overlay draws them on the points, a little smaller than a badge.
    const qreal r = std::min(m_style.markerSize / 2 + 0.5, rect.height() / 2 - 1);
    const QPointF c = rect.center();
    const QColor colour = m_style.text;
    painter->save();
    switch (symbol) {
    case ApproximateSymbol:
        painter->setPen(QPen(colour, 1.6));
        painter->setBrush(m_style.plotBackground);
        painter->drawEllipse(c, r, r);
        break;
    case DerivedSymbol:
        painter->setPen(QPen(m_style.plotBackground, 1.0));
        painter->setBrush(colour);
        painter->drawRect(QRectF(c - QPointF(r * 0.9, r * 0.9), QSizeF(r * 1.8, r * 1.8)));
        break;
    case ConflictSymbol: {
        const qreal d = 3.5;
        const QPointF diamond[4] = {c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d),
                                    c + QPointF(-d, 0)};
        painter->setPen(QPen(colour, 1.2));
        painter->setBrush(m_style.plotBackground);
        painter->drawPolygon(diamond, 4);
        break;
    }
    default:
        break;
    }
    painter->restore();
}

void FigureChartBase::paintBreaks(QPainter* painter, const QRectF& plot) const
{
    // A gap across the plot where the scale changes, with a double slash on the axis line.
    for (double x : m_breaks) {
        const qreal px = toPixel(QPointF(x, 0)).x();
        if (px <= plot.left() || px >= plot.right())
            continue;
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
}

void FigureChartBase::setFontScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    rebuild();
}

void FigureChartBase::setCompactKey(bool compact)
{
    if (compact == m_compactKey)
        return;
    m_compactKey = compact;
    updateKeyMargin();
    m_back->update();
    m_front->update();
}

QList<FigureChartBase::KeyItem> FigureChartBase::keyLayout() const
{
    QList<KeyItem> items;
    if (!m_chart)
        return items;
    const QRectF chartRect = m_chart->rect();
    const qreal left = chartRect.left() + 10;
    const qreal right = chartRect.right() - 10;
    const QFontMetricsF fm(font(0.8));
    const qreal lineHeight = std::max(fm.height(), badgeSize()) + 3;
    const int lines = keyLines();
    qreal x = left;
    qreal y = chartRect.bottom() - 6 - lines * lineHeight;
    for (const auto& [i, full] : keyEntries()) {
        const qreal maxText = right - left - badgeSize() - 4;
        const QString text =
            m_compactKey ? QString() : fm.elidedText(full, Qt::ElideRight, maxText);
        const qreal width =
            m_compactKey ? badgeSize() : badgeSize() + 4 + fm.horizontalAdvance(text);
        if (x > left && x + width > right) {
            x = left;
            y += lineHeight;
        }
        items.append({i, QRectF(x, y, width, lineHeight - 3), text});
        x += width + (m_compactKey ? 6 : 14);
    }
    return items;
}

int FigureChartBase::keyLines() const
{
    const QList<std::pair<int, QString>> entries = keyEntries();
    if (!m_chart || entries.isEmpty())
        return 0;
    const QRectF chartRect = m_chart->rect();
    const qreal left = chartRect.left() + 10;
    const qreal right = chartRect.right() - 10;
    const QFontMetricsF fm(font(0.8));
    int lines = 1;
    qreal x = left;
    for (const auto& entry : entries) {
        const qreal width =
            m_compactKey
                ? badgeSize()
                : std::min(badgeSize() + 4 + fm.horizontalAdvance(entry.second), right - left);
        if (x > left && x + width > right) {
            x = left;
            ++lines;
        }
        x += width + (m_compactKey ? 6 : 14);
    }
    return lines;
}

void FigureChartBase::updateKeyMargin()
{
    if (!m_chart)
        return;
    const QFontMetricsF fm(font(0.8));
    const qreal lineHeight = std::max(fm.height(), badgeSize()) + 3;
    const int lines = keyLines();
    const int key = lines ? int(std::ceil(lines * lineHeight)) + 4 : 0;
    // Margins someone else set (the renderer lays the chart out on its page) are kept: only the
    // room for the key is added below them.
    QMargins margins = m_chart->margins();
    if (margins == m_appliedMargins)
        margins.setBottom(margins.bottom() - m_keyRoom);
    m_keyRoom = key;
    margins.setBottom(margins.bottom() + key);
    m_appliedMargins = margins;
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
}

void FigureChartBase::select(const QModelIndex& index)
{
    QPersistentModelIndex found;
    for (const ChartMark& m : m_marks) {
        if (m.index == index) {
            found = m.index;
            break;
        }
    }
    if (!found.isValid() && index.isValid()) {
        // A cell that is not drawn itself (the period column): the row's first drawn figure.
        for (const ChartMark& m : m_marks) {
            if (m.index.row() == index.row() && m.index.model() == index.model()) {
                found = m.index;
                break;
            }
        }
    }
    if (found == m_selected)
        return;
    m_selected = found;
    m_front->update();
}

QModelIndex FigureChartBase::indexAt(const QPointF& position) const
{
    if (!m_chart || !m_chart->plotArea().adjusted(-4, -4, 4, 4).contains(position))
        return {};
    // Points first (nearest), then bars, then spans and their labels: a single year's bar
    // inside a span (2001 under the 1999-2001 bracket) stays reachable; bars never overlap.
    qreal best = PointHitRadius * PointHitRadius + 1;
    QModelIndex found;
    for (const ChartMark& m : m_marks) {
        if (m.shape != ChartMark::Shape::Point)
            continue;
        const QPointF d = toPixel(m.a) - position;
        const qreal dist = d.x() * d.x() + d.y() * d.y();
        if (dist < best) {
            best = dist;
            found = m.index;
        }
    }
    if (found.isValid())
        return found;
    const Layout l = layout();
    for (const ChartMark& m : m_marks) {
        if (m.shape == ChartMark::Shape::Bar &&
            markRect(m).adjusted(-1, -1, 1, 1).contains(position))
            return m.index;
    }
    for (const Layout::Span& s : l.spans) {
        const ChartMark& m = m_marks.at(s.mark);
        if (markRect(m).contains(position) || s.label.contains(position))
            return m.index;
    }
    return {};
}

std::optional<QPointF> FigureChartBase::positionOf(const QModelIndex& index) const
{
    if (!m_chart || !index.isValid())
        return std::nullopt;
    for (const ChartMark& m : m_marks) {
        if (m.index != index)
            continue;
        if (m.shape == ChartMark::Shape::Point)
            return toPixel(m.a);
        return markRect(m).center();
    }
    return std::nullopt;
}

QString FigureChartBase::toolTipAt(const QPointF& position) const
{
    const QModelIndex index = indexAt(position);
    if (index.isValid()) {
        QString tip = index.data(Qt::ToolTipRole).toString();
        for (const ChartMark& m : m_marks) {
            if (m.index != index)
                continue;
            if (const QString change = changeOf(m); !change.isEmpty())
                tip += QLatin1Char('\n') +
                       tr("Changed since %1 was exported: %2").arg(changeMarks().file, change);
            break;
        }
        return tip;
    }
    const Layout l = layout();
    for (const Layout::Event& e : l.events) {
        const bool onBadge = e.badge.adjusted(-2, -2, 2, 2).contains(position);
        const bool onMarker = e.x1 - e.x0 > 2 ? (position.x() >= e.x0 && position.x() <= e.x1)
                                              : std::abs(position.x() - e.anchorX) <= 3;
        if (onBadge || (onMarker && l.plot.contains(position)))
            return m_events.at(e.index).toolTip;
    }
    for (const KeyItem& item : keyLayout()) {
        if (item.rect.contains(position))
            return item.event >= 0 ? m_events.at(item.event).toolTip : item.text;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Figures changed since an export (FigureChart::setChangeMarks)

void FigureChartBase::updateChangeMarks()
{
    if (m_front)
        m_front->update();
}

QString FigureChartBase::changeOf(const ChartMark& mark) const
{
    if (changeMarks().byKey.isEmpty())
        return {};
    const Observation* o =
        m_catalog->observation(mark.index.data(roleId(DataRole::ObservationId)).toLongLong());
    return o ? changeMarks().byKey.value(o->quantityKey()) : QString();
}

void FigureChartBase::paintChanges(QPainter* painter) const
{
    if (changeMarks().byKey.isEmpty())
        return;
    // A double ring in a colour no series uses (orange), beyond the selection's ring.
    const QColor colour = m_style.dark ? QColor(0xff, 0x92, 0x2b) : QColor(0xd9, 0x48, 0x0f);
    for (const ChartMark& m : m_marks) {
        if (changeOf(m).isEmpty())
            continue;
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, 2.2));
        if (m.shape == ChartMark::Shape::Point) {
            const QPointF p = toPixel(m.a);
            const qreal r = m_style.markerSize / 2 + 7;
            painter->drawEllipse(p, r, r);
            painter->setPen(QPen(colour, 1.2));
            painter->drawEllipse(p, r + 4, r + 4);
        } else {
            painter->drawRoundedRect(markRect(m).adjusted(-5, -4, 5, 4), 4, 4);
        }
    }
}
