// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QTextLayout>

#include <memory>

class QPainter;

/// How the briefing pack's text flows onto pages (BriefingWriter says what goes on them):
/// paragraphs wrapped to the text width, split across pages line by line, headings kept with
/// what follows them, rules and filled rectangles; and how a page's items are drawn. Every page
/// is drawn in units of 1/96 inch, like the figure exports.
namespace BriefingLayout {

constexpr qreal UnitsPerInch = 96.0;
constexpr qreal Margin = 64;
constexpr qreal TopMargin = 60;
constexpr qreal BottomMargin = 76;
constexpr qreal FooterStrip = 26; ///< below a figure, for the page number

inline const QColor Ink(0x1f, 0x23, 0x28);
inline const QColor Muted(0x5b, 0x63, 0x6e);
inline const QColor Accent(0x1f, 0x5f, 0x99);
inline const QColor Rule(0xc8, 0xcd, 0xd3);
inline const QColor Stripe(0xf2, 0xf4, 0xf6);

/// No hinting (one layout for every device) and no shaping: Qt 6.4's PDF writer gives
/// substituted glyphs no text, so ligatures and the digits Noto Sans CJK substitutes would
/// vanish from the PDF's text (FigureRenderer does the same).
QFont textFont(int pixels, bool bold = false, bool italic = false);

/// A paragraph wrapped to a width; its lines can go on different pages.
struct Text
{
    std::shared_ptr<QTextLayout> layout;
    qreal lineHeight = 0;
    int lines() const { return layout ? layout->lineCount() : 0; }
    qreal height() const { return lines() * lineHeight; }
};

Text wrap(const QString& text, const QFont& font, qreal width, Qt::Alignment align = Qt::AlignLeft);

/// Something drawn on a text page: lines of a paragraph, a rule or a filled rectangle.
struct Item
{
    enum class Kind { Lines, Rule, Fill };
    Kind kind = Kind::Lines;
    Text text;
    int first = 0; ///< Lines: the first line drawn and how many
    int count = 0;
    QPointF at; ///< Lines: where the first line goes
    QColor colour;
    QRectF rect; ///< Rule: from topLeft to topRight; Fill: the area
};

struct Page
{
    bool landscape = false;
    int figure = -1; ///< a figure page: the index of the figure
    bool numbered = true;
    QList<Item> items;
};

/// Text flowing down the pages of the chosen paper (portrait), a new page where the next line
/// does not fit.
struct PageFlow
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    QList<Page> pages;
    qreal y = 0; ///< where the next text goes on the last page

    /// A portrait page of the paper, in units.
    QSizeF portrait() const;
    qreal contentWidth() const { return portrait().width() - 2 * Margin; }
    qreal bottom() const { return portrait().height() - BottomMargin; }
    void newPage();
    /// Starts a new page unless `height` still fits on this one.
    void need(qreal height);
    /// The text's lines, on as many pages as they take.
    void addText(const Text& text, const QColor& colour, qreal indent = 0);
    void addParagraph(const QString& text, const QFont& font, const QColor& colour,
                      qreal indent = 0, qreal after = 8);
    /// A heading that starts a section: kept with the first lines after it.
    void addHeading(const QString& text, int pixels, qreal keep = 90);
    /// A rule across the text width at the current height.
    void addRule(const QColor& colour);
};

/// Draws a page's items (the texts' lines, rules, fills).
void drawItems(QPainter* painter, const QList<Item>& items);

} // namespace BriefingLayout
