// SPDX-License-Identifier: GPL-3.0-or-later
// The window reads what a page shows when the page is first shown (issue 23): a page not shown
// read nothing of its datasets, showing it reads them (and only them), a reload after an import,
// an undo or a store switch reads again exactly what is held, and every page looks the same as
// when the whole store was read at start.
#include "application.h"
#include "auditpage.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "core/terms.h"
#include "dataactions.h"
#include "figurepage.h"
#include "importfixture.h"
#include "itemmodels/auditmodel.h"
#include "itemmodels/conflictsmodel.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "storage/importplan.h"
#include "storeactions.h"
#include "warningcollector.h"
#include "windowfixture.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

/// The store, recording each read: the datasets of a read of figures ("arrivals+destinations";
/// empty: the whole store), a dataset's periods ("trade: periods") and the figures of a range of
/// years ("trade: 2019-2021", the years the periods read end in).
class RecordingSource : public SnapshotSource
{
public:
    explicit RecordingSource(Store* store)
        : m_store(store)
    {}

    bool load(Snapshot* out, const QStringList& datasets = {}) override
    {
        asked << datasets.join(QLatin1Char('+'));
        return m_store->load(out, datasets);
    }
    bool loadPeriods(Term::Dataset dataset, QList<DatasetPeriod>* out) override
    {
        asked << Datasets::name(dataset) + QStringLiteral(": periods");
        return m_store->loadPeriods(dataset, out);
    }
    bool loadPeriodFigures(Snapshot* out, Term::Dataset dataset,
                           const QList<Period>& periods) override
    {
        int first = 9999;
        int last = 0;
        for (const Period& p : periods) {
            first = std::min(first, p.end().year());
            last = std::max(last, p.end().year());
        }
        asked << QStringLiteral("%1: %2-%3").arg(Datasets::name(dataset)).arg(first).arg(last);
        return m_store->loadPeriodFigures(out, dataset, periods);
    }

    QStringList asked;

private:
    Store* m_store;
};

const QString A = QStringLiteral("arrivals");
const QString T = QStringLiteral("trade");
const QString D = QStringLiteral("destinations");

int countOf(const Catalog& catalog, const QString& dataset)
{
    int n = 0;
    for (const Observation& o : catalog.snapshot().observations)
        n += Datasets::name(o.dataset) == dataset ? 1 : 0;
    return n;
}

/// The figures of a dataset whose periods end in these years.
int countEnding(const Catalog& catalog, const QString& dataset, int first, int last)
{
    int n = 0;
    for (const Observation& o : catalog.snapshot().observations) {
        const int year = o.period.end().year();
        n += Datasets::name(o.dataset) == dataset && o.period.end().isValid() && year >= first &&
             year <= last;
    }
    return n;
}

/// Writes an import file of one row (after the header) and imports it through the window's
/// data actions: empty when it was applied, else what went wrong.
QString importRow(MainWindow* window, const QString& path, const QByteArray& row)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ImportFixture::Header + row) < 0)
        return QStringLiteral("cannot write ") + path;
    file.close();
    auto* actions = window->findChild<DataActions*>();
    ImportPlan plan;
    if (!actions || !actions->prepare(path, &plan) || plan.isEmpty())
        return QStringLiteral("the file was not accepted");
    QString error;
    return actions->apply(plan, &error) ? QString() : error;
}

int rowOf(const QAbstractItemModel* m, const QString& periodCode)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() == periodCode)
            return r;
    }
    return -1;
}

} // namespace

class tst_WindowLoading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsThePageShownFirst_data();
    void readsThePageShownFirst();
    void readsEachPageWhenFirstShown_data();
    void readsEachPageWhenFirstShown();
    void pagesLookAsWhenEverythingWasRead_data();
    void pagesLookAsWhenEverythingWasRead();
    void readsTheYearsChosen();
    void reloadReadsWhatIsHeld();
    void importOfALaterYearReadsIt();
    void storeSwitchReadsWhatIsHeld();
    void dialogsReadEverything();

private:
    /// A window on a catalog that reads from `source` on demand, opening on page `first`.
    std::unique_ptr<MainWindow> lazyWindow(Catalog* catalog, RecordingSource* source, Store* store,
                                           int first);

    WindowFixture m_fixture;
};

void tst_WindowLoading::initTestCase()
{
    const QString problem = m_fixture.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_WindowLoading::init()
{
    const QString problem = m_fixture.reset();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_WindowLoading::cleanup()
{
    m_fixture.catalog.reset();
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

std::unique_ptr<MainWindow> tst_WindowLoading::lazyWindow(Catalog* catalog, RecordingSource* source,
                                                          Store* store, int first)
{
    QSettings().setValue(QStringLiteral("window/page"), first);
    catalog->setSource(source);
    auto window = std::make_unique<MainWindow>(catalog, store, m_fixture.language.get());
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void tst_WindowLoading::readsThePageShownFirst_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QStringList>("reads"); // what the reads at start ask for
    QTest::addColumn<QStringList>("whole"); // the datasets then held whole
    QTest::addColumn<QString>("ranged");    // the dataset of which some years are held
    QTest::addColumn<int>("first");         // those years
    QTest::addColumn<int>("last");
    QTest::addColumn<QList<int>>("filled"); // the figures (FigureKind) whose tables have rows
    const int arrivals = int(FigureKind::Arrivals);
    const int trade = int(FigureKind::Trade);
    const int destinations = int(FigureKind::Destinations);
    // A figure with years reads the periods of its figures, then the years it opens on: the
    // arrivals 1998 to the latest published year, the trade 2019-2021 (issue 23).
    QTest::newRow("arrivals") << 0 << QStringList{"arrivals: periods", "arrivals: 1998-2025"}
                              << QStringList() << A << 1998 << 2025 << QList<int>{arrivals};
    QTest::newRow("trade") << 1 << QStringList{"trade: periods", "trade: 2019-2021"}
                           << QStringList() << T << 2019 << 2021 << QList<int>{trade};
    // The destinations compare with South Korea's arrivals, all of them.
    QTest::newRow("destinations") << 2 << QStringList{"arrivals+destinations"} << QStringList{A, D}
                                  << QString() << 0 << 0 << QList<int>{arrivals, destinations};
    // The claims and the conflicts of every dataset.
    QTest::newRow("audit") << 3 << QStringList{"arrivals+trade+destinations"}
                           << QStringList{A, T, D} << QString() << 0 << 0
                           << QList<int>{arrivals, trade, destinations};
}

void tst_WindowLoading::readsThePageShownFirst()
{
    QFETCH(int, page);
    QFETCH(QStringList, reads);
    QFETCH(QStringList, whole);
    QFETCH(QString, ranged);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QList<int>, filled);
    Catalog catalog;
    RecordingSource source(m_fixture.store.get());
    auto window = lazyWindow(&catalog, &source, m_fixture.store.get(), page);
    QVERIFY(window);
    QCOMPARE(window->currentPage(), page);
    QCOMPARE(source.asked, reads);
    QCOMPARE(catalog.datasets(), whole);
    // Nothing of a dataset not read is in the catalog, all of one read whole, and of one read
    // for some years the figures whose periods end in them; the pages showing none are empty.
    for (const QString& dataset : Datasets::names()) {
        const int expected = whole.contains(dataset) ? countOf(*m_fixture.catalog, dataset)
                             : dataset == ranged
                                 ? countEnding(*m_fixture.catalog, dataset, first, last)
                                 : 0;
        QCOMPARE(countOf(catalog, dataset), expected);
    }
    if (!ranged.isEmpty()) {
        QVERIFY(countEnding(catalog, ranged, first, last) > 0);
        QVERIFY(catalog.holdsYears(*Datasets::fromName(ranged), YearRange{first, last}));
        QVERIFY(!catalog.holdsYears(*Datasets::fromName(ranged), YearRange{first - 1, last}));
    }
    for (FigureKind kind : Figure::all()) {
        QCOMPARE(window->figurePage(kind)->figure()->figure()->model()->rowCount() > 0,
                 filled.contains(int(kind)));
    }
    auto* audit = window->findChild<AuditPage*>();
    QVERIFY(audit);
    QCOMPARE(audit->auditModel()->rowCount() > 0, page == 3);
    QCOMPARE(audit->conflictsModel()->rowCount() > 0, page == 3);
    // The names, events and claims come with any read.
    QCOMPARE(catalog.snapshot().claims.size(), m_fixture.snapshot.claims.size());
    QCOMPARE(catalog.snapshot().events.size(), m_fixture.snapshot.events.size());
}

void tst_WindowLoading::readsEachPageWhenFirstShown_data()
{
    QTest::addColumn<QList<int>>("pages"); // shown one after the other, from the arrivals
    QTest::addColumn<QStringList>("reads");
    const QStringList start = {"arrivals: periods", "arrivals: 1998-2025"};
    const QStringList trade = {"trade: periods", "trade: 2019-2021"};
    QTest::newRow("trade") << QList<int>{1} << start + trade;
    QTest::newRow("trade, then back") << QList<int>{1, 0, 1} << start + trade;
    // The destinations read all the arrivals: only some years were held.
    QTest::newRow("destinations") << QList<int>{2} << start + QStringList{"arrivals+destinations"};
    // The audit reads all the trade figures, the other datasets are held whole.
    QTest::newRow("every figure, then the audit")
        << QList<int>{1, 2, 3} << start + trade + QStringList{"arrivals+destinations", "trade"};
    QTest::newRow("the audit") << QList<int>{3, 1, 2}
                               << start + QStringList{"arrivals+trade+destinations"};
}

void tst_WindowLoading::readsEachPageWhenFirstShown()
{
    QFETCH(QList<int>, pages);
    QFETCH(QStringList, reads);
    Catalog catalog;
    RecordingSource source(m_fixture.store.get());
    auto window = lazyWindow(&catalog, &source, m_fixture.store.get(), 0);
    QVERIFY(window);
    // The arrivals' selection survives the other pages' reads (their models do not reset).
    FigurePage* arrivals = window->figurePage(FigureKind::Arrivals);
    const QModelIndex cell = arrivals->figure()->figure()->model()->index(3, 1);
    arrivals->setCurrentIndex(cell);
    QSignalSpy resets(&catalog, &Catalog::reset);
    for (int page : pages) {
        window->showPage(page);
        QCOMPARE(window->currentPage(), page);
        // The page shown has its figures, as many as when everything is read: all of its
        // datasets, or those of the years it shows.
        if (auto* figure = qobject_cast<FigurePage*>(window->page(page))) {
            const Figure* shown = figure->figure()->figure();
            QVERIFY(shown->holdsData());
            QVERIFY(shown->model()->rowCount() > 0);
            const auto years = shown->yearsShown();
            for (const QString& dataset : shown->datasets()) {
                if (catalog.holds({dataset}))
                    QCOMPARE(countOf(catalog, dataset), countOf(*m_fixture.catalog, dataset));
                else
                    QCOMPARE(countEnding(catalog, dataset, years->first, years->second),
                             countEnding(*m_fixture.catalog, dataset, years->first, years->second));
            }
        }
    }
    QCOMPARE(source.asked, reads);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(arrivals->currentIndex(), cell);
    // The catalog's order is the one a whole read gives: dataset, then each dataset's own.
    if (catalog.holds(Datasets::names())) {
        QCOMPARE(catalog.snapshot().observations.size(), m_fixture.snapshot.observations.size());
        for (int i = 0; i < catalog.snapshot().observations.size(); ++i) {
            const Observation& o = catalog.snapshot().observations.at(i);
            const Observation& whole = m_fixture.snapshot.observations.at(i);
            QCOMPARE(o.id, whole.id);
            QCOMPARE(o.plotted, whole.plotted);
        }
        QCOMPARE(catalog.snapshot().sources.keys().size(),
                 m_fixture.snapshot.sources.keys().size());
    }
}

void tst_WindowLoading::pagesLookAsWhenEverythingWasRead_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("period"); // selected, so that the sources panel cites a figure
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("language");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        const QByteArray l = language.toLatin1();
        QTest::newRow("arrivals " + l) << 0 << "2009" << 1 << language;
        QTest::newRow("trade " + l) << 1 << "2020-03" << 2 << language;
        QTest::newRow("destinations " + l) << 2 << "~@2021" << 3 << language;
        QTest::newRow("audit " + l) << 3 << QString() << -1 << language;
    }
}

void tst_WindowLoading::pagesLookAsWhenEverythingWasRead()
{
    QFETCH(int, page);
    QFETCH(QString, period);
    QFETCH(int, column);
    QFETCH(QString, language);
    QVERIFY(m_fixture.language->setLanguage(language));
    // The same steps on both windows: open on the arrivals, show the page, select a figure.
    auto picture = [&](MainWindow* window) {
        window->showPage(page);
        if (auto* figure = qobject_cast<FigurePage*>(window->page(page))) {
            const QAbstractItemModel* model = figure->figure()->figure()->model();
            const int row = rowOf(model, period);
            if (row < 0)
                return QImage();
            figure->setCurrentIndex(model->index(row, column));
        }
        QTest::qWait(200); // let Qt Charts lay out the axes before the picture
        return window->grab().toImage();
    };
    QImage whole;
    {
        auto window = m_fixture.makeWindow();
        QVERIFY(window);
        whole = picture(window.get());
    }
    QVERIFY(!whole.isNull());
    QSettings().clear();
    Catalog catalog;
    RecordingSource source(m_fixture.store.get());
    auto window = lazyWindow(&catalog, &source, m_fixture.store.get(), 0);
    QVERIFY(window);
    const QImage lazy = picture(window.get());
    QVERIFY(!lazy.isNull());
    QCOMPARE(lazy.size(), whole.size());
    if (lazy != whole && qEnvironmentVariableIsSet("CROSSINGS_SCREENSHOTS")) {
        const QString dir = qEnvironmentVariable("CROSSINGS_SCREENSHOTS");
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        whole.save(dir + QStringLiteral("/whole-%1.png").arg(name));
        lazy.save(dir + QStringLiteral("/lazy-%1.png").arg(name));
    }
    // Known difference, not fixed yet: the trade chart filled after the window was shown lays
    // out its plot and labels a little differently (same figures, table and sources; the
    // splitter and the overlay's label placement differ by a few pixels). Reported in
    // docs/PERFORMANCE.md (case 8, fourth pass); an XPASS here means it is fixed.
    if (page == 1)
        QEXPECT_FAIL("", "the trade chart's layout when filled after the window was shown",
                     Continue);
    QVERIFY2(lazy == whole, "the page differs from the one of a window that read everything");
    QVERIFY(source.asked.size() >= 1);
}

void tst_WindowLoading::readsTheYearsChosen()
{
    // The trade page opens on 2019-2021; 2022-2024 chosen, the figures of 2019-2024 are read
    // (what is held grows to cover both), and the table is the one of a window that read all.
    Catalog catalog;
    RecordingSource source(m_fixture.store.get());
    auto window = lazyWindow(&catalog, &source, m_fixture.store.get(), 1);
    QVERIFY(window);
    FigurePage* lazy = window->figurePage(FigureKind::Trade);
    FigureOptions options = lazy->figure()->figure()->options();
    options.firstYear = 2022;
    options.lastYear = 2024;
    lazy->setOptions(options);
    QCOMPARE(source.asked, (QStringList{"trade: periods", "trade: 2019-2021", "trade: 2019-2024"}));
    QVERIFY(catalog.holdsYears(Term::Dataset::Trade, YearRange{2019, 2024}));
    QVERIFY(!catalog.holdsYears(Term::Dataset::Trade, YearRange{2019, 2025}));
    // Back to years held: nothing read.
    options.firstYear = 2020;
    options.lastYear = 2021;
    lazy->setOptions(options);
    QCOMPARE(source.asked.size(), 3);
    options.firstYear = 2022;
    options.lastYear = 2024;
    lazy->setOptions(options);
    QCOMPARE(source.asked.size(), 3);

    auto whole = m_fixture.makeWindow();
    QVERIFY(whole);
    FigurePage* all = whole->figurePage(FigureKind::Trade);
    all->setOptions(options);
    const QAbstractItemModel* a = lazy->figure()->figure()->model();
    const QAbstractItemModel* b = all->figure()->figure()->model();
    QVERIFY(a->rowCount() > 0);
    QCOMPARE(a->rowCount(), b->rowCount());
    QCOMPARE(a->index(0, 0).data(roleId(DataRole::PeriodCode)).toString(),
             QStringLiteral("2022-01"));
    for (int r = 0; r < a->rowCount(); ++r) {
        for (int c = 0; c < a->columnCount(); ++c)
            QCOMPARE(a->index(r, c).data(), b->index(r, c).data());
    }
}

void tst_WindowLoading::reloadReadsWhatIsHeld()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("store.sqlite")), Store::Mode::CreateIfMissing));
    Catalog catalog;
    RecordingSource source(&store);
    auto window = lazyWindow(&catalog, &source, &store, 0);
    QVERIFY(window);
    window->showPage(1);
    const QStringList held = {"arrivals: periods", "arrivals: 1998-2025", "trade: periods",
                              "trade: 2019-2021"};
    QCOMPARE(source.asked, held);
    source.asked.clear();

    // A figure of another source for the 2009 arrivals: one more figure of that quantity.
    const int before = countOf(catalog, A);
    const int trade = countOf(catalog, T);
    QString error = importRow(
        window.get(), dir.filePath(QStringLiteral("import.csv")),
        "arrivals,total,2009,KR,2916,,persons,final,test-window-2026-01-20,table 1,,official,"
        "[A test table of arrivals],,Test outlet,,2026-01-20,,ko,,\n");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto* actions = window->findChild<DataActions*>();
    QVERIFY(actions);
    // The reload reads the years held of the arrivals and the trade (the pages shown), not the
    // destinations.
    QCOMPARE(source.asked, held);
    QCOMPARE(catalog.datasets(), QStringList());
    QCOMPARE(countOf(catalog, A), before + 1);
    QCOMPARE(countOf(catalog, T), trade);
    QCOMPARE(countOf(catalog, D), 0);
    QCOMPARE(window->figurePage(FigureKind::Destinations)->figure()->figure()->model()->rowCount(),
             0);
    QVERIFY(window->figurePage(FigureKind::Trade)->figure()->figure()->model()->rowCount() > 0);

    QVERIFY2(actions->undoLast(&error), qPrintable(error));
    QCOMPARE(source.asked, held + held);
    QCOMPARE(countOf(catalog, A), before);
    QCOMPARE(countOf(catalog, D), 0);

    // Shown after the import, the destinations read their own figures only.
    window->showPage(2);
    QCOMPARE(source.asked.last(), QStringLiteral("arrivals+destinations"));
    QVERIFY(window->figurePage(FigureKind::Destinations)->figure()->figure()->model()->rowCount() >
            0);
}

void tst_WindowLoading::importOfALaterYearReadsIt()
{
    // The arrivals open on 1998 to the latest published year (2025): an import of 2026 moves
    // that year, and the page reads and shows it (the reload reads the years held, the page
    // then the year it now shows).
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("store.sqlite")), Store::Mode::CreateIfMissing));
    Catalog catalog;
    RecordingSource source(&store);
    auto window = lazyWindow(&catalog, &source, &store, 0);
    QVERIFY(window);
    QCOMPARE(source.asked, (QStringList{"arrivals: periods", "arrivals: 1998-2025"}));
    source.asked.clear();
    const QString error = importRow(
        window.get(), dir.filePath(QStringLiteral("import.csv")),
        "arrivals,total,2026,KR,150,,persons,final,test-window-2026-12-01,table 1,,official,"
        "[A test table of arrivals],,Test outlet,,2026-12-01,,ko,,\n");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(source.asked,
             (QStringList{"arrivals: periods", "arrivals: 1998-2025", "arrivals: 1998-2026"}));
    const QAbstractItemModel* model =
        window->figurePage(FigureKind::Arrivals)->figure()->figure()->model();
    QCOMPARE(model->index(model->rowCount() - 1, 0).data(roleId(DataRole::PeriodCode)).toString(),
             QStringLiteral("2026"));
    QCOMPARE(model->index(model->rowCount() - 1, 1).data(roleId(DataRole::Value)).toLongLong(),
             qint64(150));
}

void tst_WindowLoading::storeSwitchReadsWhatIsHeld()
{
    QTemporaryDir dir;
    Catalog catalog;
    RecordingSource source(m_fixture.store.get());
    auto window = lazyWindow(&catalog, &source, m_fixture.store.get(), 2);
    QVERIFY(window);
    QCOMPARE(catalog.datasets(), (QStringList{A, D}));
    auto* actions = window->findChild<StoreActions*>();
    QVERIFY(actions);
    QString error;
    QVERIFY2(actions->switchTo(dir.filePath(QStringLiteral("other.sqlite")), &error),
             qPrintable(error));
    // The other store's arrivals and destinations, nothing of its trade.
    QCOMPARE(catalog.datasets(), (QStringList{A, D}));
    QCOMPARE(countOf(catalog, A), countOf(*m_fixture.catalog, A));
    QCOMPARE(countOf(catalog, D), countOf(*m_fixture.catalog, D));
    QCOMPARE(countOf(catalog, T), 0);
    QVERIFY(window->figurePage(FigureKind::Destinations)->figure()->figure()->model()->rowCount() >
            0);
    QCOMPARE(window->figurePage(FigureKind::Trade)->figure()->figure()->model()->rowCount(), 0);
    window.reset();
    // The fixture's in-memory store was closed by the switch: open it again for the next tests.
    m_fixture.store->close();
    QVERIFY(m_fixture.store->openInMemory());
}

void tst_WindowLoading::dialogsReadEverything()
{
    // Export Data… writes every dataset, also of the pages not shown yet.
    QTemporaryDir dir;
    Catalog catalog;
    RecordingSource source(m_fixture.store.get());
    auto window = lazyWindow(&catalog, &source, m_fixture.store.get(), 0);
    QVERIFY(window);
    auto* actions = window->findChild<DataActions*>();
    QVERIFY(actions);
    QString error;
    QVERIFY2(actions->exportTo(dir.filePath(QStringLiteral("all.csv")), &error), qPrintable(error));
    QCOMPARE(source.asked, (QStringList{"arrivals: periods", "arrivals: 1998-2025",
                                        "arrivals+trade+destinations"}));
    QVERIFY(catalog.holds(Datasets::names()));
    QCOMPARE(catalog.snapshot().observations.size(), m_fixture.snapshot.observations.size());
}

QTEST_MAIN(tst_WindowLoading)
#include "tst_windowloading.moc"
