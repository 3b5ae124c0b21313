// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QLabel>
#include <QSpacerItem>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addSpacing(int size)
{
    addItem(new QSpacerItem(size, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

void FlowLayout::addStretch(int)
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
    m_stretch.last() = true;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
    m_stretch.append(false);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretch.removeAt(index);
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest control; as high as that width needs.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    return size;
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + spacing();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(0, spacing());
    // Break into lines of visible items.
    struct Line
    {
        QList<int> items;
        int width = 0;
        int height = 0;
    };
    QList<Line> lines(1);
    for (int i = 0; i < m_items.size(); ++i) {
        const QLayoutItem* item = m_items.at(i);
        const bool widget = item->widget() != nullptr;
        if (widget && item->isEmpty())
            continue; // a hidden control
        const QSize hint = item->sizeHint();
        Line& line = lines.last();
        const int needed = line.items.isEmpty() ? hint.width() : line.width + gap + hint.width();
        if (!line.items.isEmpty() && needed > area.width() && widget) {
            // A label goes to the next line with the control it names ("Years:" and its box).
            QList<int> carried;
            while (line.items.size() > 1 && m_items.at(line.items.last())->widget() &&
                   qobject_cast<QLabel*>(m_items.at(line.items.last())->widget()))
                carried.prepend(line.items.takeLast());
            line.width = 0;
            line.height = 0;
            for (int k : std::as_const(line.items)) {
                if (m_items.at(k)->isEmpty() && m_items.at(k)->widget())
                    continue;
                line.width += (line.width ? gap : 0) + m_items.at(k)->sizeHint().width();
                line.height = std::max(line.height, m_items.at(k)->sizeHint().height());
            }
            lines.append(Line());
            Line& next = lines.last();
            next.items = carried;
            next.items << i;
            for (int k : std::as_const(next.items)) {
                next.width += (next.width ? gap : 0) + m_items.at(k)->sizeHint().width();
                next.height = std::max(next.height, m_items.at(k)->sizeHint().height());
            }
            continue;
        }
        line.items << i;
        line.width = needed;
        line.height = std::max(line.height, hint.height());
    }
    int y = area.top();
    for (const Line& line : std::as_const(lines)) {
        if (line.items.isEmpty())
            continue;
        // Spacers at the start of a wrapped line are dropped; a stretch takes the spare room.
        int stretches = 0;
        for (int i : line.items)
            stretches += m_stretch.at(i);
        const int spare = std::max(0, area.width() - line.width);
        int x = area.left();
        bool first = true;
        for (int i : line.items) {
            QLayoutItem* item = m_items.at(i);
            const bool widget = item->widget() != nullptr;
            if (first && !widget)
                continue;
            int width = item->sizeHint().width();
            if (m_stretch.at(i))
                width += spare / std::max(1, stretches);
            if (apply && widget) {
                const int h = std::min(line.height, item->sizeHint().height());
                item->setGeometry(QRect(x, y + (line.height - h) / 2, width, h));
            }
            x += width + gap;
            first = false;
        }
        y += line.height + gap;
    }
    const QMargins m = contentsMargins();
    return y - gap - area.top() + m.top() + m.bottom();
}
