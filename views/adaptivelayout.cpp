// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptivelayout.h"

#include <QFontMetrics>

int AdaptiveLayout::readableWidth(const QFontMetrics& metrics)
{
    return metrics.averageCharWidth() * ReadableCharacters;
}
