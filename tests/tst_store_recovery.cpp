// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "importfixture.h"
#include "storage/store.h"
#include "storage/storerecovery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The store under faults, as the window meets them: what StoreRecovery offers for each
/// failure, moving a damaged store aside (never deleting it, journal included), continuing on
/// the bundled data, and a store left behind by a process killed inside an import.
class tst_StoreRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void isDamaged_data();
    void isDamaged();
    void asideName();
    void offer_data();
    void offer();
    void damagedStoreIsMovedAsideWithItsJournal();
    void failedMoveKeepsEverything();
    void otherFailuresLeaveTheFileAlone_data();
    void otherFailuresLeaveTheFileAlone();
    void killedImportNeedsNoRecovery();

private:
    enum class Fault { Corrupt, NotSqlite, Newer, Locked, ReadOnly };
    void makeFault(Fault fault);
    void releaseLock();
    static QByteArray bytes(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {
const QDateTime kNow(QDate(2026, 2, 4), QTime(9, 30, 5));
const QString kLock = QStringLiteral("locker");
} // namespace

void tst_StoreRecovery::init()
{
    releaseLock();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("crossings.sqlite"));
    QString error;
    QVERIFY2(ImportFixture::createStore(m_path, &error), qPrintable(error));
}

QByteArray tst_StoreRecovery::bytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return f.readAll();
}

void tst_StoreRecovery::releaseLock()
{
    if (!QSqlDatabase::contains(kLock))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(kLock);
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(kLock);
}

void tst_StoreRecovery::makeFault(Fault fault)
{
    switch (fault) {
    case Fault::Corrupt: {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write(QByteArray(f.size() - 4096, '\x5A'));
        break;
    }
    case Fault::NotSqlite: {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("dataset,series\n");
        break;
    }
    case Fault::Newer:
    case Fault::Locked: {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kLock);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(fault == Fault::Newer ? QStringLiteral("PRAGMA user_version = 7")
                                             : QStringLiteral("BEGIN EXCLUSIVE")));
        if (fault == Fault::Newer) {
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(kLock);
        }
        break;
    }
    case Fault::ReadOnly:
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        break;
    }
}

void tst_StoreRecovery::isDamaged_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("damaged");
    QTest::newRow("corrupt") << int(Store::Error::Corrupt) << true;
    QTest::newRow("not a database") << int(Store::Error::NotADatabase) << true;
    QTest::newRow("newer") << int(Store::Error::NewerSchema) << false;
    QTest::newRow("locked") << int(Store::Error::Locked) << false;
    QTest::newRow("read-only") << int(Store::Error::ReadOnly) << false;
    QTest::newRow("unreadable") << int(Store::Error::Io) << false;
    QTest::newRow("missing") << int(Store::Error::Missing) << false;
}

void tst_StoreRecovery::isDamaged()
{
    QFETCH(int, error);
    QFETCH(bool, damaged);
    QCOMPARE(StoreRecovery::isDamaged(Store::Error(error)), damaged);
}

void tst_StoreRecovery::asideName()
{
    const QString first = m_path + QStringLiteral(".damaged-20260204-093005");
    QCOMPARE(StoreRecovery::asideName(m_path, kNow), first);
    QFile(m_path).copy(first);
    QCOMPARE(StoreRecovery::asideName(m_path, kNow), first + QStringLiteral("-2"));
    // A leftover journal under the second name counts as taken too.
    QFile j(first + QStringLiteral("-2-journal"));
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.close();
    QCOMPARE(StoreRecovery::asideName(m_path, kNow), first + QStringLiteral("-3"));
}

void tst_StoreRecovery::offer_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("userStore");
    QTest::addColumn<bool>("moves");
    QTest::addColumn<QString>("problem");
    QTest::newRow("corrupt user store") << int(Fault::Corrupt) << true << true << "is damaged";
    QTest::newRow("corrupt named file") << int(Fault::Corrupt) << false << false << "is damaged";
    QTest::newRow("text file as user store") << int(Fault::NotSqlite) << true << true
                                             << "is not a Crossings database (not an SQLite file).";
    QTest::newRow("newer user store")
        << int(Fault::Newer) << true << false
        << "was written by a newer version of Crossings (data format 7;";
    QTest::newRow("locked user store")
        << int(Fault::Locked) << true << false << "is locked by another program.";
    QTest::newRow("read-only user store")
        << int(Fault::ReadOnly) << true << false << "is read-only.";
}

void tst_StoreRecovery::offer()
{
    QFETCH(int, fault);
    QFETCH(bool, userStore);
    QFETCH(bool, moves);
    QFETCH(QString, problem);
    makeFault(Fault(fault));
    const Store::Mode mode = userStore ? Store::Mode::CreateIfMissing : Store::Mode::ReadWrite;
    Store store;
    QVERIFY(!store.open(m_path, mode));
    const StoreRecovery::Offer o = StoreRecovery::offer(store, m_path, userStore, kNow);
    releaseLock();
    QVERIFY2(o.problem.contains(problem), qPrintable(o.problem));
    QVERIFY(o.problem.contains(m_path));
    if (moves) {
        QCOMPARE(o.movedTo, m_path + QStringLiteral(".damaged-20260204-093005"));
        QCOMPARE(
            o.question,
            QStringLiteral("Continue on the bundled data? The damaged file will be kept as \"") +
                o.movedTo + QStringLiteral("\"."));
    } else {
        QVERIFY(o.movedTo.isEmpty());
        QCOMPARE(o.question,
                 QStringLiteral("Continue on the bundled data, without saving changes? The file "
                                "will not be changed."));
    }
}

void tst_StoreRecovery::damagedStoreIsMovedAsideWithItsJournal()
{
    // Not an SQLite file, with a journal beside it that SQLite never looked at (the header
    // check refuses the file first). The journal must go with it: a fresh store at the same
    // path would otherwise take it for its own and "roll it back" into itself.
    makeFault(Fault::NotSqlite);
    const QByteArray journal = QByteArray(512, '\x11');
    {
        QFile j(m_path + QStringLiteral("-journal"));
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(journal);
    }
    const QByteArray damaged = bytes(m_path);
    Store store;
    QVERIFY(!store.open(m_path, Store::Mode::CreateIfMissing));
    QCOMPARE(int(store.error()), int(Store::Error::NotADatabase));
    QCOMPARE(bytes(m_path + QStringLiteral("-journal")), journal);
    const StoreRecovery::Offer o = StoreRecovery::offer(store, m_path, true, kNow);
    QString movedTo;
    QVERIFY2(StoreRecovery::accept(store, o, m_path, Store::Mode::CreateIfMissing, &movedTo),
             qPrintable(store.errorString()));
    QCOMPARE(movedTo, o.movedTo);
    // Kept, byte for byte, never deleted.
    QCOMPARE(bytes(movedTo), damaged);
    QCOMPARE(bytes(movedTo + QStringLiteral("-journal")), journal);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
    // A fresh store from the bundled data in its place.
    QCOMPARE(store.path(), m_path);
    Snapshot s;
    QVERIFY(store.load(&s));
    QVERIFY(s.observations.size() > 200);
    store.close();
    Store again;
    QVERIFY2(again.open(m_path, Store::Mode::ReadOnly), qPrintable(again.errorString()));
}

void tst_StoreRecovery::failedMoveKeepsEverything()
{
    makeFault(Fault::NotSqlite);
    {
        QFile j(m_path + QStringLiteral("-journal"));
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("journal");
    }
    const QByteArray damaged = bytes(m_path);
    // The database moves, its journal cannot (a folder is in the way): both stay where they were.
    const QString to = m_path + QStringLiteral(".damaged-x");
    QVERIFY(QDir().mkpath(to + QStringLiteral("-journal/blocker")));
    QString error;
    QVERIFY(!StoreRecovery::moveAside(m_path, to, &error));
    QVERIFY(
        error.startsWith(QStringLiteral("Cannot move \"") + m_path + QStringLiteral("-journal\"")));
    QCOMPARE(bytes(m_path), damaged);
    QCOMPARE(bytes(m_path + QStringLiteral("-journal")), QByteArray("journal"));
    QVERIFY(!QFile::exists(to));

    // accept() then continues on the bundled data in memory and leaves the file alone.
    Store store;
    QVERIFY(!store.open(m_path, Store::Mode::CreateIfMissing));
    StoreRecovery::Offer o = StoreRecovery::offer(store, m_path, true, kNow);
    o.movedTo = to;
    QString movedTo = QStringLiteral("unset");
    QVERIFY(StoreRecovery::accept(store, o, m_path, Store::Mode::CreateIfMissing, &movedTo));
    QVERIFY(movedTo.isEmpty());
    QCOMPARE(store.path(), QStringLiteral(":memory:"));
    QCOMPARE(bytes(m_path), damaged);
}

void tst_StoreRecovery::otherFailuresLeaveTheFileAlone_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("newer") << int(Fault::Newer);
    QTest::newRow("locked") << int(Fault::Locked);
    QTest::newRow("read-only") << int(Fault::ReadOnly);
}

void tst_StoreRecovery::otherFailuresLeaveTheFileAlone()
{
    QFETCH(int, fault);
    // Bytes read before the lock is taken: closing a descriptor drops this process's locks.
    const QByteArray initial = bytes(m_path);
    makeFault(Fault(fault));
    const QByteArray before = Fault(fault) == Fault::Locked ? initial : bytes(m_path);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    Store store;
    QVERIFY(!store.open(m_path, Store::Mode::CreateIfMissing));
    const StoreRecovery::Offer o = StoreRecovery::offer(store, m_path, true, kNow);
    QString movedTo = QStringLiteral("unset");
    QVERIFY(StoreRecovery::accept(store, o, m_path, Store::Mode::CreateIfMissing, &movedTo));
    QVERIFY(movedTo.isEmpty());
    QCOMPARE(store.path(), QStringLiteral(":memory:"));
    Snapshot s;
    QVERIFY(store.load(&s));
    QVERIFY(s.observations.size() > 200);
    releaseLock();
    QCOMPARE(bytes(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);
}

void tst_StoreRecovery::killedImportNeedsNoRecovery()
{
    // The user's store after `crossings import` was killed inside its transaction: the window's
    // open finds nothing damaged (SQLite rolls the journal back), so nothing is moved aside.
    const QString dataHome = m_dir->filePath(QStringLiteral("data"));
    const QString userStore = dataHome + QStringLiteral("/Crossings/Crossings/crossings.sqlite");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    {
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(CROSSINGS_BINARY),
                    {"data", "sources"}); // creates the user store
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
    }
    QVERIFY(QFile::exists(userStore));
    Snapshot before;
    {
        Store store;
        QVERIFY(store.open(userStore, Store::Mode::ReadOnly));
        QVERIFY(store.load(&before));
    }
    const QByteArray beforeBytes = bytes(userStore);

    const QString marker = m_dir->filePath(QStringLiteral("marker"));
    env.insert(QString::fromLatin1(TestSupport::PauseInImportVariable), marker);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CROSSINGS_BINARY),
            {"import", QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/import-2025.csv")});
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(marker) && timer.elapsed() < 60000 && p.state() != QProcess::NotRunning)
        QTest::qWait(20);
    QVERIFY2(QFile::exists(marker), p.readAllStandardError().constData());
    p.kill();
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(QFile::exists(userStore + QStringLiteral("-journal")));
    QCOMPARE(bytes(userStore), beforeBytes);

    Store store;
    QVERIFY2(store.open(userStore, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    Snapshot after;
    QVERIFY(store.load(&after));
    QCOMPARE(after.observations.size(), before.observations.size());
    QCOMPARE(after.sources.keys().size(), before.sources.keys().size());
    QVERIFY(!after.sources.contains(QStringLiteral("mou-2025-arrivals-2026-01-20")));
    ImportRecord last;
    QVERIFY(!store.lastImport(&last));
    QCOMPARE(int(store.error()), int(Store::Error::None));
    const QStringList aside = QDir(QFileInfo(userStore).absolutePath()).entryList({"*.damaged-*"});
    QVERIFY(aside.isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoreRecovery)
#include "tst_store_recovery.moc"
