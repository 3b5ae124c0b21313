// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "core/catalog.h"
#include "helpmenu.h"
#include "languagemanager.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QTest>

#include <memory>

/// The Help menu: its entries in both languages, and the dialogs they open over the window.
class tst_HelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void entries_data();
    void entries();
    void opensShortcuts();
    void opensAbout();

private:
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QMainWindow> m_window;
    HelpMenu* m_menu = nullptr;
};

void tst_HelpMenu::init()
{
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage("en"));
    m_catalog = std::make_unique<Catalog>();
    m_window = std::make_unique<QMainWindow>();
    m_menu = new HelpMenu(m_catalog.get(), m_window.get());
    m_window->menuBar()->addMenu(m_menu);
}

void tst_HelpMenu::cleanup()
{
    m_window.reset();
    m_catalog.reset();
    m_language.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_HelpMenu::entries_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shortcuts");
    QTest::addColumn<QString>("about");
    QTest::newRow("English") << "en"
                             << "&Help"
                             << "&Keyboard Shortcuts"
                             << "&About Crossings";
    QTest::newRow("Korean") << "ko"
                            << "도움말(&H)"
                            << "단축키(&K)"
                            << "Crossings 정보(&A)";
}

void tst_HelpMenu::entries()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, shortcuts);
    QFETCH(QString, about);
    QVERIFY(m_language->setLanguage(language));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_menu->title(), title);
    QCOMPARE(m_menu->menuAction()->text(), title);
    QCOMPARE(m_menu->shortcutsAction()->text(), shortcuts);
    QCOMPARE(m_menu->aboutAction()->text(), about);
    QCOMPARE(m_menu->shortcutsAction()->shortcut(), QKeySequence(Qt::Key_F1));
    QCOMPARE(m_menu->aboutAction()->menuRole(), QAction::AboutRole);
    QCOMPARE(m_menu->actions(),
             (QList<QAction*>{m_menu->shortcutsAction(), m_menu->aboutAction()}));
}

void tst_HelpMenu::opensShortcuts()
{
    m_menu->shortcutsAction()->trigger();
    auto* dialog = m_window->findChild<ShortcutsDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->rows(), QStringList{"Help\tKeyboard Shortcuts\tF1"});
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<ShortcutsDialog*>()); // deleted on close
}

void tst_HelpMenu::opensAbout()
{
    m_menu->aboutAction()->trigger();
    auto* dialog = m_window->findChild<AboutDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("About Crossings"));
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<AboutDialog*>());
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
