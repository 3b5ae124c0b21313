// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechart.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSize>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Catalog;
class QMimeData;
class QPainter;
class QPrinter;

enum class ExportFormat { Png, Pdf, Svg };

/// Output sizes offered to presenters. Slides are in pixels; A4 is a page (PDF, print), which a
/// PNG or SVG gets at the chosen DPI.
enum class ExportPreset { Slide16x9, Slide4x3, A4Landscape, A4Portrait, Custom };

/// What to export: format, size, theme and language. The figure's own options (years, bars, log
/// scale…) come with the renderer.
struct ExportSettings
{
    ExportFormat format = ExportFormat::Png;
    ExportPreset preset = ExportPreset::Slide16x9;
    QSize customSize = {1920, 1080}; ///< pixels, used when preset is Custom
    /// PNG: the density recorded in the file; PDF: the page is pixels / dpi inches (A4 is A4);
    /// A4 as PNG or SVG: the pixels of A4 at this density. SVG pixels are CSS pixels (1/96 in).
    int dpi = 96;
    Theme theme = Theme::Light;
    QString language; ///< "en" or "ko"; empty: the UI's

    static constexpr int MinSide = 320;
    static constexpr int MaxSide = 10000;
    static constexpr qint64 MaxPixels = 40'000'000;
    static constexpr int MinDpi = 36;
    static constexpr int MaxDpi = 1200;
    static constexpr int ScreenDpi = 96; ///< slides, and A4 as PDF or SVG
    static constexpr int PrintDpi = 300; ///< an A4 page as PNG, unless a density is asked for

    /// Pixel size of the image (PNG, clipboard, SVG canvas); A4 presets at dpi.
    QSize pixelSize() const;
    /// Why these settings cannot be exported (an image with a side under MinSide or over
    /// MaxSide pixels, more than MaxPixels in all, a DPI outside MinDpi–MaxDpi), translated; empty
    /// when they can. A PDF page is vector: its DPI does not make it larger. The one rule the
    /// export dialog, `crossings export` and FigureRenderer::write() apply.
    QString validate() const;
    bool isPage() const
    {
        return preset == ExportPreset::A4Landscape || preset == ExportPreset::A4Portrait;
    }

    static QString suffix(ExportFormat format); ///< "png", "pdf", "svg"
    /// The format a file name asks for by its extension (case-insensitive).
    static std::optional<ExportFormat> formatOf(const QString& fileName);
    static QString themeName(Theme theme); ///< "light", "dark", "contrast", "print"
    static std::optional<Theme> themeFromName(const QString& name);
    /// "1920x1080" → size (also "1920X1080", "1920×1080"); invalid size when malformed.
    static QSize parseSize(const QString& text);
};

/// Where a figure comes from, written into every exported file so that it can be traced and
/// regenerated years later.
struct Provenance
{
    QString figure;       ///< "arrivals", "trade", "destinations"
    QString language;     ///< "en", "ko"
    QString dataDate;     ///< newest publication date among the plotted figures' sources
    QString dataChecksum; ///< Catalog::checksum of the plotted observations
    QStringList sourceIds;
    QString version; ///< of Crossings
    FigureOptions options;
    Theme theme = Theme::Light;
    /// How the file was made: format, preset, size, DPI (ExportRecipe::settingsJson).
    QJsonObject exportSettings;
    /// The figures drawn, with their values (ExportCheck::encode), so that `verify` can name
    /// what changed.
    QJsonArray plotted;

    QJsonObject toJson() const;
    /// Compact JSON on one line.
    QString toJsonText() const;
    /// The years drawn, "1998-2022"; empty for a figure without a year range.
    QString yearsCode() const;
};

/// The texts of one drawn figure: what it shows, what it cites and where it comes from.
struct FigureTexts
{
    QString title;
    QString subtitle;
    QString caveat;
    QStringList citations; ///< most-used source first
    QString version;       ///< "Crossings 0.1.0 · data as of … · checksum"
    Provenance provenance;

    /// Every citation, for metadata (never shortened).
    QString allSources() const { return citations.join(QStringLiteral("; ")); }
};

/// Draws one figure so that it stands alone: title, subtitle (unit, period), the chart with its
/// legend and annotations, a caveat when there is one, and a footer citing the sources actually
/// plotted and "Crossings <version>", all in the chosen language. One renderer serves the export
/// dialog and its preview, the clipboard, printing and the command line.
///
/// Each call that draws builds one fresh chart with FigureChart::create() (the window's chart is
/// never touched), inside a LanguageScope for the chosen language; the texts and the provenance
/// are the Figure's, and provenance() alone builds no chart. Text sizes follow the output size
/// (a slide gets slide-sized text). PDF and SVG are vector: the chart is painted through
/// QGraphicsScene into QPdfWriter or QSvgGenerator, never as an image. Errors are returned as
/// text in the UI language.
class FigureRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FigureRenderer)

public:
    using Factory = std::function<FigureChart*(FigureKind, Catalog*, QObject*)>;

    FigureRenderer(FigureKind kind, Catalog* catalog,
                   const FigureOptions& options = FigureOptions());

    /// Replaces FigureChart::create (tests).
    void setFactory(Factory factory) { m_factory = std::move(factory); }
    FigureKind kind() const { return m_kind; }
    FigureOptions options() const { return m_options; }
    void setOptions(const FigureOptions& options) { m_options = options; }

    /// The file's contents (PNG, PDF or SVG bytes); empty and *error set on failure.
    QByteArray encode(const ExportSettings& settings, QString* error = nullptr) const;
    /// Renders and writes atomically (QSaveFile): on failure no file is left and *error says why
    /// in the UI language.
    bool write(const QString& path, const ExportSettings& settings, QString* error = nullptr) const;
    /// The figure as an image of settings.pixelSize(), with its text chunks set.
    QImage image(const ExportSettings& settings) const;
    /// The figure scaled to fit maxSize, laid out as at full size (dialog preview).
    QImage preview(const ExportSettings& settings, const QSize& maxSize) const;
    /// Clipboard contents: the image, and the title with its sources as text.
    QMimeData* mimeData(const ExportSettings& settings) const;
    /// A PDF with its fonts' text mapping repaired: the en dash extracts as U+2013, not as the
    /// U+2012 Qt writes for Noto Sans CJK's shared dash glyph (see the definition).
    static QByteArray repairToUnicode(const QByteArray& pdf);
    /// Prints one page on the printer's page (vector for PDF printers).
    void print(QPrinter* printer, const ExportSettings& settings) const;
    /// Draws the figure on any painter: canvas is the area in units of 1/96 inch.
    void paint(QPainter* painter, const QSizeF& canvas, const ExportSettings& settings) const;

    /// What the file written with these settings records of its origin.
    Provenance provenance(const ExportSettings& settings) const;
    /// Suggested file name: "arrivals-ko.png".
    QString fileName(const ExportSettings& settings) const;

private:
    using Texts = FigureTexts;
    std::unique_ptr<FigureChart> build(const ExportSettings& settings) const;
    Texts texts(const Figure& figure, const ExportSettings& settings) const;
    void draw(QPainter* painter, const QSizeF& canvas, FigureChart* figure,
              const Texts& texts) const;
    /// The file in the settings' format (one writer each: FigureWriters).
    QByteArray encodeAs(const ExportSettings& settings) const;
    QString language(const ExportSettings& settings) const;

    FigureKind m_kind;
    Catalog* m_catalog;
    FigureOptions m_options;
    Factory m_factory;
};
