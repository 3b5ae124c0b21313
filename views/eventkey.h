// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

/// The key in a chart's bottom margin: first what the symbols drawn mean (open point, square,
/// diamond), then the numbered events. Its layout is pure geometry (tested by tst_eventkey): the
/// entries are walked once, left to right, wrapping to a new line where the next one does not
/// fit; the same walk gives the items and the number of lines the margin must make room for.
/// FigureChartBase says what the entries are and paints the items.
class EventKey
{
public:
    /// What the symbols of the points mean (an entry's id below 0; an event's id is its index).
    enum Symbol { Approximate = -1, Derived = -2, Conflict = -3 };

    struct Entry
    {
        int id; ///< an event's index, or a Symbol
        QString text;
    };

    /// The sizes the key is laid out with (the chart's key font and badge).
    struct Metrics
    {
        qreal lineHeight = 0;                         ///< a line, with the 3 units between lines
        qreal badge = 0;                              ///< the side of a badge (or symbol)
        std::function<qreal(const QString&)> advance; ///< a text's width
        std::function<QString(const QString&, qreal)> elide; ///< a text shortened to a width
    };

    struct Item
    {
        int id;       ///< as Entry::id
        QRectF rect;  ///< badge and text
        QString text; ///< as drawn: elided to the line, empty when compact
    };

    struct Layout
    {
        QList<Item> items;
        int lines = 0;
    };

    /// Lays the entries out between left and right, the last line ending 6 units above bottom.
    /// Compact: badges only (the texts go into tooltips).
    static Layout layOut(const QList<Entry>& entries, qreal left, qreal right, qreal bottom,
                         const Metrics& metrics, bool compact);
    /// The room below the chart that a key of this many lines takes (0 without a key).
    static int room(int lines, qreal lineHeight);
};
