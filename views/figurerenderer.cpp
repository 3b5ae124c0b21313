// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurerenderer.h"

#include "chartpalette.h"
#include "core/catalog.h"
#include "core/exportcheck.h"
#include "core/figuresources.h"
#include "core/figureyears.h"
#include "core/formatter.h"
#include "exportrecipe.h"
#include "figurewriters.h"
#include "languagescope.h"
#include "storage/savetarget.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLegend>
#include <QLogValueAxis>
#include <QMimeData>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

/// Painting units: every device is drawn in units of 1/96 inch (PNG and SVG: pixels).
constexpr qreal UnitsPerInch = FigureWriters::UnitsPerInch;
/// The layout is designed for a 1280×720 canvas and scaled to the output.
constexpr qreal DesignWidth = 1280.0;
constexpr qreal DesignHeight = 720.0;

/// Design sizes in units at scale 1.
struct Design
{
    static constexpr qreal margin = 28;
    static constexpr qreal title = 28;
    static constexpr qreal subtitle = 18;
    static constexpr qreal axis = 15;
    static constexpr qreal legend = 15;
    static constexpr qreal note = 13;
    static constexpr qreal footer = 13;
    static constexpr qreal version = 11;
};

/// Text size for the output: proportional to the canvas area, but never so large that a narrow or
/// flat canvas overflows.
qreal scaleFor(const QSizeF& canvas)
{
    const qreal byArea = std::sqrt(canvas.width() * canvas.height() / (DesignWidth * DesignHeight));
    return std::min({byArea, canvas.width() / 960.0, canvas.height() / 540.0});
}

/// Fonts of an export. The layout is measured once and drawn on PNG, PDF and SVG alike: no
/// per-device hinting. No shaping: Qt 6.4's PDF writer gives substituted glyphs no text, so
/// ligatures ("fi") and the digits Noto Sans CJK substitutes when shaping would vanish from the
/// PDF's text (search, copy, pdftotext); Hangul syllables need no shaping.
QFont exportFont(QFont f)
{
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(f.styleStrategy() | QFont::PreferNoShaping));
    return f;
}

QFont pixelFont(const QFont& base, qreal size, bool bold = false, bool italic = false)
{
    QFont f = base;
    f.setPixelSize(std::max(1, qRound(size)));
    f.setBold(bold);
    f.setItalic(italic);
    return exportFont(f);
}

/// A paragraph wrapped to a width; drawn at a position later.
struct Paragraph
{
    std::shared_ptr<QTextLayout> layout;
    qreal height = 0;

    int lineCount() const { return layout ? layout->lineCount() : 0; }
};

Paragraph wrap(const QString& text, const QFont& font, qreal width,
               Qt::Alignment align = Qt::AlignLeft)
{
    Paragraph p;
    if (text.isEmpty())
        return p;
    p.layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.layout->setTextOption(option);
    p.layout->setCacheEnabled(true);
    const QFontMetricsF metrics(font);
    p.layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = p.layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += metrics.lineSpacing();
    }
    p.layout->endLayout();
    p.height = y;
    return p;
}

void drawParagraph(QPainter* painter, const Paragraph& p, const QPointF& at, const QColor& colour)
{
    if (!p.layout)
        return;
    painter->setPen(colour);
    p.layout->draw(painter, at);
}

/// Every text item of the chart gets a pixel size: point sizes would be converted with each
/// device's own DPI (printer, PDF) and no longer match the layout measured on screen.
void usePixelFonts(QGraphicsItem* item)
{
    const auto toPixels = [](QFont f) {
        if (f.pixelSize() <= 0 && f.pointSizeF() > 0)
            f.setPixelSize(std::max(1, qRound(f.pointSizeF() * UnitsPerInch / 72.0)));
        return exportFont(f);
    };
    for (QGraphicsItem* child : item->childItems()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(child))
            text->setFont(toPixels(text->font()));
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(child))
            simple->setFont(toPixels(simple->font()));
        usePixelFonts(child);
    }
}

/// Whether Qt Charts shortened a label or legend entry ("Jan 20...") for lack of room.
bool hasShortenedText(const QGraphicsItem* item)
{
    const auto children = item->childItems();
    for (const QGraphicsItem* child : children) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(child);
            text && text->isVisible() && text->toPlainText().endsWith(QLatin1String("...")))
            return true;
        if (hasShortenedText(child))
            return true;
    }
    return false;
}

/// Half the width of the widest label a horizontal axis may put on its right end.
qreal labelOverhang(QChart* chart, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const QLocale locale;
    qreal widest = 0;
    const auto axes = chart->axes(Qt::Horizontal);
    for (QAbstractAxis* axis : axes) {
        QStringList labels;
        if (auto* c = qobject_cast<QCategoryAxis*>(axis)) {
            if (c->labelsPosition() == QCategoryAxis::AxisLabelsPositionOnValue)
                labels = c->categoriesLabels();
        } else if (auto* v = qobject_cast<QValueAxis*>(axis)) {
            labels << locale.toString(v->max(), 'f', 0);
        } else if (auto* l = qobject_cast<QLogValueAxis*>(axis)) {
            labels << locale.toString(l->max(), 'f', 0);
        } else if (auto* d = qobject_cast<QDateTimeAxis*>(axis)) {
            labels << locale.toString(d->max(), d->format());
        }
        for (const QString& label : std::as_const(labels))
            widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    return widest / 2;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ExportSettings

QString ExportSettings::validate() const
{
    if (dpi < MinDpi || dpi > MaxDpi)
        return QCoreApplication::translate("ExportSettings",
                                           "%1 dpi is out of range: from %2 to %3 dpi")
            .arg(dpi)
            .arg(MinDpi)
            .arg(MaxDpi);
    if (format == ExportFormat::Pdf && isPage())
        return {}; // a page: the DPI does not make it larger
    const QSize px = pixelSize();
    if (std::min(px.width(), px.height()) >= MinSide &&
        std::max(px.width(), px.height()) <= MaxSide &&
        qint64(px.width()) * px.height() <= MaxPixels)
        return {};
    return QCoreApplication::translate("ExportSettings",
                                       "size %1×%2 is out of range: each side must be from %3 to "
                                       "%4 pixels, and at most %5 pixels in all")
        .arg(px.width())
        .arg(px.height())
        .arg(MinSide)
        .arg(MaxSide)
        .arg(Formatter().large(MaxPixels));
}

QSize ExportSettings::pixelSize() const
{
    switch (preset) {
    case ExportPreset::Slide16x9:
        return {1920, 1080};
    case ExportPreset::Slide4x3:
        return {1600, 1200};
    case ExportPreset::A4Landscape:
    case ExportPreset::A4Portrait: {
        const int longSide = qRound(297.0 / 25.4 * dpi);
        const int shortSide = qRound(210.0 / 25.4 * dpi);
        return preset == ExportPreset::A4Landscape ? QSize(longSide, shortSide)
                                                   : QSize(shortSide, longSide);
    }
    case ExportPreset::Custom:
        break;
    }
    return customSize;
}

QString ExportSettings::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

std::optional<ExportFormat> ExportSettings::formatOf(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg}) {
        if (suffix == ExportSettings::suffix(f))
            return f;
    }
    return std::nullopt;
}

QString ExportSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Contrast:
        return QStringLiteral("contrast");
    case Theme::Print:
        return QStringLiteral("print");
    }
    return {};
}

std::optional<Theme> ExportSettings::themeFromName(const QString& name)
{
    for (Theme t : {Theme::Light, Theme::Dark, Theme::Contrast, Theme::Print}) {
        if (name == themeName(t))
            return t;
    }
    return std::nullopt;
}

QSize ExportSettings::parseSize(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,6})\\s*[xX\u00D7]\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

// ---------------------------------------------------------------------------------------------
// Provenance

QJsonObject Provenance::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("figure"), figure);
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("dataDate"), dataDate);
    o.insert(QStringLiteral("dataChecksum"), dataChecksum);
    o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sourceIds));
    o.insert(QStringLiteral("crossingsVersion"), version);
    // The figure's options as its kind has them, and the chart's theme.
    QJsonObject opts =
        Figure::optionsJson(Figure::fromName(figure).value_or(FigureKind::Arrivals), options);
    opts.insert(QStringLiteral("theme"), ExportSettings::themeName(theme));
    o.insert(QStringLiteral("options"), opts);
    if (!exportSettings.isEmpty())
        o.insert(QStringLiteral("export"), exportSettings);
    if (!plotted.isEmpty())
        o.insert(QStringLiteral("plotted"), plotted);
    return o;
}

QString Provenance::yearsCode() const
{
    if (!FigureYears::hasYears(figure) || options.firstYear <= 0)
        return {};
    return YearRange{options.firstYear, options.lastYear}.code();
}

QString Provenance::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

// ---------------------------------------------------------------------------------------------
// FigureRenderer

FigureRenderer::FigureRenderer(FigureKind kind, Catalog* catalog, const FigureOptions& options)
    : m_kind(kind)
    , m_catalog(catalog)
    , m_options(options)
{}

QString FigureRenderer::language(const ExportSettings& settings) const
{
    return settings.language.isEmpty() ? LanguageScope::current() : settings.language;
}

QString FigureRenderer::fileName(const ExportSettings& settings) const
{
    return QStringLiteral("%1-%2.%3")
        .arg(Figure::name(m_kind), language(settings), ExportSettings::suffix(settings.format));
}

std::unique_ptr<FigureChart> FigureRenderer::build(const ExportSettings& settings) const
{
    std::unique_ptr<FigureChart> figure(m_factory
                                            ? m_factory(m_kind, m_catalog, nullptr)
                                            : FigureChart::create(m_kind, m_catalog, nullptr));
    figure->setOptions(m_options);
    figure->setTheme(settings.theme);
    figure->chart()->setAnimationOptions(QChart::NoAnimation);
    return figure;
}

FigureRenderer::Texts FigureRenderer::texts(const Figure& figure,
                                            const ExportSettings& settings) const
{
    Texts t;
    t.title = figure.title();
    t.subtitle = figure.subtitle();
    t.caveat = figure.caveat();
    const QList<Observation> plotted = figure.plottedObservations();

    // The figures' sources, then the event markers' (FigureSources: the order of every list).
    const QStringList ids = FigureSources::ids(plotted, figure.eventSourceIds());
    Provenance& p = t.provenance;
    p.figure = Figure::name(m_kind);
    p.version = QStringLiteral(CROSSINGS_VERSION);
    p.language = language(settings);
    p.dataDate = m_catalog->newestDate(plotted);
    p.dataChecksum = Catalog::checksum(plotted);
    p.sourceIds = ids;
    p.options = m_options;
    p.theme = settings.theme;
    if (const auto years = figure.yearsShown()) // the years drawn, not "the default"
        std::tie(p.options.firstYear, p.options.lastYear) = *years;
    p.exportSettings = ExportRecipe::settingsJson(settings);
    p.plotted = ExportCheck::encode(plotted);

    const Formatter formatter;
    for (const QString& id : std::as_const(ids)) {
        const Source source = m_catalog->source(id);
        t.citations << (source.id.isEmpty() ? id : formatter.citation(source));
    }
    t.version =
        tr("Crossings %1 · data as of %2 · %3")
            .arg(p.version, p.dataDate.isEmpty() ? tr("unknown") : formatter.date(p.dataDate),
                 p.dataChecksum);
    return t;
}

void FigureRenderer::draw(QPainter* painter, const QSizeF& canvas, FigureChart* figure,
                          const Texts& t) const
{
    QChart* chart = figure->chart();
    // The window's colours for the theme: the frame matches the chart.
    const ChartPalette::Style colours = ChartPalette::style(t.provenance.theme);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    painter->fillRect(QRectF(QPointF(0, 0), canvas), colours.background);

    // Everything is laid out on a page of about the design size, then scaled to the output, so
    // that text, lines and markers keep their proportions at every size.
    const qreal s = scaleFor(canvas);
    painter->scale(s, s);
    const QSizeF page = canvas / s;
    const QFont base = QFont(QStringLiteral("Noto Sans CJK KR"));
    const QFont titleFont = pixelFont(base, Design::title, true);
    const QFont subtitleFont = pixelFont(base, Design::subtitle);
    const QFont noteFont = pixelFont(base, Design::note, false, true);
    const QFont footerFont = pixelFont(base, Design::footer);
    const QFont versionFont = pixelFont(base, Design::version);
    const qreal margin = Design::margin;
    const qreal width = page.width() - 2 * margin;

    // Header.
    qreal y = margin * 0.8;
    const Paragraph title = wrap(t.title, titleFont, width);
    drawParagraph(painter, title, QPointF(margin, y), colours.text);
    y += title.height + 2;
    const Paragraph subtitle = wrap(t.subtitle, subtitleFont, width);
    drawParagraph(painter, subtitle, QPointF(margin, y), colours.mutedText);
    y += subtitle.height + 10;

    // Footer, from the bottom up: version line, sources, note.
    const qreal bottom = page.height() - margin * 0.7;
    const Paragraph version = wrap(t.version, versionFont, width, Qt::AlignRight);
    const Paragraph note =
        t.caveat.isEmpty() ? Paragraph() : wrap(tr("Note: %1").arg(t.caveat), noteFont, width);
    // As many sources as fit in a few lines, most-used first; the rest are counted.
    const qreal maxFooter = (page.height() - y) * 0.3 - version.height - note.height;
    Paragraph sources;
    const int total = int(t.citations.size());
    for (int shown = total; shown >= 1; --shown) {
        QString text = (total == 1 ? tr("Source: %1") : tr("Sources: %1"))
                           .arg(t.citations.mid(0, shown).join(QStringLiteral("; ")));
        const int more = total - shown;
        // Reader-facing: the full list travels in the file (PNG text, PDF subject, SVG <desc>).
        if (more == 1)
            text += QStringLiteral("  ") + tr("1 more source, listed in the file's metadata");
        else if (more > 1)
            text += QStringLiteral("  ") +
                    tr("%1 more sources, listed in the file's metadata").arg(more);
        sources = wrap(text, footerFont, width);
        if (sources.height <= maxFooter && sources.lineCount() <= 4)
            break;
    }
    const qreal gap = 6;
    qreal footerTop = bottom - version.height;
    drawParagraph(painter, version, QPointF(margin, footerTop), colours.mutedText);
    footerTop -= sources.height + (sources.height > 0 ? 2 : 0);
    drawParagraph(painter, sources, QPointF(margin, footerTop), colours.text);
    footerTop -= note.height + (note.height > 0 ? 2 : 0);
    drawParagraph(painter, note, QPointF(margin, footerTop), colours.text);
    footerTop -= gap;
    painter->setPen(QPen(colours.axisLine, 0.8));
    painter->drawLine(QPointF(margin, footerTop), QPointF(page.width() - margin, footerTop));
    footerTop -= gap;

    // The chart in between.
    const QRectF chartRect(margin * 0.5, y, page.width() - margin, std::max(1.0, footerTop - y));
    chart->setTitle(QString());
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false);
    QGraphicsScene scene;
    scene.addItem(chart);
    // Axis and legend text at the design size, smaller where Qt Charts would otherwise shorten a
    // label to "..." for lack of room (e.g. monthly ticks on a portrait page).
    for (qreal size = Design::axis; size >= Design::axis * 0.55; size *= 0.9) {
        const QFont axisFont = pixelFont(base, size);
        const QFont axisTitleFont = pixelFont(base, size, true);
        const auto axes = chart->axes();
        for (QAbstractAxis* axis : axes) {
            axis->setLabelsFont(axisFont);
            axis->setTitleFont(axisTitleFont);
        }
        if (QLegend* legend = chart->legend())
            legend->setFont(pixelFont(base, size * Design::legend / Design::axis));
        // Room above the plot for the top tick label and right of it for the last one: both
        // overhang the plot area, and Qt Charts would let the edge cut them.
        chart->setMargins(QMargins(0, qRound(size), qCeil(labelOverhang(chart, axisFont)) + 4, 0));
        usePixelFonts(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), chartRect.size()));
        if (QGraphicsLayout* layout = chart->layout())
            layout->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (!hasShortenedText(chart))
            break;
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    scene.render(painter, chartRect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart); // the figure keeps its chart
    painter->restore();
}

void FigureRenderer::paint(QPainter* painter, const QSizeF& canvas,
                           const ExportSettings& settings) const
{
    const LanguageScope scope(settings.language);
    const std::unique_ptr<FigureChart> figure = build(settings);
    draw(painter, canvas, figure.get(), texts(*figure->figure(), settings));
}

Provenance FigureRenderer::provenance(const ExportSettings& settings) const
{
    const LanguageScope scope(settings.language);
    if (m_factory) { // a test's figure comes with its chart
        const std::unique_ptr<FigureChart> chart = build(settings);
        return texts(*chart->figure(), settings).provenance;
    }
    // The figure alone: no chart is drawn for what a file records.
    const std::unique_ptr<Figure> figure(Figure::create(m_kind, m_catalog));
    figure->setOptions(m_options);
    return texts(*figure, settings).provenance;
}

QImage FigureRenderer::image(const ExportSettings& settings) const
{
    const LanguageScope scope(settings.language);
    const std::unique_ptr<FigureChart> figure = build(settings);
    const Texts t = texts(*figure->figure(), settings);
    const QSize size = settings.pixelSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        draw(&painter, QSizeF(size), figure.get(), t);
    }
    const int dotsPerMeter = qRound(settings.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), t.title);
    image.setText(QStringLiteral("Description"),
                  t.caveat.isEmpty() ? t.subtitle : t.subtitle + QLatin1Char('\n') + t.caveat);
    image.setText(QStringLiteral("Source"), t.allSources());
    image.setText(QStringLiteral("Software"),
                  QStringLiteral("Crossings %1").arg(t.provenance.version));
    image.setText(QStringLiteral("Crossings-Provenance"), t.provenance.toJsonText());
    return image;
}

QImage FigureRenderer::preview(const ExportSettings& settings, const QSize& maxSize) const
{
    const LanguageScope scope(settings.language);
    const std::unique_ptr<FigureChart> figure = build(settings);
    const Texts t = texts(*figure->figure(), settings);
    const QSizeF canvas = settings.format == ExportFormat::Pdf && settings.isPage()
                              ? QSizeF(settings.pixelSize()) * UnitsPerInch / settings.dpi
                              : QSizeF(settings.pixelSize());
    const QSize size = canvas.toSize().scaled(maxSize, Qt::KeepAspectRatio);
    QImage image(size * 2, QImage::Format_RGB32); // drawn at twice the size for crisp text
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(size.width() / canvas.width(), size.height() / canvas.height());
    draw(&painter, canvas, figure.get(), t);
    return image;
}

QByteArray FigureRenderer::repairToUnicode(const QByteArray& pdf)
{
    return FigureWriters::repairToUnicode(pdf);
}

QByteArray FigureRenderer::encodeAs(const ExportSettings& settings) const
{
    if (settings.format == ExportFormat::Png)
        return FigureWriters::png(image(settings));
    const LanguageScope scope(settings.language);
    const std::unique_ptr<FigureChart> figure = build(settings);
    const Texts t = texts(*figure->figure(), settings);
    const FigureWriters::Draw drawFigure = [&](QPainter* painter, const QSizeF& canvas) {
        draw(painter, canvas, figure.get(), t);
    };
    if (settings.format == ExportFormat::Pdf)
        return FigureWriters::pdf(settings, t, drawFigure);
    // The SVG's description: what the figure shows, its sources, version and provenance.
    QString description = t.subtitle;
    if (!t.caveat.isEmpty())
        description += QLatin1Char('\n') + t.caveat;
    description +=
        QLatin1Char('\n') +
        (t.citations.size() == 1 ? tr("Source: %1") : tr("Sources: %1")).arg(t.allSources());
    description += QLatin1Char('\n') + t.version;
    description += QLatin1Char('\n') + t.provenance.toJsonText();
    return FigureWriters::svg(settings, t, description, drawFigure);
}

QByteArray FigureRenderer::encode(const ExportSettings& settings, QString* error) const
{
    const QByteArray bytes = encodeAs(settings);
    if (bytes.isEmpty() && error)
        *error = tr("The figure could not be drawn as %1.")
                     .arg(ExportSettings::suffix(settings.format).toUpper());
    return bytes;
}

bool FigureRenderer::write(const QString& path, const ExportSettings& settings,
                           QString* error) const
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    // The target first (nothing drawn for a file that cannot be written), then draw (in the
    // export's language), then write: messages are in the UI's.
    if (const QString invalid = settings.validate(); !invalid.isEmpty())
        return fail(invalid);
    const QString problem = SaveTarget::check(path);
    if (!problem.isEmpty())
        return fail(problem);
    QString drawError;
    const QByteArray bytes = encode(settings, &drawError);
    if (bytes.isEmpty())
        return fail(drawError);
    return SaveTarget::write(path, bytes, error);
}

QMimeData* FigureRenderer::mimeData(const ExportSettings& settings) const
{
    ExportSettings png = settings;
    png.format = ExportFormat::Png;
    const QImage img = image(png);
    auto* data = new QMimeData;
    data->setImageData(img);
    data->setText(img.text(QStringLiteral("Title")) + QLatin1Char('\n') +
                  img.text(QStringLiteral("Description")) + QLatin1Char('\n') +
                  img.text(QStringLiteral("Source")));
    return data;
}

void FigureRenderer::print(QPrinter* printer, const ExportSettings& settings) const
{
    // 96 dpi like every other device here (the chart's point-size fonts keep their size); the
    // print engine keeps coordinates as real numbers, so nothing is lost.
    printer->setResolution(int(UnitsPerInch));
    QPainter painter;
    if (!painter.begin(printer))
        return;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    paint(&painter, page.size(), settings);
    painter.end();
    // Printed to a PDF file ("Print to File"): the same text mapping repair as the exports.
    const QString file = printer->outputFileName();
    if (printer->outputFormat() == QPrinter::PdfFormat && !file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return;
        const QByteArray pdf = in.readAll();
        in.close();
        const QByteArray repaired = repairToUnicode(pdf);
        if (repaired == pdf)
            return;
        QSaveFile outFile(file);
        if (outFile.open(QIODevice::WriteOnly) && outFile.write(repaired) == repaired.size())
            outFile.commit();
    }
}
