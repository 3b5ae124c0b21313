// SPDX-License-Identifier: GPL-3.0-or-later
// The team store on a PostgreSQL server (issue 15), run by .ci/jobs/40-postgres.sh against a
// throwaway cluster (tests/postgres/cluster.sh): CROSSINGS_TEST_DATABASE is the URI of an empty
// database "crossings" as its superuser, CROSSINGS_TEST_CLUSTER the cluster's folder. Not
// registered with the plain ctest (no server there); without the variables every test fails.
#include "core/catalog.h"
#include "dataactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/importplan.h"
#include "storage/store.h"
#include "storage/storelocation.h"
#include "storeactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class tst_TeamStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationByTwoClientsAtOnce();
    void migrationFromDataFormat4();
    void statusAndRoles();
    void loadsAsSqliteDoes();
    void sameOutputOnBothEngines_data();
    void sameOutputOnBothEngines();
    void importAndUndoByItsAuthorOnly();
    void readerRefused();
    void conflictReportedToTheSecond();
    void concurrentImportersNoLossNoDouble();
    void windowForAReader();
    void windowNoticesOthersImports();
    void windowSwitchesToTheTeamStore();
    void windowHearsOthersImportsAtOnce();
    void connectionDroppedMidSession();
    void unreachableServer();
    void cleanupTestCase();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    QString uri(const QString& user) const;
    QProcess* start(const QStringList& args);
    static Result finish(QProcess* p);
    Result run(const QStringList& args);
    QString write(const QString& name, const QByteArray& bytes);
    bool admin(const QString& sql);
    qint64 count(const QString& sql);
    bool cluster(const char* action);
    void resetSchema();
    void init(); // the store set up with its roles and three logins

    QString m_uri;     ///< the superuser's URI
    QString m_cluster; ///< the cluster's folder
    QTemporaryDir m_dir;
    QString m_fileA, m_fileB; ///< two imports that do not overlap
};

namespace {
const QByteArray kHeader =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
    "source_kind,source_title_en,source_title_ko,source_outlet,source_author,source_published,"
    "source_url,source_language,source_unconfirmed,source_note\n";
// From docs/examples/import-2024-half-years.csv (MBC 2024-07-23; News1 2024-07-23).
const QByteArray kRowA = "arrivals,total,2023-H1,KR,99,,persons,provisional,mbc-2024-07-23,4th "
                         "paragraph,First half of 2023.,,,,,,,,,,\n";
const QByteArray kRowB =
    "arrivals,total,2024-H1,KR,105,,persons,provisional,news1-2024-07-23,1st-2nd paragraphs,First "
    "half of 2024: 43 in the first quarter and 62 in the second.,press,[News1: 105 defectors "
    "arrived in the first half of 2024],올해 상반기 국내 입국 북한이탈주민 105명…지난해와 "
    "유사,News1,,2024-07-23,https://news1.kr/nk/inter-korean/5488183,ko,,\n";
const QString kAdminConnection = QStringLiteral("tst-teamstore-admin");
} // namespace

QString tst_TeamStore::uri(const QString& user) const
{
    QUrl url(m_uri);
    url.setUserName(user);
    return url.toString();
}

bool tst_TeamStore::admin(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(kAdminConnection));
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

qint64 tst_TeamStore::count(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(kAdminConnection));
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool tst_TeamStore::cluster(const char* action)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
            {QStringLiteral(CROSSINGS_SOURCE_DIR "/tests/postgres/cluster.sh"),
             QString::fromLatin1(action), m_cluster});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QProcess* tst_TeamStore::start(const QStringList& args)
{
    auto* p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("CROSSINGS_DATABASE"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(CROSSINGS_BINARY), args);
    return p;
}

tst_TeamStore::Result tst_TeamStore::finish(QProcess* p)
{
    Result r;
    if (p->waitForFinished(120000)) {
        r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
    }
    p->deleteLater();
    return r;
}

tst_TeamStore::Result tst_TeamStore::run(const QStringList& args)
{
    return finish(start(args));
}

QString tst_TeamStore::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_TeamStore::initTestCase()
{
    m_uri = qEnvironmentVariable("CROSSINGS_TEST_DATABASE");
    m_cluster = qEnvironmentVariable("CROSSINGS_TEST_CLUSTER");
    QVERIFY2(StoreLocation::isServer(m_uri) && !m_cluster.isEmpty(),
             "CROSSINGS_TEST_DATABASE and CROSSINGS_TEST_CLUSTER are not set: run "
             ".ci/jobs/40-postgres.sh, which starts a throwaway cluster");
    QVERIFY(m_dir.isValid());
    StoreLocation location;
    QString error;
    QVERIFY2(StoreLocation::parse(m_uri, &location, &error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    db.setHostName(location.host);
    db.setUserName(location.user);
    db.setDatabaseName(location.database);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    m_fileA = write(QStringLiteral("a.csv"), kHeader + kRowA);
    m_fileB = write(QStringLiteral("b.csv"), kHeader + kRowB);
}

void tst_TeamStore::cleanupTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(kAdminConnection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
}

void tst_TeamStore::resetSchema()
{
    QVERIFY(admin(QStringLiteral("SET client_min_messages TO warning")));
    QVERIFY(admin(QStringLiteral("DROP SCHEMA IF EXISTS crossings CASCADE")));
}

void tst_TeamStore::init()
{
    resetSchema();
    const Result r =
        run({QStringLiteral("--database"), m_uri, QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char* sql :
         {"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN "
          "CREATE ROLE alice LOGIN IN ROLE crossings_editor; END IF; "
          "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bob') THEN "
          "CREATE ROLE bob LOGIN IN ROLE crossings_editor; END IF; "
          "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rita') THEN "
          "CREATE ROLE rita LOGIN IN ROLE crossings_reader; END IF; END $$"})
        QVERIFY(admin(QString::fromLatin1(sql)));
}

void tst_TeamStore::migrationByTwoClientsAtOnce()
{
    resetSchema();
    // A client that is not the administrator finds no store and is told who sets it up.
    Result r = run(
        {QStringLiteral("--database"), m_uri, QStringLiteral("data"), QStringLiteral("events")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("holds no Crossings data yet")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("crossings db init")), qPrintable(r.err));

    // Two set-ups at once: both succeed, the data is there once.
    QProcess* first =
        start({QStringLiteral("--database"), m_uri, QStringLiteral("db"), QStringLiteral("init")});
    QProcess* second = start(
        {QStringLiteral("--database"), m_uri, QStringLiteral("db"), QStringLiteral("migrate")});
    const Result a = finish(first);
    const Result b = finish(second);
    QVERIFY2(a.code == 0, qPrintable(a.err));
    QVERIFY2(b.code == 0, qPrintable(b.err));
    Store memory;
    QVERIFY(memory.openInMemory());
    Snapshot bundled;
    QVERIFY(memory.load(&bundled));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations")),
             qint64(bundled.observations.size()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.sources")),
             qint64(bundled.sources.size()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.meta WHERE key = "
                                  "'schema_version' AND value = '5'")),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.imports")), qint64(0));
    // And a third, later, changes nothing.
    r = run({QStringLiteral("--database"), m_uri, QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(r.code, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations")),
             qint64(bundled.observations.size()));
}

void tst_TeamStore::migrationFromDataFormat4()
{
    // A team store of data format 4 (a plotted flag in every row, no index on import_id or
    // source_id) with an import that corrected a figure: `db migrate` keeps every row, the same
    // plotted figures, and its author can still undo the import.
    init();
    {
        Store alice;
        QVERIFY2(alice.open(uri(QStringLiteral("alice")), Store::Mode::ReadWrite),
                 qPrintable(alice.errorString()));
        Snapshot s;
        QVERIFY(alice.load(&s));
        ImportBatch batch;
        batch.file = QStringLiteral("official-2023.csv");
        Source src;
        src.id = QStringLiteral("mou-2024-02-01");
        src.kind = Term::SourceKind::Official;
        src.titleEn = QStringLiteral("[MOU: 2023 arrivals]");
        src.published = QStringLiteral("2024-02-01");
        batch.sources = {src};
        Observation o;
        o.dataset = Term::Dataset::Arrivals;
        o.series = QStringLiteral("total");
        o.period = Period::parse(QStringLiteral("2023"));
        o.region = QStringLiteral("KR");
        o.value = 195;
        o.unit = Term::Unit::Persons;
        o.status = Term::Status::Final;
        o.sourceId = src.id;
        batch.observations = {o};
        for (const Observation& old : s.observations) {
            if (old.quantityKey() == QLatin1String("arrivals|total|2023|KR"))
                batch.supersede << old.id;
        }
        QCOMPARE(batch.supersede.size(), 1);
        QVERIFY2(alice.applyImport(batch), qPrintable(alice.errorString()));
    }
    auto snapshot = [&](Snapshot* out) {
        Store store;
        return store.open(uri(QStringLiteral("rita")), Store::Mode::ReadOnly) && store.load(out);
    };
    Snapshot before;
    QVERIFY(snapshot(&before));
    QVERIFY(admin(QStringLiteral("BEGIN")));
    QVERIFY(admin(QStringLiteral("ALTER TABLE crossings.observations ADD COLUMN plotted BIGINT "
                                 "NOT NULL DEFAULT 0")));
    for (const Observation& o : before.observations) {
        if (o.plotted)
            QVERIFY(admin(QStringLiteral("UPDATE crossings.observations SET plotted = 1 WHERE "
                                         "id = %1")
                              .arg(o.id)));
    }
    QVERIFY(
        admin(QStringLiteral("DROP INDEX crossings.observations_import, "
                             "crossings.observations_source, crossings.status_changes_import")));
    QVERIFY(admin(QStringLiteral("UPDATE crossings.meta SET value = '4' WHERE key = "
                                 "'schema_version'")));
    QVERIFY(admin(QStringLiteral("COMMIT")));
    // A client is told to ask the administrator; the administrator migrates.
    Result r = run({QStringLiteral("--database"), uri(QStringLiteral("alice")),
                    QStringLiteral("data"), QStringLiteral("arrivals")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("crossings db migrate")), qPrintable(r.err));
    r = run({QStringLiteral("--database"), m_uri, QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.meta WHERE key = "
                                  "'schema_version' AND value = '5'")),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE "
                                  "table_schema = 'crossings' AND column_name = 'plotted'")),
             qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = "
                                  "'crossings' AND indexname IN ('observations_import', "
                                  "'observations_source', 'status_changes_import')")),
             qint64(3));
    Snapshot after;
    QVERIFY(snapshot(&after));
    QCOMPARE(after.observations.size(), before.observations.size());
    for (int i = 0; i < after.observations.size(); ++i) {
        const Observation& x = after.observations.at(i);
        const Observation& y = before.observations.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.value, y.value);
        QCOMPARE(x.status, y.status);
        QCOMPARE(x.plotted, y.plotted);
    }
    r = run({QStringLiteral("--database"), uri(QStringLiteral("alice")), QStringLiteral("import"),
             QStringLiteral("--undo")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE import_id "
                                  "<> 0")),
             qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE status = "
                                  "'superseded' AND period = '2023' AND dataset = 'arrivals'")),
             qint64(0));
}

void tst_TeamStore::statusAndRoles()
{
    init();
    Result r = run({QStringLiteral("--database"), uri(QStringLiteral("rita")), QStringLiteral("db"),
                    QStringLiteral("status")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Data format: 5\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Bundled dataset: current\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Connected as: rita\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Access: read only (crossings_reader)\n")),
             qPrintable(r.out));
    r = run({QStringLiteral("--database"), uri(QStringLiteral("alice")), QStringLiteral("db"),
             QStringLiteral("status")});
    QVERIFY2(r.out.contains(QStringLiteral("Access: may import and undo (crossings_editor)\n")),
             qPrintable(r.out));
    // An editor cannot change the shape of the store.
    r = run({QStringLiteral("--database"), uri(QStringLiteral("alice")), QStringLiteral("db"),
             QStringLiteral("init")});
    QCOMPARE(r.code, 1);
}

void tst_TeamStore::loadsAsSqliteDoes()
{
    init();
    Store team, memory;
    QVERIFY2(team.open(uri(QStringLiteral("rita")), Store::Mode::ReadOnly),
             qPrintable(team.errorString()));
    QVERIFY(team.isTeamStore());
    QVERIFY(!team.mayWrite());
    QVERIFY(memory.openInMemory());
    Snapshot a, b;
    QVERIFY2(team.load(&a), qPrintable(team.errorString()));
    QVERIFY(memory.load(&b));
    QCOMPARE(a.observations.size(), b.observations.size());
    for (int i = 0; i < a.observations.size(); ++i) {
        const Observation& x = a.observations.at(i);
        const Observation& y = b.observations.at(i);
        QCOMPARE(x.quantityKey(), y.quantityKey());
        QCOMPARE(x.value, y.value);
        QCOMPARE(x.valueTo, y.valueTo);
        QCOMPARE(x.status, y.status);
        QCOMPARE(x.sourceId, y.sourceId);
        QCOMPARE(x.plotted, y.plotted);
        QCOMPARE(x.noteKo, y.noteKo);
    }
    QCOMPARE(a.sources.keys().size(), b.sources.keys().size());
    QCOMPARE(a.events.size(), b.events.size());
    QCOMPARE(a.claims.size(), b.claims.size());
    for (int i = 0; i < a.claims.size(); ++i)
        QCOMPARE(a.claims.at(i).id, b.claims.at(i).id); // the file's order, on both
}

void tst_TeamStore::sameOutputOnBothEngines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("data arrivals")
        << QStringList{QStringLiteral("data"), QStringLiteral("arrivals")};
    QTest::newRow("data trade") << QStringList{QStringLiteral("data"), QStringLiteral("trade")};
    QTest::newRow("data sources") << QStringList{QStringLiteral("data"), QStringLiteral("sources")};
    QTest::newRow("data events ko")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("data"),
                       QStringLiteral("events")};
    QTest::newRow("audit csv") << QStringList{QStringLiteral("audit"), QStringLiteral("--format"),
                                              QStringLiteral("csv")};
}

void tst_TeamStore::sameOutputOnBothEngines()
{
    QFETCH(QStringList, args);
    if (count(QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE nspname = 'crossings'")) != 1)
        init();
    // The user's own store (SQLite, made from the bundled data) and the team store.
    const Result local = run(args);
    const Result team =
        run(QStringList{QStringLiteral("--database"), uri(QStringLiteral("rita"))} + args);
    QVERIFY2(local.code == 0, qPrintable(local.err));
    QVERIFY2(team.code == 0, qPrintable(team.err));
    QVERIFY(!local.out.isEmpty());
    QCOMPARE(team.out, local.out);
}

void tst_TeamStore::importAndUndoByItsAuthorOnly()
{
    init();
    const QString alice = uri(QStringLiteral("alice"));
    const QString bob = uri(QStringLiteral("bob"));
    Result r = run({QStringLiteral("--database"), alice, QStringLiteral("import"), m_fileB});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // bob sees it without doing anything.
    r = run(
        {QStringLiteral("--database"), bob, QStringLiteral("data"), QStringLiteral("arrivals")});
    QVERIFY(r.out.contains(QStringLiteral("\narrivals,total,2024-H1,KR,105,,persons,provisional,"
                                          "news1-2024-07-23,")));
    // Undo is alice's: bob is told whose it is.
    r = run(
        {QStringLiteral("--database"), bob, QStringLiteral("import"), QStringLiteral("--undo")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("was made by alice: only alice can take it back")),
             qPrintable(r.err));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE import_id <> 0")),
        qint64(1));
    r = run(
        {QStringLiteral("--database"), alice, QStringLiteral("import"), QStringLiteral("--undo")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE import_id <> 0")),
        qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.sources WHERE id = "
                                  "'news1-2024-07-23'")),
             qint64(0));
}

void tst_TeamStore::readerRefused()
{
    init();
    const QString rita = uri(QStringLiteral("rita"));
    const Result r = run({QStringLiteral("--database"), rita, QStringLiteral("import"), m_fileB});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("You may read this team store but not change it.")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("permission denied")), qPrintable(r.err));
    const Result ko =
        run({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--database"), rita,
             QStringLiteral("import"), QStringLiteral("--undo")});
    QCOMPARE(ko.code, 1);
    QVERIFY2(ko.err.contains(QStringLiteral("팀 저장소")), qPrintable(ko.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.imports")), qint64(0));

    // Through the store, as the window does: the reader may not write, and is told so.
    Store store;
    QVERIFY(store.open(rita, Store::Mode::ReadWrite));
    QVERIFY(!store.mayWrite());
    ImportBatch batch;
    batch.file = QStringLiteral("b.csv");
    QVERIFY(!store.applyImport(batch));
    QCOMPARE(int(store.error()), int(Store::Error::ReadOnly));
    QCOMPARE(store.errorString(), Store::readerRefusal());
}

void tst_TeamStore::conflictReportedToTheSecond()
{
    init();
    Store alice, bob;
    QVERIFY2(alice.open(uri(QStringLiteral("alice")), Store::Mode::ReadWrite),
             qPrintable(alice.errorString()));
    QVERIFY2(bob.open(uri(QStringLiteral("bob")), Store::Mode::ReadWrite),
             qPrintable(bob.errorString()));
    // Both preview on the same state.
    Snapshot sa, sb;
    QVERIFY(alice.load(&sa));
    QVERIFY(bob.load(&sb));
    ImportPlan planA, planB;
    QVERIFY(planA.readFile(m_fileA, sa, alice.stateToken()));
    QVERIFY(planB.readFile(m_fileB, sb, bob.stateToken()));
    QVERIFY(planA.apply(alice));
    // bob's preview is out of date: told so, nothing written; a new preview goes through.
    QVERIFY(!planB.apply(bob));
    QCOMPARE(int(bob.error()), int(Store::Error::Changed));
    QVERIFY(bob.load(&sb));
    ImportPlan again;
    QVERIFY(again.readFile(m_fileB, sb, bob.stateToken()));
    QVERIFY2(again.apply(bob), qPrintable(bob.errorString()));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE import_id <> 0")),
        qint64(2));
    // bob's is the last: alice may not undo it, bob may.
    QVERIFY(!alice.undoLastImport());
    QCOMPARE(int(alice.error()), int(Store::Error::NotYours));
    QVERIFY2(alice.errorString().contains(QStringLiteral("made by bob")),
             qPrintable(alice.errorString()));
    QVERIFY2(bob.undoLastImport(), qPrintable(bob.errorString()));
    QVERIFY2(alice.undoLastImport(), qPrintable(alice.errorString()));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE import_id <> 0")),
        qint64(0));
}

void tst_TeamStore::concurrentImportersNoLossNoDouble()
{
    init();
    const QString alice = uri(QStringLiteral("alice"));
    const QString bob = uri(QStringLiteral("bob"));
    // Different files at once: each lands once, or the second is told to check again (and
    // does); never lost, never twice.
    for (int round = 0; round < 3; ++round) {
        QProcess* a =
            start({QStringLiteral("--database"), alice, QStringLiteral("import"), m_fileA});
        QProcess* b = start({QStringLiteral("--database"), bob, QStringLiteral("import"), m_fileB});
        Result ra = finish(a), rb = finish(b);
        for (Result* r : {&ra, &rb}) {
            QVERIFY2(r->code == 0 || r->err.contains(QStringLiteral("changed after the file was "
                                                                    "checked")),
                     qPrintable(r->err));
        }
        if (ra.code != 0)
            ra = run({QStringLiteral("--database"), alice, QStringLiteral("import"), m_fileA});
        if (rb.code != 0)
            rb = run({QStringLiteral("--database"), bob, QStringLiteral("import"), m_fileB});
        QVERIFY2(ra.code == 0, qPrintable(ra.err));
        QVERIFY2(rb.code == 0, qPrintable(rb.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE "
                                      "period = '2023-H1' AND import_id <> 0")),
                 qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE "
                                      "period = '2024-H1' AND import_id <> 0")),
                 qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.imports WHERE undone = 0")),
                 qint64(2));
        // Take both back (the last first) for the next round.
        for (int i = 0; i < 2; ++i) {
            Result u = run({QStringLiteral("--database"), alice, QStringLiteral("import"),
                            QStringLiteral("--undo")});
            if (u.code != 0)
                u = run({QStringLiteral("--database"), bob, QStringLiteral("import"),
                         QStringLiteral("--undo")});
            QVERIFY2(u.code == 0, qPrintable(u.err));
        }
    }
    // The same file twice at once: exactly one import.
    QProcess* a = start({QStringLiteral("--database"), alice, QStringLiteral("import"), m_fileB});
    QProcess* b = start({QStringLiteral("--database"), bob, QStringLiteral("import"), m_fileB});
    const Result ra = finish(a), rb = finish(b);
    QCOMPARE(int(ra.code == 0) + int(rb.code == 0), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.observations WHERE "
                                  "period = '2024-H1' AND import_id <> 0")),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM crossings.sources WHERE id = "
                                  "'news1-2024-07-23'")),
             qint64(1));
}

void tst_TeamStore::windowForAReader()
{
    init();
    Store store;
    QVERIFY(store.open(uri(QStringLiteral("rita")), Store::Mode::ReadWrite));
    Catalog catalog;
    QVERIFY(catalog.reload(store));
    QMainWindow window;
    DataActions actions(&catalog, &store, &window);
    // What the role may not do is off, and says why.
    QVERIFY(!actions.importAction()->isEnabled());
    QCOMPARE(actions.importAction()->statusTip(), Store::readerRefusal());
    QVERIFY(!actions.undoAction()->isEnabled());
    QVERIFY(actions.exportAction()->isEnabled());
}

namespace {
/// Whether the catalogue holds the figure of b.csv (bob's import): 2024-H1, 105.
bool hasBobsFigure(const Catalog& catalog)
{
    for (const Observation& o : catalog.snapshot().observations) {
        if (o.period.code() == QLatin1String("2024-H1") && o.value == 105)
            return true;
    }
    return false;
}
} // namespace

void tst_TeamStore::windowNoticesOthersImports()
{
    init();
    Store store;
    QVERIFY(store.open(uri(QStringLiteral("alice")), Store::Mode::ReadWrite));
    Catalog catalog;
    QVERIFY(catalog.reload(store));
    QMainWindow window;
    DataActions actions(&catalog, &store, &window);
    QVERIFY(actions.importAction()->isEnabled());
    QVERIFY(!actions.checkForOthersChanges()); // nothing changed: no question
    QVERIFY(!hasBobsFigure(catalog));
    const Result r = run({QStringLiteral("--database"), uri(QStringLiteral("bob")),
                          QStringLiteral("import"), m_fileB});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // bob's import: the window asks, and reloads on Yes.
    bool asked = false;
    QTimer::singleShot(200, &window, [&] {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("othersChangesBox"));
        if (!box)
            return;
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(actions.checkForOthersChanges());
    QVERIFY(asked);
    QVERIFY(hasBobsFigure(catalog));
    // bob's import is not alice's to undo: the action is off.
    QVERIFY(!actions.undoAction()->isEnabled());
    QVERIFY2(actions.undoAction()->statusTip().contains(QStringLiteral("made by bob")),
             qPrintable(actions.undoAction()->statusTip()));
}

void tst_TeamStore::windowSwitchesToTheTeamStore()
{
    // File → Store Location…: from one's own file to the team store as a reader, and back.
    init();
    const QString file = m_dir.filePath(QStringLiteral("own.sqlite"));
    Store store;
    QVERIFY(store.open(file, Store::Mode::CreateIfMissing));
    Catalog catalog;
    QVERIFY(catalog.reload(store));
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    MainWindow window(&catalog, &store, &language);
    auto* switcher = window.findChild<StoreActions*>();
    auto* import = window.findChild<QAction*>(QStringLiteral("importDataAction"));
    QVERIFY(switcher && import);
    QVERIFY(import->isEnabled());
    QString error;
    QVERIFY2(switcher->switchTo(uri(QStringLiteral("rita")), &error), qPrintable(error));
    QVERIFY(store.isTeamStore());
    QVERIFY(!catalog.snapshot().observations.isEmpty());
    QVERIFY(!import->isEnabled()); // rita reads
    QCOMPARE(import->statusTip(), Store::readerRefusal());
    // A login the server refuses: the window stays on the team store.
    QVERIFY(!switcher->switchTo(uri(QStringLiteral("nobody")), &error));
    QVERIFY(store.isTeamStore());
    QVERIFY2(switcher->switchTo(file, &error), qPrintable(error));
    QVERIFY(!store.isTeamStore());
    QVERIFY(import->isEnabled());
}

void tst_TeamStore::windowHearsOthersImportsAtOnce()
{
    // LISTEN/NOTIFY: a colleague's import reaches a window that stays in front, without waiting
    // for it to be activated again; one's own import asks nothing.
    init();
    Store store;
    QVERIFY(store.open(uri(QStringLiteral("alice")), Store::Mode::ReadWrite));
    Catalog catalog;
    QVERIFY(catalog.reload(store));
    QMainWindow window;
    DataActions actions(&catalog, &store, &window);
    int asked = 0;
    QTimer answer;
    answer.setInterval(50);
    QObject::connect(&answer, &QTimer::timeout, &window, [&] {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("othersChangesBox"));
        if (box && box->isVisible()) {
            ++asked;
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start();
    ImportPlan own;
    QVERIFY(actions.prepare(m_fileA, &own));
    QString error;
    QVERIFY2(actions.apply(own, &error), qPrintable(error));
    QTest::qWait(1000);
    QCOMPARE(asked, 0); // one's own change
    QVERIFY(!hasBobsFigure(catalog));
    const Result r = run({QStringLiteral("--database"), uri(QStringLiteral("bob")),
                          QStringLiteral("import"), m_fileB});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 10000);
    QVERIFY(hasBobsFigure(catalog)); // reloaded on Yes
    // After a dropped connection and reconnect(), the window still listens.
    QVERIFY(cluster("restart-stop"));
    QVERIFY(cluster("restart-start"));
    {
        QSqlDatabase admin = QSqlDatabase::database(kAdminConnection, false);
        admin.close(); // its session died with the server: the next tests need it
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    }
    QVERIFY(store.reconnect());
    QVERIFY(catalog.reload(store));
    const Result undo = run({QStringLiteral("--database"), uri(QStringLiteral("bob")),
                             QStringLiteral("import"), QStringLiteral("--undo")});
    QVERIFY2(undo.code == 0, qPrintable(undo.err));
    QTRY_COMPARE_WITH_TIMEOUT(asked, 2, 10000);
    QVERIFY(!hasBobsFigure(catalog));
}

void tst_TeamStore::connectionDroppedMidSession()
{
    init();
    Store store;
    QVERIFY(store.open(uri(QStringLiteral("alice")), Store::Mode::ReadWrite));
    Catalog catalog;
    QVERIFY(catalog.reload(store));
    {
        QSqlDatabase db = QSqlDatabase::database(kAdminConnection, false);
        db.close();
    }
    QVERIFY(cluster("restart-stop"));
    // Started again whatever this test finds, so that the next ones have their server.
    auto restart = qScopeGuard([this] { cluster("restart-start"); });
    // Everything the session does now fails with the reason, and nothing crashes.
    Snapshot s;
    QVERIFY(!store.load(&s));
    QCOMPARE(int(store.error()), int(Store::Error::ConnectionLost));
    QVERIFY2(store.errorString().contains(QStringLiteral("was lost")),
             qPrintable(store.errorString()));
    QVERIFY(!catalog.reload(store));
    ImportBatch batch;
    batch.file = QStringLiteral("b.csv");
    QVERIFY(!store.applyImport(batch));
    QCOMPARE(int(store.error()), int(Store::Error::ConnectionLost));
    QVERIFY(!store.undoLastImport());
    QVERIFY(store.stateToken().isEmpty());
    QVERIFY(!store.reconnect());
    QCOMPARE(int(store.error()), int(Store::Error::Unreachable));
    // The command line exits 1 with the reason.
    const Result r = run({QStringLiteral("--database"), uri(QStringLiteral("alice")),
                          QStringLiteral("data"), QStringLiteral("arrivals")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("crossings: Cannot connect to the team store "
                                             "\"crossings\" on ")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("No such file or directory")), qPrintable(r.err));
    // The server is back: Retry works.
    restart.dismiss();
    QVERIFY(cluster("restart-start"));
    QVERIFY2(store.reconnect(), qPrintable(store.errorString()));
    QVERIFY(catalog.reload(store));
    QVERIFY(store.load(&s));
    QVERIFY(!s.observations.isEmpty());
    QVERIFY(QSqlDatabase::database(kAdminConnection).isOpen());
}

void tst_TeamStore::unreachableServer()
{
    // No server behind this socket folder: exit 1 with libpq's reason, quickly.
    const QString nowhere = QStringLiteral("postgresql://alice@/crossings?host=") +
                            m_dir.filePath(QStringLiteral("no-server-here"));
    const Result r = run(
        {QStringLiteral("--database"), nowhere, QStringLiteral("data"), QStringLiteral("events")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot connect to the team store \"crossings\"")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("No such file or directory")), qPrintable(r.err));
}

QTEST_MAIN(tst_TeamStore)
#include "tst_teamstore.moc"
