// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingpages.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace BriefingLayout {

/// No hinting (one layout for every device) and no shaping: Qt 6.4's PDF writer gives
/// substituted glyphs no text, so ligatures and the digits Noto Sans CJK substitutes would
/// vanish from the PDF's text (FigureRenderer does the same).
QFont textFont(int pixels, bool bold, bool italic)
{
    QFont f(QStringLiteral("Noto Sans CJK KR"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(f.styleStrategy() | QFont::PreferNoShaping));
    return f;
}

Text wrap(const QString& text, const QFont& font, qreal width, Qt::Alignment align)
{
    Text t;
    if (text.isEmpty())
        return t;
    t.layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    t.layout->setTextOption(option);
    t.layout->setCacheEnabled(true);
    t.lineHeight = QFontMetricsF(font).lineSpacing();
    t.layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = t.layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += t.lineHeight;
    }
    t.layout->endLayout();
    return t;
}

QSizeF PageFlow::portrait() const
{
    const QSizeF points = QPageSize(paper).size(QPageSize::Point);
    return points * UnitsPerInch / 72.0;
}

void PageFlow::newPage()
{
    pages.append(Page());
    y = TopMargin;
}

void PageFlow::need(qreal height)
{
    if (pages.isEmpty() || pages.last().figure >= 0 || y + height > bottom())
        newPage();
}

void PageFlow::addText(const Text& text, const QColor& colour, qreal indent)
{
    int line = 0;
    while (line < text.lines()) {
        need(text.lineHeight);
        const int fits = std::max(1, int((bottom() - y) / text.lineHeight));
        const int count = std::min(fits, text.lines() - line);
        Item item;
        item.text = text;
        item.first = line;
        item.count = count;
        item.at = QPointF(Margin + indent, y);
        item.colour = colour;
        pages.last().items.append(item);
        y += count * text.lineHeight;
        line += count;
    }
}

void PageFlow::addParagraph(const QString& text, const QFont& font, const QColor& colour,
                            qreal indent, qreal after)
{
    addText(wrap(text, font, contentWidth() - indent), colour, indent);
    y += after;
}

void PageFlow::addHeading(const QString& text, int pixels, qreal keep)
{
    const Text t = wrap(text, textFont(pixels, true), contentWidth());
    need(t.height() + keep);
    if (y > TopMargin)
        y += pixels * 0.6;
    addText(t, pixels >= 20 ? Accent : Ink);
    y += pixels * 0.45;
}

void PageFlow::addRule(const QColor& colour)
{
    Item rule;
    rule.kind = Item::Kind::Rule;
    rule.rect = QRectF(Margin, y, contentWidth(), 0);
    rule.colour = colour;
    pages.last().items.append(rule);
}

void drawItems(QPainter* p, const QList<Item>& items)
{
    for (const Item& item : items) {
        switch (item.kind) {
        case Item::Kind::Fill:
            p->fillRect(item.rect, item.colour);
            break;
        case Item::Kind::Rule:
            p->setPen(QPen(item.colour, 0.8));
            p->drawLine(item.rect.topLeft(), item.rect.topRight());
            break;
        case Item::Kind::Lines: {
            if (!item.text.layout)
                break;
            p->setPen(item.colour);
            const qreal top = item.text.layout->lineAt(item.first).y();
            for (int i = item.first; i < item.first + item.count; ++i)
                item.text.layout->lineAt(i).draw(p, item.at - QPointF(0, top));
            break;
        }
        }
    }
}

} // namespace BriefingLayout
