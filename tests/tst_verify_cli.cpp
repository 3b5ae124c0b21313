// SPDX-License-Identifier: GPL-3.0-or-later
// `crossings verify` and `crossings export --like`, run as a user would on a fixture store: a
// figure exported, then an import that corrects one of its values (2025 arrivals: 224 as first
// announced, 223 after the Ministry's correction of 4 February 2026).
#include "clirunner.h"
#include "core/exportmetadata.h"
#include "importfixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QByteArray& FirstAnnouncement = ImportFixture::FirstAnnouncement2025;
const QByteArray& Correction = ImportFixture::Correction2025;
} // namespace

class tst_VerifyCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badArguments_data();
    void badArguments();
    void verdicts_data();
    void verdicts();
    void strippedPng();
    void unreadable();
    void checksumOnly();
    void csv();
    void like_data();
    void like();
    void likeErrors();

private:
    using Result = TestSupport::CliResult;
    Result run(const QStringList& args);
    Result crossings(const QStringList& args)
    {
        return run(QStringList{"--database", m_store} + args);
    }
    bool import(const QByteArray& csv);
    QString path(const QString& name) const { return m_work->filePath(name); }
    QJsonObject provenance(const QString& file) const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_store;
};

void tst_VerifyCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_work->isValid());
    m_store = m_home->filePath("fixture.sqlite");
    QString error;
    QVERIFY2(ImportFixture::createStore(&m_store, &error), qPrintable(error));
    // 2025 as first announced: the figure the exports draw.
    QVERIFY(import(FirstAnnouncement));
}

tst_VerifyCli::Result tst_VerifyCli::run(const QStringList& args)
{
    TestSupport::CliOptions options;
    options.workingDirectory = m_work->path();
    return TestSupport::CliRunner(m_home->path()).run(args, options);
}

bool tst_VerifyCli::import(const QByteArray& csv)
{
    QFile file(path("import.csv"));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return false;
    file.close();
    const Result r = crossings({"import", "import.csv"});
    if (r.code != 0)
        qWarning() << r.err << r.out;
    return r.code == 0;
}

QJsonObject tst_VerifyCli::provenance(const QString& file) const
{
    const ExportMetadata::Result r = ExportMetadata::read(path(file));
    return r.provenance;
}

void tst_VerifyCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{"verify"} << "verify needs one or more exported files";
    QTest::newRow("bad format") << QStringList{"verify", "a.png", "--format", "xml"}
                                << "unknown format \"xml\"";
    QTest::newRow("unknown option")
        << QStringList{"verify", "a.png", "--fix"} << "unknown option \"--fix\" for verify";
}

void tst_VerifyCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = crossings(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_VerifyCli::verdicts_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("PNG") << "a.png";
    QTest::newRow("PDF") << "a.pdf";
    QTest::newRow("SVG") << "a.svg";
}

void tst_VerifyCli::verdicts()
{
    QFETCH(QString, file);
    Result r = crossings({"export", "arrivals", "-o", file, "--lang", "en"});
    QCOMPARE(r.code, 0);
    // The export records the figures it drew, 2025 among them.
    const QJsonObject p = provenance(file);
    QVERIFY(p.value("plotted").toArray().contains(
        QJsonArray{"arrivals|total|2025|KR", 224, "final", "test-mou-2026-01-20"}));
    QCOMPARE(p.value("export").toObject().value("format").toString(), file.section('.', 1));

    // Before the correction: current.
    r = crossings({"--lang", "en", "verify", file});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("%1: current (arrivals, 2009–2025)\n").arg(file));

    // The Ministry corrects 2025: outdated, naming the value, its new source and status.
    QVERIFY(import(Correction));
    r = crossings({"--lang", "en", "verify", file});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.startsWith(file + ": outdated (arrivals, 2009–2025)\n"), qPrintable(r.out));
    QVERIFY2(r.out.contains("2025: 224 → 223 (final; source: "), qPrintable(r.out));
    QVERIFY2(r.out.contains("Ministry of Unification: 2025 arrivals corrected"), qPrintable(r.out));
    QVERIFY2(r.out.contains("crossings export --like " + file), qPrintable(r.out));
    // Only that value changed.
    QCOMPARE(r.out.count(" → "), 1);

    // In Korean.
    r = crossings({"--lang", "ko", "verify", file});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains("224 → 223"), qPrintable(r.out));
    QVERIFY2(!r.out.contains("outdated"), qPrintable(r.out));

    // Drawn again with --like: current again, the same settings.
    const QString again = "again." + file.section('.', 1);
    r = crossings({"export", "--like", file, "-o", again});
    QCOMPARE(r.code, 0);
    r = crossings({"verify", again});
    QCOMPARE(r.code, 0);
    // Several files: the worst verdict decides.
    r = crossings({"verify", again, file});
    QCOMPARE(r.code, 3);
}

void tst_VerifyCli::strippedPng()
{
    QCOMPARE(crossings({"export", "arrivals", "-o", "a.png"}).code, 0);
    QFile png(path("a.png"));
    QVERIFY(png.open(QIODevice::ReadOnly));
    const QByteArray bare = ExportMetadata::withoutPngText(png.readAll());
    QFile stripped(path("slide.png"));
    QVERIFY(stripped.open(QIODevice::WriteOnly));
    stripped.write(bare);
    stripped.close();
    QCOMPARE(QImageReader(path("slide.png")).size(), QSize(1920, 1080)); // still an image

    const Result r = crossings({"--lang", "en", "verify", "slide.png"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith("slide.png: cannot tell: no Crossings provenance"),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("check the PDF or SVG export"), qPrintable(r.out));
    // An image Crossings never wrote says the same.
    QImage other(400, 300, QImage::Format_RGB32);
    other.fill(Qt::red);
    QVERIFY(other.save(path("other.png")));
    QCOMPARE(crossings({"verify", "other.png"}).code, 1);
}

void tst_VerifyCli::unreadable()
{
    QFile text(path("notes.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a figure\n");
    text.close();
    Result r = crossings({"--lang", "en", "verify", "missing.png"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("missing.png: could not be read: no such file"), qPrintable(r.out));
    r = crossings({"--lang", "en", "verify", "notes.txt"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("not a PNG, PDF or SVG file"), qPrintable(r.out));
}

void tst_VerifyCli::checksumOnly()
{
    // A figure exported by Crossings 0.1: its provenance has the checksum, not the figures.
    QCOMPARE(crossings({"export", "arrivals", "-o", "new.png"}).code, 0);
    QJsonObject old = provenance("new.png");
    old.remove("plotted");
    old.remove("export");
    old.insert("crossingsVersion", "0.1.0");
    QImage image(640, 360, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setText("Crossings-Provenance",
                  QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
    QVERIFY(image.save(path("old.png")));
    Result r = crossings({"--lang", "en", "verify", "old.png"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("old.png: current"), qPrintable(r.out));

    QVERIFY(import(Correction));
    r = crossings({"--lang", "en", "verify", "old.png"});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains("exported by Crossings 0.1.0, which recorded only a checksum"),
             qPrintable(r.out));
    // Drawn again on today's data: slide-sized (0.1 recorded no size), current.
    QCOMPARE(crossings({"export", "--like", "old.png", "-o", "renewed.png"}).code, 0);
    QCOMPARE(QImageReader(path("renewed.png")).size(), QSize(1920, 1080));
    QCOMPARE(crossings({"verify", "renewed.png"}).code, 0);
}

void tst_VerifyCli::csv()
{
    QCOMPARE(crossings({"export", "arrivals", "-o", "a.svg"}).code, 0);
    QCOMPARE(crossings({"export", "trade", "-o", "t.pdf"}).code, 0);
    QVERIFY(import(Correction));
    const Result r = crossings({"verify", "a.svg", "t.pdf", "gone.png", "--format", "csv"});
    QCOMPARE(r.code, 1); // a file could not be read
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("file,verdict,figure,years,period,series,region,"
                                         "old_value,new_value,new_status,new_source,note"));
    QCOMPARE(lines.at(1), QStringLiteral("a.svg,outdated,arrivals,2009-2025,2025,total,KR,224,223,"
                                         "final,test-mou-2026-02-04,"));
    QCOMPARE(lines.at(2), QStringLiteral("t.pdf,current,trade,2020-2020,,,,,,,,"));
    QVERIFY2(lines.at(3).startsWith("gone.png,unreadable,,,,,,,,,,"), qPrintable(lines.at(3)));
}

void tst_VerifyCli::like_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("fresh");
    QTest::newRow("PNG, Korean, dark, 4:3, a range")
        << QStringList{"--lang", "ko", "--theme", "dark", "--size", "4:3", "--years", "2023-2024"}
        << "old.png"
        << "new.png";
    QTest::newRow("PDF page, contrast")
        << QStringList{"--size", "a4-portrait", "--theme", "contrast"} << "old.pdf"
        << "new.pdf";
    QTest::newRow("SVG, custom size, print")
        << QStringList{"--size", "1000x700", "--theme", "print", "--lang", "en"} << "old.svg"
        << "new.svg";
    QTest::newRow("PNG to SVG, 300 dpi A4")
        << QStringList{"--size", "a4-landscape", "--dpi", "300"} << "old.png"
        << "new.svg";
}

void tst_VerifyCli::like()
{
    QFETCH(QStringList, options);
    QFETCH(QString, old);
    QFETCH(QString, fresh);
    QCOMPARE(crossings(QStringList{"export", "arrivals", "-o", old} + options).code, 0);
    const Result r = crossings({"export", "--like", old, "-o", fresh});
    QCOMPARE(r.code, 0);
    QJsonObject before = provenance(old);
    QJsonObject after = provenance(fresh);
    QVERIFY(!before.isEmpty());
    // The same figure, language, years, theme, size, preset and DPI; only the format may differ.
    QJsonObject beforeExport = before.take("export").toObject();
    QJsonObject afterExport = after.take("export").toObject();
    QCOMPARE(afterExport.take("format").toString(), fresh.section('.', 1));
    beforeExport.remove("format");
    QCOMPARE(afterExport, beforeExport);
    QCOMPARE(after, before);
}

void tst_VerifyCli::likeErrors()
{
    QCOMPARE(crossings({"export", "arrivals", "-o", "a.png"}).code, 0);
    Result r = crossings({"export", "--like", "a.png", "-o", "b.png", "--theme", "dark"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("give only -o FILE"), qPrintable(r.err));
    r = crossings({"export", "trade", "--like", "a.png", "-o", "b.png"});
    QCOMPARE(r.code, 2);
    r = crossings({"export", "--like", "a.png"});
    QCOMPARE(r.code, 2);
    r = crossings({"--lang", "en", "export", "--like", "missing.png", "-o", "b.png"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("cannot draw \"missing.png\" again: no such file"), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("b.png")));
}

QTEST_MAIN(tst_VerifyCli)
#include "tst_verify_cli.moc"
