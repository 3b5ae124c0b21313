// SPDX-License-Identifier: GPL-3.0-or-later
// Figure: each figure of Crossings built from the bundled catalog without any widget or chart,
// its texts, years and provenance. Expected values are typed from resources/data/*.csv.
#include "core/catalog.h"
#include "itemmodels/figure.h"
#include "storage/store.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(FigureKind)
Q_DECLARE_METATYPE(FigureOptions)

namespace {
using Years = std::pair<int, int>;

/// "series|period|value": a figure the Figure plots, as written in observations.csv.
bool plots(const QList<Observation>& plotted, const QString& cell)
{
    const QStringList p = cell.split(QLatin1Char('|'));
    const QString code = Period::parse(p.at(1)).code();
    for (const Observation& o : plotted) {
        if (o.series == p.at(0) && o.period.code() == code)
            return o.value == p.at(2).toLongLong();
    }
    return false;
}

/// "series|period": plotted in any value.
bool plotsAny(const QList<Observation>& plotted, const QString& cell)
{
    const QStringList p = cell.split(QLatin1Char('|'));
    const QString code = Period::parse(p.at(1)).code();
    for (const Observation& o : plotted) {
        if (o.series == p.at(0) && o.period.code() == code)
            return true;
    }
    return false;
}
} // namespace

class tst_Figure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registry();
    void figure_data();
    void figure();
    void optionsChangeWhatIsPlotted();
    void hiddenSeriesAreNotCited();

private:
    Snapshot m_snapshot;
    std::unique_ptr<Catalog> m_catalog;
};

void tst_Figure::initTestCase()
{
    Store store;
    QVERIFY2(store.openInMemory(), qPrintable(store.errorString()));
    QVERIFY(store.load(&m_snapshot));
}

void tst_Figure::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
}

void tst_Figure::cleanup()
{
    m_catalog.reset();
}

void tst_Figure::registry()
{
    QCOMPARE(Figure::all().size(), 3);
    for (FigureKind kind : Figure::all()) {
        QCOMPARE(Figure::fromName(Figure::name(kind)), kind);
        const std::unique_ptr<Figure> f(Figure::create(kind, m_catalog.get()));
        QCOMPARE(f->kind(), kind);
        QCOMPARE(f->name(), Figure::name(kind));
    }
    QCOMPARE(Figure::name(FigureKind::Arrivals), QStringLiteral("arrivals"));
    QCOMPARE(Figure::fromName(QStringLiteral(" Trade ")), FigureKind::Trade);
    QCOMPARE(Figure::fromName(QStringLiteral("flows")), std::nullopt);
    // The destinations compare with South Korea's arrivals.
    QCOMPARE(Figure::datasets(FigureKind::Destinations),
             QStringList({QStringLiteral("destinations"), QStringLiteral("arrivals")}));
    QCOMPARE(Figure::datasets(FigureKind::Trade), QStringList{QStringLiteral("trade")});
}

void tst_Figure::figure_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<FigureOptions>("options");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("subtitle");
    QTest::addColumn<QStringList>("caveat"); ///< parts the caveat contains
    QTest::addColumn<QStringList>("datasets");
    QTest::addColumn<Years>("shown"); ///< 0, 0: no year range
    QTest::addColumn<Years>("data");
    QTest::addColumn<QStringList>("eventSources");
    QTest::addColumn<QStringList>("plotted");    ///< "series|period|value"
    QTest::addColumn<QStringList>("notPlotted"); ///< "series|period"

    const QStringList arrivals{QStringLiteral("arrivals")};
    FigureOptions o;
    // arrivals: ../1998 (947) and 1999/2001 (1043) are spans; single years 1999–2025, the latest
    // final figure 2025 (223, newsis-2026-02-04); the peak 2009 (2914, mou-table-2020). The
    // events from 1997/1998 (border crossings, seed-002) to 2020-01 (border closure, seed-000);
    // the death of Kim Il-sung (1994-07) lies before the axis.
    QTest::newRow("arrivals") << FigureKind::Arrivals << o
                              << "North Korean defectors arriving in South Korea"
                              << "People arriving per year, 1998–2025"
                              << QStringList{"Figures for several years together ("} << arrivals
                              << Years{1998, 2025} << Years{1998, 2025}
                              << QStringList{"seed-002", "seed-001", "seed-000", "seed-003",
                                             "seed-004"}
                              << QStringList{"total|2009|2914", "total|2025|223",
                                             "total|1999/2001|1043", "total|../1998|947",
                                             "total|1999|148"}
                              << QStringList{"male|2025", "female|2025", "total|2025-Q1"};
    // Men and women: no split for 1999 and 2000; 2025: 25 men, 198 women.
    o.sexSplit = true;
    QTest::newRow("arrivals split")
        << FigureKind::Arrivals << o << "North Korean defectors arriving in South Korea"
        << "People arriving per year, 1998–2025"
        << QStringList{"No split by sex was published for 1999, 2000."} << arrivals
        << Years{1998, 2025} << Years{1998, 2025}
        << QStringList{"seed-002", "seed-001", "seed-000", "seed-003", "seed-004"}
        << QStringList{"female|2025|198", "male|2025|25", "total|2025|223"} << QStringList{};
    // Quarters from 2018-Q1 to 2025-Q1 (38, news1-2025-04-17).
    o = FigureOptions();
    o.quarterly = true;
    QTest::newRow("arrivals quarterly")
        << FigureKind::Arrivals << o << "North Korean defectors arriving in South Korea"
        << "People arriving per quarter, 2018–2025" << QStringList{} << arrivals
        << Years{2018, 2025} << Years{2018, 2025} << QStringList{"seed-004", "seed-000"}
        << QStringList{"total|2025-Q1|38", "total|2019-Q1|229", "total|2019-Q2|320"}
        << QStringList{"total|2025", "total|2009"};
    // Two years: the sailors sent back (2019-11) and the border closure (2020-01), both
    // seed-000; the fall of the first quarter of 2018 (seed-004) is before the axis.
    o = FigureOptions();
    o.firstYear = 2019;
    o.lastYear = 2020;
    QTest::newRow("arrivals 2019-2020")
        << FigureKind::Arrivals << o << "North Korean defectors arriving in South Korea"
        << "People arriving per year, 2019–2020" << QStringList{} << arrivals << Years{2019, 2020}
        << Years{1998, 2025} << QStringList{"seed-000"} << QStringList{"total|2020|229"}
        << QStringList{"total|2009", "total|2021"};

    // trade: months from 2019-01 to 2025-12; opens on 2019–2021. Two months together are drawn
    // (2020-01/2020-02), longer spans (2019-01/2019-06) are not. March 2020: China's imports
    // 616,000 (voa-ko-2020-04); October 2020: its exports 253,000. Its events are all seed-000.
    const QStringList trade{QStringLiteral("trade")};
    o = FigureOptions();
    QTest::newRow("trade")
        << FigureKind::Trade << o << "China–North Korea trade collapses in 2020"
        << "Per month, in US dollars, China's customs figures, 2019–2021"
        << QStringList{"A gap is a month for which no figure was published or found, not a zero.",
                       "Figures published for two months together ("}
        << trade << Years{2019, 2021} << Years{2019, 2025} << QStringList{"seed-000"}
        << QStringList{"china_imports|2020-03|616000", "china_exports|2020-10|253000"}
        << QStringList{"total|2019-01/2019-06", "total|2019-01/2019-09", "china_imports|2022-01"};
    o.logScale = true;
    QTest::newRow("trade log")
        << FigureKind::Trade << o << "China–North Korea trade collapses in 2020"
        << "Per month, in US dollars (log scale), China's customs figures, 2019–2021"
        << QStringList{"A gap is a month"} << trade << Years{2019, 2021} << Years{2019, 2025}
        << QStringList{"seed-000"} << QStringList{"china_imports|2020-03|616000"} << QStringList{};

    // destinations: no year range, no events.
    const QStringList destinations{QStringLiteral("destinations"), QStringLiteral("arrivals")};
    o = FigureOptions();
    QTest::newRow("destinations overview")
        << FigureKind::Destinations << o << "Where North Korean defectors live"
        << "The latest figure per country, people"
        << QStringList{"Not strictly comparable: the bars count different things"} << destinations
        << Years{0, 0} << Years{0, 0} << QStringList{} << QStringList{}
        << QStringList{"refugee_arrivals|FY2019"};
    // Asylum in Europe: Belgium 126 applications, 99 rejections (seed-003).
    o.destinationsView = DestinationsView::AsylumDecisions;
    QTest::newRow("destinations asylum")
        << FigureKind::Destinations << o << "Asylum decisions on North Koreans in Europe"
        << "Applications and rejections per country, people" << QStringList{} << destinations
        << Years{0, 0} << Years{0, 0} << QStringList{} << QStringList{}
        << QStringList{"refugee_arrivals|FY2019"};
    // US refugee arrivals: FY2019 1, FY2021 0 (koreatowndaily-2022-07-07).
    o.destinationsView = DestinationsView::UsArrivals;
    QTest::newRow("destinations us")
        << FigureKind::Destinations << o << "North Korean refugees admitted to the United States"
        << "Refugee arrivals per US fiscal year, people"
        << QStringList{"US federal fiscal years run from October to September:"} << destinations
        << Years{0, 0} << Years{0, 0} << QStringList{}
        << QStringList{"refugee_arrivals|FY2019|1", "refugee_arrivals|FY2021|0",
                       "refugee_arrivals|FY2017|12"}
        << QStringList{"asylum_applications|2013"};
    o.destinationsView = DestinationsView::OverTime;
    o.logScale = true;
    QTest::newRow("destinations over time")
        << FigureKind::Destinations << o << "Where North Korean defectors go, year by year"
        << "People per year where a yearly series is published, logarithmic scale"
        << QStringList{"Not strictly comparable: "} << destinations << Years{0, 0} << Years{0, 0}
        << QStringList{} << QStringList{} << QStringList{};
}

void tst_Figure::figure()
{
    QFETCH(FigureKind, kind);
    QFETCH(FigureOptions, options);
    QFETCH(QString, title);
    QFETCH(QString, subtitle);
    QFETCH(QStringList, caveat);
    QFETCH(QStringList, datasets);
    QFETCH(Years, shown);
    QFETCH(Years, data);
    QFETCH(QStringList, eventSources);
    QFETCH(QStringList, plotted);
    QFETCH(QStringList, notPlotted);

    const std::unique_ptr<Figure> figure(Figure::create(kind, m_catalog.get()));
    QAbstractItemModelTester tester(figure->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    figure->setOptions(options);
    QCOMPARE(figure->title(), title);
    QCOMPARE(figure->subtitle(), subtitle);
    const QString text = figure->caveat();
    for (const QString& part : caveat)
        QVERIFY2(text.contains(part), qPrintable(text));
    QCOMPARE(figure->datasets(), datasets);
    if (shown.first == 0) {
        QVERIFY(!figure->yearsShown());
        QVERIFY(!figure->dataYears());
    } else {
        QCOMPARE(figure->yearsShown(), shown);
        QCOMPARE(figure->dataYears(), data);
    }
    QCOMPARE(figure->eventSourceIds(), eventSources);
    const QList<Observation> drawn = figure->plottedObservations();
    QVERIFY(!drawn.isEmpty());
    for (const QString& cell : plotted)
        QVERIFY2(plots(drawn, cell), qPrintable(cell));
    for (const QString& cell : notPlotted)
        QVERIFY2(!plotsAny(drawn, cell), qPrintable(cell));
    // Every figure plotted is one the table shows, with its source.
    for (const Observation& o : drawn) {
        QVERIFY(!o.sourceId.isEmpty());
        QVERIFY(datasets.contains(Datasets::name(o.dataset)));
    }
    QVERIFY(figure->model()->rowCount() > 0);
}

void tst_Figure::optionsChangeWhatIsPlotted()
{
    const std::unique_ptr<Figure> figure(Figure::create(FigureKind::Arrivals, m_catalog.get()));
    QAbstractItemModelTester tester(figure->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(figure.get(), &Figure::optionsChanged);
    FigureOptions o = figure->options();
    QVERIFY(plots(figure->plottedObservations(), QStringLiteral("total|2009|2914")));
    o.firstYear = 2020;
    o.lastYear = 2025;
    figure->setOptions(o);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(figure->yearsShown(), Years(2020, 2025));
    QVERIFY(!plotsAny(figure->plottedObservations(), QStringLiteral("total|2009")));
    QVERIFY(plots(figure->plottedObservations(), QStringLiteral("total|2021|63")));
    // Back to the opening range.
    figure->setOptions(FigureOptions());
    QCOMPARE(figure->yearsShown(), Years(1998, 2025));
}

void tst_Figure::hiddenSeriesAreNotCited()
{
    // Switched off in the legend: not drawn, so neither cited nor in the provenance.
    const std::unique_ptr<Figure> figure(Figure::create(FigureKind::Trade, m_catalog.get()));
    FigureOptions o;
    o.hiddenSeries = {QStringLiteral("china_imports")};
    figure->setOptions(o);
    QVERIFY(figure->isHidden(QStringLiteral("china_imports")));
    QVERIFY(!plotsAny(figure->plottedObservations(), QStringLiteral("china_imports|2020-03")));
    QVERIFY(plots(figure->plottedObservations(), QStringLiteral("china_exports|2020-10|253000")));
}

QTEST_GUILESS_MAIN(tst_Figure)
#include "tst_figure.moc"
