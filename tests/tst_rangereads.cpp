// SPDX-License-Identifier: GPL-3.0-or-later
// Range reads (issue 23): a figure with years reads the periods of its dataset's figures (each
// period, status and compiler once, through the index of data format 6), then the figures of the
// years it shows; the catalog holds a range of years that grows as more are asked, is read again
// on a reload, and gives the same years as a catalog holding every figure. On both engines
// (CROSSINGS_TEST_ENGINE=postgres, .ci/jobs/40-postgres.sh).
#include "core/catalog.h"
#include "core/figureyears.h"
#include "importfixture.h"
#include "storage/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

/// A source that gives only what load() gives: the periods and the figures of some periods come
/// from SnapshotSource's defaults. It counts every read.
class CountingSource : public SnapshotSource
{
public:
    explicit CountingSource(Store* store, bool defaults = false)
        : m_store(store)
        , m_defaults(defaults)
    {}
    bool load(Snapshot* out, const QStringList& datasets = {}) override
    {
        ++reads;
        return m_store->load(out, datasets);
    }
    bool loadPeriods(Term::Dataset dataset, QList<DatasetPeriod>* out) override
    {
        if (m_defaults)
            return SnapshotSource::loadPeriods(dataset, out);
        ++reads;
        return m_store->loadPeriods(dataset, out);
    }
    bool loadPeriodFigures(Snapshot* out, Term::Dataset dataset,
                           const QList<Period>& periods) override
    {
        if (m_defaults)
            return SnapshotSource::loadPeriodFigures(out, dataset, periods);
        ++reads;
        return m_store->loadPeriodFigures(out, dataset, periods);
    }
    int reads = 0;

private:
    Store* m_store;
    bool m_defaults;
};

Observation trade(const char* series, const char* period, qint64 value, const char* status,
                  const char* compiler)
{
    Observation o =
        ImportFixture::figure("trade", series, period, "CN", value, "usd", status, "voa-2020-04");
    o.compiler = QString::fromLatin1(compiler);
    return o;
}

/// "series period value", with " plotted" for the plotted figure, sorted.
QStringList figures(const QList<Observation>& observations)
{
    QStringList out;
    for (const Observation& o : observations) {
        out << QStringLiteral("%1 %2 %3%4")
                   .arg(o.series, o.period.code())
                   .arg(o.value)
                   .arg(o.plotted ? QStringLiteral(" plotted") : QString());
    }
    out.sort();
    return out;
}

QString code(const std::optional<YearRange>& r)
{
    return r ? r->code() : QStringLiteral("none");
}

} // namespace

class tst_RangeReads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readsEachPeriodOnce_data();
    void readsEachPeriodOnce();
    void readsTheFiguresOfSomeYears_data();
    void readsTheFiguresOfSomeYears();
    void givesTheYearsOfEveryFigure();
    void rangeGrowsAndIsReadAgain();
    void failsAsTheStoreFails();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_RangeReads::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_RangeReads::init()
{
    m_store.reset();
    QString location = m_dir.filePath(
        QStringLiteral("store-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QString error;
    QVERIFY2(ImportFixture::createStore(&location, &error), qPrintable(error));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(location, Store::Mode::ReadWrite), qPrintable(m_store->errorString()));
    // The fixture's trade figure (China's exports in March 2020, 18,031,000 USD) and these:
    // another compiler's figures (never plotted), a span of months, a misprint (never plotted).
    ImportBatch batch;
    batch.file = QStringLiteral("range-reads.csv");
    batch.observations = {
        trade("china_exports", "2018-06", 120, "estimate", "kita"),
        trade("china_exports", "2019-12", 100, "final", "gacc"),
        trade("china_exports", "2019-12", 110, "estimate", "kita"),
        trade("china_imports", "2020-01/2020-02", 300, "final", "gacc"),
        trade("china_exports", "2021-05", 70, "provisional", "gacc"),
        trade("china_exports", "2022-01", 50, "erratum", "gacc"),
    };
    QVERIFY2(m_store->applyImport(batch), qPrintable(m_store->errorString()));
}

void tst_RangeReads::readsEachPeriodOnce_data()
{
    QTest::addColumn<bool>("defaults"); // SnapshotSource's defaults, from load()
    QTest::addColumn<int>("dataset");
    QTest::addColumn<QStringList>("periods"); // "period|status|compiler"
    const QStringList trade = {"2018-06|estimate|kita", "2019-12|estimate|kita",
                               "2019-12|final|gacc",    "2020-01/2020-02|final|gacc",
                               "2020-03|final|gacc",    "2021-05|provisional|gacc",
                               "2022-01|erratum|gacc"};
    const QStringList arrivals = {"../2024|final|", "2009|final|", "2009|superseded|",
                                  "2023|final|", "2024|final|"};
    for (bool defaults : {false, true}) {
        const QByteArray from = defaults ? " (load)" : " (store)";
        QTest::newRow("trade" + from) << defaults << int(Term::Dataset::Trade) << trade;
        QTest::newRow("arrivals" + from) << defaults << int(Term::Dataset::Arrivals) << arrivals;
        QTest::newRow("destinations" + from)
            << defaults << int(Term::Dataset::Destinations) << QStringList();
    }
}

void tst_RangeReads::readsEachPeriodOnce()
{
    QFETCH(bool, defaults);
    QFETCH(int, dataset);
    QFETCH(QStringList, periods);
    CountingSource source(m_store.get(), defaults);
    QList<DatasetPeriod> read;
    QVERIFY2(source.loadPeriods(Term::Dataset(dataset), &read), qPrintable(m_store->errorString()));
    QStringList got;
    for (const DatasetPeriod& p : read)
        got << p.period.code() + QLatin1Char('|') + Term::csvName(p.status) + QLatin1Char('|') +
                   p.compiler;
    QCOMPARE(got.size(), periods.size()); // each once
    got.sort();
    QCOMPARE(got, periods);
}

void tst_RangeReads::readsTheFiguresOfSomeYears_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<QStringList>("held");
    // A figure is filed under the year its period ends in; every figure of a quantity is read,
    // so the plotted one is China's customs' final figure, never another compiler's.
    QTest::newRow("2018") << 2018 << 2018 << QStringList{"china_exports 2018-06 120"};
    QTest::newRow("2019") << 2019 << 2019
                          << QStringList{"china_exports 2019-12 100 plotted",
                                         "china_exports 2019-12 110"};
    QTest::newRow("2020") << 2020 << 2020
                          << QStringList{"china_exports 2020-03 18031000 plotted",
                                         "china_imports 2020-01/2020-02 300 plotted"};
    QTest::newRow("2021-2022") << 2021 << 2022
                               << QStringList{"china_exports 2021-05 70 plotted",
                                              "china_exports 2022-01 50"};
    QTest::newRow("no figure") << 2023 << 2030 << QStringList();
}

void tst_RangeReads::readsTheFiguresOfSomeYears()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QStringList, held);
    for (bool defaults : {false, true}) {
        CountingSource source(m_store.get(), defaults);
        Catalog catalog;
        catalog.setSource(&source);
        QVERIFY(catalog.requireYears(Term::Dataset::Trade, YearRange{first, last}));
        QCOMPARE(figures(catalog.observations(Term::Dataset::Trade)), held);
        // Nothing of the other datasets; the names, events and claims with the first read.
        QCOMPARE(catalog.observations(Term::Dataset::Arrivals).size(), 0);
        QVERIFY(!catalog.snapshot().vocabulary.seriesNames.isEmpty());
        QVERIFY(catalog.holdsYears(Term::Dataset::Trade, YearRange{first, last}));
        QVERIFY(!catalog.holdsYears(Term::Dataset::Trade, YearRange{first, last + 1}));
        QVERIFY(!catalog.holds({QStringLiteral("trade")}));
        QCOMPARE(catalog.datasets(), QStringList());
        // The sources the figures cite are held.
        for (const Observation& o : catalog.observations(Term::Dataset::Trade))
            QVERIFY(catalog.snapshot().sources.contains(o.sourceId));
    }
}

void tst_RangeReads::givesTheYearsOfEveryFigure()
{
    // From the periods alone, the years a catalog holding every figure gives: a misprint and
    // another compiler's figures make no year (trade: 2019-2021, not 2018-2022).
    CountingSource source(m_store.get());
    Catalog periods;
    periods.setSource(&source);
    QVERIFY(periods.requirePeriods(Term::Dataset::Trade));
    QVERIFY(periods.requirePeriods(Term::Dataset::Arrivals));
    QCOMPARE(source.reads, 2);
    QVERIFY(periods.requirePeriods(Term::Dataset::Trade)); // held: not read again
    QCOMPARE(source.reads, 2);
    QCOMPARE(periods.snapshot().observations.size(), 0);
    Catalog whole;
    QVERIFY(whole.reload(*m_store));
    for (const Catalog* catalog : {&periods, &whole}) {
        QCOMPARE(code(FigureYears::data(*catalog, QStringLiteral("trade"))),
                 QStringLiteral("2019-2021"));
        QCOMPARE(code(FigureYears::defaultRange(*catalog, QStringLiteral("trade"))),
                 QStringLiteral("2019-2021"));
        // The arrivals: 2009 to the latest final year; "up to 2024" is drawn with the years.
        QCOMPARE(code(FigureYears::data(*catalog, QStringLiteral("arrivals"))),
                 QStringLiteral("2009-2024"));
        QCOMPARE(code(FigureYears::defaultRange(*catalog, QStringLiteral("arrivals"))),
                 QStringLiteral("2009-2024"));
        QCOMPARE(code(FigureYears::data(*catalog, QStringLiteral("arrivals"), true)),
                 QStringLiteral("none"));
    }
}

void tst_RangeReads::rangeGrowsAndIsReadAgain()
{
    CountingSource source(m_store.get());
    Catalog catalog;
    catalog.setSource(&source);
    QSignalSpy resets(&catalog, &Catalog::reset);
    QSignalSpy loaded(&catalog, &Catalog::datasetsLoaded);
    QVERIFY(catalog.requireYears(Term::Dataset::Trade, YearRange{2020, 2020}));
    QCOMPARE(source.reads, 2);  // the periods, then the figures
    QCOMPARE(resets.size(), 1); // the first read
    QCOMPARE(catalog.observations(Term::Dataset::Trade).size(), 2);

    // Years held: nothing read.
    QVERIFY(catalog.requireYears(Term::Dataset::Trade, YearRange{2020, 2020}));
    QCOMPARE(source.reads, 2);
    // An earlier year: the range grows to 2019-2020, the models showing the trade fill.
    QVERIFY(catalog.requireYears(Term::Dataset::Trade, YearRange{2019, 2019}));
    QCOMPARE(source.reads, 3);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).toStringList(), QStringList{QStringLiteral("trade")});
    QCOMPARE(figures(catalog.observations(Term::Dataset::Trade)),
             (QStringList{"china_exports 2019-12 100 plotted", "china_exports 2019-12 110",
                          "china_exports 2020-03 18031000 plotted",
                          "china_imports 2020-01/2020-02 300 plotted"}));
    QVERIFY(catalog.holdsYears(Term::Dataset::Trade, YearRange{2019, 2020}));

    // Another client's import: a reload reads the periods and the years held again.
    ImportBatch batch;
    batch.file = QStringLiteral("april.csv");
    batch.observations = {trade("china_exports", "2020-04", 999, "final", "gacc"),
                          trade("china_exports", "2023-02", 5, "final", "gacc")};
    QVERIFY2(m_store->applyImport(batch), qPrintable(m_store->errorString()));
    source.reads = 0;
    QVERIFY(catalog.reload());
    QCOMPARE(source.reads, 2);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(
        figures(catalog.observations(Term::Dataset::Trade)),
        (QStringList{"china_exports 2019-12 100 plotted", "china_exports 2019-12 110",
                     "china_exports 2020-03 18031000 plotted", "china_exports 2020-04 999 plotted",
                     "china_imports 2020-01/2020-02 300 plotted"}));
    QCOMPARE(code(FigureYears::data(catalog, QStringLiteral("trade"))),
             QStringLiteral("2019-2023"));

    // The whole dataset (the audit, a data export): every figure, held whole from now on; the
    // models showing the years held keep their rows.
    QVERIFY(catalog.require({QStringLiteral("trade")}));
    QCOMPARE(catalog.datasets(), QStringList{QStringLiteral("trade")});
    QCOMPARE(catalog.observations(Term::Dataset::Trade).size(), 9);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(catalog.holdsYears(Term::Dataset::Trade, YearRange{1945, 2030}));
    source.reads = 0;
    QVERIFY(catalog.requireYears(Term::Dataset::Trade, YearRange{1950, 1950}));
    QCOMPARE(source.reads, 0);
}

void tst_RangeReads::failsAsTheStoreFails()
{
    CountingSource source(m_store.get());
    Catalog catalog;
    catalog.setSource(&source);
    QVERIFY(catalog.requireYears(Term::Dataset::Trade, YearRange{2020, 2020}));
    QSignalSpy failed(&catalog, &Catalog::loadFailed);
    m_store->close();
    // Nothing changed: the years held stay, the others are not held.
    QVERIFY(!catalog.requireYears(Term::Dataset::Trade, YearRange{2019, 2020}));
    QVERIFY(!catalog.requirePeriods(Term::Dataset::Arrivals));
    QCOMPARE(failed.size(), 2);
    QVERIFY(catalog.holdsYears(Term::Dataset::Trade, YearRange{2020, 2020}));
    QVERIFY(!catalog.holdsYears(Term::Dataset::Trade, YearRange{2019, 2020}));
    QCOMPARE(catalog.observations(Term::Dataset::Trade).size(), 2);
    QList<DatasetPeriod> periods;
    QVERIFY(!m_store->loadPeriods(Term::Dataset::Trade, &periods));
    QVERIFY(periods.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RangeReads)
#include "tst_rangereads.moc"
