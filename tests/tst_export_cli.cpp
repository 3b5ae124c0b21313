// SPDX-License-Identifier: GPL-3.0-or-later
// `crossings export` run as a user would: no display, files checked with real readers.
#include "clirunner.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ExportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badArguments_data();
    void badArguments();
    void writesEachFormat_data();
    void writesEachFormat();
    void sizeAndDpi_data();
    void sizeAndDpi();
    void allFigures_data();
    void allFigures();
    void unwritableTarget_data();
    void unwritableTarget();
    void fullDisk();
    void noDisplayNeeded();
    void staleDisplay_data();
    void staleDisplay();

private:
    using Result = TestSupport::CliResult;
    Result run(const QStringList& args, const QString& shellPrefix = QString());
    QString path(const QString& name) const { return m_work->filePath(name); }
    QStringList files() const
    {
        return QDir(m_work->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    static QString stripped(QString s)
    {
        s.remove(QRegularExpression("\\s"));
        return s;
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_work;
};

void tst_ExportCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_work->isValid());
}

tst_ExportCli::Result tst_ExportCli::run(const QStringList& args, const QString& shellPrefix)
{
    TestSupport::CliOptions options;
    options.workingDirectory = m_work->path();
    options.shellPrefix = shellPrefix;
    return TestSupport::CliRunner(m_home->path()).run(args, options);
}

void tst_ExportCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no figure") << QStringList{"export", "-o", "x.png"} << "export needs a figure";
    QTest::newRow("bad figure")
        << QStringList{"export", "refugees", "-o", "x.png"}
        << "unknown figure \"refugees\" (expected arrivals, trade or destinations)";
    QTest::newRow("no output") << QStringList{"export", "trade"} << "export needs an output file";
    QTest::newRow("bad extension")
        << QStringList{"export", "trade", "-o", "x.gif"} << "cannot tell the format of \"x.gif\"";
    QTest::newRow("no extension") << QStringList{"export", "trade", "-o", "figure"}
                                  << "cannot tell the format of \"figure\"";
    QTest::newRow("bad size") << QStringList{"export", "trade", "-o", "x.png", "--size", "big"}
                              << "invalid size \"big\"";
    QTest::newRow("size without height")
        << QStringList{"export", "trade", "-o", "x.png", "--size", "1920"}
        << "invalid size \"1920\"";
    QTest::newRow("size too small")
        << QStringList{"export", "trade", "-o", "x.png", "--size", "100x100"}
        << "size 100×100 is out of range";
    QTest::newRow("size too large")
        << QStringList{"export", "trade", "-o", "x.png", "--size", "20000x1000"}
        << "size 20000×1000 is out of range";
    QTest::newRow("too many pixels")
        << QStringList{"export", "trade", "-o", "x.png", "--size", "9000x9000"}
        << "size 9000×9000 is out of range";
    // Issue 20: the dialog and the command line share ExportSettings::validate(); an A4 PNG at
    // 1200 dpi is 14031×9921 pixels (297 mm and 210 mm at 1200/25.4 dots per mm).
    QTest::newRow("A4 PNG at 1200 dpi")
        << QStringList{"export", "trade", "-o", "x.png", "--size", "a4-landscape", "--dpi", "1200"}
        << "size 14031×9921 is out of range";
    QTest::newRow("bad dpi") << QStringList{"export", "trade", "-o", "x.png", "--dpi", "lots"}
                             << "invalid DPI \"lots\"";
    QTest::newRow("dpi too high") << QStringList{"export", "trade", "-o", "x.pdf", "--dpi", "5000"}
                                  << "invalid DPI \"5000\"";
    QTest::newRow("bad theme")
        << QStringList{"export", "trade", "-o", "x.png", "--theme", "neon"}
        << "unknown theme \"neon\" (expected light, dark, contrast or print)";
    QTest::newRow("both without all")
        << QStringList{"export", "trade", "-o", "x.png", "--lang", "both"}
        << "--lang both is only for \"export --all\"";
    QTest::newRow("bad language") << QStringList{"export", "trade", "-o", "x.png", "--lang", "fr"}
                                  << "unknown language \"fr\"";
    QTest::newRow("unknown option") << QStringList{"export", "trade", "-o", "x.png", "--colour"}
                                    << "unknown option \"--colour\" for export";
    QTest::newRow("-o without file")
        << QStringList{"export", "trade", "-o"} << "-o needs a file name";
    QTest::newRow("two figures") << QStringList{"export", "trade", "arrivals", "-o", "x.png"}
                                 << "unexpected argument \"arrivals\"";
    QTest::newRow("all without folder")
        << QStringList{"export", "--all"} << "export --all needs --output-dir DIR";
    QTest::newRow("all with figure") << QStringList{"export", "--all", "trade", "--output-dir", "d"}
                                     << "export --all writes every figure";
    QTest::newRow("all with -o") << QStringList{"export", "--all",        "-o",
                                                "x.png",  "--output-dir", "d"}
                                 << "use --output-dir DIR, not -o";
    QTest::newRow("all with bad format")
        << QStringList{"export", "--all", "--output-dir", "d", "--format", "png,gif"}
        << "unknown format \"gif\"";
    QTest::newRow("format with -o")
        << QStringList{"export", "trade", "-o", "x.png", "--format", "pdf"}
        << "--format is only for \"export --all\"";
}

void tst_ExportCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(files(), QStringList()); // nothing written
}

void tst_ExportCli::writesEachFormat_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // in the PDF's text, or the SVG's
    // Typed from the curated sources: 2,914 arrivals in 2009 (the peak), 63 in 2021 (the lowest),
    // MOU's statistics table; China's customs figures reported by Yonhap and Asia Economy.
    QTest::newRow("arrivals pdf en") << "arrivals"
                                     << "a.pdf"
                                     << "en"
                                     << QStringList{"2,914",
                                                    "2009",
                                                    "63",
                                                    "2021",
                                                    "Ministry of Unification",
                                                    "Sources:",
                                                    "Crossings " CROSSINGS_VERSION};
    QTest::newRow("arrivals pdf ko")
        << "arrivals"
        << "a.pdf"
        << "ko" << QStringList{"2,914", "2009", "출처:", "Crossings " CROSSINGS_VERSION};
    QTest::newRow("trade pdf en") << "trade"
                                  << "t.pdf"
                                  << "en"
                                  << QStringList{"2019", "2020", "2021", "Yonhap", "Sources:"};
    QTest::newRow("trade svg ko") << "trade"
                                  << "t.svg"
                                  << "ko"
                                  << QStringList{"2020년", "출처:", "Crossings " CROSSINGS_VERSION};
    QTest::newRow("destinations pdf ko")
        << "destinations"
        << "d.pdf"
        << "ko" << QStringList{"대한민국", "중국", "미국", "영국", "캐나다", "출처:"};
    QTest::newRow("destinations png en") << "destinations"
                                         << "d.png"
                                         << "en" << QStringList{};
}

void tst_ExportCli::writesEachFormat()
{
    QFETCH(QString, figure);
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const Result r = run({"export", figure, "-o", file, "--lang", language});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty() || !r.err.contains("crossings:"), qPrintable(r.err));
    QCOMPARE(files(), QStringList{file}); // and no temporary file left beside it

    QString text;
    QString provenance;
    if (file.endsWith(".pdf")) {
        QProcess p;
        p.start("pdftotext", {path(file), "-"});
        QVERIFY(p.waitForFinished());
        text = QString::fromUtf8(p.readAllStandardOutput());
        QProcess meta;
        meta.start("pdfinfo", {"-meta", path(file)});
        QVERIFY(meta.waitForFinished());
        provenance = QRegularExpression("<crossings:provenance>([^<]*)<")
                         .match(QString::fromUtf8(meta.readAllStandardOutput()))
                         .captured(1)
                         .replace("&quot;", "\"");
        QProcess images;
        images.start("pdfimages", {"-list", path(file)});
        QVERIFY(images.waitForFinished());
        QCOMPARE(QString::fromUtf8(images.readAllStandardOutput())
                     .split('\n', Qt::SkipEmptyParts)
                     .size(),
                 2);
    } else if (file.endsWith(".svg")) {
        QFile svg(path(file));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(svg.readAll());
        QVERIFY(text.contains("<text"));
        provenance = QRegularExpression("<crossings:json>([^<]*)<")
                         .match(text)
                         .captured(1)
                         .replace("&quot;", "\"");
    } else {
        QImageReader reader(path(file));
        QCOMPARE(reader.size(), QSize(1920, 1080));
        QVERIFY(!reader.text("Title").isEmpty());
        QVERIFY(!reader.text("Source").isEmpty());
        provenance = reader.text("Crossings-Provenance");
    }
    for (const QString& e : std::as_const(expected))
        QVERIFY2(stripped(text).contains(stripped(e)), qPrintable(e + " not in " + text));
    const QJsonObject p = QJsonDocument::fromJson(provenance.toUtf8()).object();
    QCOMPARE(p.value("figure").toString(), figure);
    QCOMPARE(p.value("language").toString(), language);
    QVERIFY(!p.value("sources").toArray().isEmpty());
    QCOMPARE(p.value("dataChecksum").toString().size(), 16);
    QCOMPARE(p.value("crossingsVersion").toString(), QStringLiteral(CROSSINGS_VERSION));
}

void tst_ExportCli::sizeAndDpi_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // PNG: WxH; PDF: pdfinfo's page size
    QTest::newRow("png default") << QStringList{} << "x.png"
                                 << "1920x1080";
    QTest::newRow("png custom") << QStringList{"--size", "1280x720"} << "x.png"
                                << "1280x720";
    QTest::newRow("png 4:3") << QStringList{"--size", "4:3"} << "x.png"
                             << "1600x1200";
    // A4 at 300 dpi: 297 × 210 mm = 3508 × 2480 pixels.
    QTest::newRow("png A4 300 dpi")
        << QStringList{"--size", "a4-landscape", "--dpi", "300"} << "x.png"
        << "3508x2480";
    // An A4 page as PNG is for print: 300 dpi unless asked otherwise (as the export dialog).
    QTest::newRow("png A4 default density") << QStringList{"--size", "a4-landscape"} << "x.png"
                                            << "3508x2480";
    QTest::newRow("png A4 at 96 dpi when asked")
        << QStringList{"--size", "a4-portrait", "--dpi", "96"} << "x.png"
        << "794x1123";
    QTest::newRow("pdf default A4") << QStringList{} << "x.pdf"
                                    << "842 x 595 pts (A4)";
    QTest::newRow("pdf portrait") << QStringList{"--size", "a4-portrait"} << "x.pdf"
                                  << "595 x 842 pts (A4)";
    // 1920 × 1080 pixels at 192 dpi: 10 × 5.625 inches.
    QTest::newRow("pdf slide at 192 dpi")
        << QStringList{"--size", "1920x1080", "--dpi", "192"} << "x.pdf"
        << "720 x 405 pts";
}

void tst_ExportCli::sizeAndDpi()
{
    QFETCH(QStringList, options);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Result r = run(QStringList{"export", "arrivals", "-o", file} + options);
    QCOMPARE(r.code, 0);
    if (file.endsWith(".png")) {
        const QSize size = QImageReader(path(file)).size();
        QCOMPARE(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), expected);
    } else {
        QProcess p;
        p.start("pdfinfo", {path(file)});
        QVERIFY(p.waitForFinished());
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(info.contains(
                     QRegularExpression("Page size:\\s+" + QRegularExpression::escape(expected))),
                 qPrintable(info));
    }
}

void tst_ExportCli::allFigures_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("English PNG") << QStringList{"--lang", "en"}
                                 << QStringList{"arrivals-en.png", "destinations-en.png",
                                                "trade-en.png"};
    QTest::newRow("both languages, PDF and SVG")
        << QStringList{"--lang", "both", "--format", "pdf,svg"}
        << QStringList{"arrivals-en.pdf",     "arrivals-en.svg",     "arrivals-ko.pdf",
                       "arrivals-ko.svg",     "destinations-en.pdf", "destinations-en.svg",
                       "destinations-ko.pdf", "destinations-ko.svg", "trade-en.pdf",
                       "trade-en.svg",        "trade-ko.pdf",        "trade-ko.svg"};
}

void tst_ExportCli::allFigures()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const Result r = run(QStringList{"export", "--all", "--output-dir", "figures/new"} + options);
    QCOMPARE(r.code, 0);
    QCOMPARE(QDir(path("figures/new")).entryList(QDir::Files | QDir::Hidden), expected);
    // One written path per line.
    QCOMPARE(r.out.split('\n', Qt::SkipEmptyParts).size(), expected.size());
    if (options.contains("both")) {
        QProcess p;
        p.start("pdftotext", {path("figures/new/trade-ko.pdf"), "-"});
        QVERIFY(p.waitForFinished());
        QVERIFY(stripped(QString::fromUtf8(p.readAllStandardOutput())).contains("출처:"));
    }
}

void tst_ExportCli::unwritableTarget_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder")
        << QStringList{"export", "arrivals", "-o", "no/such/dir/a.pdf"} << "does not exist";
    QTest::newRow("parent is a file")
        << QStringList{"export", "arrivals", "-o", "plain.txt/a.png"} << "does not exist";
    QTest::newRow("target is a folder")
        << QStringList{"export", "arrivals", "-o", "folder.svg"} << "it is a folder";
    QTest::newRow("all into a file") << QStringList{"export", "--all", "--output-dir", "plain.txt"}
                                     << "could not create the folder";
    QTest::newRow("Korean message")
        << QStringList{"--lang", "ko", "export", "arrivals", "-o", "no/such/dir/a.pdf"} << "폴더";
}

void tst_ExportCli::unwritableTarget()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFile plain(path("plain.txt"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(QDir(m_work->path()).mkdir("folder.svg"));
    const Result r = run(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(files(), QStringList{"plain.txt"});
    QCOMPARE(QDir(path("folder.svg")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

void tst_ExportCli::fullDisk()
{
    // A file-size limit of 8 KiB makes writing fail half-way, as a full disk does (SIGXFSZ is
    // ignored, so write() fails instead of killing the process).
    QCOMPARE(run({"data", "sources"}).code, 0); // the store exists before the limit applies
    const Result r = run({"export", "trade", "-o", "t.pdf"}, "trap '' XFSZ; ulimit -f 16;");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Nothing was written"), qPrintable(r.err));
    QCOMPARE(files(), QStringList());
}

void tst_ExportCli::noDisplayNeeded()
{
    // run() removes DISPLAY and QT_QPA_PLATFORM: the command picks the offscreen platform itself.
    // (Its speed is measured by the benchmark, docs/PERFORMANCE.md, not asserted here.)
    const Result r = run({"export", "arrivals", "-o", "headless.pdf"});
    QCOMPARE(r.code, 0);
    QVERIFY(QFileInfo(path("headless.pdf")).size() > 1000);
}

void tst_ExportCli::staleDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("export") << QStringList{"export", "arrivals", "-o", "stale.png"} << 0;
    QTest::newRow("typo") << QStringList{"export", "arrivls", "-o", "stale.png"} << 2;
    QTest::newRow("data") << QStringList{"data", "arrivals"} << 0;
    QTest::newRow("help") << QStringList{"--help"} << 0;
}

void tst_ExportCli::staleDisplay()
{
    // Issue 19.9: a DISPLAY naming no X server (an old ssh session) aborted every command (exit
    // 134), even a typo. The command line never needs a display.
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QProcessEnvironment stale;
    stale.insert("DISPLAY", ":9999");
    TestSupport::CliOptions options;
    options.workingDirectory = m_work->path();
    options.extra = stale;
    const Result r = TestSupport::CliRunner(m_home->path()).run(args, options);
    QVERIFY2(r.code == code, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
    QVERIFY2(!r.err.contains("xcb"), qPrintable(r.err));
}

QTEST_MAIN(tst_ExportCli)
#include "tst_export_cli.moc"
