// SPDX-License-Identifier: GPL-3.0-or-later
// File → Store Location… (issue 15, "Settings in the window"): the dialog checks the address;
// the window switches stores without a restart; a store that cannot be used changes nothing.
#include "application.h"
#include "core/catalog.h"
#include "dataactions.h"
#include "importfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/store.h"
#include "storeactions.h"
#include "storedialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_StoreActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Application::setApplicationFont(); }
    void init();
    void cleanup();
    void dialogChecksTheAddress_data();
    void dialogChecksTheAddress();
    void dialogStartsOnTheCurrentStore();
    void switchesToANewFile();
    void switchesBackToTheOwnStore();
    void refusedLocationChangesNothing_data();
    void refusedLocationChangesNothing();
    void windowOffersItInKorean();
    void dialogInBothLanguages_data();
    void dialogInBothLanguages();

private:
    /// Whether the catalog holds this arrivals total (typed from the sources).
    bool hasArrivals(const char* period, qint64 value) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path; ///< the store the window shows at first (the import fixture)
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QMainWindow> m_window;
    StoreActions* m_actions = nullptr;
};

void tst_StoreActions::init()
{
    QSettings().remove(StoreActions::SettingKey);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    QString error;
    QVERIFY2(ImportFixture::createStore(m_path, &error), qPrintable(error));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_path, Store::Mode::ReadWrite));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(*m_store));
    m_window = std::make_unique<QMainWindow>();
    m_actions = new StoreActions(m_catalog.get(), m_store.get(), m_window.get());
}

void tst_StoreActions::cleanup()
{
    m_window.reset();
    m_catalog.reset();
    m_store.reset();
    QSettings().remove(StoreActions::SettingKey);
}

bool tst_StoreActions::hasArrivals(const char* period, qint64 value) const
{
    for (const Observation& o : m_catalog->snapshot().observations) {
        if (o.dataset == Term::Dataset::Arrivals && o.series == QLatin1String("total") &&
            o.period.code() == QLatin1String(period) && o.value == value && o.plotted)
            return true;
    }
    return false;
}

void tst_StoreActions::dialogChecksTheAddress_data()
{
    QTest::addColumn<QString>("choice"); // own, file or team
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: none

    QTest::newRow("own store") << "own"
                               << ""
                               << ""
                               << "";
    QTest::newRow("a new file") << "file"
                                << "@/team.sqlite"
                                << "@/team.sqlite"
                                << "";
    QTest::newRow("no file") << "file"
                             << ""
                             << ""
                             << "Choose a store file";
    QTest::newRow("a folder") << "file"
                              << "@"
                              << "@"
                              << "is a folder";
    QTest::newRow("missing folder") << "file"
                                    << "@/no/such/folder/x.sqlite"
                                    << "@/no/such/folder/x.sqlite"
                                    << "does not exist";
    QTest::newRow("an address as a file") << "file"
                                          << "postgresql://rita@db.example.org/crossings"
                                          << "postgresql://rita@db.example.org/crossings"
                                          << "team store address";
    QTest::newRow("team store") << "team"
                                << "postgresql://rita@db.example.org:5433/crossings"
                                << "postgresql://rita@db.example.org:5433/crossings"
                                << "";
    QTest::newRow("socket folder") << "team"
                                   << "postgresql:///crossings?host=/run/postgresql"
                                   << "postgresql:///crossings?host=/run/postgresql"
                                   << "";
    QTest::newRow("no address") << "team"
                                << ""
                                << ""
                                << "Give the team store's address";
    QTest::newRow("password in it") << "team"
                                    << "postgresql://rita:secret@db/crossings"
                                    << "postgresql://rita:secret@db/crossings"
                                    << "password";
    QTest::newRow("password parameter") << "team"
                                        << "postgresql://rita@db/crossings?password=secret"
                                        << "postgresql://rita@db/crossings?password=secret"
                                        << "password";
    QTest::newRow("no database") << "team"
                                 << "postgresql://rita@db/"
                                 << "postgresql://rita@db/"
                                 << "database name is missing";
    QTest::newRow("not an address") << "team"
                                    << "/home/rita/crossings.sqlite"
                                    << "/home/rita/crossings.sqlite"
                                    << "postgresql://";
}

void tst_StoreActions::dialogChecksTheAddress()
{
    QFETCH(QString, choice);
    QFETCH(QString, text);
    QFETCH(QString, location);
    QFETCH(QString, problem);
    text.replace(QLatin1Char('@'), m_dir->path(), Qt::CaseSensitive);
    if (!location.startsWith(QLatin1String("postgresql")))
        location.replace(QLatin1Char('@'), m_dir->path());
    if (text.startsWith(QLatin1String("postgresql")))
        text = location;

    StoreDialog dialog(QString(), m_path);
    if (choice == QLatin1String("file"))
        dialog.chooseFile(text);
    else if (choice == QLatin1String("team"))
        dialog.chooseTeamStore(text);
    else
        dialog.chooseOwn();
    QCOMPARE(dialog.location(), location);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* shown = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    QVERIFY(shown);
    if (problem.isEmpty()) {
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(ok->isEnabled());
        QVERIFY(shown->isHidden());
    } else {
        QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(shown->text(), dialog.problem());
        QVERIFY(!shown->isHidden());
    }
}

void tst_StoreActions::dialogStartsOnTheCurrentStore()
{
    const QString own = m_dir->filePath(QStringLiteral("own.sqlite"));
    QCOMPARE(StoreDialog(QString(), own).location(), QString());
    QCOMPARE(StoreDialog(own, own).location(), QString()); // the own store, named by its path
    QCOMPARE(StoreDialog(m_path, own).location(), m_path);
    const QString uri = QStringLiteral("postgresql://rita@db.example.org/crossings");
    QCOMPARE(StoreDialog(uri, own).location(), uri);
}

void tst_StoreActions::switchesToANewFile()
{
    // The fixture has 2023 (196) but not the bundled 2025 (223: the Ministry's correction of 4
    // February 2026); a new store file is created with the bundled figures.
    QVERIFY(hasArrivals("2023", 196));
    QVERIFY(!hasArrivals("2025", 223));
    QSignalSpy switched(m_actions, &StoreActions::switched);
    const QString next = m_dir->filePath(QStringLiteral("second.sqlite"));
    QString error;
    QVERIFY2(m_actions->switchTo(next, &error), qPrintable(error));
    QCOMPARE(switched.count(), 1);
    QCOMPARE(m_store->path(), next);
    QVERIFY(QFile::exists(next));
    QVERIFY(hasArrivals("2025", 223));
    QCOMPARE(m_actions->currentLocation(), next);
    QCOMPARE(QSettings().value(StoreActions::SettingKey).toString(), next);
    // And back to the first file, which is as it was.
    QVERIFY2(m_actions->switchTo(m_path, &error), qPrintable(error));
    QCOMPARE(m_store->path(), m_path);
    QVERIFY(hasArrivals("2023", 196));
    QVERIFY(!hasArrivals("2025", 223));
    QCOMPARE(switched.count(), 2);
}

void tst_StoreActions::switchesBackToTheOwnStore()
{
    QString error;
    QVERIFY2(m_actions->switchTo(QString(), &error), qPrintable(error));
    QCOMPARE(m_store->path(), Store::defaultPath());
    QCOMPARE(m_actions->currentLocation(), QString());
    QVERIFY(hasArrivals("2025", 223));
    QVERIFY(QSettings().contains(StoreActions::SettingKey));
    QCOMPARE(QSettings().value(StoreActions::SettingKey).toString(), QString());
}

void tst_StoreActions::refusedLocationChangesNothing_data()
{
    QTest::addColumn<QString>("location");   // @: the test's folder
    QTest::addColumn<QByteArray>("content"); // written there first; empty: nothing written

    QTest::newRow("a text file") << "@/notes.txt" << QByteArray("figures, not a store\n");
    QTest::newRow("another program's database")
        << "@/other.sqlite" << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x01');
    QTest::newRow("missing folder") << "@/no/such/folder/x.sqlite" << QByteArray();
    QTest::newRow("malformed address") << "postgresql://rita@db:/crossings" << QByteArray();
    QTest::newRow("password in the address")
        << "postgresql://rita:secret@127.0.0.1/crossings" << QByteArray();
    QTest::newRow("unreachable server")
        << "postgresql://nobody@127.0.0.1:1/crossings?connect_timeout=2" << QByteArray();
}

void tst_StoreActions::refusedLocationChangesNothing()
{
    QFETCH(QString, location);
    QFETCH(QByteArray, content);
    location.replace(QLatin1Char('@'), m_dir->path());
    if (!content.isEmpty()) {
        QFile f(location);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QSettings().setValue(StoreActions::SettingKey, m_path);
    QSignalSpy switched(m_actions, &StoreActions::switched);
    QString error;
    QVERIFY(!m_actions->switchTo(location, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(switched.count(), 0);
    QCOMPARE(m_store->path(), m_path);
    QVERIFY(m_store->isOpen());
    QVERIFY(hasArrivals("2023", 196));
    QCOMPARE(QSettings().value(StoreActions::SettingKey).toString(), m_path);
    if (!content.isEmpty()) {
        QFile f(location);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // not ours: never written
    }
}

void tst_StoreActions::windowOffersItInKorean()
{
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    MainWindow window(m_catalog.get(), m_store.get(), &language);
    auto* action = window.findChild<QAction*>(QStringLiteral("storeLocationAction"));
    QVERIFY(action);
    QVERIFY(window.fileMenu()->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("Store &Location…"));
    QVERIFY(language.setLanguage(QStringLiteral("ko")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(action->text(), QStringLiteral("저장소 위치(&L)…"));
    // A switch updates what the File menu offers (Undo: the new store has no import).
    auto* actions = window.findChild<StoreActions*>();
    QVERIFY(actions);
    QString error;
    QVERIFY2(actions->switchTo(m_dir->filePath(QStringLiteral("third.sqlite")), &error),
             qPrintable(error));
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoImportAction"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(action->text(), QStringLiteral("Store &Location…"));
}

void tst_StoreActions::dialogInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << "en"
                        << "Store Location";
    QTest::newRow("ko") << "ko"
                        << "저장소 위치";
}

void tst_StoreActions::dialogInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    LanguageManager manager;
    QVERIFY(manager.setLanguage(language));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    StoreDialog dialog(QStringLiteral("postgresql://rita:secret@db/crossings"), m_path);
    dialog.adjustSize();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), title);
    // Every label and button is given at least the room it asks for (nothing clipped).
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || !(qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w)))
            continue;
        const QLabel* label = qobject_cast<QLabel*>(w);
        const int needed =
            label && label->wordWrap() ? label->heightForWidth(w->width()) : w->sizeHint().height();
        QVERIFY2(w->height() >= needed, qPrintable(w->objectName()));
        if (!label || !label->wordWrap())
            QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(w->objectName()));
    }
    const QString dir = qEnvironmentVariable("CROSSINGS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/store-location-%1.png").arg(language));
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QTEST_MAIN(tst_StoreActions)
#include "tst_storeactions.moc"
