// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"
#include "storage/integrityrecord.h"
#include "storage/store.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// Opening a store (issue 23): data format 5 and its migration from 4 (no stored plotted flag,
/// the indexes undo and the per-figure reads use), what an open of a current store costs.
class tst_StoreOpen : public QObject
{
    Q_OBJECT

private slots:
    void newStoreHasNoPlottedColumn();
    void queriesUseTheIndexes_data();
    void queriesUseTheIndexes();
    void migratesFromSchema4_data();
    void migratesFromSchema4();
    void secondOpenParsesNothing_data();
    void secondOpenParsesNothing();
    void beforeCommitRunsInsideTheTransaction();
    void integrityCheckWhenTheFileChanged_data();
    void integrityCheckWhenTheFileChanged();

private:
    /// A raw connection to a store file, closed and removed by the caller's scope.
    struct Raw
    {
        explicit Raw(const QString& path)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
        }
        ~Raw()
        {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
        QString name = QStringLiteral("raw");
        bool ok = false;
    };
    static QStringList columns(const QSqlDatabase& db, const QString& table);
    static QStringList indexes(const QSqlDatabase& db);
};

namespace {
/// The 2023 arrivals corrected by an official figure (195 for the press 196): an import that
/// changes which figure is plotted.
ImportBatch correction2023(const Snapshot& s)
{
    ImportBatch batch;
    batch.file = QStringLiteral("official-2023.csv");
    Source src;
    src.id = QStringLiteral("mou-2024-02-01");
    src.kind = Term::SourceKind::Official;
    src.titleEn = QStringLiteral("[MOU: 2023 arrivals]");
    src.outlet = QStringLiteral("Ministry of Unification");
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
    return batch;
}

/// Every figure as a line (id, quantity, value, status, source, plotted), in id order.
QStringList rows(const Snapshot& s)
{
    QStringList out;
    for (const Observation& o : s.observations)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(o.id)
                   .arg(o.quantityKey())
                   .arg(o.value)
                   .arg(Term::csvName(o.status), o.sourceId)
                   .arg(o.plotted ? 1 : 0);
    out.sort();
    return out;
}

const Observation* plottedOf(const Snapshot& s, const QString& key)
{
    for (const Observation& o : s.observations) {
        if (o.plotted && o.quantityKey() == key)
            return &o;
    }
    return nullptr;
}
} // namespace

QStringList tst_StoreOpen::columns(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    q.addBindValue(table);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QStringList tst_StoreOpen::indexes(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    QStringList out;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

void tst_StoreOpen::newStoreHasNoPlottedColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    }
    Raw raw(path);
    QVERIFY(raw.ok);
    QVERIFY(columns(raw.db(), QStringLiteral("observations")).contains("import_id"));
    QVERIFY(!columns(raw.db(), QStringLiteral("observations")).contains("plotted"));
    QCOMPARE(indexes(raw.db()), QStringList({"observations_import", "observations_quantity",
                                             "observations_source", "status_changes_import"}));
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

void tst_StoreOpen::queriesUseTheIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    // Undo and lastImport: an import's figures and its status marks.
    QTest::newRow("an import's figures") << "DELETE FROM observations WHERE import_id = 3"
                                         << "observations_import";
    QTest::newRow("an import's figures counted")
        << "SELECT COUNT(*) FROM observations WHERE import_id = 3"
        << "observations_import";
    QTest::newRow("an import's status marks")
        << "SELECT observation_id, old_status FROM status_changes WHERE import_id = 3"
        << "status_changes_import";
    // Removing the sources no figure cites any more (undo, seeding).
    QTest::newRow("a source's figures")
        << "DELETE FROM sources WHERE import_id = 3 AND NOT EXISTS (SELECT 1 FROM observations o "
           "WHERE o.source_id = sources.id)"
        << "observations_source";
    // One figure's datasets (data, export) and one quantity's figures (an import's check).
    QTest::newRow("a dataset's figures")
        << "SELECT id, value FROM observations WHERE dataset IN ('arrivals') ORDER BY id"
        << "observations_quantity";
    // A figure's years and the figures of the years it shows (Store::loadPeriods,
    // Store::loadPeriodFigures): the dataset's series found along the index, then each series'
    // periods.
    QTest::newRow("a dataset's periods")
        << "SELECT period, status, compiler FROM observations WHERE dataset = 'trade' GROUP BY "
           "period, status, compiler"
        << "observations_quantity";
    QTest::newRow("a dataset's series, a step each")
        << "WITH RECURSIVE s(series) AS (SELECT MIN(series) FROM observations WHERE dataset = "
           "'trade' UNION ALL SELECT (SELECT MIN(series) FROM observations WHERE dataset = "
           "'trade' AND series > s.series) FROM s WHERE s.series IS NOT NULL) SELECT series FROM "
           "s WHERE series IS NOT NULL"
        << "observations_quantity";
    QTest::newRow("a range of years' figures")
        << "SELECT id, value, note FROM observations WHERE dataset = 'trade' AND series = "
           "'china_exports' AND period IN ('2019-12', '2020-01', '2019-12/2020-02')"
        << "observations_quantity";
    QTest::newRow("a quantity's figures")
        << "SELECT id FROM observations WHERE dataset = 'trade' AND series = 'total' AND period "
           "= '2020-01' AND region = 'CN' ORDER BY id"
        << "observations_quantity";
}

void tst_StoreOpen::queriesUseTheIndexes()
{
    QFETCH(QString, sql);
    QFETCH(QString, index);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    }
    Raw raw(path);
    QSqlQuery q(raw.db());
    QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(sql));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1String("; "));
    // Every table the statement reads is searched through an index, none scanned whole.
    QVERIFY2(text.contains(QStringLiteral("INDEX ") + index), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("SCAN observations")) &&
                 !text.contains(QLatin1String("SCAN o ")) &&
                 !text.endsWith(QLatin1String("SCAN o")) &&
                 !text.contains(QLatin1String("SCAN status_changes")),
             qPrintable(text));
}

void tst_StoreOpen::migratesFromSchema4_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("the user's store (window)") << int(Store::Mode::CreateIfMissing);
    QTest::newRow("read-write (import)") << int(Store::Mode::ReadWrite);
    QTest::newRow("db migrate") << int(Store::Mode::Administer);
}

void tst_StoreOpen::migratesFromSchema4()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    Snapshot before;
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
        Snapshot s;
        QVERIFY(store.load(&s));
        const ImportBatch batch = correction2023(s);
        QCOMPARE(batch.supersede.size(), 1);
        QVERIFY2(store.applyImport(batch), qPrintable(store.errorString()));
        QVERIFY(store.load(&before));
    }
    QCOMPARE(plottedOf(before, QStringLiteral("arrivals|total|2023|KR"))->value, qint64(195));
    // Data format 4 as it was: the plotted flag stored in every row (here the flags data format 4
    // wrote: the rule's choice), no index on import_id or source_id.
    {
        Raw raw(path);
        QVERIFY(raw.ok);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral(
            "ALTER TABLE observations ADD COLUMN plotted INTEGER NOT NULL DEFAULT 0")));
        QVERIFY(q.prepare(QStringLiteral("UPDATE observations SET plotted = 1 WHERE id = ?")));
        for (const Observation& o : before.observations) {
            if (o.plotted) {
                q.addBindValue(o.id);
                QVERIFY(q.exec());
            }
        }
        for (const char* index :
             {"observations_import", "observations_source", "status_changes_import"})
            QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(columns(raw.db(), QStringLiteral("observations")).contains("plotted"));
    }

    Store store;
    QVERIFY2(store.open(path, Store::Mode(mode)), qPrintable(store.errorString()));
    {
        Raw raw(path);
        QVERIFY(raw.ok);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        q.finish();
        QVERIFY(!columns(raw.db(), QStringLiteral("observations")).contains("plotted"));
        QCOMPARE(indexes(raw.db()), QStringList({"observations_import", "observations_quantity",
                                                 "observations_source", "status_changes_import"}));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM status_changes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    // Every row kept, with the same plotted figures (now chosen when read).
    Snapshot after;
    QVERIFY(store.load(&after));
    QCOMPARE(rows(after), rows(before));
    QCOMPARE(after.sources.keys(), before.sources.keys());
    ImportRecord last;
    QVERIFY(store.lastImport(&last));
    QCOMPARE(last.file, QStringLiteral("official-2023.csv"));
    QCOMPARE(last.observations, 1);
    QCOMPARE(last.sources, 1);
    QCOMPARE(last.statusChanges, 1);

    // Undo after the migration: the press 196 is final and plotted again.
    QVERIFY2(store.undoLastImport(), qPrintable(store.errorString()));
    Snapshot undone;
    QVERIFY(store.load(&undone));
    const Observation* y2023 = plottedOf(undone, QStringLiteral("arrivals|total|2023|KR"));
    QVERIFY(y2023);
    QCOMPARE(y2023->value, qint64(196));
    QCOMPARE(y2023->status, Term::Status::Final);
    QCOMPARE(undone.observations.size(), before.observations.size() - 1);
    QVERIFY(!undone.sources.contains(QStringLiteral("mou-2024-02-01")));
}

void tst_StoreOpen::secondOpenParsesNothing_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("the user's store (window)") << int(Store::Mode::CreateIfMissing);
    QTest::newRow("db migrate") << int(Store::Mode::Administer);
    QTest::newRow("read-only") << int(Store::Mode::ReadOnly);
}

void tst_StoreOpen::secondOpenParsesNothing()
{
    // The bundled dataset is parsed when a store is seeded, and no more while the store holds
    // this version of it: the open compares the checksum of the files' bytes (issue 20).
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    qint64 parsed = CsvReader::bytesParsed();
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    }
    QVERIFY(CsvReader::bytesParsed() > parsed); // the first open seeds
    parsed = CsvReader::bytesParsed();
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode(mode)), qPrintable(store.errorString()));
        StoreStatus status;
        QVERIFY(store.status(&status));
        QVERIFY(status.bundledCurrent);
    }
    QCOMPARE(CsvReader::bytesParsed() - parsed, qint64(0));

    // The same checksum as readBundled()'s, which the stores of earlier versions hold.
    Snapshot bundled;
    QList<ValidationIssue> issues;
    QByteArray checksum;
    QVERIFY(Store::readBundled(&bundled, &issues, &checksum));
    QCOMPARE(Store::bundledChecksum(), checksum);

    // Another version of the bundled data in the store: parsed and seeded again.
    {
        Raw raw(path);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE meta SET value = 'older' WHERE key = 'bundled_checksum'")));
    }
    if (Store::Mode(mode) == Store::Mode::ReadOnly)
        return; // a read-only open never seeds
    parsed = CsvReader::bytesParsed();
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode(mode)), qPrintable(store.errorString()));
        StoreStatus status;
        QVERIFY(store.status(&status));
        QVERIFY(status.bundledCurrent);
    }
    QVERIFY(CsvReader::bytesParsed() > parsed);
}

void tst_StoreOpen::beforeCommitRunsInsideTheTransaction()
{
    // The seam the application's test hook uses (BenchHooks::pauseInImport): called once, when
    // the import is written but not committed (another connection does not see it yet).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Store store;
    QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    Snapshot s;
    QVERIFY(store.load(&s));
    Raw raw(path);
    auto imports = [&raw]() {
        QSqlQuery q(raw.db());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM imports")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    };
    int calls = 0;
    int seen = -1;
    store.setBeforeCommit([&] {
        ++calls;
        seen = imports();
    });
    QVERIFY2(store.applyImport(correction2023(s)), qPrintable(store.errorString()));
    QCOMPARE(calls, 1);
    QCOMPARE(seen, 0);
    QCOMPARE(imports(), 1);
    // Not called for a write that fails before it (a stale plan).
    ImportBatch stale = correction2023(s);
    stale.expectedState = QStringLiteral("an older state");
    QVERIFY(!store.applyImport(stale));
    QCOMPARE(int(store.error()), int(Store::Error::Changed));
    QCOMPARE(calls, 1);
    store.setBeforeCommit({});
    QVERIFY2(store.undoLastImport(), qPrintable(store.errorString()));
    QCOMPARE(calls, 1);
}

void tst_StoreOpen::integrityCheckWhenTheFileChanged_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<bool>("corrupt");
    QTest::newRow("nothing: opened again") << "none" << false << false;
    QTest::newRow("written by Crossings (an import)") << "import" << false << false;
    QTest::newRow("written by another SQLite client") << "sqlite" << true << false;
    QTest::newRow("pages overwritten") << "pages" << true << true;
    QTest::newRow("pages overwritten, modification time put back")
        << "pages, old time" << true << true;
    QTest::newRow("no record (another machine, a cleared cache)") << "no record" << true << false;
    QTest::newRow("replaced by a copy") << "copy" << true << false;
}

void tst_StoreOpen::integrityCheckWhenTheFileChanged()
{
    // PRAGMA quick_check reads the whole file (1.2 s at 128 MB): it runs when the file is not
    // the one Crossings last checked or wrote here, and still finds every damaged file.
    QFETCH(QString, change);
    QFETCH(bool, checked);
    QFETCH(bool, corrupt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
        if (change == QLatin1String("import")) {
            Snapshot s;
            QVERIFY(store.load(&s));
            QVERIFY2(store.applyImport(correction2023(s)), qPrintable(store.errorString()));
        }
    }
    if (change == QLatin1String("sqlite")) {
        Raw raw(path);
        QSqlQuery q(raw.db());
        // (A real change: SQLite writes nothing for an UPDATE that changes no value.)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('other', 'x')")));
    } else if (change.startsWith(QLatin1String("pages"))) {
        const QDateTime modified = QFileInfo(path).lastModified();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write(QByteArray(f.size() - 4096, '\x5A'));
        if (change.endsWith(QLatin1String("old time")))
            QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
        f.close();
        QCOMPARE(QFileInfo(path).lastModified() == modified,
                 change.endsWith(QLatin1String("old time")));
    } else if (change == QLatin1String("no record")) {
        QVERIFY(QFile::remove(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                              QStringLiteral("/checked-stores.ini")));
    } else if (change == QLatin1String("copy")) {
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(copy, path));
    }
    for (Store::Mode mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
        const int before = IntegrityRecord::checksRun();
        Store store;
        const bool opened = store.open(path, mode);
        QCOMPARE(IntegrityRecord::checksRun() - before, checked || corrupt ? 1 : 0);
        QCOMPARE(opened, !corrupt);
        if (corrupt) {
            QCOMPARE(int(store.error()), int(Store::Error::Corrupt));
            continue; // and checked again on every open
        }
        checked = false; // a sound file is checked once, then known
    }
}

QTEST_GUILESS_MAIN(tst_StoreOpen)
#include "tst_store_open.moc"
