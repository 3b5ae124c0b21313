// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartoverlay.h"

#include "chartsymbols.h"
#include "eventkey.h"
#include "figurechartbase.h"
#include "itemmodels/roles.h"
#include "labelplacer.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QHash>
#include <QLineSeries>
#include <QPainter>

#include <cmath>

namespace {
constexpr qreal LabelPadding = ChartSymbols::LabelPadding;

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

/// Draws the overlay: one item behind the series, one in front of them.
class ChartOverlay::Item : public QGraphicsItem
{
public:
    Item(const ChartOverlay* overlay, bool front, QGraphicsItem* parent)
        : QGraphicsItem(parent)
        , m_overlay(overlay)
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
        m_overlay->paint(painter, m_front);
    }
    void geometryChanged() { prepareGeometryChange(); }

private:
    const ChartOverlay* m_overlay;
    bool m_front;
};

/// The layout, and the geometry it was computed for.
struct ChartOverlay::Cache
{
    int generation = 0;
    QRectF plot;
    QPointF origin; ///< where (0, 0) and (1, 1) are drawn: the axes' ranges
    QPointF unit;
    QFont font;
    Layout layout;
};

ChartOverlay::ChartOverlay(const FigureChartBase* owner, QChart* chart)
    : m_owner(owner)
    , m_chart(chart)
    , m_back(new Item(this, false, chart))
    , m_front(new Item(this, true, chart))
{}

ChartOverlay::~ChartOverlay()
{
    // A chart already deleted took its items with it.
    if (!m_chart)
        return;
    delete m_back;
    delete m_front;
}

void ChartOverlay::update()
{
    m_back->update();
    m_front->update();
}

void ChartOverlay::updateFront()
{
    m_front->update();
}

void ChartOverlay::geometryChanged()
{
    m_back->geometryChanged();
    m_front->geometryChanged();
}

ChartOverlay::Layout ChartOverlay::layout() const
{
    const FigureChartBase& o = *m_owner;
    if (!o.m_chart || !o.m_anchor)
        return {};
    auto key = std::make_shared<Cache>();
    key->generation = o.m_generation;
    key->plot = o.m_chart->plotArea();
    key->origin = o.toPixel(QPointF(0, 0));
    key->unit = o.toPixel(QPointF(1, 1));
    key->font = QGuiApplication::font();
    const Cache* last = m_cache.get();
    if (last && last->generation == key->generation && last->plot == key->plot &&
        last->origin == key->origin && last->unit == key->unit && last->font == key->font)
        return last->layout;
    key->layout = computeLayout();
    m_cache = key;
    return key->layout;
}

ChartOverlay::Layout ChartOverlay::computeLayout() const
{
    const FigureChartBase& o = *m_owner;
    Layout out;
    if (!o.m_chart || !o.m_anchor)
        return out;
    out.plot = o.m_chart->plotArea();
    if (out.plot.width() < 10 || out.plot.height() < 10)
        return out;
    const QRectF area = out.plot.adjusted(2, 2, -2, -2);
    LabelPlacer placer(area);

    // Events: a marker (or a band) with a numbered badge at the top of the plot; the key below
    // the chart says what each number is. Badges of close events stack instead of overlapping.
    if (o.opts().annotations) {
        const qreal size = o.badgeSize();
        QList<QList<QRectF>> rows(3);
        for (int i : o.m_keyOrder) {
            const ChartEvent& e = o.m_events.at(i);
            Layout::Event box;
            box.index = i;
            box.x0 = o.toPixel(QPointF(e.x0, 0)).x();
            box.x1 = o.toPixel(QPointF(e.x1, 0)).x();
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
        for (const ChartMark& m : o.m_marks) {
            if (m.shape == ChartMark::Shape::Point) {
                const QPointF p = o.toPixel(m.a);
                const qreal r = o.m_style.markerSize / 2 + 2;
                placer.addData(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
                bySeries[m.series].append(m.a);
            } else if (m.shape == ChartMark::Shape::Bar) {
                placer.addBar(o.markRect(m));
            }
        }
        for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
            QList<QPointF> points = it.value();
            std::sort(points.begin(), points.end(),
                      [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
            for (qsizetype i = 1; i < points.size(); ++i) {
                if (std::abs(points.at(i).x() - points.at(i - 1).x() - 1) < 1e-6)
                    placer.addSegment(QLineF(o.toPixel(points.at(i - 1)), o.toPixel(points.at(i))));
            }
        }
    }

    // Spans: a bracket at the figure's value with its label near it. All brackets are placed
    // before any label, so that no label covers another bracket.
    for (const ChartMark& m : o.m_marks) {
        if (m.shape != ChartMark::Shape::Span && m.shape != ChartMark::Shape::OpenSpan)
            continue;
        const QRectF r = o.markRect(m);
        placer.addData(
            QRectF(QPointF(r.left(), r.center().y() - 3), QPointF(r.right(), r.center().y() + 8)));
    }
    {
        const QFontMetricsF fm(o.font(0.85));
        for (int i = 0; i < o.m_marks.size(); ++i) {
            const ChartMark& m = o.m_marks.at(i);
            if (m.shape != ChartMark::Shape::Span && m.shape != ChartMark::Shape::OpenSpan)
                continue;
            Layout::Span span;
            span.mark = i;
            span.p0 = o.toPixel(m.a);
            span.p1 = o.toPixel(m.b);
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
    for (int i = 0; i < o.m_notes.size(); ++i) {
        const ChartNote& n = o.m_notes.at(i);
        const QFontMetricsF fm(o.font(0.85, n.bold));
        const QSizeF size(fm.horizontalAdvance(n.text) + 2 * LabelPadding,
                          fm.height() + LabelPadding);
        Layout::Note note;
        note.note = i;
        note.anchor = o.toPixel(n.at);
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

void ChartOverlay::paint(QPainter* painter, bool front) const
{
    const FigureChartBase& o = *m_owner;
    const ChartSymbols symbols(o.m_style);
    const Layout l = layout();
    if (l.plot.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(l.plot.adjusted(-1, -1, 1, 1));

    if (!front) {
        for (const Layout::Event& e : l.events) {
            QColor band = o.m_style.mutedText;
            if (e.x1 - e.x0 > 2) {
                band.setAlphaF(o.m_style.dark ? 0.16 : 0.08);
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

    for (double x : o.m_breaks) {
        const qreal px = o.toPixel(QPointF(x, 0)).x();
        if (px > l.plot.left() && px < l.plot.right())
            symbols.axisBreak(painter, px, l.plot);
    }

    // Spans: bracket with end ticks (an arrow where the span is open to the left).
    for (const Layout::Span& s : l.spans) {
        const ChartMark& m = o.m_marks.at(s.mark);
        symbols.bracket(painter, s.p0, s.p1, m.colour, m.shape == ChartMark::Shape::OpenSpan,
                        l.plot.left());
        if (!m.label.isEmpty()) {
            const QPointF middle = s.labelAnchor;
            if (LabelPlacer::distance(s.label, middle) > 12) {
                QColor line = m.colour;
                line.setAlphaF(0.6);
                painter->setPen(QPen(line, 1));
                painter->drawLine(middle, nearestOnEdge(s.label, middle));
            }
            symbols.labelBox(painter, s.label, m.label.join(QLatin1Char('\n')), m.colour,
                             o.font(0.85));
        }
    }

    // Points: filled, or hollow where the figure is approximate ("about", "over"...). Where the
    // slots lie closer than half a marker (centuries of months), markers would only merge into a
    // band over the line: the line alone shows the figures; hover and selection still find each.
    const qreal r = o.m_style.markerSize / 2;
    const bool dense = std::abs(o.toPixel(QPointF(1, 0)).x() - o.toPixel(QPointF(0, 0)).x()) < r;
    const QRectF shown = l.plot.adjusted(-r - 2, -r - 2, r + 2, r + 2);
    QList<QPointF> conflicts; // drawn above the notes, so no label hides them
    for (const ChartMark& m : o.m_marks) {
        if (dense)
            break;
        if (m.shape != ChartMark::Shape::Point)
            continue;
        const QPointF p = o.toPixel(m.a);
        if (!shown.contains(p))
            continue;
        symbols.point(painter, p, r, m.colour, m.hollow, m.derived);
        if (m.index.data(roleId(DataRole::HasConflict)).toBool())
            conflicts.append(p + QPointF(r + 4, -(r + 4)));
    }
    // Bars too: the diamond at the bar's far corner, outside it.
    for (const ChartMark& m : o.m_marks) {
        if (m.shape == ChartMark::Shape::Bar &&
            m.index.data(roleId(DataRole::HasConflict)).toBool())
            conflicts.append(o.markRect(m).topRight() + QPointF(5, -5));
    }

    // Notes.
    for (const Layout::Note& n : l.notes) {
        const ChartNote& note = o.m_notes.at(n.note);
        const QColor colour = note.colour.isValid() ? note.colour : o.m_style.text;
        if (n.leader) {
            QColor line = o.m_style.mutedText;
            line.setAlphaF(0.7);
            painter->setPen(QPen(line, 1));
            painter->drawLine(n.anchor, nearestOnEdge(n.rect, n.anchor));
        }
        symbols.labelBox(painter, n.rect, note.text, colour, o.font(0.85, note.bold));
    }

    // Sources disagree on these figures: a small open diamond up and right of the point.
    for (const QPointF& c : std::as_const(conflicts))
        symbols.diamond(painter, c, o.m_style.text);

    // Event badges.
    const QFont badgeFont = o.font(0.75, true);
    for (const Layout::Event& e : l.events)
        symbols.badge(painter, e.badge, o.m_events.at(e.index).number, badgeFont);

    paintSelection(painter);
    paintChanges(painter);
    painter->restore();

    // The key of the symbols and the event badges, in the margin below the chart.
    paintKey(painter);
}

void ChartOverlay::paintSelection(QPainter* painter) const
{
    const FigureChartBase& o = *m_owner;
    if (!o.m_selected.isValid())
        return;
    for (const ChartMark& m : o.m_marks) {
        if (m.index != o.m_selected)
            continue;
        QPen pen(o.m_style.highlight, 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        switch (m.shape) {
        case ChartMark::Shape::Point: {
            const QPointF p = o.toPixel(m.a);
            const qreal r = o.m_style.markerSize / 2 + 4;
            painter->drawEllipse(p, r, r);
            break;
        }
        case ChartMark::Shape::Bar:
            painter->drawRect(o.markRect(m).adjusted(-1.5, -1.5, 1.5, 1.5));
            break;
        case ChartMark::Shape::Span:
        case ChartMark::Shape::OpenSpan: {
            const QRectF r = o.markRect(m);
            painter->drawRoundedRect(r.adjusted(-3, -2, 3, 2), 3, 3);
            break;
        }
        }
        break;
    }
}

void ChartOverlay::paintChanges(QPainter* painter) const
{
    const FigureChartBase& o = *m_owner;
    if (o.changeMarks().byKey.isEmpty())
        return;
    // A double ring in a colour no series uses (orange), beyond the selection's ring.
    const QColor colour = o.m_style.dark ? QColor(0xff, 0x92, 0x2b) : QColor(0xd9, 0x48, 0x0f);
    for (const ChartMark& m : o.m_marks) {
        if (o.changeOf(m).isEmpty())
            continue;
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, 2.2));
        if (m.shape == ChartMark::Shape::Point) {
            const QPointF p = o.toPixel(m.a);
            const qreal r = o.m_style.markerSize / 2 + 7;
            painter->drawEllipse(p, r, r);
            painter->setPen(QPen(colour, 1.2));
            painter->drawEllipse(p, r + 4, r + 4);
        } else {
            painter->drawRoundedRect(o.markRect(m).adjusted(-5, -4, 5, 4), 4, 4);
        }
    }
}

void ChartOverlay::paintKey(QPainter* painter) const
{
    const FigureChartBase& o = *m_owner;
    const EventKey::Layout key = o.keyLayout();
    if (key.lines == 0)
        return;
    const ChartSymbols symbols(o.m_style);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont f = o.font(0.8);
    const QFont badgeFont = o.font(0.75, true);
    const qreal size = o.badgeSize();
    painter->setFont(f);
    for (const EventKey::Item& item : key.items) {
        const QRectF badge(item.rect.topLeft(), QSizeF(size, size));
        if (item.id >= 0) {
            symbols.badge(painter, badge, o.m_events.at(item.id).number, badgeFont);
        } else {
            // As the overlay draws them on the points, a little smaller than a badge.
            const qreal r = std::min(o.m_style.markerSize / 2 + 0.5, badge.height() / 2 - 1);
            const QPointF c = badge.center();
            painter->save();
            if (item.id == EventKey::Conflict)
                symbols.diamond(painter, c, o.m_style.text);
            else
                symbols.point(painter, c, r, o.m_style.text, item.id == EventKey::Approximate,
                              item.id == EventKey::Derived);
            painter->restore();
        }
        painter->setPen(o.m_style.mutedText);
        painter->setFont(f);
        painter->drawText(item.rect.adjusted(size + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          item.text);
    }
    painter->restore();
}
