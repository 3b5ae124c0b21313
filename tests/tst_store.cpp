// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/datasetreader.h"
#include "storage/store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void bundledDatasetIsValid();
    void plottedFigures_data();
    void plottedFigures();
    void alternativesKept_data();
    void alternativesKept();
    void arrivalsSumToPublishedTotals_data();
    void arrivalsSumToPublishedTotals();
    void everyFigureHasASource();
    void noPlottedErratum();
    void everyEventHasADatedSource();
    void choosePlotted_data();
    void choosePlotted();
    void createsAndReopens();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesLockedFile();
    void seedFiguresInDataset_data();
    void seedFiguresInDataset();
    void rangeSurvivesTheStore();
    void migratesToRanges();
    void readerChecksRanges_data();
    void readerChecksRanges();

private:
    Snapshot loadBundled();
};

Snapshot tst_Store::loadBundled()
{
    Store store;
    if (!store.openInMemory())
        qFatal("cannot open the bundled dataset: %s", qPrintable(store.errorString()));
    Snapshot s;
    if (!store.load(&s))
        qFatal("cannot load: %s", qPrintable(store.errorString()));
    return s;
}

void tst_Store::bundledDatasetIsValid()
{
    Snapshot s;
    QList<ValidationIssue> issues;
    QByteArray checksum;
    const bool ok = Store::readBundled(&s, &issues, &checksum);
    for (const ValidationIssue& i : std::as_const(issues))
        qWarning("%s", qPrintable(i.toString()));
    QVERIFY(ok);
    QVERIFY(issues.isEmpty());
    QCOMPARE(checksum.size(), 64);
}

static const Observation* plotted(const Snapshot& s, const QString& dataset, const QString& series,
                                  const QString& period, const QString& region)
{
    for (const Observation& o : s.observations) {
        if (o.plotted && Datasets::name(o.dataset) == dataset && o.series == series &&
            o.period.code() == period && o.region == region)
            return &o;
    }
    return nullptr;
}

void tst_Store::plottedFigures_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("region");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("status");
    // Values typed from shared/data/arrivals.csv, trade_*.csv and seed-figures.md.
    QTest::newRow("up to 1998") << "arrivals"
                                << "total"
                                << "../1998"
                                << "KR" << qint64(947) << "final";
    QTest::newRow("1999-2001 grouped") << "arrivals"
                                       << "total"
                                       << "1999/2001"
                                       << "KR" << qint64(1043) << "final";
    QTest::newRow("1999") << "arrivals"
                          << "total"
                          << "1999"
                          << "KR" << qint64(148) << "final";
    QTest::newRow("2001") << "arrivals"
                          << "total"
                          << "2001"
                          << "KR" << qint64(583) << "final";
    QTest::newRow("2009 peak") << "arrivals"
                               << "total"
                               << "2009"
                               << "KR" << qint64(2914) << "final";
    QTest::newRow("2009 women") << "arrivals"
                                << "female"
                                << "2009"
                                << "KR" << qint64(2252) << "final";
    QTest::newRow("2010") << "arrivals"
                          << "total"
                          << "2010"
                          << "KR" << qint64(2402) << "final";
    QTest::newRow("2020") << "arrivals"
                          << "total"
                          << "2020"
                          << "KR" << qint64(229) << "final";
    QTest::newRow("2021") << "arrivals"
                          << "total"
                          << "2021"
                          << "KR" << qint64(63) << "final";
    QTest::newRow("2024") << "arrivals"
                          << "total"
                          << "2024"
                          << "KR" << qint64(236) << "final";
    // 2025: announced as 224 (20 Jan 2026), corrected to 223 on 4 Feb 2026 (Newsis).
    QTest::newRow("2025 corrected") << "arrivals"
                                    << "total"
                                    << "2025"
                                    << "KR" << qint64(223) << "final";
    QTest::newRow("2025 men corrected") << "arrivals"
                                        << "male"
                                        << "2025"
                                        << "KR" << qint64(25) << "final";
    QTest::newRow("2025 women") << "arrivals"
                                << "female"
                                << "2025"
                                << "KR" << qint64(198) << "final";
    QTest::newRow("end 2025 corrected") << "arrivals"
                                        << "cumulative"
                                        << "../2025"
                                        << "KR" << qint64(34537) << "final";
    QTest::newRow("H1 2025") << "arrivals"
                             << "total"
                             << "2025-H1"
                             << "KR" << qint64(96) << "provisional";
    QTest::newRow("2001 men") << "arrivals"
                              << "male"
                              << "2001"
                              << "KR" << qint64(295) << "provisional";
    QTest::newRow("2001 women") << "arrivals"
                                << "female"
                                << "2001"
                                << "KR" << qint64(288) << "provisional";
    QTest::newRow("Q2 2020") << "arrivals"
                             << "total"
                             << "2020-Q2"
                             << "KR" << qint64(12) << "provisional";
    QTest::newRow("Mar 2020 NK exports") << "trade"
                                         << "china_imports"
                                         << "2020-03"
                                         << "CN" << qint64(616000) << "final";
    QTest::newRow("Mar 2020 NK imports") << "trade"
                                         << "china_exports"
                                         << "2020-03"
                                         << "CN" << qint64(18031000) << "final";
    QTest::newRow("Oct 2020 China exports") << "trade"
                                            << "china_exports"
                                            << "2020-10"
                                            << "CN" << qint64(253000) << "final";
    QTest::newRow("Jan-Feb 2020 combined") << "trade"
                                           << "china_exports"
                                           << "2020-01/2020-02"
                                           << "CN" << qint64(197400000) << "final";
    QTest::newRow("2019 annual total") << "trade"
                                       << "total"
                                       << "2019"
                                       << "CN" << qint64(2789018980) << "final";
    QTest::newRow("UK asylum grants") << "destinations"
                                      << "asylum_granted"
                                      << "../2018-03"
                                      << "GB" << qint64(544) << "final";
    QTest::newRow("US FY2017") << "destinations"
                               << "refugee_arrivals"
                               << "FY2017"
                               << "US" << qint64(12) << "final";
    QTest::newRow("EU citizenships") << "destinations"
                                     << "citizenship"
                                     << "2007/2016"
                                     << "EU" << qint64(820) << "final";
}

void tst_Store::plottedFigures()
{
    QFETCH(QString, dataset);
    QFETCH(QString, series);
    QFETCH(QString, period);
    QFETCH(QString, region);
    QFETCH(qint64, value);
    QFETCH(QString, status);
    const Snapshot s = loadBundled();
    const Observation* o = plotted(s, dataset, series, period, region);
    QVERIFY2(o, qPrintable(period));
    QCOMPARE(o->value, value);
    QCOMPARE(Term::csvName(o->status), status);
    QVERIFY(s.sources.contains(o->sourceId));
}

void tst_Store::alternativesKept_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QList<qint64>>("values");
    // arrivals.csv keeps every figure published earlier and later revised.
    QTest::newRow("2009") << "2009" << QList<qint64>{2914, 2952, 2927, 2929};
    QTest::newRow("2010") << "2010" << QList<qint64>{2402, 2423, 2376, 2379, 2401};
    QTest::newRow("2000") << "2000" << QList<qint64>{312, 303};
    QTest::newRow("2025") << "2025" << QList<qint64>{223, 224};
}

void tst_Store::alternativesKept()
{
    QFETCH(QString, period);
    QFETCH(QList<qint64>, values);
    const Snapshot s = loadBundled();
    QSet<qint64> found;
    int plottedCount = 0;
    for (const Observation& o : s.observations) {
        if (o.dataset == Term::Dataset::Arrivals && o.series == QLatin1String("total") &&
            o.period.code() == period && o.region == QLatin1String("KR")) {
            found.insert(o.value);
            plottedCount += o.plotted ? 1 : 0;
            if (o.value != values.first())
                QCOMPARE(o.status, Term::Status::Superseded);
        }
    }
    QCOMPARE(plottedCount, 1);
    for (qint64 v : std::as_const(values))
        QVERIFY2(found.contains(v), qPrintable(QString::number(v)));
}

void tst_Store::arrivalsSumToPublishedTotals_data()
{
    QTest::addColumn<int>("lastYear");
    QTest::addColumn<qint64>("cumulative");
    // Cumulative totals published by the Ministry of Unification (arrivals-notes.md).
    QTest::newRow("end 2017") << 2017 << qint64(31339);
    QTest::newRow("end 2020") << 2020 << qint64(33752);
    QTest::newRow("end 2022") << 2022 << qint64(33882);
    QTest::newRow("end 2024") << 2024 << qint64(34314);
    QTest::newRow("end 2025") << 2025 << qint64(34537);
}

void tst_Store::arrivalsSumToPublishedTotals()
{
    QFETCH(int, lastYear);
    QFETCH(qint64, cumulative);
    const Snapshot s = loadBundled();
    qint64 sum = 0;
    for (const Observation& o : s.observations) {
        if (!o.plotted || o.dataset != Term::Dataset::Arrivals ||
            o.series != QLatin1String("total"))
            continue;
        const bool single = o.period.kind() == Period::Kind::Year && o.period.year() <= lastYear;
        const bool upTo1998 = o.period.code() == QLatin1String("../1998");
        if (single || upTo1998)
            sum += o.value;
    }
    QCOMPARE(sum, cumulative);
}

void tst_Store::everyFigureHasASource()
{
    const Snapshot s = loadBundled();
    QVERIFY(s.observations.size() > 200);
    for (const Observation& o : s.observations) {
        QVERIFY2(s.sources.contains(o.sourceId), qPrintable(o.quantityKey()));
        QVERIFY(o.period.isValid());
        QVERIFY(o.unit == Term::Unit::Persons || o.unit == Term::Unit::Usd ||
                o.unit == Term::Unit::Percent);
        // A share is a percentage: 0 to 100, never a range wider than that.
        if (o.unit == Term::Unit::Percent)
            QVERIFY2(o.value <= 100 && o.valueTo <= 100, qPrintable(o.quantityKey()));
    }
    for (const TimelineEvent& e : s.events)
        QVERIFY2(s.sources.contains(e.sourceId), qPrintable(e.id));
}

void tst_Store::noPlottedErratum()
{
    // Over the whole bundled dataset: no plotted figure is a misprint, and the known misprint
    // (July 2020 trade total, 70,840,000 in a list of monthly totals; issue 21 item 3) is kept.
    const Snapshot s = loadBundled();
    int errata = 0;
    for (const Observation& o : s.observations) {
        if (o.status != Term::Status::Erratum)
            continue;
        ++errata;
        QVERIFY2(!o.plotted, qPrintable(o.quantityKey()));
    }
    QVERIFY(errata >= 1);
    const Observation* july = plotted(s, "trade", "total", "2020-07", "CN");
    QVERIFY(july);
    QCOMPARE(july->value, qint64(73843000));
    bool misprintKept = false;
    for (const Observation& o : s.observations)
        misprintKept = misprintKept || (o.value == 70840000 && o.status == Term::Status::Erratum);
    QVERIFY(misprintKept);
}

void tst_Store::everyEventHasADatedSource()
{
    // Issue 18 item 7: every annotation carries the source of its date: a known source, a
    // locator, and a source published no earlier than the event began (a source cannot date
    // what had not happened). An event dated more precisely than its source allows is dated to
    // what the source gives: the seeds give only the year of Kim Jong-un's succession.
    const Snapshot s = loadBundled();
    QVERIFY(s.events.size() >= 15);
    for (const TimelineEvent& e : s.events) {
        QVERIFY2(e.period.isValid() && !e.period.isInferred(), qPrintable(e.id));
        QVERIFY2(s.sources.contains(e.sourceId), qPrintable(e.id));
        QVERIFY2(!e.locator.isEmpty(), qPrintable(e.id));
        const QString published = s.sources.value(e.sourceId).published;
        QVERIFY2(!published.isEmpty(), qPrintable(e.id));
        const QDate begins = e.period.start().isValid() ? e.period.start() : e.period.end();
        QVERIFY2(published.left(4).toInt() >= begins.year(), qPrintable(e.id));
        if (e.id == QLatin1String("kim-jong-un-succession"))
            QCOMPARE(e.period.code(), QStringLiteral("2011"));
    }
}

void tst_Store::choosePlotted_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QStringList>("qualifiers");
    QTest::addColumn<int>("expected");
    QTest::newRow("final beats superseded")
        << QStringList{"superseded", "final"} << QStringList{"official", "press"}
        << QStringList{"2012-01", "2010-01"} << QStringList{"", ""} << 1;
    QTest::newRow("final beats provisional")
        << QStringList{"provisional", "final"} << QStringList{"official", "official"}
        << QStringList{"2026-01", "2020-01"} << QStringList{"", ""} << 1;
    QTest::newRow("official beats article")
        << QStringList{"final", "final"} << QStringList{"article", "official"}
        << QStringList{"2021-01", "2020-12"} << QStringList{"", ""} << 1;
    QTest::newRow("exact beats approximate")
        << QStringList{"final", "final"} << QStringList{"official", "article"}
        << QStringList{"2021", "2020"} << QStringList{"about", ""} << 1;
    QTest::newRow("newer correction wins")
        << QStringList{"final", "final"} << QStringList{"press", "press"}
        << QStringList{"2026-01-20", "2026-02-04"} << QStringList{"", ""} << 1;
    // A misprint is kept and shown, never plotted (issue 21 item 3), even when it is alone.
    QTest::newRow("erratum never plotted")
        << QStringList{"erratum", "superseded"} << QStringList{"official", "press"}
        << QStringList{"2020-10", "2020-08"} << QStringList{"", ""} << 1;
    QTest::newRow("erratum alone not plotted") << QStringList{"erratum"} << QStringList{"official"}
                                               << QStringList{"2020-10"} << QStringList{""} << -1;
    QTest::newRow("older first when all equal")
        << QStringList{"final", "final"} << QStringList{"press", "press"}
        << QStringList{"2020", "2020"} << QStringList{"", ""} << 0;
}

void tst_Store::choosePlotted()
{
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, dates);
    QFETCH(QStringList, qualifiers);
    QFETCH(int, expected);
    QList<Observation> obs;
    QHash<QString, Source> sources;
    for (int i = 0; i < statuses.size(); ++i) {
        Source src;
        src.id = QStringLiteral("s%1").arg(i);
        src.kind = Term::fromCsv<Term::SourceKind>(kinds.at(i)).value();
        src.published = dates.at(i);
        sources.insert(src.id, src);
        Observation o;
        o.id = i + 1;
        o.dataset = Term::Dataset::Arrivals;
        o.series = QStringLiteral("total");
        o.period = Period::parse(QStringLiteral("2025"));
        o.region = QStringLiteral("KR");
        o.value = 100 + i;
        o.status = Term::fromCsv<Term::Status>(statuses.at(i)).value();
        o.qualifier = Term::fromCsv<Term::Qualifier>(qualifiers.at(i)).value();
        o.sourceId = src.id;
        obs.append(o);
    }
    // A different quantity is plotted on its own.
    Observation other = obs.first();
    other.id = 99;
    other.period = Period::parse(QStringLiteral("2024"));
    other.status = Term::Status::Final;
    obs.append(other);
    Store::choosePlotted(&obs, sources);
    for (int i = 0; i < statuses.size(); ++i)
        QCOMPARE(obs.at(i).plotted, i == expected);
    QVERIFY(obs.last().plotted);
}

void tst_Store::createsAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/crossings.sqlite"));
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
        Snapshot s;
        QVERIFY(store.load(&s));
        QVERIFY(!s.observations.isEmpty());
    }
    QVERIFY(QFile::exists(path));
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::ReadOnly), qPrintable(store.errorString()));
        Snapshot s;
        QVERIFY(store.load(&s));
        QVERIFY(plotted(s, QStringLiteral("arrivals"), QStringLiteral("total"),
                        QStringLiteral("2009"), QStringLiteral("KR")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void tst_Store::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("error");
    QTest::newRow("missing, read-only")
        << "missing" << int(Store::Mode::ReadOnly) << int(Store::Error::Missing);
    QTest::newRow("missing, read-write")
        << "missing" << int(Store::Mode::ReadWrite) << int(Store::Error::Missing);
    QTest::newRow("text file") << "text" << int(Store::Mode::ReadOnly)
                               << int(Store::Error::NotADatabase);
    QTest::newRow("empty file") << "empty" << int(Store::Mode::ReadWrite)
                                << int(Store::Error::NotADatabase);
    QTest::newRow("text file as user store")
        << "text" << int(Store::Mode::CreateIfMissing) << int(Store::Error::NotADatabase);
    QTest::newRow("corrupt pages")
        << "corrupt" << int(Store::Mode::ReadOnly) << int(Store::Error::Corrupt);
    QTest::newRow("corrupt pages, read-write")
        << "corrupt" << int(Store::Mode::ReadWrite) << int(Store::Error::Corrupt);
    QTest::newRow("newer schema") << "newer" << int(Store::Mode::ReadWrite)
                                  << int(Store::Error::NewerSchema);
    QTest::newRow("other sqlite file")
        << "foreign" << int(Store::Mode::ReadOnly) << int(Store::Error::NotADatabase);
}

void tst_Store::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, mode);
    QFETCH(int, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            f.write("year,total\n2009,2914\n");
    } else if (kind != QLatin1String("missing")) {
        {
            Store store;
            QVERIFY(store.open(path, Store::Mode::CreateIfMissing));
        }
        if (kind == QLatin1String("corrupt")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(4096); // Overwrite the second page onward, keeping the header.
            f.write(QByteArray(f.size() - 4096, '\x5A'));
        } else if (kind == QLatin1String("newer") || kind == QLatin1String("foreign")) {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(kind == QLatin1String("newer")
                               ? QStringLiteral("PRAGMA user_version = 99")
                               : QStringLiteral("PRAGMA user_version = 0")));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
    }
    QByteArray before;
    if (QFile::exists(path)) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        before = f.readAll();
    }
    Store store;
    QVERIFY(!store.open(path, Store::Mode(mode)));
    QCOMPARE(int(store.error()), error);
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    if (kind == QLatin1String("missing")) {
        QVERIFY(!QFile::exists(path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
}

void tst_Store::refusesLockedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Store store;
        QVERIFY(store.open(path, Store::Mode::CreateIfMissing));
    }
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    {
        Store store;
        QVERIFY(!store.open(path, Store::Mode::ReadWrite));
        QCOMPARE(int(store.error()), int(Store::Error::Locked));
        QVERIFY(store.errorString().contains(path));
    }
    q.exec(QStringLiteral("ROLLBACK"));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"

void tst_Store::seedFiguresInDataset_data()
{
    // Every destinations figure the five seed articles state (seed-figures.md, section 2c), each
    // cited to its line: source, locator, series, region, value, upper end (-1: none), qualifier,
    // unit. The period is left to the data (approximate and undated ones are being reworked).
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("locator");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("region");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("valueTo");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("unit");
    const auto add = [](const char* name, const char* source, const char* locator,
                        const char* series, const char* region, qint64 value, qint64 valueTo,
                        const char* qualifier, const char* unit = "persons") {
        QTest::newRow(name) << source << locator << series << region << value << valueTo
                            << qualifier << unit;
    };
    // A range: "about one to two million North Koreans who had crossed into China" by 2000.
    // Rounded, so qualified about (DATA-FORMAT "Rounded figures"; the source says "about" too).
    add("one to two million crossed", "seed-002", "line 17", "crossed", "CN", 1000000, 2000000,
        "about");
    // Shares.
    add("around 10% settled", "seed-002", "line 17", "share_settled", "CN", 10, -1, "about",
        "percent");
    add("nearly 90% in DE and UK", "seed-003", "line 18", "citizenship_share", "DE_GB", 90, -1,
        "almost", "percent");
    add("about 40% of Koreans abroad in China", "seed-003", "line 11", "ethnic_koreans_share", "CN",
        40, -1, "about", "percent");
    add("about half before 1980", "seed-003", "line 26", "share_arrived_before_1980", "CA", 50, -1,
        "about", "percent");
    // Communities, with their country.
    // "10,000 Korean residents": given to ten thousand, so qualified about.
    add("New Malden: 10,000 Koreans", "seed-003", "line 20", "ethnic_koreans", "GB-NMD", 10000, -1,
        "about");
    add("New Malden: 700 North Koreans", "seed-003", "line 20", "residing", "GB-NMD", 700, -1, "");
    add("Los Angeles: about 200", "seed-003", "line 24", "residing", "US-LA", 200, -1, "about");
    add("5.7 million Koreans abroad", "seed-003", "line 11", "ethnic_koreans", "WORLD", 5700000, -1,
        "about");
    // The rest of section 2c.
    add("200,000 hiding in China", "seed-003", "line 11", "in_hiding", "CN", 200000, -1, "about");
    add("9 by boat to Japan", "seed-003", "line 16", "direct_arrivals", "JP", 9, -1, "");
    add("UK 544", "seed-001", "line 20", "asylum_granted", "GB", 544, -1, "");
    add("UK 40 applications", "seed-003", "line 19", "asylum_applications", "GB", 40, -1, "");
    add("UK 30 rejected", "seed-003", "line 19", "asylum_rejections", "GB", 30, -1, "");
    add("Belgium 126", "seed-003", "line 19", "asylum_applications", "BE", 126, -1, "");
    add("Belgium 99", "seed-003", "line 19", "asylum_rejections", "BE", 99, -1, "");
    add("Netherlands 128", "seed-003", "line 19", "asylum_rejections", "NL", 128, -1, "");
    add("France 129", "seed-003", "line 19", "asylum_rejections", "FR", 129, -1, "");
    add("EU 820", "seed-003", "line 18", "citizenship", "EU", 820, -1, "");
    add("US 214", "seed-001", "line 18", "resettled", "US", 214, -1, "");
    add("US slightly more than 200", "seed-001", "line 3", "resettled", "US", 200, -1, "over");
    add("US 220", "seed-000", "line 41", "resettled", "US", 220, -1, "");
    add("US more than 170", "seed-003", "line 22", "resettled", "US", 170, -1, "over");
    add("US FY2017 12", "seed-000", "line 46", "refugee_arrivals", "US", 12, -1, "");
    add("US FY2018 5", "seed-000", "line 45", "refugee_arrivals", "US", 5, -1, "");
    add("US FY2019 1", "seed-000", "line 44", "refugee_arrivals", "US", 1, -1, "");
    add("US FY2020 2", "seed-000", "line 43", "refugee_arrivals", "US", 2, -1, "");
    add("Canada about 970", "seed-003", "line 26", "residing", "CA", 970, -1, "about");
    add("South Korea some 30,000 living", "seed-004", "line 22", "residing", "KR", 30000, -1,
        "about");
}

void tst_Store::seedFiguresInDataset()
{
    QFETCH(QString, source);
    QFETCH(QString, locator);
    QFETCH(QString, series);
    QFETCH(QString, region);
    QFETCH(qint64, value);
    QFETCH(qint64, valueTo);
    QFETCH(QString, qualifier);
    QFETCH(QString, unit);
    const Snapshot s = loadBundled();
    int found = 0;
    for (const Observation& o : s.observations) {
        if (o.dataset == Term::Dataset::Destinations && o.sourceId == source &&
            o.locator == locator && o.series == series && o.region == region && o.value == value) {
            ++found;
            QCOMPARE(o.valueTo, valueTo);
            QCOMPARE(Term::csvName(o.qualifier), qualifier);
            QCOMPARE(Term::csvName(o.unit), unit);
        }
    }
    QCOMPARE(found, 1);
}

void tst_Store::rangeSurvivesTheStore()
{
    // Written to SQLite and read back: the range keeps both ends; other figures have none.
    const Snapshot s = loadBundled();
    int ranges = 0;
    for (const Observation& o : s.observations) {
        if (o.isRange()) {
            ++ranges;
            QVERIFY(o.valueTo > o.value);
        }
        if (o.series == QLatin1String("crossed") && o.region == QLatin1String("CN")) {
            QCOMPARE(o.value, qint64(1000000));
            QCOMPARE(o.valueTo, qint64(2000000));
            QCOMPARE(o.period.code(), QStringLiteral("../2000"));
        }
    }
    QVERIFY(ranges >= 1);
}

void tst_Store::migratesToRanges()
{
    // A schema-2 file (before ranges) is upgraded in place and reseeded with the ranges.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE observations DROP COLUMN value_to")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Store store;
    QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
    Snapshot s;
    QVERIFY(store.load(&s));
    bool found = false;
    for (const Observation& o : s.observations)
        found = found || (o.series == QLatin1String("crossed") && o.valueTo == 2000000);
    QVERIFY(found);
}

void tst_Store::readerChecksRanges_data()
{
    QTest::addColumn<QString>("valueTo");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("read");
    QTest::newRow("one to two million") << "2000000" << true << qint64(2000000);
    QTest::newRow("no range") << "" << true << qint64(-1);
    QTest::newRow("upper end below the value") << "999999" << false << qint64(-1);
    QTest::newRow("upper end equal to the value") << "1000000" << false << qint64(-1);
    QTest::newRow("not a number") << "2 million" << false << qint64(-1);
}

void tst_Store::readerChecksRanges()
{
    QFETCH(QString, valueTo);
    QFETCH(bool, valid);
    QFETCH(qint64, read);
    DatasetReader reader;
    QVERIFY(reader.readVocabulary("code,name_en,name_ko\nCN,China,중국\n",
                                  "dataset,series,name_en,name_ko,unit\n"
                                  "destinations,crossed,Crossed,월경,persons\n"));
    const QByteArray csv =
        "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,value_to\n"
        "destinations,crossed,../2000,CN,1000000,,persons,estimate,seed-002,line 17,," +
        valueTo.toUtf8() + "\n";
    const QList<Observation> out = reader.readObservations(csv, "x.csv", {"seed-002"});
    QCOMPARE(!reader.hasIssues(), valid);
    QCOMPARE(out.size(), valid ? 1 : 0);
    if (valid)
        QCOMPARE(out.first().valueTo, read);
    else
        QCOMPARE(reader.issues().first().column, 12);
}
