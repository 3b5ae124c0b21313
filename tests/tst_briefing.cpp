// SPDX-License-Identifier: GPL-3.0-or-later
// In the window, offscreen: File → Export Briefing… drawn page by page while the event loop runs
// (progress, Cancel, nothing written when cancelled or unwritable), and "Open This Figure" from
// the check report: the figure with the exported file's years, the changed figure ringed with
// old → new in its tooltip and listed in the Sources panel.
#include "application.h"
#include "briefingexport.h"
#include "checkexports.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "core/exportmetadata.h"
#include "figurepage.h"
#include "figurerenderer.h"
#include "itemmodels/roles.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ownsettings.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

class tst_Briefing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportRunsInTheEventLoop_data();
    void exportRunsInTheEventLoop();
    void cancelLeavesNothing();
    void unwritableTarget();
    void openThisFigure();
    void exportAgainNeverOverwrites();
    void briefingInTheReport();
    void dialogChoices();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void correct2009(qint64 value);

    Snapshot m_snapshot;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LanguageManager> m_language;
    QTemporaryDir m_dir;
};

void tst_Briefing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY2(TestSupport::settingsProblem().isEmpty(), qPrintable(TestSupport::settingsProblem()));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->openInMemory(), qPrintable(m_store->errorString()));
    QVERIFY(m_store->load(&m_snapshot));
    m_language = std::make_unique<LanguageManager>();
}

void tst_Briefing::init()
{
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    QSettings().clear();
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
}

void tst_Briefing::cleanup()
{
    m_catalog.reset();
}

std::unique_ptr<MainWindow> tst_Briefing::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_catalog.get(), m_store.get(), m_language.get());
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void tst_Briefing::correct2009(qint64 value)
{
    Snapshot s = m_snapshot;
    bool found = false;
    for (Observation& o : s.observations) {
        if (o.quantityKey() == QLatin1String("arrivals|total|2009|KR") && o.plotted) {
            QCOMPARE(o.value, 2914); // the Ministry's table (docs/ARCHITECTURE.md)
            o.value = value;
            found = true;
        }
    }
    QVERIFY(found);
    m_catalog->setSnapshot(s);
}

void tst_Briefing::exportRunsInTheEventLoop_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ko") << "ko";
}

void tst_Briefing::exportRunsInTheEventLoop()
{
    QFETCH(QString, language);
    auto window = makeWindow();
    QVERIFY(window);
    auto* exporter = window->findChild<BriefingExport*>();
    QVERIFY(exporter);
    QVERIFY(window->fileMenu()->actions().contains(exporter->action()));
    QCOMPARE(exporter->action()->text(), QStringLiteral("Export &Briefing…"));

    // The window's options go into the pack: the arrivals page shows 2005–2015.
    FigurePage* arrivals = window->figurePage(FigureKind::Arrivals);
    FigureOptions options = arrivals->options();
    options.firstYear = 2005;
    options.lastYear = 2015;
    arrivals->setOptions(options);

    const QString path = m_dir.filePath("window-" + language + ".pdf");
    QSignalSpy finished(exporter, &BriefingExport::finished);
    // A timer that fires on every turn of the event loop: the window keeps running meanwhile.
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, [&turns] { ++turns; });
    ticker.start();
    QVERIFY(exporter->start(path, language, QPageSize::A4));
    QVERIFY(exporter->isRunning());
    QVERIFY(exporter->progress());
    QVERIFY(exporter->progress()->isVisible());
    QVERIFY(!QFile::exists(path)); // nothing on disk until the end
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    ticker.stop();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!exporter->isRunning());
    QVERIFY2(turns >= 9, qPrintable(QString::number(turns))); // at least one per page
    QVERIFY(QFile::exists(path));

    const ExportMetadata::Result meta = ExportMetadata::read(path);
    QCOMPARE(meta.status, ExportMetadata::Status::Found);
    QCOMPARE(meta.provenance.value("figure").toString(), QStringLiteral("briefing"));
    QCOMPARE(meta.provenance.value("language").toString(), language);
    const QJsonObject first = meta.provenance.value("figures").toArray().at(0).toObject();
    QCOMPARE(first.value("options").toObject().value("firstYear").toInt(), 2005);
    QCOMPARE(first.value("options").toObject().value("lastYear").toInt(), 2015);
    // The UI stayed in English whatever the pack's language.
    QCOMPARE(exporter->action()->text(), QStringLiteral("Export &Briefing…"));

    // Checked in the report: current.
    CheckExportsDialog dialog(m_catalog.get(), {path});
    QCOMPARE(dialog.report()->topLevelItem(0)->text(1), QStringLiteral("current"));
}

void tst_Briefing::cancelLeavesNothing()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto* exporter = window->findChild<BriefingExport*>();
    const QString path = m_dir.filePath("cancelled.pdf");
    QSignalSpy finished(exporter, &BriefingExport::finished);
    QVERIFY(exporter->start(path, QStringLiteral("en"), QPageSize::A4));
    QPointer<QProgressDialog> progress = exporter->progress();
    QTRY_VERIFY(progress && progress->value() >= 1); // a page drawn
    QVERIFY(finished.isEmpty());
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    cancel->click();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(finished.at(0).at(1).toString().contains("cancelled"));
    QVERIFY(!exporter->isRunning());
    QTest::qWait(50);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(m_dir.path()).entryList({"cancelled*"}, QDir::Files | QDir::Hidden).isEmpty());
}

void tst_Briefing::unwritableTarget()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto* exporter = window->findChild<BriefingExport*>();
    QSignalSpy finished(exporter, &BriefingExport::finished);
    QVERIFY(!exporter->start(m_dir.filePath("missing/b.pdf"), QStringLiteral("en"), QPageSize::A4));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains("b.pdf"),
             qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!exporter->isRunning());
}

void tst_Briefing::openThisFigure()
{
    // A slide of 2005–2015, then the Ministry's 2009 figure is corrected.
    FigureOptions options;
    options.firstYear = 2005;
    options.lastYear = 2015;
    ExportSettings settings;
    settings.language = QStringLiteral("en");
    const QString png = m_dir.filePath("a.png");
    QString error;
    QVERIFY2(
        FigureRenderer(FigureKind::Arrivals, m_catalog.get(), options).write(png, settings, &error),
        qPrintable(error));
    auto window = makeWindow();
    QVERIFY(window);
    window->showPage(1); // the trade page: the window must switch
    correct2009(2913);

    auto* checks = window->findChild<CheckExports*>();
    QVERIFY(checks);
    CheckExportsDialog* dialog = checks->check({png});
    dialog->show();
    auto* open = dialog->findChild<QPushButton*>(QStringLiteral("openFigure"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled());
    dialog->report()->setCurrentItem(dialog->report()->topLevelItem(0));
    QVERIFY(open->isEnabled());
    open->click();

    FigurePage* page = window->figurePage(FigureKind::Arrivals);
    QCOMPARE(window->currentPage(), 0);
    QCOMPARE(page->options().firstYear, 2005);
    QCOMPARE(page->options().lastYear, 2015);
    const ChangeMarks& marks = page->figure()->changeMarks();
    QCOMPARE(marks.file, QStringLiteral("a.png"));
    QCOMPARE(marks.all.size(), 1);
    QVERIFY(marks.byKey.contains(QStringLiteral("arrivals|total|2009|KR")));

    // The 2009 point's tooltip says old → new.
    const QAbstractItemModel* model = page->figure()->figure()->model();
    QModelIndex cell;
    for (int r = 0; r < model->rowCount() && !cell.isValid(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            const Observation* o =
                m_catalog->observation(i.data(roleId(DataRole::ObservationId)).toLongLong());
            if (o && o->quantityKey() == QLatin1String("arrivals|total|2009|KR")) {
                cell = i;
                break;
            }
        }
    }
    QVERIFY(cell.isValid());
    const auto at = page->figure()->positionOf(cell);
    QVERIFY(at);
    const QString tip = page->figure()->toolTipAt(*at);
    QVERIFY2(tip.contains("Changed since a.png was exported") && tip.contains("2,914 → 2,913"),
             qPrintable(tip));

    // The Sources panel lists the change, and clears it on request.
    CitationPanel* panel = window->citationPanel();
    QVERIFY2(panel->text().contains("Changed since a.png was exported"), qPrintable(panel->text()));
    QVERIFY(panel->text().contains("2,914 → 2,913"));
    // CROSSINGS_SCREENSHOTS=DIR saves the window (docs/screenshots/open-this-figure-en.png).
    if (const QString dir = qEnvironmentVariable("CROSSINGS_SCREENSHOTS"); !dir.isEmpty()) {
        dialog->hide();
        page->figure()->select(cell);
        QTest::qWait(100);
        QVERIFY(window->grab().save(QDir(dir).filePath("open-this-figure-en.png")));
    }
    emit panel->browser()->anchorClicked(QUrl(QStringLiteral("crossings:clear-changes")));
    QVERIFY(page->figure()->changeMarks().isEmpty());
    QVERIFY(!panel->text().contains("Changed since"));
    dialog->close();
}

void tst_Briefing::exportAgainNeverOverwrites()
{
    const QString png = m_dir.filePath("slide.png");
    ExportSettings settings;
    settings.language = QStringLiteral("en");
    QVERIFY(FigureRenderer(FigureKind::Arrivals, m_catalog.get()).write(png, settings));
    correct2009(2913);
    QFile taken(m_dir.filePath("slide-current.png"));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("mine");
    taken.close();
    CheckExportsDialog dialog(m_catalog.get(), {png});
    QCOMPARE(dialog.report()->topLevelItem(0)->text(1), QStringLiteral("outdated"));
    const QString written = dialog.exportAgain(0);
    QCOMPARE(written, m_dir.filePath("slide-current-2.png"));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("mine")); // left as it was
    CheckExportsDialog after(m_catalog.get(), {written});
    QCOMPARE(after.report()->topLevelItem(0)->text(1), QStringLiteral("current"));
}

void tst_Briefing::briefingInTheReport()
{
    // A pack in Korean on Letter paper; then 2009 is corrected.
    BriefingOptions options;
    options.language = QStringLiteral("ko");
    options.paper = QPageSize::Letter;
    const QString pdf = m_dir.filePath("pack.pdf");
    QString error;
    QVERIFY2(BriefingWriter(m_catalog.get(), options).write(pdf, &error), qPrintable(error));
    correct2009(2913);
    CheckExportsDialog dialog(m_catalog.get(), {pdf});
    QTreeWidget* report = dialog.report();
    QCOMPARE(report->topLevelItem(0)->text(1), QStringLiteral("outdated"));
    QCOMPARE(report->topLevelItem(0)->childCount(), 1);
    QVERIFY2(report->topLevelItem(0)->child(0)->text(0).contains("2009: 2,914 → 2,913"),
             qPrintable(report->topLevelItem(0)->child(0)->text(0)));
    // Several figures: none to open alone; Export Again draws the pack again.
    report->setCurrentItem(report->topLevelItem(0));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("openFigure"))->isEnabled());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("exportAgain"))->isEnabled());
    const QString again = dialog.exportAgain(0);
    QCOMPARE(again, m_dir.filePath("pack-current.pdf"));
    const ExportMetadata::Result meta = ExportMetadata::read(again);
    QCOMPARE(meta.provenance.value("figure").toString(), QStringLiteral("briefing"));
    QCOMPARE(meta.provenance.value("language").toString(), QStringLiteral("ko"));
    QCOMPARE(meta.provenance.value("export").toObject().value("paper").toString(),
             QStringLiteral("letter"));
    CheckExportsDialog after(m_catalog.get(), {again});
    QCOMPARE(after.report()->topLevelItem(0)->text(1), QStringLiteral("current"));
}

void tst_Briefing::dialogChoices()
{
    // What File → Export Briefing… asks first: the language (the UI's by default) and the paper.
    BriefingDialog dialog(QStringLiteral("ko"), QPageSize::Letter);
    QCOMPARE(dialog.language(), QStringLiteral("ko"));
    QCOMPARE(dialog.paper(), QPageSize::Letter);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("paper"));
    QVERIFY(language && paper);
    language->setCurrentIndex(0);
    paper->setCurrentIndex(0);
    QCOMPARE(dialog.language(), QStringLiteral("en"));
    QCOMPARE(dialog.paper(), QPageSize::A4);
    QCOMPARE(language->itemText(1), QStringLiteral("한국어"));
}

QTEST_MAIN(tst_Briefing)
#include "tst_briefing.moc"
