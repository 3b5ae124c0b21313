// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurerenderer.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>

#include <functional>

class QPainter;

/// The file formats FigureRenderer writes, one writer each: the figure drawn on the format's
/// device and its provenance in the format's own metadata (PNG text chunks are set on the
/// image by the renderer; a PDF's title, creator, XMP packet, /Subject and /Keywords; an SVG's
/// <title>, <desc> and <metadata>). Every device is drawn in units of 1/96 inch.
namespace FigureWriters {
/// Painting units per inch (PNG and SVG: pixels).
constexpr qreal UnitsPerInch = 96.0;
/// Draws the figure on a painter; the canvas is in units of 1/96 inch.
using Draw = std::function<void(QPainter* painter, const QSizeF& canvas)>;

/// The image as PNG bytes; empty on failure.
QByteArray png(const QImage& image);
/// A one-page vector PDF (A4, or the size of the image at the settings' DPI); empty on
/// failure.
QByteArray pdf(const ExportSettings& settings, const FigureTexts& texts, const Draw& draw);
/// A vector SVG of settings.pixelSize() with description as its <desc>; empty on failure.
QByteArray svg(const ExportSettings& settings, const FigureTexts& texts, const QString& description,
               const Draw& draw);
/// A PDF with its fonts' text mapping repaired: the en dash extracts as U+2013, not as the
/// U+2012 Qt writes for Noto Sans CJK's shared dash glyph (see the definition).
QByteArray repairToUnicode(const QByteArray& pdf);
} // namespace FigureWriters
