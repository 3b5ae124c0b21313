// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window: three figures one click apart, the sources dock following the selection,
// menus, persistence, language switching, and each page rendering without a warning.
#include "application.h"
#include "chartpalette.h"
#include "chartview.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "figurepage.h"
#include "itemmodels/destinationsmodel.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "warningcollector.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(FigureKind)
Q_DECLARE_METATYPE(Theme)

namespace {

int rowOf(const QAbstractItemModel* m, const QString& periodCode)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() == periodCode)
            return r;
    }
    return -1;
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void threeFiguresOneClickApart_data();
    void threeFiguresOneClickApart();
    void sourcesDockFollowsPageAndSelection();
    void viewMenuTogglesTheDock();
    void menusAreInOnePlace();
    void addPageExtendsTheList();
    void stateIsRemembered();
    void languageSwitchRetranslatesEverything();
    void darkPaletteGivesDarkCharts();
    void pagesRenderWithoutWarnings_data();
    void pagesRenderWithoutWarnings();
    void auditPageRenders_data();
    void auditPageRenders();

private:
    WindowFixture m_fixture;
};

void tst_MainWindow::initTestCase()
{
    const QString problem = m_fixture.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_MainWindow::init()
{
    const QString problem = m_fixture.reset();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_MainWindow::cleanup()
{
    m_fixture.catalog.reset();
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

void tst_MainWindow::threeFiguresOneClickApart_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<QString>("title");
    QTest::newRow("Ctrl+1") << int(Qt::Key_1) << FigureKind::Arrivals << "Arrivals";
    QTest::newRow("Ctrl+2") << int(Qt::Key_2) << FigureKind::Trade << "China trade collapse";
    QTest::newRow("Ctrl+3") << int(Qt::Key_3) << FigureKind::Destinations << "Where defectors go";
}

void tst_MainWindow::threeFiguresOneClickApart()
{
    QFETCH(int, key);
    QFETCH(FigureKind, kind);
    QFETCH(QString, title);
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    QVERIFY(window->pageCount() >= 3);
    window->showPage(kind == FigureKind::Arrivals ? 2 : 0);
    QTest::keyClick(window.get(), Qt::Key(key), Qt::ControlModifier);
    QVERIFY(window->currentFigure());
    QCOMPARE(window->currentFigure()->figure()->kind(), kind);
    auto* list = window->findChild<QListWidget*>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(list->currentItem()->text(), title);
    QVERIFY(!list->currentItem()->icon().isNull());
    QCOMPARE(window->page(window->currentPage())->windowTitle(), title);
}

void tst_MainWindow::sourcesDockFollowsPageAndSelection()
{
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    window->showPage(1);
    FigurePage* trade = window->figurePage(FigureKind::Trade);
    QCOMPARE(window->citationPanel()->figure(), trade->figure());
    // Nothing selected: the sources of what is shown are listed.
    QVERIFY(
        window->citationPanel()->text().contains(QStringLiteral("Sources of the figures shown")));
    const int row = rowOf(trade->figure()->figure()->model(), QStringLiteral("2020-03"));
    trade->setCurrentIndex(trade->figure()->figure()->model()->index(row, 2));
    QVERIFY2(window->citationPanel()->text().contains(QStringLiteral("$616,000")),
             qPrintable(window->citationPanel()->text()));
    // Another page: its figure, and its own selection (none yet).
    window->showPage(0);
    QCOMPARE(window->citationPanel()->figure(), window->figurePage(FigureKind::Arrivals)->figure());
    QVERIFY(!window->citationPanel()->currentObservation());
    // Back: the trade selection is still there.
    window->showPage(1);
    QVERIFY(window->citationPanel()->currentObservation());
    QCOMPARE(window->citationPanel()->currentObservation()->value, 616000);
}

void tst_MainWindow::viewMenuTogglesTheDock()
{
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    QAction* toggle = window->findChild<QAction*>(QStringLiteral("toggleCitations"));
    QVERIFY(toggle);
    QVERIFY(window->viewMenu()->actions().contains(toggle));
    QVERIFY(window->citationDock()->isVisible());
    toggle->trigger();
    QVERIFY(!window->citationDock()->isVisible());
    toggle->trigger();
    QVERIFY(window->citationDock()->isVisible());
}

void tst_MainWindow::menusAreInOnePlace()
{
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    QStringList titles;
    for (QAction* a : window->menuBar()->actions())
        titles << a->text();
    QVERIFY2(titles.size() >= 3, qPrintable(titles.join('|')));
    QCOMPARE(titles.at(0), QStringLiteral("&File"));
    QCOMPARE(titles.at(1), QStringLiteral("&View"));
    QVERIFY(window->fileMenu()->actions().contains(window->quitAction()));
    QCOMPARE(window->quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    // The page actions are in the View menu, with their shortcuts.
    QStringList shortcuts;
    for (QAction* a : window->viewMenu()->actions())
        shortcuts << a->shortcut().toString();
    QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+1")));
    QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+2")));
    QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+3")));
}

void tst_MainWindow::addPageExtendsTheList()
{
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    auto* extra = new QWidget;
    extra->setObjectName(QStringLiteral("extra"));
    extra->setWindowTitle(QStringLiteral("Extra"));
    const int before = window->pageCount();
    QVERIFY(before >= 3 && before < 9);
    const int index = window->addPage(extra);
    QCOMPARE(index, before);
    QCOMPARE(window->pageCount(), before + 1);
    QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
    QCOMPARE(window->currentPage(), index);
    QVERIFY(!window->currentFigure());
    QVERIFY(!window->citationPanel()->figure());
    extra->setWindowTitle(QStringLiteral("Renamed"));
    QCOMPARE(window->findChild<QListWidget*>(QStringLiteral("pageList"))->item(index)->text(),
             QStringLiteral("Renamed"));
}

void tst_MainWindow::stateIsRemembered()
{
    QList<int> sizes;
    {
        auto window = m_fixture.makeWindow();
        QVERIFY(window);
        window->showPage(0);
        FigurePage* page = window->figurePage(FigureKind::Arrivals);
        FigureOptions o = page->options();
        o.bars = true;
        o.lastYear = 2024;
        page->setOptions(o);
        // (The dock hidden first: the page is then as wide as after the restore, and its
        // options take as many lines.)
        window->citationDock()->hide();
        QCoreApplication::processEvents();
        page->splitter()->setSizes({300, 300});
        QCoreApplication::processEvents();
        sizes = page->splitter()->sizes();
        window->showPage(2);
        window->close();
    }
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    QCOMPARE(window->currentPage(), 2);
    window->showPage(0);
    QCoreApplication::processEvents();
    FigurePage* page = window->figurePage(FigureKind::Arrivals);
    QCOMPARE(page->splitter()->sizes(), sizes);
    QVERIFY(page->options().bars);
    QCOMPARE(page->options().lastYear, 2024);
    QVERIFY(!window->citationDock()->isVisible());
}

void tst_MainWindow::languageSwitchRetranslatesEverything()
{
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    FigurePage* arrivals = window->figurePage(FigureKind::Arrivals);
    const int row = rowOf(arrivals->figure()->figure()->model(), QStringLiteral("2009"));
    arrivals->setCurrentIndex(arrivals->figure()->figure()->model()->index(row, 1));
    QVERIFY(m_fixture.language->setLanguage(QStringLiteral("ko")));
    QCoreApplication::processEvents();
    // Data labels follow the locale; the chart was rebuilt in the new language.
    QCOMPARE(arrivals->table()->model()->index(row, 0).data().toString(), QStringLiteral("2009년"));
    // The sources panel was written again: the period in Korean, the selection kept.
    QVERIFY2(window->citationPanel()->text().contains(QStringLiteral("2009년")),
             qPrintable(window->citationPanel()->text()));
    QCOMPARE(window->citationPanel()->currentObservation()->value, 2914);
    // The trade chart's month axis is in Korean too.
    QStringList labels;
    for (QAbstractAxis* axis :
         window->figurePage(FigureKind::Trade)->figure()->chart()->axes(Qt::Horizontal))
        labels << qobject_cast<QCategoryAxis*>(axis)->categoriesLabels();
    QVERIFY2(labels.contains(QStringLiteral("2020년 1월")), qPrintable(labels.join('|')));
    QVERIFY(m_fixture.language->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(arrivals->table()->model()->index(row, 0).data().toString(), QStringLiteral("2009"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Crossings"));
}

void tst_MainWindow::darkPaletteGivesDarkCharts()
{
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    FigurePage* page = window->figurePage(FigureKind::Arrivals);
    QCOMPARE(page->figure()->theme(), Theme::Light);
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Button, QColor(0x3A, 0x3A, 0x3A));
    dark.setColor(QPalette::ButtonText, QColor(0xEE, 0xEE, 0xEE));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    QCOMPARE(page->figure()->theme(), Theme::Dark);
    QCOMPARE(page->figure()->chart()->backgroundBrush().color(),
             ChartPalette::style(Theme::Dark).background);
    const QByteArray dir = qgetenv("CROSSINGS_SCREENSHOTS");
    if (!dir.isEmpty())
        window->grab().save(QString::fromLocal8Bit(dir) +
                            QStringLiteral("/arrivals-dark-window.png"));
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    QCOMPARE(page->figure()->theme(), Theme::Light);
}

void tst_MainWindow::pagesRenderWithoutWarnings_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("period"); // selected, so that the sources panel shows a figure
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("view"); // destinations: the Show menu's view, -1 the default
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        const QByteArray l = language.toLatin1();
        QTest::newRow("arrivals " + l) << 0 << "arrivals-" + language + ".png"
                                       << "2009" << 1 << language << -1;
        QTest::newRow("trade " + l) << 1 << "trade-" + language + ".png"
                                    << "2020-03" << 2 << language << -1;
        QTest::newRow("destinations " + l) << 2 << "destinations-" + language + ".png"
                                           << "~@2021" << 3 << language << -1;
        // Over time: the US fiscal years beside South Korea's arrivals; FY2008 has two
        // published figures (37 and 38).
        QTest::newRow("destinations over time " + l)
            << 2 << "destinations-over-time-" + language + ".png"
            << "FY2008" << 3 << language << int(DestinationsModel::View::OverTime);
    }
}

void tst_MainWindow::pagesRenderWithoutWarnings()
{
    QFETCH(int, page);
    QFETCH(QString, file);
    QFETCH(QString, period);
    QFETCH(int, column);
    QFETCH(QString, language);
    QFETCH(int, view);
    QVERIFY(m_fixture.language->setLanguage(language));
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    window->showPage(page);
    auto* figurePage = qobject_cast<FigurePage*>(window->page(page));
    QVERIFY(figurePage);
    if (view >= 0) {
        FigureOptions options = figurePage->options();
        options.destinationsView = DestinationsView(view);
        figurePage->setOptions(options);
        QTest::qWait(200); // let Qt Charts lay out the rebuilt axes before the picture
        QCOMPARE(figurePage->findChild<QComboBox*>(QStringLiteral("show"))->currentIndex(), view);
    }
    const QAbstractItemModel* model = figurePage->figure()->figure()->model();
    const int row = rowOf(model, period);
    QVERIFY(row >= 0);
    figurePage->setCurrentIndex(model->index(row, column));
    QVERIFY(window->citationPanel()->currentObservation());
    QCoreApplication::processEvents();
    const QImage image = window->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800) * image.devicePixelRatio());
    // No axis label had to be shortened to fit.
    for (QAbstractAxis* axis : window->currentFigure()->chart()->axes())
        QVERIFY(!axis->labelsTruncated());
    const QByteArray dir = qgetenv("CROSSINGS_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + file));
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

void tst_MainWindow::auditPageRenders_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ko") << "ko";
}

void tst_MainWindow::auditPageRenders()
{
    QFETCH(QString, language);
    QVERIFY(m_fixture.language->setLanguage(language));
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    window->showPage(3); // the source audit
    QCoreApplication::processEvents();
    const QImage image = window->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800) * image.devicePixelRatio());
    const QByteArray dir = qgetenv("CROSSINGS_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) +
                           QStringLiteral("/audit-%1.png").arg(language)));
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
