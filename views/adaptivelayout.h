// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QFontMetrics;

/// How the window adapts from 1024×640 to 4K (issue 17): the rules in one place, as pure
/// functions of sizes, so that the pages and the main window decide alike and tests can name
/// the thresholds.
namespace AdaptiveLayout {
/// Below this window width the page list shows its icons only (the titles in tooltips).
constexpr int IconNavigationBelowWidth = 1200;
/// Below this page height the figure page gives the chart the room: the event key shows its
/// numbered badges only, the caveat one line that expands, and the table at most a quarter.
constexpr int CompactPageBelowHeight = 700;
/// A readable measure for a text column (the Sources panel): at least this many characters.
constexpr int ReadableCharacters = 30;

inline bool iconNavigation(int windowWidth)
{
    return windowWidth < IconNavigationBelowWidth;
}
inline bool compactPage(int pageHeight)
{
    return pageHeight > 0 && pageHeight < CompactPageBelowHeight;
}
/// The most the table under the chart may take of the splitter's height on a compact page.
inline int compactTableHeight(int splitterHeight)
{
    return splitterHeight / 4;
}
/// The narrowest a text column may be to hold ReadableCharacters average characters.
int readableWidth(const QFontMetrics& metrics);
} // namespace AdaptiveLayout
