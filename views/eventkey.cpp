// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventkey.h"

#include <cmath>

EventKey::Layout EventKey::layOut(const QList<Entry>& entries, qreal left, qreal right,
                                  qreal bottom, const Metrics& metrics, bool compact)
{
    Layout out;
    if (entries.isEmpty())
        return out;
    // One walk over the widths: the line of each item, and how many lines there are.
    QList<int> lineOf;
    out.lines = 1;
    qreal x = left;
    const qreal maxText = right - left - metrics.badge - 4;
    for (const Entry& entry : entries) {
        const QString text = compact ? QString() : metrics.elide(entry.text, maxText);
        const qreal width = compact ? metrics.badge : metrics.badge + 4 + metrics.advance(text);
        if (x > left && x + width > right) {
            x = left;
            ++out.lines;
        }
        out.items.append({entry.id, QRectF(x, 0, width, metrics.lineHeight - 3), text});
        lineOf.append(out.lines - 1);
        x += width + (compact ? 6 : 14);
    }
    // Then down from the top of the key, which the number of lines gives.
    qreal y = bottom - 6 - out.lines * metrics.lineHeight;
    int line = 0;
    for (int i = 0; i < out.items.size(); ++i) {
        for (; line < lineOf.at(i); ++line)
            y += metrics.lineHeight;
        out.items[i].rect.moveTop(y);
    }
    return out;
}

int EventKey::room(int lines, qreal lineHeight)
{
    return lines ? int(std::ceil(lines * lineHeight)) + 4 : 0;
}
