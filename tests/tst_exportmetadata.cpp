// SPDX-License-Identifier: GPL-3.0-or-later
// ExportMetadata reads an export's provenance from its bytes; ExportCheck compares it with the
// store. Files made here by hand (PNG through QImage's writer, SVG and PDF as text).
#include "core/catalog.h"
#include "core/exportcheck.h"
#include "core/exportmetadata.h"
#include "core/xmppacket.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {
QByteArray png(const QMap<QString, QString>& texts)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        image.setText(it.key(), it.value());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        qFatal("cannot write a PNG");
    return buffer.data();
}

const QString Json = QStringLiteral(
    "{\"figure\":\"arrivals\",\"language\":\"ko\",\"dataChecksum\":\"0123456789abcdef\","
    "\"note\":\"탈북민 <&> \\\"q\\\"\",\"options\":{\"firstYear\":2009,\"lastYear\":2025},"
    "\"plotted\":[[\"arrivals|total|2025|KR\",224,\"final\",\"a\"]]}");

Observation observation(const char* series, const char* period, qint64 value, const char* status,
                        const char* source)
{
    Observation o;
    o.dataset = Term::Dataset::Arrivals;
    o.series = QString::fromUtf8(series);
    o.period = Period::parse(QString::fromUtf8(period));
    o.region = QStringLiteral("KR");
    o.value = value;
    o.unit = Term::Unit::Persons;
    o.status = Term::fromCsv<Term::Status>(QString::fromUtf8(status)).value();
    o.sourceId = QString::fromUtf8(source);
    o.plotted = true;
    return o;
}
} // namespace

class tst_ExportMetadata : public QObject
{
    Q_OBJECT

private slots:
    void pngText_data();
    void pngText();
    void read_data();
    void read();
    void stripped();
    void check_data();
    void check();
    void checksumOnly();
    void xmpPacket_data();
    void xmpPacket();
};

void tst_ExportMetadata::pngText_data()
{
    QTest::addColumn<QString>("text");
    // Qt writes short Latin-1 text as tEXt, long as zTXt, other text as iTXt.
    QTest::newRow("short Latin-1") << "Crossings";
    QTest::newRow("long Latin-1, compressed") << QString(300, QLatin1Char('x')) + "end";
    QTest::newRow("Korean") << "탈북민 입국 2,914명";
    QTest::newRow("provenance JSON") << Json;
}

void tst_ExportMetadata::pngText()
{
    QFETCH(QString, text);
    const QByteArray bytes = png({{"Title", "a figure"}, {"Crossings-Provenance", text}});
    QVERIFY(ExportMetadata::isPng(bytes));
    QCOMPARE(ExportMetadata::pngText(bytes, "Crossings-Provenance"), std::optional<QString>(text));
    QCOMPARE(ExportMetadata::pngText(bytes, "Title"), std::optional<QString>("a figure"));
    QVERIFY(!ExportMetadata::pngText(bytes, "Software"));
    // Cut short anywhere: malformed, never read past the end.
    for (qsizetype cut : {bytes.size() - 1, bytes.size() / 2, qsizetype(20)})
        QVERIFY(!ExportMetadata::pngText(bytes.left(cut), "Crossings-Provenance"));
}

void tst_ExportMetadata::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // ExportMetadata::Status
    QTest::addColumn<QString>("format");
    using S = ExportMetadata::Status;
    const QByteArray escaped = Json.toHtmlEscaped().toUtf8();
    QTest::newRow("PNG") << png({{"Crossings-Provenance", Json}}) << int(S::Found) << "png";
    QTest::newRow("PNG without") << png({{"Title", "x"}}) << int(S::Missing) << "png";
    QTest::newRow("PNG, not JSON")
        << png({{"Crossings-Provenance", "{oops"}}) << int(S::Missing) << "png";
    QTest::newRow("PNG, damaged") << png({{"Crossings-Provenance", Json}}).left(60)
                                  << int(S::Unreadable) << "";
    QTest::newRow("SVG")
        << QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>d"
                      "</desc><metadata><crossings:provenance xmlns:crossings=\"https://"
                      "example.invalid/crossings/ns/provenance/1.0/\"><crossings:json>" +
                      escaped + "</crossings:json></crossings:provenance></metadata></svg>")
        << int(S::Found) << "svg";
    QTest::newRow("SVG, another namespace")
        << QByteArray(
               "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata><c:json xmlns:c=\"urn:x\">" +
               escaped + "</c:json></metadata></svg>")
        << int(S::Missing) << "svg";
    QTest::newRow("SVG without") << QByteArray(
                                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")
                                 << int(S::Missing) << "svg";
    QTest::newRow("PDF")
        << QByteArray("%PDF-1.4\n1 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n<x:xmpmeta>"
                      "<crossings:provenance>" +
                      escaped + "</crossings:provenance></x:xmpmeta>\nendstream\nendobj\n%%EOF\n")
        << int(S::Found) << "pdf";
    QTest::newRow("PDF without") << QByteArray("%PDF-1.4\n%%EOF\n") << int(S::Missing) << "pdf";
    QTest::newRow("PDF, unclosed")
        << QByteArray("%PDF-1.4\n<crossings:provenance>" + escaped) << int(S::Missing) << "pdf";
    QTest::newRow("text") << QByteArray("figure,value\n") << int(S::Unreadable) << "";
    QTest::newRow("empty") << QByteArray() << int(S::Unreadable) << "";
    QTest::newRow("HTML") << QByteArray("<html><body>x</body></html>") << int(S::Unreadable) << "";
}

void tst_ExportMetadata::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, format);
    const ExportMetadata::Result r = ExportMetadata::fromBytes(bytes);
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.format, format);
    if (r.status == ExportMetadata::Status::Found) {
        QCOMPARE(r.provenance.value("figure").toString(), QStringLiteral("arrivals"));
        QCOMPARE(r.provenance.value("note").toString(), QStringLiteral("탈북민 <&> \"q\""));
    } else {
        QVERIFY(!r.error.isEmpty());
    }
}

void tst_ExportMetadata::stripped()
{
    const QByteArray bytes = png({{"Title", "x"}, {"Crossings-Provenance", Json}});
    const QByteArray bare = ExportMetadata::withoutPngText(bytes);
    QVERIFY(bare.size() < bytes.size());
    QVERIFY(ExportMetadata::isPng(bare));
    QImage image;
    QVERIFY(image.loadFromData(bare, "png"));
    QCOMPARE(image.size(), QSize(40, 30));
    QVERIFY(image.text().isEmpty());
    QCOMPARE(int(ExportMetadata::fromBytes(bare).status), int(ExportMetadata::Status::Missing));
}

void tst_ExportMetadata::check_data()
{
    QTest::addColumn<QList<Observation>>("today");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("changes"); // key: before → after
    const Observation first = observation("total", "2025", 224, "final", "mou-2026-01-20");
    const Observation y2024 = observation("total", "2024", 236, "final", "news1");
    QTest::newRow("unchanged") << QList<Observation>{first, y2024} << "current" << QStringList();
    QTest::newRow("corrected") << QList<Observation>{observation("total", "2025", 223, "final",
                                                                 "newsis-2026-02-04"),
                                                     y2024}
                               << "outdated" << QStringList{"arrivals|total|2025|KR: 224 → 223"};
    QTest::newRow("same value, new source")
        << QList<Observation>{observation("total", "2025", 224, "final", "mou-table-2026"), y2024}
        << "outdated" << QStringList{"arrivals|total|2025|KR: 224 → 224"};
    QTest::newRow("provisional made final")
        << QList<Observation>{observation("total", "2025", 224, "provisional", "mou-2026-01-20"),
                              y2024}
        << "outdated" << QStringList{"arrivals|total|2025|KR: 224 → 224"};
    QTest::newRow("withdrawn") << QList<Observation>{y2024} << "outdated"
                               << QStringList{"arrivals|total|2025|KR: 224 → none"};
}

void tst_ExportMetadata::check()
{
    QFETCH(QList<Observation>, today);
    QFETCH(QString, verdict);
    QFETCH(QStringList, changes);
    // The export plotted 2024 and 2025 (as first announced).
    QJsonObject provenance{{"figure", "arrivals"}};
    provenance.insert("plotted", ExportCheck::encode(
                                     {observation("total", "2025", 224, "final", "mou-2026-01-20"),
                                      observation("total", "2024", 236, "final", "news1")}));
    Catalog catalog;
    Snapshot s;
    s.observations = today;
    catalog.setSnapshot(s);
    // Without a way to draw the figure: the recorded quantities looked up in the store; with one:
    // the figure as drawn today (here the same figures).
    for (bool drawn : {false, true}) {
        const ExportCheck::Replot replot = drawn ? ExportCheck::Replot([&](const QJsonObject&) {
            return std::optional<QList<Observation>>(today);
        })
                                                 : ExportCheck::Replot();
        const ExportCheck::Result r = ExportCheck::check(provenance, catalog, replot);
        QCOMPARE(ExportCheck::verdictCode(r.verdict), verdict);
        QStringList got;
        for (const ExportCheck::Change& c : r.changes)
            got << QStringLiteral("%1: %2 → %3")
                       .arg(c.key, c.before ? QString::number(c.before->value) : "none",
                            c.now ? QString::number(c.now->value) : "none");
        QCOMPARE(got, changes);
        QVERIFY(!r.byChecksum);
    }
    // A figure the export did not draw (a month filled since): only drawing it again finds it.
    const ExportCheck::Result r = ExportCheck::check(provenance, catalog, [&](const QJsonObject&) {
        return std::optional<QList<Observation>>(
            today + QList<Observation>{observation("total", "2023", 196, "final", "s")});
    });
    QCOMPARE(r.verdict, ExportCheck::Verdict::Outdated);
    QCOMPARE(r.changes.last().key, QStringLiteral("arrivals|total|2023|KR"));
    QVERIFY(!r.changes.last().before);
}

void tst_ExportMetadata::checksumOnly()
{
    // Crossings 0.1 recorded a checksum, not the figures.
    const QList<Observation> then{observation("total", "2025", 224, "final", "a")};
    const QJsonObject provenance{{"figure", "arrivals"},
                                 {"crossingsVersion", "0.1.0"},
                                 {"dataChecksum", Catalog::checksum(then)}};
    Catalog catalog;
    const auto replotting = [](const QList<Observation>& today) {
        return ExportCheck::Replot(
            [today](const QJsonObject&) { return std::optional<QList<Observation>>(today); });
    };
    ExportCheck::Result r = ExportCheck::check(provenance, catalog, replotting(then));
    QCOMPARE(r.verdict, ExportCheck::Verdict::Current);
    QVERIFY(r.byChecksum);
    r = ExportCheck::check(provenance, catalog,
                           replotting({observation("total", "2025", 223, "final", "b")}));
    QCOMPARE(r.verdict, ExportCheck::Verdict::Outdated);
    QVERIFY(r.byChecksum);
    QVERIFY(r.changes.isEmpty());
    // Nothing to draw it with: cannot tell.
    r = ExportCheck::check(provenance, catalog, ExportCheck::Replot());
    QCOMPARE(r.verdict, ExportCheck::Verdict::CannotTell);
    // A damaged record of the figures.
    QJsonObject damaged = provenance;
    damaged.insert("plotted", QJsonArray{QJsonArray{"arrivals|total|2025|KR", "many"}});
    QCOMPARE(ExportCheck::check(damaged, catalog, ExportCheck::Replot()).verdict,
             ExportCheck::Verdict::CannotTell);
}

QTEST_GUILESS_MAIN(tst_ExportMetadata)
void tst_ExportMetadata::xmpPacket_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("years");
    QTest::addColumn<QStringList>("sources");
    // Issue 20: the figure's and the briefing pack's packets were written by two copies.
    QTest::newRow("figure") << "arrivals"
                            << "1998-2024" << QStringList{"mou-2025", "yonhap-1"};
    QTest::newRow("briefing") << "briefing"
                              << "" << QStringList();
}

void tst_ExportMetadata::xmpPacket()
{
    QFETCH(QString, figure);
    QFETCH(QString, years);
    QFETCH(QStringList, sources);
    XmpPacket packet;
    packet.title = QStringLiteral("탈북민 입국 <1998–2024> & more");
    packet.description = QStringLiteral("Sources: MOU & Yonhap");
    packet.keywords = QStringLiteral("crossings:figure=%1").arg(figure);
    packet.language = QStringLiteral("ko");
    packet.figure = figure;
    packet.years = years;
    packet.dataDate = QStringLiteral("2025-01-20");
    packet.dataChecksum = QStringLiteral("abc123");
    packet.sourceIds = sources;
    packet.version = QStringLiteral("9.8.7");
    packet.provenanceJson = QStringLiteral(R"({"figure":"%1","note":"a < b & \"c\""})").arg(figure);
    const QString xmp = packet.toString();
    QVERIFY2(xmp.contains(QStringLiteral("<?xpacket begin=\"\uFEFF\"")), qPrintable(xmp.left(80)));
    QVERIFY(xmp.trimmed().endsWith(QStringLiteral("<?xpacket end=\"w\"?>")));

    // Well-formed, and every field where an XMP reader looks for it.
    QXmlStreamReader xml(xmp);
    QMap<QString, QStringList> text; // crossings: and dc:/pdf:/xmp: elements' text, in order
    QStringList stack;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            stack << xml.prefix().toString() + QLatin1Char(':') + xml.name().toString();
        else if (token == QXmlStreamReader::EndElement)
            stack.removeLast();
        else if (token == QXmlStreamReader::Characters && !xml.isWhitespace())
            text[stack.filter(QRegularExpression("^(crossings|pdf|xmp|dc):")).value(0)]
                << xml.text().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(text.value("dc:title"), QStringList{packet.title});
    QCOMPARE(text.value("dc:description"), QStringList{packet.description});
    QCOMPARE(text.value("dc:language"), QStringList{"ko"});
    QCOMPARE(text.value("pdf:Keywords"), QStringList{packet.keywords});
    QCOMPARE(text.value("xmp:CreatorTool"), QStringList{"Crossings 9.8.7"});
    QCOMPARE(text.value("crossings:figure"), QStringList{figure});
    QCOMPARE(text.value("crossings:years"), years.isEmpty() ? QStringList() : QStringList{years});
    QCOMPARE(text.value("crossings:dataDate"), QStringList{"2025-01-20"});
    QCOMPARE(text.value("crossings:sources"), sources);
    QCOMPARE(text.value("crossings:version"), QStringList{"9.8.7"});

    // What `verify` and `export --like` read back from a PDF carrying the packet.
    const ExportMetadata::Result r =
        ExportMetadata::fromBytes("%PDF-1.7\n" + xmp.toUtf8() + "\n%%EOF\n");
    QVERIFY2(r.status == ExportMetadata::Status::Found,
             qPrintable(r.error + QLatin1Char('\n') + xmp));
    QCOMPARE(r.provenance.value("figure").toString(), figure);
    QCOMPARE(r.provenance.value("note").toString(), QStringLiteral("a < b & \"c\""));
}

#include "tst_exportmetadata.moc"
