// SPDX-License-Identifier: GPL-3.0-or-later
// `crossings export --briefing`, run as a user would on a fixture store, and the PDF read back
// with poppler's tools: pages, paper, fonts embedded, the text (Hangul included) extractable,
// the outline (bookmarks), the provenance, and `crossings verify` on the pack before and after
// an import that corrects one of its values (2025 arrivals: 224, then 223).
#include "core/exportmetadata.h"
#include "importfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QByteArray& FirstAnnouncement = ImportFixture::FirstAnnouncement2025;
const QByteArray& Correction = ImportFixture::Correction2025;

QString squeeze(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}
} // namespace

class tst_BriefingCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pack_data();
    void pack();
    void letter();
    void verifyAndLike();
    void badArguments_data();
    void badArguments();
    void unwritable();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QString& program, const QStringList& args, bool env = false);
    Result crossings(const QStringList& args)
    {
        return run(CROSSINGS_BINARY, QStringList{"--database", m_store} + args, true);
    }
    bool import(const QByteArray& csv);
    QString path(const QString& name) const { return m_work->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_store;
};

tst_BriefingCli::Result tst_BriefingCli::run(const QString& program, const QStringList& args,
                                             bool env)
{
    QProcess p;
    if (env) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("XDG_DATA_HOME", m_home->filePath("data"));
        e.insert("XDG_CONFIG_HOME", m_home->filePath("config"));
        p.setProcessEnvironment(e);
    }
    p.setWorkingDirectory(m_work->path());
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool tst_BriefingCli::import(const QByteArray& csv)
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

void tst_BriefingCli::initTestCase()
{
    for (const char* tool : {"pdfinfo", "pdffonts", "pdftotext", "pdftohtml"})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils").arg(tool)));
}

void tst_BriefingCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_work->isValid());
    m_store = m_home->filePath("fixture.sqlite");
    QString error;
    QVERIFY2(ImportFixture::createStore(&m_store, &error), qPrintable(error));
    QVERIFY(import(FirstAnnouncement));
}

void tst_BriefingCli::pack_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("pageOne");
    QTest::newRow("en") << "en"
                        << "North Korean defectors: the figures and their sources"
                        << QStringList{"Figure 1: the values plotted",
                                       "Caveats",
                                       "Audit summary",
                                       "Sources",
                                       "224 people",
                                       "2025 arrivals announcement",
                                       "Ministry of Unification",
                                       "Page 2 of"}
                        << "Contents";
    QTest::newRow("ko")
        << "ko"
        << "탈북민 통계: 수치와 출처"
        << QStringList{"그림 1: 그래프의 수치",      "유의 사항", "검증 요약", "출처", "224명",
                       "2025 arrivals announcement", "쪽"}
        << "목차";
}

void tst_BriefingCli::pack()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    QFETCH(QStringList, texts);
    QFETCH(QString, pageOne);
    const QString file = "brief-" + lang + ".pdf";
    Result r = crossings({"export", "--briefing", file, "--lang", lang});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    // pdfinfo: the title, A4 pages, the provenance's keywords; 3 figure pages at least.
    r = run("pdfinfo", {path(file)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QRegularExpression("Title:\\s+" + QRegularExpression::escape(title))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression("Page size:\\s+595 x 842 pts \\(A4\\)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("crossings:figure=briefing"), qPrintable(r.out));
    QVERIFY2(r.out.contains("crossings:figures=arrivals,trade,destinations"), qPrintable(r.out));
    const int pages = QRegularExpression("Pages:\\s+(\\d+)").match(r.out).captured(1).toInt();
    QVERIFY2(pages >= 9, qPrintable(r.out)); // title, 3 × (figure, table), caveats, audit, sources
    // The figure pages are landscape, the others portrait.
    r = run("pdfinfo", {"-f", "1", "-l", QString::number(pages), path(file)});
    QCOMPARE(r.out.count(QRegularExpression("Page\\s+\\d+ size:\\s+842 x 595 pts")), 3);

    // pdffonts: every font embedded, Noto Sans CJK among them.
    r = run("pdffonts", {path(file)});
    QCOMPARE(r.code, 0);
    const QStringList rows = r.out.split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString& row : rows)
        QVERIFY2(row.contains(QRegularExpression("\\s+yes\\s+(yes|no)\\s+yes\\s+")),
                 qPrintable(row));
    QVERIFY2(r.out.contains("NotoSansCJK"), qPrintable(r.out));

    // pdftotext: the texts, Hangul included, extract as written.
    r = run("pdftotext", {"-enc", "UTF-8", path(file), "-"});
    QCOMPARE(r.code, 0);
    const QString text = squeeze(r.out);
    QVERIFY2(text.contains(squeeze(title)), qPrintable(r.out.left(2000)));
    for (const QString& t : texts)
        QVERIFY2(text.contains(squeeze(t)), qPrintable(t));
    r = run("pdftotext", {"-enc", "UTF-8", "-f", "1", "-l", "1", path(file), "-"});
    QVERIFY2(r.out.contains(pageOne), qPrintable(r.out));
    QCOMPARE(r.out.count(QChar(0xFFFD)), 0); // nothing unmapped

    // pdftohtml -xml: the outline, one entry per figure and section, each on its page.
    r = run("pdftohtml", {"-xml", "-i", "-stdout", "-q", path(file)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("<outline>"), qPrintable(r.out.right(3000)));
    const QRegularExpression item("<item page=\"(\\d+)\">([^<]*)</item>");
    QStringList entries;
    for (auto it = item.globalMatch(r.out); it.hasNext();) {
        const auto m = it.next();
        entries << m.captured(2);
    }
    QVERIFY2(entries.size() >= 10, qPrintable(entries.join(" | ")));
    QCOMPARE(
        entries.filter(QRegularExpression(lang == "en" ? "^Figure \\d: " : "^그림 \\d: ")).size(),
        3);
    QVERIFY2(r.out.contains(QRegularExpression("<item page=\"2\">" +
                                               QString(lang == "en" ? "Figure 1: " : "그림 1: "))),
             qPrintable(entries.join(" | ")));

    // The provenance names each figure with its plotted values.
    const ExportMetadata::Result meta = ExportMetadata::read(path(file));
    QCOMPARE(meta.status, ExportMetadata::Status::Found);
    QCOMPARE(meta.provenance.value("figure").toString(), QStringLiteral("briefing"));
    QCOMPARE(meta.provenance.value("language").toString(), lang);
    const QJsonArray figures = meta.provenance.value("figures").toArray();
    QCOMPARE(figures.size(), 3);
    QVERIFY(figures.at(0).toObject().value("plotted").toArray().contains(
        QJsonArray{"arrivals|total|2025|KR", 224, "final", "test-mou-2026-01-20"}));
}

void tst_BriefingCli::letter()
{
    const Result r = crossings({"export", "--briefing", "b.pdf", "--paper", "letter", "--lang",
                                "en", "--years", "2015-2025"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Result info = run("pdfinfo", {path("b.pdf")});
    QVERIFY2(info.out.contains(QRegularExpression("Page size:\\s+612 x 792")),
             qPrintable(info.out));
    const ExportMetadata::Result meta = ExportMetadata::read(path("b.pdf"));
    const QJsonObject arrivals = meta.provenance.value("figures").toArray().at(0).toObject();
    QCOMPARE(arrivals.value("options").toObject().value("firstYear").toInt(), 2015);
    QCOMPARE(arrivals.value("options").toObject().value("lastYear").toInt(), 2025);
    QCOMPARE(meta.provenance.value("export").toObject().value("paper").toString(),
             QStringLiteral("letter"));
}

void tst_BriefingCli::verifyAndLike()
{
    Result r = crossings({"export", "--briefing", "b.pdf", "--lang", "en"});
    QCOMPARE(r.code, 0);
    r = crossings({"--lang", "en", "verify", "b.pdf"});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.startsWith("b.pdf: current (briefing"), qPrintable(r.out));

    QVERIFY(import(Correction));
    r = crossings({"--lang", "en", "verify", "b.pdf"});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains("2025: 224 → 223 (final; source: "), qPrintable(r.out));
    QCOMPARE(r.out.count(" → "), 1);

    // The same pack on today's data: current again, the same language and paper.
    r = crossings({"export", "--like", "b.pdf", "-o", "b2.pdf"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = crossings({"--lang", "en", "verify", "b2.pdf"});
    QVERIFY2(r.code == 0, qPrintable(r.out));
    const ExportMetadata::Result meta = ExportMetadata::read(path("b2.pdf"));
    QCOMPARE(meta.provenance.value("figure").toString(), QStringLiteral("briefing"));
    QCOMPARE(meta.provenance.value("language").toString(), QStringLiteral("en"));
}

void tst_BriefingCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("not pdf") << QStringList{"export", "--briefing", "b.png"} << "must end in .pdf";
    QTest::newRow("paper") << QStringList{"export", "--briefing", "b.pdf", "--paper", "a3"}
                           << "unknown paper size \"a3\"";
    QTest::newRow("paper alone") << QStringList{"export", "arrivals", "-o",
                                                "a.pdf",  "--paper",  "a4"}
                                 << "--paper is only for";
    QTest::newRow("figure too") << QStringList{"export", "arrivals", "--briefing", "b.pdf"}
                                << "takes only --lang, --years and --paper";
    QTest::newRow("years") << QStringList{"export", "--briefing", "b.pdf", "--years", "1800-1801"}
                           << "outside";
    QTest::newRow("no file") << QStringList{"export", "--briefing"} << "--briefing needs a file";
}

void tst_BriefingCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = crossings(QStringList{"--lang", "en"} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("b.pdf")));
}

void tst_BriefingCli::unwritable()
{
    // A missing folder: exit 1, a translated message, no file.
    Result r = crossings({"--lang", "ko", "export", "--briefing", "missing/b.pdf"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QRegularExpression("[가-힣]")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("missing/b.pdf")));
}

QTEST_MAIN(tst_BriefingCli)
#include "tst_briefing_cli.moc"
