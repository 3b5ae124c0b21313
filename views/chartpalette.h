// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <Qt>

enum class Theme; // figurechart.h

/// Colours for series: the Okabe–Ito palette, distinguishable with the common forms of colour
/// blindness, and its grey scale for print.
namespace ChartPalette {
QList<QColor> colourBlindSafe();

/// Everything a figure's look depends on, for one theme. Shared by the window and the renderer.
struct Style
{
    QColor background;     ///< behind the whole chart
    QColor plotBackground; ///< behind the plot area
    QColor text;           ///< titles, axis and legend labels
    QColor mutedText;      ///< annotations, notes, caveats
    QColor grid;
    QColor axisLine;
    QColor highlight;           ///< the selected point or bar
    QColor labelBackground;     ///< behind annotation labels, translucent
    QList<QColor> series;       ///< one per series, in order
    QList<Qt::PenStyle> dashes; ///< line style per series (print tells series apart without colour)
    qreal lineWidth = 2.0;
    qreal markerSize = 7.0;
    bool dark = false;

    QColor seriesColour(int i) const { return series.at(i % series.size()); }
    Qt::PenStyle dash(int i) const { return dashes.at(i % dashes.size()); }
};

/// The style of a theme: Light and Dark for the screen, Contrast for projectors, Print for paper
/// (grey scale, series told apart by line style).
Style style(Theme theme);
} // namespace ChartPalette
