// SPDX-License-Identifier: GPL-3.0-or-later
// FigureYears: which years a figure covers and opens on, computed from the data; YearRange codes.
#include "core/catalog.h"
#include "core/figureyears.h"

#include <QTest>

#include <optional>

namespace {
struct Fig
{
    const char* dataset;
    const char* series;
    const char* period;
    const char* status;
};

/// The snapshot of plotted figures (one per quantity, so every one is plotted).
Snapshot snapshotOf(const QList<Fig>& figures)
{
    Snapshot s;
    qint64 id = 0;
    for (const Fig& f : figures) {
        Observation o;
        o.id = ++id;
        o.dataset = Term::fromCsv<Term::Dataset>(QString::fromUtf8(f.dataset)).value();
        o.series = QString::fromUtf8(f.series);
        o.period = Period::parse(QString::fromUtf8(f.period));
        Q_ASSERT(o.period.isValid());
        o.region = o.dataset == Term::Dataset::Trade ? QStringLiteral("CN") : QStringLiteral("KR");
        o.value = 100 + id;
        o.unit = o.dataset == Term::Dataset::Trade ? Term::Unit::Usd : Term::Unit::Persons;
        o.status = Term::fromCsv<Term::Status>(QString::fromUtf8(f.status)).value();
        o.sourceId = QStringLiteral("src");
        o.plotted = true;
        s.observations << o;
    }
    return s;
}

/// A catalog of plotted figures (one per quantity, so every one is plotted).
std::unique_ptr<Catalog> catalogOf(const QList<Fig>& figures)
{
    auto catalog = std::make_unique<Catalog>();
    catalog->setSnapshot(snapshotOf(figures));
    return catalog;
}

/// Gives a fixed snapshot's figures of the datasets asked, as the Store reads them.
class FixedSource : public SnapshotSource
{
public:
    explicit FixedSource(Snapshot snapshot)
        : m_snapshot(std::move(snapshot))
    {}
    bool load(Snapshot* out, const QStringList& datasets) override
    {
        *out = Snapshot();
        for (const Observation& o : m_snapshot.observations) {
            if (datasets.isEmpty() || datasets.contains(Datasets::name(o.dataset)))
                out->observations << o;
        }
        return true;
    }

private:
    Snapshot m_snapshot;
};

QString code(const std::optional<YearRange>& r)
{
    return r ? r->code() : QString();
}

/// The arrivals as the bundled data has them today: "up to 1998", the grouped 1999–2001, single
/// years to 2024 (final), and a cumulative figure, which is no year of the chart.
QList<Fig> arrivalsToday()
{
    return {
        {"arrivals", "total", "../1998", "final"}, {"arrivals", "total", "1999/2001", "final"},
        {"arrivals", "total", "2009", "final"},    {"arrivals", "total", "2022", "final"},
        {"arrivals", "total", "2023", "final"},    {"arrivals", "female", "2024", "final"},
        {"arrivals", "total", "2024", "final"},    {"arrivals", "cumulative", "../2024", "final"},
        {"arrivals", "total", "2019-Q1", "final"}, {"arrivals", "total", "2025-Q1", "provisional"}};
}
} // namespace

Q_DECLARE_METATYPE(QList<Fig>)

class tst_FigureYears : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void years_data();
    void years();
    void shown_data();
    void shown();
    void briefSpan();
    void followsWhatIsHeld();
    void periodsOnceEach();
};

void tst_FigureYears::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("first"); // 0: invalid
    QTest::addColumn<int>("last");
    QTest::addColumn<QString>("label");
    QTest::newRow("hyphen") << "1998-2022" << 1998 << 2022 << "1998\u20132022";
    QTest::newRow("en dash") << "1998\u20132022" << 1998 << 2022 << "1998\u20132022";
    QTest::newRow("spaces") << " 2019 - 2021 " << 2019 << 2021 << "2019\u20132021";
    QTest::newRow("one year") << "2020" << 2020 << 2020 << "2020";
    QTest::newRow("same year twice") << "2020-2020" << 2020 << 2020 << "2020";
    QTest::newRow("backwards") << "2022-1998" << 0 << 0 << "";
    QTest::newRow("two digits") << "98-22" << 0 << 0 << "";
    QTest::newRow("open end") << "1998-" << 0 << 0 << "";
    QTest::newRow("all is the caller's") << "all" << 0 << 0 << "";
    QTest::newRow("empty") << "" << 0 << 0 << "";
    QTest::newRow("three years") << "1998-2000-2002" << 0 << 0 << "";
}

void tst_FigureYears::parse()
{
    QFETCH(QString, text);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QString, label);
    const auto r = YearRange::parse(text);
    QCOMPARE(r.has_value(), first != 0);
    if (!r)
        return;
    QCOMPARE(r->first, first);
    QCOMPARE(r->last, last);
    QCOMPARE(r->label(), label);
    QCOMPARE(r->code(), QStringLiteral("%1-%2").arg(first).arg(last));
}

void tst_FigureYears::years_data()
{
    QTest::addColumn<QList<Fig>>("figures");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<bool>("quarterly");
    QTest::addColumn<QString>("data");    // "" = none
    QTest::addColumn<QString>("opening"); // "" = none

    const QList<Fig> today = arrivalsToday();
    QTest::newRow("arrivals today") << today << "arrivals" << false << "1998-2024"
                                    << "1998-2024";
    QTest::newRow("arrivals, 2025 imported (final)")
        << (today + QList<Fig>{{"arrivals", "total", "2025", "final"}}) << "arrivals" << false
        << "1998-2025"
        << "1998-2025";
    QTest::newRow("arrivals, 2025 provisional")
        << (today + QList<Fig>{{"arrivals", "total", "2025", "provisional"}}) << "arrivals" << false
        << "1998-2025"
        << "1998-2025";
    // An estimate of a year is drawn, but the figure does not open on it.
    QTest::newRow("arrivals, 2025 only estimated")
        << (today + QList<Fig>{{"arrivals", "total", "2025", "estimate"}}) << "arrivals" << false
        << "1998-2025"
        << "1998-2024";
    QTest::newRow("arrivals, only the split for 2025")
        << (today + QList<Fig>{{"arrivals", "female", "2025", "final"}}) << "arrivals" << false
        << "1998-2025"
        << "1998-2025";
    QTest::newRow("arrivals quarterly") << today << "arrivals" << true << "2019-2025"
                                        << "2019-2025";
    QTest::newRow("arrivals starting later") << QList<Fig>{{"arrivals", "total", "2005", "final"},
                                                           {"arrivals", "total", "2010", "final"}}
                                             << "arrivals" << false << "2005-2010"
                                             << "2005-2010";
    QTest::newRow("no arrivals") << QList<Fig>{{"trade", "total", "2020-03", "final"}} << "arrivals"
                                 << false << ""
                                 << "";

    const QList<Fig> trade{{"trade", "total", "2018-12", "final"},
                           {"trade", "total", "2019-01/2019-02", "final"}, // a span of months
                           {"trade", "china_exports", "2021-12", "final"},
                           {"trade", "total", "2022-03", "provisional"},
                           {"trade", "total", "2015", "final"}}; // annual: not monthly
    QTest::newRow("trade: 2019-2021 within more") << trade << "trade" << false << "2018-2022"
                                                  << "2019-2021";
    QTest::newRow("trade: only 2020")
        << QList<Fig>{{"trade", "total", "2020-03", "final"}} << "trade" << false << "2020-2020"
        << "2020-2020";
    QTest::newRow("trade: only later years") << QList<Fig>{{"trade", "total", "2023-03", "final"},
                                                           {"trade", "total", "2024-05", "final"}}
                                             << "trade" << false << "2023-2024"
                                             << "2023-2024";
    QTest::newRow("destinations: none") << today << "destinations" << false << ""
                                        << "";
}

void tst_FigureYears::years()
{
    QFETCH(QList<Fig>, figures);
    QFETCH(QString, figure);
    QFETCH(bool, quarterly);
    QFETCH(QString, data);
    QFETCH(QString, opening);
    const auto catalog = catalogOf(figures);
    const auto d = FigureYears::data(*catalog, figure, quarterly);
    const auto o = FigureYears::defaultRange(*catalog, figure, quarterly);
    QCOMPARE(d ? d->code() : QString(), data);
    QCOMPARE(o ? o->code() : QString(), opening);
}

void tst_FigureYears::shown_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<QString>("shown");
    QTest::newRow("default") << "arrivals" << 0 << 0 << "1998-2024";
    QTest::newRow("briefs' span") << "arrivals" << 1998 << 2022 << "1998-2022";
    QTest::newRow("inside") << "arrivals" << 2005 << 2010 << "2005-2010";
    QTest::newRow("wider than the data") << "arrivals" << 1990 << 2030 << "1998-2024";
    QTest::newRow("from a year on") << "arrivals" << 2010 << 0 << "2010-2024";
    QTest::newRow("outside: everything") << "arrivals" << 2030 << 2040 << "1998-2024";
    QTest::newRow("trade default") << "trade" << 0 << 0 << "2019-2021";
    QTest::newRow("trade all") << "trade" << 2018 << 2022 << "2018-2022";
    QTest::newRow("destinations") << "destinations" << 2000 << 2010 << "";
}

void tst_FigureYears::shown()
{
    QFETCH(QString, figure);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QString, shown);
    const auto catalog =
        catalogOf(arrivalsToday() + QList<Fig>{{"trade", "total", "2018-12", "final"},
                                               {"trade", "total", "2020-04", "final"},
                                               {"trade", "total", "2022-03", "final"}});
    const auto r = FigureYears::shown(*catalog, figure, false, first, last);
    QCOMPARE(r ? r->code() : QString(), shown);
}

void tst_FigureYears::briefSpan()
{
    QCOMPARE(FigureYears::briefSpan("arrivals")->code(), QStringLiteral("1998-2022"));
    QCOMPARE(FigureYears::briefSpan("trade")->code(), QStringLiteral("2019-2021"));
    QVERIFY(!FigureYears::briefSpan("destinations"));
    QVERIFY(FigureYears::hasYears("arrivals") && FigureYears::hasYears("trade"));
    QVERIFY(!FigureYears::hasYears("destinations"));
}

void tst_FigureYears::followsWhatIsHeld()
{
    // The years are computed once for what the catalog holds (Catalog::plottedPeriods, issue
    // 23); a dataset read later, or another snapshot, gives the years of what is held then.
    const QList<Fig> trade{{"trade", "exports", "2018-12", "final"},
                           {"trade", "imports", "2022-03", "final"}};
    FixedSource source(snapshotOf(arrivalsToday() + trade));
    Catalog catalog;
    catalog.setSource(&source);
    QVERIFY(catalog.require({QStringLiteral("arrivals")}));
    QCOMPARE(code(FigureYears::data(catalog, "arrivals")), QStringLiteral("1998-2024"));
    QCOMPARE(code(FigureYears::data(catalog, "trade")), QString());
    QCOMPARE(code(FigureYears::defaultRange(catalog, "trade")), QString());

    QVERIFY(catalog.require({QStringLiteral("trade")}));
    QCOMPARE(code(FigureYears::data(catalog, "trade")), QStringLiteral("2018-2022"));
    QCOMPARE(code(FigureYears::defaultRange(catalog, "trade")), QStringLiteral("2019-2021"));
    QCOMPARE(code(FigureYears::data(catalog, "arrivals")), QStringLiteral("1998-2024"));

    catalog.setSnapshot(snapshotOf({{"arrivals", "total", "2009", "final"},
                                    {"arrivals", "total", "2011", "provisional"},
                                    {"arrivals", "total", "2012", "estimate"},
                                    {"trade", "exports", "2020-05", "final"}}));
    QCOMPARE(code(FigureYears::data(catalog, "arrivals")), QStringLiteral("2009-2012"));
    QCOMPARE(code(FigureYears::defaultRange(catalog, "arrivals")), QStringLiteral("2009-2011"));
    QCOMPARE(code(FigureYears::data(catalog, "trade")), QStringLiteral("2020-2020"));
}

void tst_FigureYears::periodsOnceEach()
{
    // Three series over the same two months give two periods, not six figures; a status of its
    // own is a pair of its own; a figure not plotted gives none.
    Snapshot s = snapshotOf({{"trade", "exports", "2020-01", "final"},
                             {"trade", "imports", "2020-01", "final"},
                             {"trade", "total", "2020-01", "final"},
                             {"trade", "exports", "2020-02", "final"},
                             {"trade", "imports", "2020-02", "final"},
                             {"trade", "total", "2020-02", "provisional"},
                             {"trade", "total", "2023-07", "final"},
                             {"arrivals", "total", "2009", "final"}});
    s.observations[6].plotted = false;
    Catalog catalog;
    catalog.setSnapshot(s);
    const QList<Catalog::PlottedPeriod> periods = catalog.plottedPeriods(Term::Dataset::Trade);
    QStringList listed;
    for (const Catalog::PlottedPeriod& p : periods)
        listed << p.period.code() + QLatin1Char(' ') + Term::csvName(p.status);
    QCOMPARE(listed, QStringList({"2020-01 final", "2020-02 final", "2020-02 provisional"}));
    QCOMPARE(code(FigureYears::data(catalog, "trade")), QStringLiteral("2020-2020"));
    QCOMPARE(catalog.plottedPeriods(Term::Dataset::Arrivals).size(), 1);
}

QTEST_GUILESS_MAIN(tst_FigureYears)
#include "tst_figureyears.moc"
