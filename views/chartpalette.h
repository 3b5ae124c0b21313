// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

/// Colours for series: the Okabe–Ito palette, distinguishable with the common forms of colour
/// blindness, and its grey scale for print.
namespace ChartPalette {
QList<QColor> colourBlindSafe();
} // namespace ChartPalette
