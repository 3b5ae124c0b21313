// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "chartview.h"
#include "core/catalog.h"
#include "figurechart.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>

#include <memory>

/// Help → Keyboard Shortcuts lists what the window's QActions say, and follows their changes.
class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plainText_data();
    void plainText();
    void listsActionsByMenu();
    void followsActionChanges();
    void windowGone();
    void listsChartKeys();

private:
    std::unique_ptr<QMainWindow> m_window;
    QAction* m_open = nullptr;
    QAction* m_quit = nullptr;
};

void tst_ShortcutsDialog::init()
{
    m_window = std::make_unique<QMainWindow>();
    QMenu* file = m_window->menuBar()->addMenu("&File");
    m_open = file->addAction("&Open…");
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file->addSeparator();
    QMenu* exportMenu = file->addMenu("E&xport");
    exportMenu->addAction("As &PNG…")->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportMenu->addAction("As P&DF…"); // no shortcut: not listed
    m_quit = file->addAction("&Quit");
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* view = m_window->menuBar()->addMenu("&View");
    view->addAction("&Table"); // no shortcut
    QAction* hidden = view->addAction("Hidden");
    hidden->setShortcut(QKeySequence(Qt::Key_F9));
    hidden->setVisible(false); // not reachable: not listed
    view->addAction("Save && Close")->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));

    m_window->menuBar()->addMenu("&Empty"); // no actions with keys: no section

    // An action of the window in no menu, with two shortcuts.
    auto* next = new QAction("Next figure", m_window.get());
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    m_window->addAction(next);

    // The same command in two views, each with its own action: listed once.
    for (int i = 0; i < 2; ++i) {
        auto* view = new QWidget(m_window.get());
        auto* copy = new QAction("&Copy", view);
        copy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_C));
        copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(copy);
    }
}

void tst_ShortcutsDialog::cleanup()
{
    m_window.reset();
}

void tst_ShortcutsDialog::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("mnemonic") << "&File"
                              << "File";
    QTest::newRow("inside") << "E&xport"
                            << "Export";
    QTest::newRow("korean bracket") << "파일(&F)"
                                    << "파일";
    QTest::newRow("korean bracket, space") << "내보내기 (&E)…"
                                           << "내보내기…";
    QTest::newRow("literal ampersand") << "Save && Close"
                                       << "Save & Close";
    QTest::newRow("none") << "Export…"
                          << "Export…";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_ShortcutsDialog::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(ShortcutsDialog::plainText(text), plain);
}

void tst_ShortcutsDialog::listsActionsByMenu()
{
    ShortcutsDialog dialog(m_window.get());
    const QStringList expected = {
        "File\tOpen…\tCtrl+O",
        "File\tExport › As PNG…\tCtrl+E",
        "File\tQuit\tCtrl+Q",
        "View\tSave & Close\tCtrl+W",
        "Other\tNext figure\tCtrl+PgDown, Ctrl+Tab",
        "Other\tCopy\tCtrl+C",
    };
    QCOMPARE(dialog.rows(), expected);
}

void tst_ShortcutsDialog::followsActionChanges()
{
    ShortcutsDialog dialog(m_window.get());
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_open->setText("&Open File…");
    m_quit->setShortcuts({});
    QTRY_COMPARE(dialog.rows().value(0), QStringLiteral("File\tOpen File…\tCtrl+Shift+O"));
    QCOMPARE(dialog.rows().filter("Quit"), QStringList());

    auto* added = new QAction("Refresh", m_window.get());
    added->setShortcut(QKeySequence(Qt::Key_F5));
    m_window->addAction(added);
    // A new action is read when the dialog is next built (the menu opens a fresh one).
    ShortcutsDialog fresh(m_window.get());
    QVERIFY(fresh.rows().contains("Other\tRefresh\tF5"));
}

void tst_ShortcutsDialog::windowGone()
{
    ShortcutsDialog dialog(m_window.get());
    QCOMPARE(dialog.rows().size(), 6);
    m_window.reset();
    m_open = m_quit = nullptr;
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &languageChange);
    QTRY_COMPARE(dialog.rows(), QStringList()); // read again: nothing left, and no crash
}

void tst_ShortcutsDialog::listsChartKeys()
{
    // A window with a chart: its keys, which are no actions, are listed after the others.
    Catalog catalog;
    auto* figure = FigureChart::create(FigureKind::Destinations, &catalog, m_window.get());
    new ChartView(figure, m_window.get());
    ShortcutsDialog dialog(m_window.get());
    const QStringList chart = dialog.rows().filter(QRegularExpression("^Chart\t"));
    QCOMPARE(chart, QStringList({
                        "Chart\tSelect the previous or next figure\tLeft, Right",
                        "Chart\tSelect the first or last figure\tHome, End",
                        "Chart\tZoom in\t+",
                        "Chart\tZoom out\t-",
                        "Chart\tShow the whole figure\t0, Ctrl+0",
                        "Chart\tPan a zoomed chart\tShift+Left, Shift+Right, Up, Down",
                    }));
    QCOMPARE(dialog.rows().mid(0, 6), QStringList({
                                          "File\tOpen…\tCtrl+O",
                                          "File\tExport › As PNG…\tCtrl+E",
                                          "File\tQuit\tCtrl+Q",
                                          "View\tSave & Close\tCtrl+W",
                                          "Other\tNext figure\tCtrl+PgDown, Ctrl+Tab",
                                          "Other\tCopy\tCtrl+C",
                                      }));
}

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_shortcutsdialog.moc"
