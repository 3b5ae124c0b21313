// SPDX-License-Identifier: GPL-3.0-or-later
// `crossings export … --years`: the range drawn, its default from the data, and an import of a
// later year reaching the next default export; files read back with real readers.
#include "clirunner.h"
#include "importfixture.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ExportRangeCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badYears_data();
    void badYears();
    void briefSpan_data();
    void briefSpan();
    void importExtendsDefault_data();
    void importExtendsDefault();
    void allFigures();

private:
    using Result = TestSupport::CliResult;
    struct Exported
    {
        QJsonObject provenance;
        QString subtitle; ///< PNG: the Description chunk (subtitle, caveat); PDF, SVG: all text
        QString keywords; ///< PDF: Keywords
    };
    Result run(const QStringList& args);
    Exported read(const QString& file);
    QString path(const QString& name) const { return m_work->filePath(name); }
    QStringList files() const
    {
        return QDir(m_work->path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }
    QString fixtureStore();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_work;
};

void tst_ExportRangeCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_work->isValid());
}

tst_ExportRangeCli::Result tst_ExportRangeCli::run(const QStringList& args)
{
    TestSupport::CliOptions options;
    options.workingDirectory = m_work->path();
    return TestSupport::CliRunner(m_home->path()).run(args, options);
}

QString tst_ExportRangeCli::fixtureStore()
{
    QString file = m_home->filePath("fixture.sqlite");
    QString error;
    if (!ImportFixture::createStore(&file, &error))
        qWarning() << error;
    return file;
}

tst_ExportRangeCli::Exported tst_ExportRangeCli::read(const QString& file)
{
    Exported e;
    QString json;
    if (file.endsWith(".pdf")) {
        QProcess meta;
        meta.start("pdfinfo", {"-meta", path(file)});
        meta.waitForFinished();
        const QString info = QString::fromUtf8(meta.readAllStandardOutput());
        json = QRegularExpression("<crossings:provenance>([^<]*)<")
                   .match(info)
                   .captured(1)
                   .replace("&quot;", "\"");
        QProcess plain;
        plain.start("pdfinfo", {path(file)});
        plain.waitForFinished();
        e.keywords = QRegularExpression("Keywords:\\s*(.*)")
                         .match(QString::fromUtf8(plain.readAllStandardOutput()))
                         .captured(1);
        QProcess text;
        text.start("pdftotext", {path(file), "-"});
        text.waitForFinished();
        // Noto maps the en dash to the figure dash (docs/EXPORT.md).
        e.subtitle =
            QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0x2012), QChar(0x2013));
    } else if (file.endsWith(".svg")) {
        QFile svg(path(file));
        if (svg.open(QIODevice::ReadOnly))
            e.subtitle = QString::fromUtf8(svg.readAll());
        json = QRegularExpression("<crossings:json>([^<]*)<")
                   .match(e.subtitle)
                   .captured(1)
                   .replace("&quot;", "\"");
    } else {
        QImageReader reader(path(file));
        e.subtitle = reader.text("Description");
        json = reader.text("Crossings-Provenance");
    }
    e.provenance = QJsonDocument::fromJson(json.toUtf8()).object();
    return e;
}

void tst_ExportRangeCli::badYears_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("before the data")
        << QStringList{"export", "arrivals", "-o", "a.png", "--years", "1990-2022"}
        << "the years 1990–2022 are outside the arrivals figures, which cover 1998–";
    QTest::newRow("after the data")
        << QStringList{"export", "arrivals", "-o", "a.png", "--years", "2000-2199"}
        << "the years 2000–2199 are outside the arrivals figures";
    QTest::newRow("trade before its data")
        << QStringList{"export", "trade", "-o", "t.pdf", "--years=1990-2000"}
        << "the years 1990–2000 are outside the trade figures";
    QTest::newRow("backwards") << QStringList{"export", "arrivals", "-o",
                                              "a.png",  "--years",  "2022-1998"}
                               << "invalid years \"2022-1998\"";
    QTest::newRow("words") << QStringList{"export", "arrivals", "-o", "a.png", "--years", "recent"}
                           << "invalid years \"recent\"";
    QTest::newRow("missing") << QStringList{"export", "arrivals", "-o", "a.png", "--years"}
                             << "--years needs a range of years";
    QTest::newRow("destinations") << QStringList{"export", "destinations", "-o",
                                                 "d.svg",  "--years",      "2000-2010"}
                                  << "the destinations figure has no range of years";
    QTest::newRow("all, no figure in range")
        << QStringList{"export", "--all", "--output-dir", "out", "--years", "1900-1950"}
        << "the years 1900–1950 are outside the arrivals figures";
    QTest::newRow("Korean") << QStringList{"--lang", "ko",    "export",  "arrivals",
                                           "-o",     "a.png", "--years", "1990-2022"}
                            << "1990–2022";
}

void tst_ExportRangeCli::badYears()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(files(), QStringList());
    QVERIFY(!QDir(path("out")).exists());
}

void tst_ExportRangeCli::briefSpan_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("PNG") << "a.png";
    QTest::newRow("PDF") << "a.pdf";
    QTest::newRow("SVG") << "a.svg";
}

void tst_ExportRangeCli::briefSpan()
{
    // The bundled store: whatever its latest year, 1998-2022 is the original briefs' span.
    QFETCH(QString, file);
    const Result r =
        run({"export", "arrivals", "-o", file, "--years", "1998-2022", "--lang", "en"});
    QCOMPARE(r.code, 0);
    const Exported e = read(file);
    QVERIFY2(e.subtitle.contains("People arriving per year, 1998–2022"), qPrintable(e.subtitle));
    const QJsonObject o = e.provenance.value("options").toObject();
    QCOMPARE(o.value("firstYear").toInt(), 1998);
    QCOMPARE(o.value("lastYear").toInt(), 2022);
    if (file.endsWith(".pdf"))
        QVERIFY2(e.keywords.contains("crossings:years=1998-2022"), qPrintable(e.keywords));
    if (file.endsWith(".svg"))
        QVERIFY(e.subtitle.contains("years=\"1998-2022\""));
}

void tst_ExportRangeCli::importExtendsDefault_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("PNG") << "a.png";
    QTest::newRow("PDF") << "a.pdf";
    QTest::newRow("SVG") << "a.svg";
}

void tst_ExportRangeCli::importExtendsDefault()
{
    // The fixture store's arrivals: 2009, 2023 and 2024, final (tests/importfixture.h).
    QFETCH(QString, file);
    const QString store = fixtureStore();
    Result r = run({"--database", store, "export", "arrivals", "-o", file, "--lang", "en"});
    QCOMPARE(r.code, 0);
    Exported e = read(file);
    QVERIFY2(e.subtitle.contains("People arriving per year, 2009–2024"), qPrintable(e.subtitle));
    QCOMPARE(e.provenance.value("options").toObject().value("lastYear").toInt(), 2024);

    // A later year arrives: 2025, as corrected on 4 February 2026 (223).
    QFile csv(path("later.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
              "source_kind,source_title_en,source_title_ko,source_outlet,source_author,"
              "source_published,source_url,source_language,source_unconfirmed,source_note\n"
              "arrivals,total,2025,KR,223,,persons,final,test-mou-2026-02-04,2025 arrivals "
              "correction,,official,[Ministry of Unification: 2025 arrivals corrected],,Ministry "
              "of Unification,,2026-02-04,,ko,,\n");
    csv.close();
    r = run({"--database", store, "import", "later.csv"});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));

    QFile::remove(path(file));
    r = run({"--database", store, "export", "arrivals", "-o", file, "--lang", "en"});
    QCOMPARE(r.code, 0);
    e = read(file);
    QVERIFY2(e.subtitle.contains("People arriving per year, 2009–2025"), qPrintable(e.subtitle));
    const QJsonObject o = e.provenance.value("options").toObject();
    QCOMPARE(o.value("firstYear").toInt(), 2009);
    QCOMPARE(o.value("lastYear").toInt(), 2025);
    if (file.endsWith(".pdf"))
        QVERIFY2(e.keywords.contains("crossings:years=2009-2025"), qPrintable(e.keywords));

    // A range still gives exactly that range; "all" everything.
    QFile::remove(path(file));
    r = run({"--database", store, "export", "arrivals", "-o", file, "--years", "2023-2024"});
    QCOMPARE(r.code, 0);
    QCOMPARE(read(file).provenance.value("options").toObject().value("lastYear").toInt(), 2024);
    QFile::remove(path(file));
    r = run({"--database", store, "export", "trade", "-o", file, "--years", "all", "--lang", "en"});
    QCOMPARE(r.code, 0);
    e = read(file);
    QCOMPARE(e.provenance.value("options").toObject().value("firstYear").toInt(), 2020);
    QCOMPARE(e.provenance.value("options").toObject().value("lastYear").toInt(), 2020);
}

void tst_ExportRangeCli::allFigures()
{
    const QString store = fixtureStore();
    // The fixture's trade has only March 2020: a range that misses it is refused, nothing written.
    Result r = run(
        {"--database", store, "export", "--all", "--output-dir", "out", "--years", "2023-2024"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("the years 2023–2024 are outside the trade figures, which cover 2020"),
             qPrintable(r.err));
    QVERIFY(!QDir(path("out")).exists());

    // Each figure draws the part of the range its data covers; destinations have no range.
    r = run({"--database", store, "export", "--all", "--output-dir", "out", "--years", "2009-2023",
             "--lang", "en"});
    QCOMPARE(r.code, 0);
    QCOMPARE(QDir(path("out")).entryList(QDir::Files),
             (QStringList{"arrivals-en.png", "destinations-en.png", "trade-en.png"}));
    Exported e = read("out/arrivals-en.png");
    // The subtitle, then the caveat (QImageReader gives the line break as a space).
    QVERIFY2(QRegularExpression("^People arriving per year, 2009–2023(\\s|$)")
                 .match(e.subtitle)
                 .hasMatch(),
             qPrintable(e.subtitle));
    e = read("out/trade-en.png");
    QCOMPARE(e.provenance.value("options").toObject().value("firstYear").toInt(), 2020);
    QCOMPARE(e.provenance.value("options").toObject().value("lastYear").toInt(), 2020);
    e = read("out/destinations-en.png");
    QVERIFY(!e.provenance.value("options").toObject().contains("firstYear"));
}

QTEST_MAIN(tst_ExportRangeCli)
#include "tst_export_range_cli.moc"
