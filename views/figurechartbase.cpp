// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurechartbase.h"

#include "itemmodels/roles.h"

#include "chartoverlay.h"
#include "core/catalog.h"
#include "core/formatter.h"
#include "core/slotscale.h"
#include "itemmodels/eventsmodel.h"

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
const QMargins BaseMargins(6, 6, 26, 6);
} // namespace

FigureChartBase::FigureChartBase(Figure* figure, QObject* parent)
    : FigureChart(figure, parent)
    , m_chart(new QChart)
{
    // Options set on the figure itself (not through setOptions()) are drawn too.
    connect(figure, &Figure::optionsChanged, this, [this] {
        if (!m_updating)
            rebuild();
    });
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(BaseMargins);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->legend()->setShowToolTips(true);
    m_overlay = std::make_unique<ChartOverlay>(this, m_chart);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        m_overlay->geometryChanged();
        updateKeyMargin();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& plot) {
        // Margins set elsewhere (the renderer's page layout) still get the key's room below.
        updateKeyMargin();
        // Tick density follows the axis length.
        for (TickAxis* ticks : std::as_const(m_tickAxes))
            ticks->setPixels(ticks->axis()->orientation() == Qt::Horizontal ? plot.width()
                                                                            : plot.height());
        m_overlay->update();
    });
    m_style = ChartPalette::style(theme());
}

FigureChartBase::~FigureChartBase()
{
    if (!m_chart)
        return;
    // The overlay calls back into this object: it must not outlive it.
    m_overlay.reset();
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
        figure()->reapply();
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
    m_updating = true;
    figure()->setOptions(options);
    m_updating = false;
    rebuild();
}

void FigureChartBase::retranslate()
{
    m_updating = true;
    figure()->retranslate();
    m_updating = false;
    rebuild();
}

void FigureChartBase::rebuild()
{
    if (!m_chart)
        return;
    ++m_generation;
    m_style = ChartPalette::style(theme());
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
    m_overlay->update();
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
    connect(axis, &QValueAxis::rangeChanged, this, [this] { m_overlay->update(); });
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

void FigureChartBase::addTimeline(const EventsModel* events, const SlotScale& scale)
{
    const Language language = figure()->catalog()->language();
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
        ce.text = e->text(language);
        ce.when = e->period.label(QLocale());
        ce.toolTip = tr("%1: %2").arg(e->period.label(QLocale()), ce.text);
        ce.sourceId = e->sourceId;
        const Source source = figure()->catalog()->source(e->sourceId);
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
    FigureOptions o = figure()->options();
    if (o.hiddenSeries.contains(key))
        o.hiddenSeries.removeAll(key);
    else
        o.hiddenSeries.append(key);
    m_updating = true;
    figure()->setOptions(o);
    m_updating = false;
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

QHash<int, QRectF> FigureChartBase::spanLabels() const
{
    QHash<int, QRectF> labels;
    for (const ChartOverlay::Layout::Span& s : m_overlay->layout().spans) {
        if (!s.label.isNull())
            labels.insert(s.mark, s.label);
    }
    return labels;
}

void FigureChartBase::paintOverlay(QPainter* painter, bool front) const
{
    m_overlay->paint(painter, front);
}

qreal FigureChartBase::badgeSize() const
{
    return QFontMetricsF(font(0.75, true)).height() + 3;
}

QList<EventKey::Entry> FigureChartBase::keyEntries() const
{
    QList<EventKey::Entry> entries;
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
        entries.append({EventKey::Approximate, tr("Approximate figure")});
    if (derived)
        entries.append({EventKey::Derived, tr("Derived from other figures")});
    if (conflict)
        entries.append({EventKey::Conflict, tr("Other sources report another figure")});
    if (opts().annotations) {
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
    const ChartOverlay::Layout l = m_overlay->layout();
    for (const ChartOverlay::Layout::Span& span : l.spans) {
        if (!span.label.isNull())
            rects << span.label;
    }
    for (const ChartOverlay::Layout::Note& note : l.notes)
        rects << note.rect;
    return rects;
}

QStringList FigureChartBase::keyTexts() const
{
    QStringList texts;
    for (const EventKey::Entry& entry : keyEntries())
        texts << entry.text;
    return texts;
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
    m_overlay->update();
}

EventKey::Metrics FigureChartBase::keyMetrics() const
{
    const QFontMetricsF fm(font(0.8));
    EventKey::Metrics metrics;
    metrics.badge = badgeSize();
    metrics.lineHeight = std::max(fm.height(), metrics.badge) + 3;
    metrics.advance = [fm](const QString& text) { return fm.horizontalAdvance(text); };
    metrics.elide = [fm](const QString& text, qreal width) {
        return fm.elidedText(text, Qt::ElideRight, width);
    };
    return metrics;
}

EventKey::Layout FigureChartBase::keyLayout() const
{
    if (!m_chart)
        return {};
    const QRectF chartRect = m_chart->rect();
    return EventKey::layOut(keyEntries(), chartRect.left() + 10, chartRect.right() - 10,
                            chartRect.bottom(), keyMetrics(), m_compactKey);
}

void FigureChartBase::updateKeyMargin()
{
    if (!m_chart)
        return;
    const int key = EventKey::room(keyLayout().lines, keyMetrics().lineHeight);
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
    m_overlay->updateFront();
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
    const ChartOverlay::Layout l = m_overlay->layout();
    for (const ChartMark& m : m_marks) {
        if (m.shape == ChartMark::Shape::Bar &&
            markRect(m).adjusted(-1, -1, 1, 1).contains(position))
            return m.index;
    }
    for (const ChartOverlay::Layout::Span& s : l.spans) {
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
    const ChartOverlay::Layout l = m_overlay->layout();
    for (const ChartOverlay::Layout::Event& e : l.events) {
        const bool onBadge = e.badge.adjusted(-2, -2, 2, 2).contains(position);
        const bool onMarker = e.x1 - e.x0 > 2 ? (position.x() >= e.x0 && position.x() <= e.x1)
                                              : std::abs(position.x() - e.anchorX) <= 3;
        if (onBadge || (onMarker && l.plot.contains(position)))
            return m_events.at(e.index).toolTip;
    }
    for (const EventKey::Item& item : keyLayout().items) {
        if (item.rect.contains(position))
            return item.id >= 0 ? m_events.at(item.id).toolTip : item.text;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Figures changed since an export (FigureChart::setChangeMarks)

void FigureChartBase::updateChangeMarks()
{
    if (m_overlay)
        m_overlay->updateFront();
}

QString FigureChartBase::changeOf(const ChartMark& mark) const
{
    if (changeMarks().byKey.isEmpty())
        return {};
    const Observation* o = figure()->catalog()->observation(
        mark.index.data(roleId(DataRole::ObservationId)).toLongLong());
    return o ? changeMarks().byKey.value(o->quantityKey()) : QString();
}
