// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "auditpage.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "figurepage.h"
#include "figurerenderer.h"
#include "itemmodels/roles.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ownsettings.h"
#include "storage/store.h"

#include <QAbstractItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>

#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// The data's Korean forms in what leaves the program (issue 13): with every Korean form filled
/// (a fixture store, so that the test does not wait for the data), the Korean PDF exports and the
/// printed figure carry no English note and no English descriptive title, and `crossings data …
/// --lang ko` prints the Korean notes, locators and period labels. The en dash of periods
/// extracts from PDFs as U+2013.
class tst_KoreanExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHasNoEnglishNote_data();
    void pdfHasNoEnglishNote();
    void printedFigureIsKorean();
    void toUnicodeRepair();
    void enDashExtractsAsEnDash_data();
    void enDashExtractsAsEnDash();
    void koreanWindow();
    void dataCommandPrintsKorean_data();
    void dataCommandPrintsKorean();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args);
    static QString stripped(QString s)
    {
        return s.remove(QRegularExpression(QStringLiteral("\\s")));
    }
    void checkKorean(const QString& text, const QList<Observation>& plotted, const QString& what);

    Snapshot m_fixture;
    Store m_store;
    std::unique_ptr<Catalog> m_catalog;
    LanguageManager m_language;
    QTemporaryDir m_dir;
    QString m_storePath;
};

tst_KoreanExport::Run tst_KoreanExport::run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_KoreanExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY2(TestSupport::settingsProblem().isEmpty(), qPrintable(TestSupport::settingsProblem()));
    QVERIFY(m_dir.isValid());
    // To look at the files: CROSSINGS_KEEP_TEST_FILES=1 keeps them (path printed).
    if (qEnvironmentVariableIsSet("CROSSINGS_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("Test files are kept in %s", qPrintable(m_dir.path()));
    }
    QVERIFY2(run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}).code == 0,
             "pdftotext is missing: install poppler-utils");
    // The bundled data with every Korean form filled, as the translation pass will leave it.
    QList<ValidationIssue> issues;
    QByteArray checksum;
    QVERIFY(Store::readBundled(&m_fixture, &issues, &checksum));
    int n = 0;
    for (Observation& o : m_fixture.observations) {
        ++n;
        if (!o.note.isEmpty())
            o.noteKo = QStringLiteral("한국어 주석 %1번").arg(n);
        if (!Locator::parse(o.locator).isValid())
            o.locatorKo = QStringLiteral("한국어 위치");
    }
    for (TimelineEvent& e : m_fixture.events) {
        if (!e.note.isEmpty())
            e.noteKo = QStringLiteral("사건 주석");
    }
    for (Source& s : m_fixture.sources) {
        // A described source always gets the placeholder, so the footer check below can tell it.
        if (s.hasDescriptiveTitle() || (s.titleKo.isEmpty() && s.language == QLatin1String("ko")))
            s.titleKo = QStringLiteral("[한국어 제목 %1]").arg(s.id);
        if (!s.note.isEmpty())
            s.noteKo = QStringLiteral("출처 주석");
    }
    m_storePath = m_dir.filePath(QStringLiteral("korean.sqlite"));
    {
        Store file;
        QVERIFY2(file.open(m_storePath, Store::Mode::CreateIfMissing),
                 qPrintable(file.errorString()));
        QVERIFY2(file.seed(m_fixture, "korean-fixture"), qPrintable(file.errorString()));
    }
    QVERIFY2(m_store.open(m_storePath, Store::Mode::ReadOnly), qPrintable(m_store.errorString()));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(m_store));
    QVERIFY(m_language.setLanguage(QStringLiteral("en"))); // the UI speaks English; exports choose
}

void tst_KoreanExport::checkKorean(const QString& text, const QList<Observation>& plotted,
                                   const QString& what)
{
    const QString flat = stripped(text);
    QVERIFY2(!flat.isEmpty(), qPrintable(what));
    // No English note of a figure drawn, no English descriptive title of a source cited.
    bool describedSource = false;
    for (const Observation& o : plotted) {
        if (o.note.size() > 12)
            QVERIFY2(!flat.contains(stripped(o.note)),
                     qPrintable(QStringLiteral("%1: English note \"%2\"").arg(what, o.note)));
        const Source s = m_catalog->source(o.sourceId);
        if (s.hasDescriptiveTitle()) {
            describedSource = true;
            QVERIFY2(!flat.contains(stripped(s.titleEn.left(30))),
                     qPrintable(QStringLiteral("%1: English title \"%2\"").arg(what, s.titleEn)));
        }
    }
    QVERIFY2(!flat.contains(QStringLiteral("[English]")) &&
                 !flat.contains(QStringLiteral("[영문]")),
             qPrintable(what + QStringLiteral(": a text without its Korean form")));
    // The sources footer names the described sources by their Korean titles.
    if (describedSource)
        QVERIFY2(flat.contains(QStringLiteral("[한국어제목")),
                 qPrintable(what + QStringLiteral(": ") + text));
}

void tst_KoreanExport::pdfHasNoEnglishNote_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("view");
    QTest::newRow("arrivals") << int(FigureKind::Arrivals) << 0;
    QTest::newRow("trade") << int(FigureKind::Trade) << 0;
    QTest::newRow("destinations") << int(FigureKind::Destinations) << 0;
    // The asylum decisions view's caveat is composed from the data's notes.
    QTest::newRow("destinations, asylum decisions") << int(FigureKind::Destinations) << 1;
}

void tst_KoreanExport::pdfHasNoEnglishNote()
{
    QFETCH(int, kind);
    QFETCH(int, view);
    FigureOptions options;
    options.destinationsView = DestinationsView(view);
    FigureRenderer r(FigureKind(kind), m_catalog.get(), options);
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    settings.preset = ExportPreset::A4Landscape;
    settings.language = QStringLiteral("ko");
    const QString path = m_dir.filePath(QStringLiteral("k-%1-%2.pdf").arg(kind).arg(view));
    QString error;
    QVERIFY2(r.write(path, settings, &error), qPrintable(error));
    std::unique_ptr<FigureChart> figure(FigureChart::create(FigureKind(kind), m_catalog.get()));
    figure->setOptions(options);
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
    checkKorean(text, figure->figure()->plottedObservations(), QStringLiteral("PDF"));
    if (view == 1) {
        // The caveat is the Korean notes.
        QVERIFY2(stripped(text).contains(QStringLiteral("한국어주석")), qPrintable(text));
    }
}

void tst_KoreanExport::printedFigureIsKorean()
{
    FigureOptions options;
    options.destinationsView = DestinationsView::AsylumDecisions;
    FigureRenderer r(FigureKind::Destinations, m_catalog.get(), options);
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    settings.preset = ExportPreset::A4Landscape;
    settings.language = QStringLiteral("ko");
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        r.print(&printer, settings);
    }
    std::unique_ptr<FigureChart> figure(
        FigureChart::create(FigureKind::Destinations, m_catalog.get()));
    figure->setOptions(options);
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
    checkKorean(text, figure->figure()->plottedObservations(), QStringLiteral("printed"));
}

void tst_KoreanExport::toUnicodeRepair()
{
    // A ToUnicode CMap as Qt writes it: the figure dash destination becomes the en dash; a
    // glyph id that happens to read 2012 and the text outside the CMap stay.
    const QByteArray in = "(<2012>) 2 beginbfrange\n<0005> <0005> <2012>\n"
                          "<2012> <2013> [<0041> <2012> ]\nendbfrange\n<2012>";
    const QByteArray out = "(<2012>) 2 beginbfrange\n<0005> <0005> <2013>\n"
                           "<2012> <2013> [<0041> <2013> ]\nendbfrange\n<2012>";
    QCOMPARE(FigureRenderer::repairToUnicode(in), out);
    QCOMPARE(FigureRenderer::repairToUnicode(out), out);
}

void tst_KoreanExport::enDashExtractsAsEnDash_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("printed");
    // The English subtitles write their periods with an en dash: "People arriving per year,
    // 1998–2024" (the Korean ones write 1998~2024년).
    QTest::newRow("arrivals, en") << int(FigureKind::Arrivals) << "en" << false;
    QTest::newRow("trade, en") << int(FigureKind::Trade) << "en" << false;
    QTest::newRow("arrivals, en, printed") << int(FigureKind::Arrivals) << "en" << true;
}

void tst_KoreanExport::enDashExtractsAsEnDash()
{
    QFETCH(int, kind);
    QFETCH(QString, language);
    QFETCH(bool, printed);
    FigureRenderer r(FigureKind(kind), m_catalog.get());
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    settings.preset = ExportPreset::A4Landscape;
    settings.language = language;
    const QString path =
        m_dir.filePath(QStringLiteral("dash-%1-%2-%3.pdf").arg(kind).arg(language).arg(printed));
    if (printed) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        r.print(&printer, settings);
    } else {
        QString error;
        QVERIFY2(r.write(path, settings, &error), qPrintable(error));
    }
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
    QVERIFY2(!text.contains(QChar(0x2012)), qPrintable(text)); // figure dash
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d{4}\u2013\\d{4}"))),
             qPrintable(text));
}

void tst_KoreanExport::koreanWindow()
{
    // What a Korean reader sees in the window: the sources panel of 2009 (its locator "table,
    // column '09", its note, the earlier figures' notes), the destinations page in its asylum
    // view and the audit page. CROSSINGS_SCREENSHOTS=DIR saves them (korean-*.png).
    QVERIFY(m_language.setLanguage(QStringLiteral("ko")));
    auto window = std::make_unique<MainWindow>(m_catalog.get(), &m_store, &m_language);
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QString dir = qEnvironmentVariable("CROSSINGS_SCREENSHOTS");
    auto shot = [&](const QString& name) {
        QCoreApplication::processEvents();
        if (!dir.isEmpty())
            QVERIFY(window->grab().save(dir + QLatin1Char('/') + name));
    };
    window->showPage(0);
    auto* page = qobject_cast<FigurePage*>(window->page(0));
    QVERIFY(page);
    const QAbstractItemModel* model = page->figure()->figure()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() ==
            QLatin1String("2009"))
            row = r;
    }
    QVERIFY(row >= 0);
    page->setCurrentIndex(model->index(row, 1));
    const Observation* o = window->citationPanel()->currentObservation();
    QVERIFY(o);
    const QString panel = window->citationPanel()->text();
    QVERIFY2(panel.contains(QStringLiteral("표, '09 열")), qPrintable(panel));
    QVERIFY2(panel.contains(o->noteKo), qPrintable(panel));
    QVERIFY2(!panel.contains(o->note.left(30)), qPrintable(panel));
    QVERIFY2(!panel.contains(QStringLiteral("[영문]")), qPrintable(panel));
    QVERIFY2(!panel.contains(QStringLiteral("MOU statistics page")), qPrintable(panel));
    shot(QStringLiteral("korean-sources-panel.png"));

    window->showPage(2);
    auto* destinations = qobject_cast<FigurePage*>(window->page(2));
    QVERIFY(destinations);
    FigureOptions options = destinations->options();
    options.destinationsView = DestinationsView::AsylumDecisions;
    destinations->setOptions(options);
    QVERIFY(!destinations->figure()->figure()->caveat().isEmpty());
    QVERIFY2(destinations->figure()->figure()->caveat().contains(QStringLiteral("한국어 주석")),
             qPrintable(destinations->figure()->figure()->caveat()));
    shot(QStringLiteral("korean-destinations.png"));

    const int audit = window->pageCount() - 1;
    window->showPage(audit);
    auto* auditPage = window->findChild<AuditPage*>();
    QVERIFY(auditPage);
    auto* claims = auditPage->findChild<QTableView*>(QStringLiteral("claimsView"));
    QVERIFY(claims);
    // The source column: "<outlet>, <locator>" with the locator in Korean.
    bool sawLine = false;
    for (int r = 0; r < claims->model()->rowCount(); ++r) {
        for (int c = 0; c < claims->model()->columnCount(); ++c) {
            const QString cell = claims->model()->index(r, c).data().toString();
            QVERIFY2(!cell.contains(QRegularExpression(QStringLiteral(", line \\d+$"))),
                     qPrintable(cell));
            sawLine = sawLine || cell.endsWith(QStringLiteral(", 7행"));
        }
    }
    QVERIFY(sawLine);
    shot(QStringLiteral("korean-audit.png"));
    window.reset();
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void tst_KoreanExport::dataCommandPrintsKorean_data()
{
    QTest::addColumn<QString>("dataset");
    for (const char* d : {"arrivals", "trade", "destinations"})
        QTest::newRow(d) << QString::fromLatin1(d);
}

void tst_KoreanExport::dataCommandPrintsKorean()
{
    QFETCH(QString, dataset);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    auto data = [&](const QStringList& extra) {
        p.start(QStringLiteral(CROSSINGS_BINARY),
                QStringList{QStringLiteral("--database"), m_storePath, QStringLiteral("data"),
                            dataset, QStringLiteral("--lang"), QStringLiteral("ko")} +
                    extra);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    // For reading: every note in Korean (none left in English), locators and periods in Korean.
    const QString text = data({QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(p.exitCode(), 0);
    int notes = 0;
    for (const Observation& o : std::as_const(m_fixture.observations)) {
        if (Datasets::name(o.dataset) != dataset || o.note.size() <= 12)
            continue;
        ++notes;
        QVERIFY2(!text.contains(o.note.left(40).simplified()), qPrintable(o.note));
    }
    QVERIFY(notes > 0);
    QVERIFY(text.contains(QStringLiteral("한국어 주석")));
    QVERIFY(!text.contains(QStringLiteral("[English]")) &&
            !text.contains(QStringLiteral("[영문]")));
    QVERIFY(!text.contains(QStringLiteral("passage on")));
    QVERIFY(!text.contains(QStringLiteral("up to ")));
    // The CSV of a Korean run has the Korean texts in its note and locator columns, as its
    // period labels; no English note is left.
    const QString csv = data({});
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(csv.section(QLatin1Char('\n'), 0, 0)
                .endsWith(QStringLiteral(",period_label,plotted,value_to,compiler,derived_from")));
    QVERIFY(csv.contains(QStringLiteral("한국어 주석")));
    for (const Observation& o : std::as_const(m_fixture.observations)) {
        if (Datasets::name(o.dataset) == dataset && o.note.size() > 12)
            QVERIFY2(!csv.contains(o.note.left(40).simplified()), qPrintable(o.note));
    }
    if (dataset == QLatin1String("arrivals")) {
        // The grouped column up to 1998, its period in Korean (issue 13: it printed "up to 1998").
        QVERIFY2(csv.contains(
                     QStringLiteral("arrivals,total,../1998,KR,947,,persons,final,mou-table-2020,"
                                    "\"표, ~'98 열\"")),
                 qPrintable(csv.left(2000)));
        QVERIFY(csv.contains(QStringLiteral(",1998년까지,1,")));
    }
}

QTEST_MAIN(tst_KoreanExport)
#include "tst_koreanexport.moc"
