// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingwriter.h"

#include "briefingpages.h"

#include "core/catalog.h"
#include "core/claimchecker.h"
#include "core/exportcheck.h"
#include "core/figuresources.h"
#include "core/formatter.h"
#include "core/xmppacket.h"
#include "figurerenderer.h"
#include "itemmodels/claimreport.h"
#include "languagescope.h"
#include "pdfoutline.h"
#include "storage/savetarget.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <tuple>

using namespace BriefingLayout;

namespace {

/// A figure of the pack: what its page and its table show.
struct BriefFigure
{
    FigureKind kind;
    FigureOptions options;
    QString title;
    QString subtitle;
    QString caveat;
    QList<Observation> plotted;
    QStringList eventSources;
    Provenance provenance;
    int page = 0;      ///< its figure page
    int tablePage = 0; ///< the first page of its table
};

} // namespace

struct BriefingWriter::Private : BriefingLayout::PageFlow
{
    Catalog* catalog;
    BriefingOptions options;
    QList<BriefFigure> figures;
    QList<PdfOutline::Entry> outline;
    QStringList sourceOrder; ///< every source cited, numbered from 1 in this order
    QJsonObject provenance;
    QString title;
    QString subject;
    QString keywords;
    QString footerLeft;
    QString pageOf; ///< "Page %1 of %2"
    int drawn = 0;
    bool started = false;
    bool failed = false;
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;

    void layOut();
    void layOutTitlePage();
    void layOutTable(const BriefFigure& figure, int number);
    void layOutCaveats();
    void layOutAudit();
    void layOutSources();
    void draw(const Page& page, int index);
    QString xmp() const;
};

// ---------------------------------------------------------------------------------------------

std::optional<QPageSize::PageSizeId> BriefingOptions::paperFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("a4"))
        return QPageSize::A4;
    if (n == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

QString BriefingOptions::paperName(QPageSize::PageSizeId paper)
{
    return paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<BriefingOptions> BriefingOptions::fromProvenance(const QJsonObject& provenance)
{
    if (provenance.value(QStringLiteral("figure")).toString() != QLatin1String("briefing"))
        return std::nullopt;
    BriefingOptions o;
    const QString language = provenance.value(QStringLiteral("language")).toString();
    o.language = language == QLatin1String("ko") ? language : QStringLiteral("en");
    o.paper = paperFromName(provenance.value(QStringLiteral("export"))
                                .toObject()
                                .value(QStringLiteral("paper"))
                                .toString())
                  .value_or(QPageSize::A4);
    for (const QJsonValue& v : provenance.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject figure = v.toObject();
        const auto kind = Figure::fromName(figure.value(QStringLiteral("figure")).toString());
        if (!kind)
            continue;
        o.figures.insert(
            *kind, Figure::optionsFromJson(figure.value(QStringLiteral("options")).toObject()));
    }
    return o;
}

BriefingWriter::BriefingWriter(Catalog* catalog, const BriefingOptions& options)
    : d(std::make_unique<Private>())
{
    d->catalog = catalog;
    d->options = options;
    if (d->options.language != QLatin1String("ko"))
        d->options.language = QStringLiteral("en");
    if (d->options.paper != QPageSize::Letter)
        d->options.paper = QPageSize::A4;
    d->paper = d->options.paper;
}

BriefingWriter::~BriefingWriter()
{
    if (d->painter && d->painter->isActive())
        d->painter->end();
}

QString BriefingWriter::fileName(const QString& language)
{
    return QStringLiteral("briefing-%1.pdf").arg(language);
}

int BriefingWriter::pageCount() const
{
    return int(d->pages.size());
}

int BriefingWriter::pagesDrawn() const
{
    return d->drawn;
}

QList<std::pair<QString, int>> BriefingWriter::outline() const
{
    QList<std::pair<QString, int>> out;
    for (const PdfOutline::Entry& e : d->outline)
        out.append({e.title, e.page});
    return out;
}

QJsonObject BriefingWriter::provenance() const
{
    return d->provenance;
}

// ---------------------------------------------------------------------------------------------
// Layout (inside the pack's LanguageScope)

void BriefingWriter::Private::layOut()
{
    const Formatter formatter;
    title = BriefingWriter::tr("North Korean defectors: the figures and their sources");

    // The figures, as the exports draw them.
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    settings.preset = ExportPreset::A4Landscape;
    settings.language = options.language;
    QList<Observation> everything;
    QJsonArray figureProvenance;
    QString newest;
    for (FigureKind kind : Figure::all()) {
        BriefFigure f{kind, options.figures.value(kind), {}, {}, {}, {}, {}, {}, 0, 0};
        // What the page says of the figure comes from the figure itself: no chart is drawn
        // for it (the page's chart is, by the renderer).
        const std::unique_ptr<Figure> figure(Figure::create(kind, catalog));
        figure->setOptions(f.options);
        f.title = figure->title();
        f.subtitle = figure->subtitle();
        f.caveat = figure->caveat();
        f.plotted = figure->plottedObservations();
        f.eventSources = figure->eventSourceIds();
        f.provenance = FigureRenderer(kind, catalog, f.options).provenance(settings);
        f.provenance.exportSettings.insert(QStringLiteral("paper"),
                                           BriefingOptions::paperName(options.paper));
        // Each figure's sources in the order its export lists them (FigureSources), figure by
        // figure, each source numbered once.
        for (const QString& id : FigureSources::ids(f.plotted, f.eventSources)) {
            if (!sourceOrder.contains(id))
                sourceOrder << id;
        }
        everything += f.plotted;
        newest = std::max(newest, f.provenance.dataDate);
        figureProvenance.append(f.provenance.toJson());
        figures.append(f);
    }

    const QStringList& sourceIds = sourceOrder; // the metadata lists them as the pack does
    const QString checksum = Catalog::checksum(everything);
    provenance = QJsonObject{
        {QStringLiteral("figure"), QStringLiteral("briefing")},
        {QStringLiteral("language"), options.language},
        {QStringLiteral("crossingsVersion"), QStringLiteral(CROSSINGS_VERSION)},
        {QStringLiteral("dataDate"), newest},
        {QStringLiteral("dataChecksum"), checksum},
        {QStringLiteral("sources"), QJsonArray::fromStringList(sourceIds)},
        {QStringLiteral("export"),
         QJsonObject{{QStringLiteral("format"), QStringLiteral("pdf")},
                     {QStringLiteral("paper"), BriefingOptions::paperName(options.paper)}}},
        {QStringLiteral("figures"), figureProvenance},
    };
    QStringList figureNames;
    for (const BriefFigure& f : std::as_const(figures))
        figureNames << Figure::name(f.kind);
    keywords =
        QStringList{QStringLiteral("Crossings"),
                    QStringLiteral("briefing"),
                    QStringLiteral("crossings:figure=briefing"),
                    QStringLiteral("crossings:figures=%1").arg(figureNames.join(QLatin1Char(','))),
                    QStringLiteral("crossings:language=%1").arg(options.language),
                    QStringLiteral("crossings:data-date=%1").arg(newest),
                    QStringLiteral("crossings:data-checksum=%1").arg(checksum),
                    QStringLiteral("crossings:version=%1").arg(QStringLiteral(CROSSINGS_VERSION))}
            .join(QStringLiteral("; "));
    QStringList citations;
    for (const QString& id : std::as_const(sourceOrder)) {
        const Source s = catalog->source(id);
        citations << (s.id.isEmpty() ? id : formatter.citation(s));
    }
    subject = BriefingWriter::tr("Sources: %1").arg(citations.join(QStringLiteral("; ")));
    footerLeft = BriefingWriter::tr("Crossings briefing · %1")
                     .arg(formatter.date(options.date.toString(Qt::ISODate)));
    pageOf = BriefingWriter::tr("Page %1 of %2");

    // Page 1: the title page, laid out last (it lists the pages of the sections).
    pages.append(Page());
    pages.last().numbered = false;
    outline.append({BriefingWriter::tr("Title page"), 0, 0});

    int number = 0;
    for (BriefFigure& f : figures) {
        ++number;
        Page page;
        page.landscape = true;
        page.figure = number - 1;
        pages.append(page);
        f.page = int(pages.size()) - 1;
        outline.append({BriefingWriter::tr("Figure %1: %2").arg(number).arg(f.title), f.page, 0});
        newPage();
        f.tablePage = int(pages.size()) - 1;
        outline.append({BriefingWriter::tr("Values plotted"), f.tablePage, 1});
        layOutTable(f, number);
    }
    layOutCaveats();
    layOutAudit();
    layOutSources();
    layOutTitlePage();
}

void BriefingWriter::Private::layOutTable(const BriefFigure& figure, int number)
{
    const Formatter formatter;
    const QLocale locale;
    addHeading(BriefingWriter::tr("Figure %1: the values plotted").arg(number), 20);
    addParagraph(figure.title + QStringLiteral(" — ") + figure.subtitle, textFont(13), Muted);

    QSet<QString> regions;
    for (const Observation& o : figure.plotted)
        regions.insert(o.region);
    const bool withRegion = regions.size() > 1;
    struct Column
    {
        QString header;
        qreal weight;
        Qt::Alignment align;
    };
    QList<Column> columns{{BriefingWriter::tr("Period"), 1.3, Qt::AlignLeft},
                          {BriefingWriter::tr("Series"), 2.0, Qt::AlignLeft}};
    if (withRegion)
        columns.append({BriefingWriter::tr("Country or region"), 1.7, Qt::AlignLeft});
    columns.append({BriefingWriter::tr("Value"), 1.8, Qt::AlignRight});
    columns.append({BriefingWriter::tr("Status"), 1.1, Qt::AlignLeft});
    columns.append({BriefingWriter::tr("Source"), 0.7, Qt::AlignRight});
    qreal total = 0;
    for (const Column& c : std::as_const(columns))
        total += c.weight;
    const qreal gap = 10;
    const qreal usable = contentWidth() - gap * (columns.size() - 1);
    QList<qreal> widths;
    for (const Column& c : std::as_const(columns))
        widths << usable * c.weight / total;

    const QFont cellFont = textFont(12);
    const QFont headFont = textFont(12, true);
    const auto addRow = [&](const QStringList& cells, const QFont& font, bool stripe, bool header) {
        QList<Text> texts;
        qreal height = 0;
        for (int i = 0; i < cells.size(); ++i) {
            texts << wrap(cells.at(i), font, widths.at(i), columns.at(i).align);
            height = std::max(height, texts.last().height());
        }
        height += 6;
        return std::make_tuple(texts, height, stripe, header);
    };
    QStringList headers;
    for (const Column& c : std::as_const(columns))
        headers << c.header;
    const auto header = addRow(headers, headFont, false, true);
    const auto place = [&](const decltype(header)& row) {
        const auto& [texts, height, stripe, isHeader] = row;
        if (stripe) {
            Item fill;
            fill.kind = Item::Kind::Fill;
            fill.rect = QRectF(Margin - 4, y, contentWidth() + 8, height);
            fill.colour = Stripe;
            pages.last().items.append(fill);
        }
        qreal x = Margin;
        for (int i = 0; i < texts.size(); ++i) {
            Item item;
            item.text = texts.at(i);
            item.count = texts.at(i).lines();
            item.at = QPointF(x, y + 3);
            item.colour = Ink;
            pages.last().items.append(item);
            x += widths.at(i) + gap;
        }
        y += height;
        if (isHeader)
            addRule(Muted);
    };
    need(std::get<1>(header) * 3);
    place(header);
    int row = 0;
    for (const Observation& o : figure.plotted) {
        QStringList cells{o.period.label(locale), catalog->seriesName(o.dataset, o.series)};
        if (withRegion)
            cells << catalog->regionName(o.region);
        cells << formatter.value(o) << formatter.status(o.status)
              << QStringLiteral("[%1]").arg(sourceOrder.indexOf(o.sourceId) + 1);
        const auto r = addRow(cells, cellFont, row % 2 == 1, false);
        if (y + std::get<1>(r) > bottom()) {
            newPage();
            addParagraph(
                BriefingWriter::tr("Figure %1: the values plotted (continued)").arg(number),
                textFont(12, true), Muted, 0, 4);
            place(header);
        }
        place(r);
        ++row;
    }
    y += 10;
    addParagraph(BriefingWriter::tr("The numbers in brackets are the sources listed at the end of "
                                    "this pack, with where in each source the figure stands."),
                 textFont(11, false, true), Muted);
}

void BriefingWriter::Private::layOutCaveats()
{
    newPage();
    outline.append({BriefingWriter::tr("Caveats"), int(pages.size()) - 1, 0});
    addHeading(BriefingWriter::tr("Caveats"), 22);
    addParagraph(BriefingWriter::tr("What each figure counts, and where its sources fall short. "
                                    "The same notes are printed under each figure."),
                 textFont(13), Muted);
    int number = 0;
    for (const BriefFigure& f : std::as_const(figures)) {
        ++number;
        addHeading(BriefingWriter::tr("Figure %1: %2").arg(number).arg(f.title), 15, 40);
        addParagraph(f.caveat.isEmpty() ? BriefingWriter::tr("No caveat beyond the sources.")
                                        : f.caveat,
                     textFont(13), Ink);
    }
    addHeading(BriefingWriter::tr("Revisions"), 15, 40);
    addParagraph(BriefingWriter::tr("Published figures are revised: a provisional figure may "
                                    "change, and earlier figures were corrected years later. "
                                    "This pack records the values it shows; \"crossings verify\" "
                                    "on this file says whether they are still current."),
                 textFont(13), Ink);
}

void BriefingWriter::Private::layOutAudit()
{
    const ClaimChecker checker(*catalog);
    const QList<ClaimResult> results = checker.checkAll();
    const Language language = catalog->language();
    const Formatter formatter;
    need(200);
    outline.append({BriefingWriter::tr("Audit summary"), int(pages.size()) - 1, 0});
    addHeading(BriefingWriter::tr("Audit summary"), 22);
    addParagraph(BriefingWriter::tr("Statements about these figures in the press and in official "
                                    "releases, checked against the data of this pack."),
                 textFont(13), Muted);
    addParagraph(ClaimReport::summary(results), textFont(13, true), Ink);
    QList<ClaimResult> findings;
    for (const ClaimResult& r : results) {
        if (r.verdict == ClaimVerdict::Differs)
            findings << r;
    }
    if (findings.isEmpty()) {
        addParagraph(BriefingWriter::tr("No claim differs from the data."), textFont(13), Ink);
        return;
    }
    addParagraph(BriefingWriter::tr("Claims that differ from the data:"), textFont(13), Ink, 0, 4);
    for (const ClaimResult& r : std::as_const(findings)) {
        const Source s = catalog->source(r.claim.sourceId);
        QString who = s.outletIn(language);
        if (!s.published.isEmpty())
            who += QStringLiteral(", ") + formatter.date(s.published);
        addParagraph(QStringLiteral("\u201C%1\u201D (%2)").arg(r.claim.text(language), who),
                     textFont(13), Ink, 12, 2);
        addParagraph(checker.explain(r), textFont(12), Muted, 24, 8);
    }
    addParagraph(BriefingWriter::tr("Every claim with its reasoning: crossings audit."),
                 textFont(11, false, true), Muted);
}

void BriefingWriter::Private::layOutSources()
{
    const Formatter formatter;
    const QLocale locale;
    const Language language = catalog->language();
    newPage();
    outline.append({BriefingWriter::tr("Sources"), int(pages.size()) - 1, 0});
    addHeading(BriefingWriter::tr("Sources"), 22);
    addParagraph(BriefingWriter::tr("Every source of every figure in this pack, numbered as in "
                                    "the tables, and where in it each figure stands."),
                 textFont(13), Muted);
    for (int n = 0; n < sourceOrder.size(); ++n) {
        const QString& id = sourceOrder.at(n);
        const Source s = catalog->source(id);
        // The locators, each with the figures it gives, in the order they are plotted.
        QStringList locators;
        QHash<QString, QStringList> given;
        for (const BriefFigure& f : std::as_const(figures)) {
            for (const Observation& o : f.plotted) {
                if (o.sourceId != id)
                    continue;
                const QString where = o.locatorIn(language);
                if (!given.contains(where))
                    locators << where;
                given[where] << QStringLiteral("%1 %2").arg(
                    catalog->seriesName(o.dataset, o.series), o.period.label(locale));
            }
            if (f.eventSources.contains(id)) {
                for (const TimelineEvent& e : catalog->snapshot().events) {
                    if (e.sourceId != id)
                        continue;
                    const QString where = e.locatorIn(language);
                    if (!given.contains(where))
                        locators << where;
                    given[where] << BriefingWriter::tr("event: %1 (%2)")
                                        .arg(e.text(language), e.period.label(locale));
                }
            }
        }
        const Text entry = wrap(
            QStringLiteral("[%1]  %2").arg(n + 1).arg(s.id.isEmpty() ? id : formatter.citation(s)),
            textFont(12), contentWidth());
        need(entry.lineHeight * 3);
        addText(entry, Ink);
        y += 2;
        for (const QString& where : std::as_const(locators)) {
            QStringList items = given.value(where);
            items.removeDuplicates();
            const QString place =
                where.isEmpty() ? BriefingWriter::tr("no locator recorded") : where;
            addParagraph(
                QStringLiteral("\u2013 %1: %2").arg(place, items.join(QStringLiteral(", "))),
                textFont(11), Muted, 22, 1);
        }
        y += 8;
    }
}

void BriefingWriter::Private::layOutTitlePage()
{
    const Formatter formatter;
    const int last = int(pages.size());
    // Draw onto page 0: the flow appends, so build the items aside.
    QList<Page> rest = pages;
    pages = {Page()};
    pages.last().numbered = false;
    y = TopMargin + 90;
    Item band;
    band.kind = Item::Kind::Fill;
    band.rect = QRectF(0, 0, portrait().width(), 10);
    band.colour = Accent;
    pages.last().items.append(band);
    addParagraph(BriefingWriter::tr("CROSSINGS · BRIEFING"), textFont(13, true), Accent, 0, 14);
    addParagraph(title, textFont(30, true), Ink, 0, 10);
    addParagraph(BriefingWriter::tr("People arriving in South Korea, China–North Korea trade, and "
                                    "where defectors resettle: each figure with its source"),
                 textFont(16), Muted, 0, 36);
    addRule(Rule);
    y += 14;
    const QString dataDate = provenance.value(QStringLiteral("dataDate")).toString();
    const QStringList facts{
        BriefingWriter::tr("Prepared: %1").arg(formatter.date(options.date.toString(Qt::ISODate))),
        BriefingWriter::tr("Data as of: %1")
            .arg(dataDate.isEmpty() ? BriefingWriter::tr("unknown") : formatter.date(dataDate)),
        BriefingWriter::tr("Data version: %1 (checksum of the figures shown)")
            .arg(provenance.value(QStringLiteral("dataChecksum")).toString()),
        BriefingWriter::tr("Made with Crossings %1").arg(QStringLiteral(CROSSINGS_VERSION)),
    };
    for (const QString& fact : facts)
        addParagraph(fact, textFont(14), Ink, 0, 4);
    y += 30;
    addParagraph(BriefingWriter::tr("Contents"), textFont(16, true), Ink, 0, 8);
    for (const PdfOutline::Entry& e : std::as_const(outline)) {
        if (e.page == 0)
            continue;
        const qreal indent = e.level > 0 ? 22 : 0;
        const Text name =
            wrap(e.title, textFont(e.level > 0 ? 12 : 14), contentWidth() - 60 - indent);
        const Text number =
            wrap(QString::number(e.page + 1), textFont(e.level > 0 ? 12 : 14), 60, Qt::AlignRight);
        const qreal top = y;
        addText(name, e.level > 0 ? Muted : Ink, indent);
        Item item;
        item.text = number;
        item.count = 1;
        item.at = QPointF(Margin + contentWidth() - 60, top);
        item.colour = e.level > 0 ? Muted : Ink;
        pages.last().items.append(item);
        y += 4;
    }
    y = bottom() - 70;
    addRule(Rule);
    y += 10;
    addParagraph(BriefingWriter::tr("Every number in this pack carries its source. Figures get "
                                    "revised: \"crossings verify\" on this file says whether each "
                                    "one is still current, and names any that changed."),
                 textFont(11, false, true), Muted);
    const Page title = pages.first();
    pages = rest;
    pages[0] = title;
    Q_ASSERT(pages.size() == last);
}

// ---------------------------------------------------------------------------------------------
// Drawing

void BriefingWriter::Private::draw(const Page& page, int index)
{
    QPainter* p = painter.get();
    const QSizeF size = page.landscape ? portrait().transposed() : portrait();
    p->save();
    p->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    if (page.figure >= 0) {
        const BriefFigure& f = figures.at(page.figure);
        ExportSettings settings;
        settings.format = ExportFormat::Pdf;
        settings.preset = ExportPreset::A4Landscape;
        settings.language = options.language;
        settings.theme = Theme::Light;
        FigureRenderer(f.kind, catalog, f.options)
            .paint(p, QSizeF(size.width(), size.height() - FooterStrip), settings);
    }
    BriefingLayout::drawItems(p, page.items);
    if (page.numbered) {
        const QFont f = textFont(10);
        p->setFont(f);
        p->setPen(Muted);
        const qreal margin = page.landscape ? 28 : Margin;
        const QRectF strip(margin, size.height() - (page.landscape ? FooterStrip : 48),
                           size.width() - 2 * margin, 20);
        p->drawText(strip, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
        p->drawText(strip, Qt::AlignRight | Qt::AlignVCenter,
                    pageOf.arg(index + 1).arg(pages.size()));
    }
    p->restore();
}

QString BriefingWriter::Private::xmp() const
{
    XmpPacket packet;
    packet.title = title;
    packet.description = subject;
    packet.keywords = keywords;
    packet.language = options.language;
    packet.figure = QStringLiteral("briefing");
    packet.dataDate = provenance.value(QStringLiteral("dataDate")).toString();
    packet.dataChecksum = provenance.value(QStringLiteral("dataChecksum")).toString();
    packet.version = QStringLiteral(CROSSINGS_VERSION);
    packet.provenanceJson =
        QString::fromUtf8(QJsonDocument(provenance).toJson(QJsonDocument::Compact));
    return packet.toString();
}

// ---------------------------------------------------------------------------------------------

bool BriefingWriter::start(QString* error)
{
    if (d->started)
        return !d->failed;
    d->started = true;
    {
        const LanguageScope scope(d->options.language);
        d->layOut();
    }
    d->buffer.open(QIODevice::WriteOnly);
    d->writer = std::make_unique<QPdfWriter>(&d->buffer);
    d->writer->setResolution(int(UnitsPerInch));
    d->writer->setTitle(d->title);
    d->writer->setCreator(QStringLiteral("Crossings " CROSSINGS_VERSION));
    d->writer->setDocumentXmpMetadata(d->xmp().toUtf8());
    Q_UNUSED(error); // layout cannot fail; drawing reports in finish()
    return true;
}

bool BriefingWriter::drawNext()
{
    if (!d->started || d->failed || atEnd())
        return false;
    const Page& page = d->pages.at(d->drawn);
    QPageLayout layout;
    layout.setUnits(QPageLayout::Point);
    layout.setMargins(QMarginsF(0, 0, 0, 0));
    layout.setPageSize(QPageSize(d->options.paper));
    layout.setOrientation(page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    d->writer->setPageLayout(layout);
    if (d->drawn == 0) {
        d->painter = std::make_unique<QPainter>();
        if (!d->painter->begin(d->writer.get())) {
            d->failed = true;
            return false;
        }
    } else if (!d->writer->newPage()) {
        d->failed = true;
        return false;
    }
    d->draw(page, d->drawn);
    ++d->drawn;
    return true;
}

QByteArray BriefingWriter::finish(QString* error)
{
    const auto fail = [&] {
        if (error)
            *error = tr("The briefing could not be drawn as PDF.");
        return QByteArray();
    };
    if (!d->started || d->failed || !atEnd() || !d->painter)
        return fail();
    d->painter->end();
    d->writer.reset();
    const QByteArray pdf = FigureRenderer::repairToUnicode(d->buffer.data());
    const QByteArray out = PdfOutline::add(pdf, d->outline, d->subject, d->keywords);
    if (out.isEmpty())
        return fail();
    return out;
}

QByteArray BriefingWriter::encode(QString* error)
{
    if (!start(error))
        return {};
    while (!atEnd()) {
        if (!drawNext())
            break;
    }
    return finish(error);
}

bool BriefingWriter::write(const QString& path, QString* error)
{
    const QString problem = SaveTarget::check(path);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QByteArray bytes = encode(error);
    if (bytes.isEmpty())
        return false;
    return SaveTarget::write(path, bytes, error);
}
