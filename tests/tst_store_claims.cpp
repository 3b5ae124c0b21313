// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The store's claims table (schema 2): seeded from claims.csv, loaded in file order, and added
/// to a schema-1 file by the migration.
class tst_StoreClaims : public QObject
{
    Q_OBJECT

private slots:
    void seededAndLoaded();
    void migrationFromSchema1();
};

void tst_StoreClaims::seededAndLoaded()
{
    Store store;
    QVERIFY2(store.openInMemory(), qPrintable(store.errorString()));
    Snapshot s;
    QVERIFY(store.load(&s));
    QVERIFY(s.claims.size() >= 45);
    // claims.csv's first row and a Korean text, as written in the file.
    QCOMPARE(s.claims.first().id, QString("s000-title-two-decades"));
    QCOMPARE(s.claims.first().sourceId, QString("seed-000"));
    bool found = false;
    for (const Claim& c : s.claims) {
        if (c.id == "s002-2021-two-percent") {
            found = true;
            QCOMPARE(c.kind, QString("ratio"));
            QCOMPARE(c.locator, QString("line 7"));
            QCOMPARE(c.textKo, QString("2021년 입국자 수는 2009년 정점의 2%에 불과했다."));
            QCOMPARE(c.check,
                     QString("v(arrivals,total,KR,2021) / v(arrivals,total,KR,2009) = 2%"));
        }
    }
    QVERIFY(found);
}

void tst_StoreClaims::migrationFromSchema1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    }
    // Make it a schema-1 file: no claims table.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "downgrade");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("DROP TABLE claims"));
        // Nor the Korean forms of schema 3.
        for (const char* drop : {"ALTER TABLE sources DROP COLUMN outlet_ko",
                                 "ALTER TABLE sources DROP COLUMN note_ko",
                                 "ALTER TABLE observations DROP COLUMN note_ko",
                                 "ALTER TABLE observations DROP COLUMN locator_ko",
                                 "ALTER TABLE events DROP COLUMN note_ko",
                                 "ALTER TABLE events DROP COLUMN locator_ko"})
            QVERIFY2(q.exec(drop), drop);
        QVERIFY(q.exec("PRAGMA user_version = 1"));
        db.close();
    }
    QSqlDatabase::removeDatabase("downgrade");
    {
        // Read-only use does not upgrade.
        Store store;
        QVERIFY(!store.open(path, Store::Mode::ReadOnly));
        QCOMPARE(store.error(), Store::Error::NewerSchema);
    }
    Store store;
    QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    Snapshot s;
    QVERIFY(store.load(&s));
    QVERIFY(s.claims.size() >= 45);
}

QTEST_GUILESS_MAIN(tst_StoreClaims)
#include "tst_store_claims.moc"
