// SPDX-License-Identifier: GPL-3.0-or-later
// crossings_bench: the in-process and start-up measurements of docs/PERFORMANCE.md. Not a test:
// it prints figures with their budgets; tests/bench/run.sh runs it with everything else.
//
//   crossings_bench first-paint --binary CROSSINGS [--runs N] [--platform offscreen|xcb]
//                               [--budget MS, -1 none]
//   crossings_bench language [--runs N]
//   crossings_bench store [--runs N] [--database postgresql://…]
//   crossings_bench scale [--runs N] [--points N] [--shot FILE.png]
//   crossings_bench lines [--runs N]
//   crossings_bench import-files --dir DIR   (writes the files of case 7, measured by run.sh)
//   crossings_bench large-store --rows N --out STORE [--files DIR]   (case 8, measured by run.sh)
//   crossings_bench import-phases --store STORE --file FILE   (case 8: where an import's time goes)
//
// Each figure is printed as one line: "<what>  median <x> ms  (min, max, n)  budget ≤ <b> ms  ok"
// (or MISSED); lines without a budget are for information.

#include "application.h"
#include "benchhooks.h"
#include "chartview.h"
#include "core/catalog.h"
#include "downsampler.h"
#include "figurechart.h"
#include "figurepage.h"
#include "itemmodels/auditmodel.h"
#include "itemmodels/conflictsmodel.h"
#include "itemmodels/destinationsmodel.h"
#include "itemmodels/eventsmodel.h"
#include "itemmodels/seriestablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/importplan.h"
#include "storage/store.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QMenu>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QValueAxis>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {

int g_failures = 0;

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

/// Prints one figure; budget < 0: for information only.
void report(const char* what, const QList<double>& ms, double budget = -1, const char* unit = "ms")
{
    const double m = median(ms);
    const auto [lo, hi] = std::minmax_element(ms.cbegin(), ms.cend());
    std::printf("  %-58s median %9.2f %s  (min %.2f, max %.2f, n=%d)", what, m, unit,
                ms.isEmpty() ? 0.0 : *lo, ms.isEmpty() ? 0.0 : *hi, int(ms.size()));
    if (budget >= 0)
        std::printf("  budget <= %g %s  %s", budget, unit, m <= budget ? "ok" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

void fail(const char* what)
{
    std::fprintf(stderr, "crossings_bench: %s\n", what);
    ++g_failures;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Lets every posted event, layout and paint happen.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

/// The GUI application with the product's identity, language and font, as the window has it.
struct Gui
{
    explicit Gui(int& argc, char** argv)
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        Application::setIdentity();
        language.setLanguage(QStringLiteral("en"));
        Application::setApplicationFont();
    }
    std::unique_ptr<QApplication> app;
    LanguageManager language;
};

// --- 2. Start to the first painted chart (another process) ------------------------------------

qint64 nowMicros()
{
    timespec t{};
    clock_gettime(CLOCK_REALTIME, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

/// Starts the window with the first-paint hook; returns the milliseconds from the spawn to the
/// end of the chart's first paint, or -1.
double firstPaintOnce(const QByteArray& binary, const QByteArray& platform)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    QList<QByteArray> env;
    for (char** e = environ; *e; ++e) {
        if (std::strncmp(*e, "QT_QPA_PLATFORM=", 16) != 0 &&
            std::strncmp(*e, BenchHooks::FirstPaintVariable,
                         std::strlen(BenchHooks::FirstPaintVariable)) != 0)
            env << QByteArray(*e);
    }
    env << "QT_QPA_PLATFORM=" + platform << QByteArray(BenchHooks::FirstPaintVariable) + "=1";
    QList<char*> envp;
    for (QByteArray& e : env)
        envp << e.data();
    envp << nullptr;
    QByteArray arg0 = binary;
    char* argv[] = {arg0.data(), nullptr};

    pid_t pid = 0;
    const qint64 start = nowMicros();
    const int spawned = posix_spawn(&pid, binary.constData(), &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0) {
        close(pipeFds[0]);
        return -1;
    }
    QByteArray output;
    char buffer[256];
    ssize_t n;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0)
            output.append(buffer, n);
    }
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    const int at = int(output.indexOf("first-paint "));
    if (at < 0 || !WIFEXITED(status))
        return -1;
    const qint64 painted = output.mid(at + 12).trimmed().split('\n').value(0).toLongLong();
    return double(painted - start) / 1000.0;
}

int firstPaint(const QStringList& args)
{
    const QByteArray binary = option(args, QStringLiteral("--binary"), QString()).toLocal8Bit();
    const QByteArray platform =
        option(args, QStringLiteral("--platform"), QStringLiteral("offscreen")).toLatin1();
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("15")).toInt();
    if (binary.isEmpty()) {
        fail("first-paint needs --binary PATH");
        return 2;
    }
    // A first run fills the caches (fonts, the store), as on any start but the very first.
    if (firstPaintOnce(binary, platform) < 0) {
        fail("the window did not report its first paint");
        return 1;
    }
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        const double t = firstPaintOnce(binary, platform);
        if (t < 0) {
            fail("the window did not report its first paint");
            return 1;
        }
        ms << t;
    }
    const QByteArray what = "2. start to first painted chart (" + platform + ", warm cache)";
    // The issue's budget is the arrivals page's; another page (saved settings) is measured only.
    report(what.constData(), ms,
           option(args, QStringLiteral("--budget"), QStringLiteral("250")).toDouble());
    return 0;
}

// --- 3. Language switch of the whole window ---------------------------------------------------

/// Counts the LanguageChange events the widgets it watches receive.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

int language(int argc, char** argv, const QStringList& args)
{
    Gui gui(argc, argv);
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("20")).toInt();
    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("store.sqlite")), Store::Mode::CreateIfMissing)) {
        fail(qPrintable(store.errorString()));
        return 1;
    }
    Catalog catalog;
    catalog.reload(store);
    MainWindow window(&catalog, &store, &gui.language);
    window.resize(1280, 800);
    window.show();
    settle();

    // What shows that a switch happened: the window and its three pages got LanguageChange, a
    // period label of the arrivals table follows the locale, and every chart's title is in step
    // with its figure's (the chart was rebuilt in the new language).
    LanguageChangeCounter counter;
    window.installEventFilter(&counter);
    for (FigureKind kind : Figure::all())
        window.figurePage(kind)->installEventFilter(&counter);
    QAbstractItemModel* arrivals =
        window.figurePage(FigureKind::Arrivals)->figure()->figure()->model();
    int row2009 = -1;
    for (int r = 0; r < arrivals->rowCount(); ++r) {
        if (arrivals->index(r, 0).data().toString() == QLatin1String("2009"))
            row2009 = r;
    }
    auto state = [&] {
        QStringList out{QString::number(counter.count),
                        arrivals->index(row2009, 0).data().toString()};
        for (FigureKind kind : Figure::all()) {
            const FigureChart* figure = window.figurePage(kind)->figure();
            out << (figure->chart()->title() == figure->figure()->title()
                        ? QStringLiteral("in step")
                        : figure->chart()->title());
        }
        return out;
    };
    if (row2009 < 0)
        fail("the arrivals table has no row 2009");
    QList<double> handled;
    QList<double> repainted;
    for (int i = 0; i < runs; ++i) {
        const QString to = i % 2 == 0 ? QStringLiteral("ko") : QStringLiteral("en");
        QElapsedTimer t;
        t.start();
        counter.count = 0;
        const bool installed = gui.language.setLanguage(to);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        handled << msSince(t);
        const QStringList now = state();
        settle();
        repainted << msSince(t);
        if (!installed)
            fail("the translation could not be installed");
        const QStringList expected = {
            QStringLiteral("4"),
            to == QLatin1String("en") ? QStringLiteral("2009") : QStringLiteral("2009년"),
            QStringLiteral("in step"), QStringLiteral("in step"), QStringLiteral("in step")};
        if (now != expected)
            fail(qPrintable(QStringLiteral("after switching to %1 the window shows %2, not %3")
                                .arg(to, now.join(QStringLiteral(" | ")),
                                     expected.join(QStringLiteral(" | ")))));
    }
    report("3. language switch, LanguageChange handled (window)", handled, 50);
    report("   ... and the window repainted", repainted);
    return 0;
}

// --- 4. Store and models ----------------------------------------------------------------------

/// Every model the window and the audit page show.
struct Models
{
    explicit Models(Catalog* catalog)
    {
        const QStringList arrivals = {QStringLiteral("total"), QStringLiteral("male"),
                                      QStringLiteral("female")};
        const QStringList trade = {QStringLiteral("china_exports"), QStringLiteral("china_imports"),
                                   QStringLiteral("total")};
        new SeriesTableModel(catalog, Term::Dataset::Arrivals, arrivals, &owner);
        auto* t = new SeriesTableModel(catalog, Term::Dataset::Trade, trade, &owner);
        t->setGranularity(SeriesTableModel::Granularity::Month);
        new DestinationsModel(catalog, &owner);
        for (const char* figure : {"arrivals", "trade", "destinations"})
            new EventsModel(catalog, QLatin1String(figure), &owner);
        new AuditModel(catalog, &owner);
        new ConflictsModel(catalog, &owner);
    }
    QObject owner;
};

QByteArray importFile()
{
    // Six months of synthetic trade figures from a synthetic source, in a temporary store only.
    QByteArray csv = "dataset,series,period,region,value,qualifier,unit,status,source_id,"
                     "locator,note,source_kind,source_title_en,source_published,compiler\n";
    for (int month = 1; month <= 6; ++month) {
        for (const char* series : {"china_exports", "china_imports"}) {
            csv += QStringLiteral("trade,%1,2018-%2,CN,%3,,usd,provisional,bench-synthetic,"
                                  "row %4,,estimate,[Benchmark: synthetic figures],2024,gacc\n")
                       .arg(QLatin1String(series))
                       .arg(month, 2, 10, QLatin1Char('0'))
                       .arg(100000000 + month * 1000)
                       .arg(month)
                       .toUtf8();
        }
    }
    return csv;
}

int storeAndModels(int argc, char** argv, const QStringList& args)
{
    QCoreApplication app(argc, argv);
    Application::setIdentity();
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("15")).toInt();
    // --database postgresql://…: the same on a team store (docs/TEAM.md), set up once by the
    // first run (`db init`'s Mode::Administer) and opened by every run as a client does.
    const QString team = option(args, QStringLiteral("--database"), QString());
    QTemporaryDir dir;
    QList<double> seedMs, openMs, loadMs, modelsMs, totalMs, applyMs, reloadMs, undoMs;
    for (int i = -1; i < runs; ++i) { // run -1 warms up
        const QString path =
            team.isEmpty() ? dir.filePath(QStringLiteral("store-%1.sqlite").arg(i + 1)) : team;
        const Store::Mode mode =
            team.isEmpty() ? Store::Mode::CreateIfMissing : Store::Mode::ReadWrite;
        QElapsedTimer t;
        {
            Store first;
            t.start();
            if (!first.open(path, team.isEmpty() ? Store::Mode::CreateIfMissing
                                                 : Store::Mode::Administer)) {
                fail(qPrintable(first.errorString()));
                return 1;
            }
            if (i >= 0)
                seedMs << msSince(t);
        }
        Store store;
        Catalog catalog;
        t.start();
        store.open(path, mode);
        const double opened = msSince(t);
        if (!catalog.reload(store)) {
            fail(qPrintable(store.errorString()));
            return 1;
        }
        const double loaded = msSince(t);
        Models models(&catalog);
        const double built = msSince(t);

        ImportPlan plan;
        if (!plan.prepare(importFile(), QStringLiteral("bench.csv"), catalog.snapshot(),
                          store.stateToken()) ||
            !plan.isValid() || plan.additions().size() != 12) {
            fail(qPrintable(QStringLiteral("the import was refused: %1")
                                .arg(plan.issues().value(0).toString())));
            return 1;
        }
        t.start();
        if (!plan.apply(store)) {
            fail(qPrintable(store.errorString()));
            return 1;
        }
        const double applied = msSince(t);
        t.start();
        catalog.reload(store); // every model resets
        const double reloaded = msSince(t);
        if (catalog.snapshot().observations.size() < 12 ||
            !std::any_of(catalog.snapshot().observations.cbegin(),
                         catalog.snapshot().observations.cend(), [](const Observation& o) {
                             return o.sourceId == QLatin1String("bench-synthetic");
                         }))
            fail("the imported figures are not in the reloaded catalog");
        t.start();
        store.undoLastImport();
        catalog.reload(store);
        const double undone = msSince(t);
        if (i < 0)
            continue;
        openMs << opened;
        loadMs << loaded - opened;
        modelsMs << built - loaded;
        totalMs << built;
        applyMs << applied;
        reloadMs << reloaded;
        undoMs << undone;
    }
    report(team.isEmpty() ? "4. first run: create the store and seed it"
                          : "4. set-up check (db migrate on a set-up store)",
           seedMs);
    report("4. open the store (integrity check, bundled checksum)", openMs);
    report("4. load the catalog", loadMs);
    report("4. build every model (9)", modelsMs);
    report("4. open + load + models", totalMs);
    report("4. import 12 figures (one transaction)", applyMs);
    report("4. reload after the import (every model resets)", reloadMs);
    report("4. undo the import and reload", undoMs);
    return 0;
}

// --- 5. Scale: 200,000 monthly trade figures --------------------------------------------------

/// The months the synthetic figures cover: what the importer accepts (1945 to the current month).
constexpr int FirstYear = 1945, LastYear = 2025;

/// Synthetic monthly trade figures over the months an import may name (1945–2025), each
/// reported by several sources; gaps where no source reported a month.
Snapshot syntheticTrade(int count, const Snapshot& bundled, int* quantities)
{
    Snapshot s;
    s.vocabulary = bundled.vocabulary;
    const int sourceCount = 24;
    for (int k = 0; k < sourceCount; ++k) {
        Source src;
        src.id = QStringLiteral("synthetic-%1").arg(k);
        src.kind = k == 0 ? Term::SourceKind::Official : Term::SourceKind::Press;
        src.titleEn = QStringLiteral("[Synthetic source %1]").arg(k);
        src.published = QStringLiteral("2024-01-%1").arg(k + 1, 2, 10, QLatin1Char('0'));
        s.sources.insert(src.id, src);
    }
    const QStringList keys = {QStringLiteral("china_exports"), QStringLiteral("china_imports"),
                              QStringLiteral("total")};
    struct Quantity
    {
        int key;
        Period period;
        double base;
    };
    QList<Quantity> all;
    QRandomGenerator random(2020);
    double walk[3] = {std::log(2e8), std::log(2e7), std::log(2.2e8)};
    for (int year = FirstYear; year <= LastYear; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const Period p = Period::parse(
                QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
            for (int k = 0; k < 3; ++k) {
                walk[k] =
                    std::clamp(walk[k] + random.bounded(0.3) - 0.15, std::log(1e5), std::log(5e9));
                if ((year * 12 + month + k * 5) % 89 == 0)
                    continue; // a gap
                all.append({k, p, std::exp(walk[k])});
            }
        }
    }
    *quantities = int(all.size());
    s.observations.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Quantity& q = all.at(i % all.size());
        const int report = i / int(all.size());
        Observation o;
        o.id = i + 1;
        o.dataset = Term::Dataset::Trade;
        o.series = keys.at(q.key);
        o.period = q.period;
        o.region = QStringLiteral("CN");
        o.value = qint64(q.base * (1.0 + 0.002 * report));
        o.unit = Term::Unit::Usd;
        o.compiler = QStringLiteral("gacc"); // only China customs' figures are plotted
        o.status = report == 0 ? Term::Status::Final : Term::Status::Superseded;
        o.sourceId = QStringLiteral("synthetic-%1").arg(report % sourceCount);
        s.observations.append(o);
    }
    return s;
}

int scale(int argc, char** argv, const QStringList& args)
{
    Gui gui(argc, argv);
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("30")).toInt();
    const int count = option(args, QStringLiteral("--points"), QStringLiteral("200000")).toInt();
    Snapshot bundled;
    QList<ValidationIssue> issues;
    QByteArray checksum;
    if (!Store::readBundled(&bundled, &issues, &checksum)) {
        fail("the bundled dataset is invalid");
        return 1;
    }
    int quantities = 0;
    Snapshot synthetic = syntheticTrade(count, bundled, &quantities);
    std::printf("  (%d synthetic monthly trade figures: %d months x 3 series minus gaps = %d "
                "quantities, each reported by up to %d sources)\n",
                count, (LastYear - FirstYear + 1) * 12, quantities,
                (count + quantities - 1) / quantities);

    QList<double> loadMs, buildMs;
    Catalog catalog;
    std::unique_ptr<FigureChart> figure;
    FigureOptions options;
    options.firstYear = FirstYear;
    options.lastYear = LastYear;
    for (int i = 0; i < 3; ++i) {
        Snapshot copy = synthetic;
        QElapsedTimer t;
        t.start();
        Store::choosePlotted(&copy.observations, copy.sources);
        catalog.setSnapshot(std::move(copy));
        loadMs << msSince(t);
        figure.reset();
        t.start();
        figure.reset(FigureChart::create(FigureKind::Trade, &catalog));
        figure->setOptions(options);
        buildMs << msSince(t);
    }
    const int rows = figure->figure()->model()->rowCount();
    report("5. choose plotted + load 200,000 figures into the catalog", loadMs);
    report("5. trade model + chart built, 1945-2025", buildMs);

    ChartView view(figure.get());
    view.resize(1000, 560);
    view.show();
    settle();
    const int plotted = [&] {
        int n = 0;
        for (QAbstractSeries* s : figure->chart()->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(s))
                n += int(line->count());
        }
        return n;
    }();
    std::printf("  (model rows %d; points handed to Qt Charts %d for a plot %d px wide)\n", rows,
                plotted, int(figure->chart()->plotArea().width()));

    const QString shot = option(args, QStringLiteral("--shot"), QString());
    if (!shot.isEmpty())
        view.grab().save(shot);

    QList<double> repaintMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        view.viewport()->repaint();
        repaintMs << msSince(t);
    }
    report("5. repaint, whole range", repaintMs, 16);

    // Zoom as the wheel does, around the cursor, here on a figure in the middle of the data.
    QModelIndex middle;
    for (int row = rows / 2; row < rows && !middle.isValid(); ++row) {
        if (figure->positionOf(figure->figure()->model()->index(row, 3)))
            middle = figure->figure()->model()->index(row, 3);
    }
    if (!middle.isValid()) {
        fail("no figure in the middle of the synthetic data");
        return 1;
    }
    QList<double> zoomInMs, zoomedRepaintMs, zoomOutMs;
    for (int i = 0; i < 12; ++i) {
        QElapsedTimer t;
        t.start();
        view.zoomBy(1.25, *figure->positionOf(middle));
        view.viewport()->repaint();
        zoomInMs << msSince(t);
        t.start();
        view.viewport()->repaint();
        zoomedRepaintMs << msSince(t);
    }
    if (!shot.isEmpty())
        view.grab().save(
            QString(shot).replace(QLatin1String(".png"), QLatin1String("-zoomed.png")));
    for (int i = 0; i < 12; ++i) {
        QElapsedTimer t;
        t.start();
        view.zoomBy(0.8, *figure->positionOf(middle));
        view.viewport()->repaint();
        zoomOutMs << msSince(t);
    }
    if (!shot.isEmpty())
        view.grab().save(QString(shot).replace(QLatin1String(".png"), QLatin1String("-out.png")));
    report("5. zoom step in (x1.25) + repaint", zoomInMs);
    report("5. repaint, zoomed in", zoomedRepaintMs, 16);
    report("5. zoom step out (x0.8) + repaint", zoomOutMs);
    return 0;
}

// --- 5b. Qt Charts' line alone: cost against the number of points -----------------------------

int lines(int argc, char** argv, const QStringList& args)
{
    Gui gui(argc, argv);
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("20")).toInt();
    for (int count : {1000, 10000, 50000, 200000}) {
        for (bool downsampled : {false, true}) {
            auto* chart = new QChart;
            chart->setAnimationOptions(QChart::NoAnimation);
            auto* x = new QValueAxis;
            auto* y = new QValueAxis;
            x->setRange(0, count - 1);
            y->setRange(-400, 400);
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            auto* series = new QLineSeries;
            QList<QPointF> points;
            QRandomGenerator random(count);
            double v = 0;
            for (int i = 0; i < count; ++i) {
                v = std::clamp(v + random.bounded(2.0) - 1.0, -390.0, 390.0);
                points.append(QPointF(i, v));
            }
            series->replace(points);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            QChartView view(chart);
            view.setRenderHint(QPainter::Antialiasing);
            view.resize(1000, 560);
            view.show();
            settle();
            if (downsampled)
                (new LineDownsampler(chart, x))->adoptLines();
            settle();
            QList<double> repaint, zoom;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                view.viewport()->repaint();
                repaint << msSince(t);
            }
            for (int i = 0; i < 8; ++i) {
                QElapsedTimer t;
                t.start();
                chart->zoom(i < 4 ? 1.25 : 0.8);
                view.viewport()->repaint();
                zoom << msSince(t);
            }
            const QByteArray what = QByteArray::number(count) + " points, " +
                                    (downsampled ? "downsampled (" : "all drawn (") +
                                    QByteArray::number(series->count()) + " drawn): repaint";
            report(("5b. " + what).constData(), repaint);
            report("    ... zoom step + repaint", zoom);
        }
    }
    return 0;
}

/// The import files of case 7 (issue 14): each as large as an import may be (16 MB), or the
/// hostile test's 20,000 figures citing a source with a 100 kB title. Written into dir.
int importFiles(const QStringList& args)
{
    const QString dir = args.value(args.indexOf(QStringLiteral("--dir")) + 1);
    if (args.indexOf(QStringLiteral("--dir")) < 0 || !QDir(dir).exists()) {
        std::fprintf(stderr, "crossings_bench import-files: --dir DIR, an existing folder\n");
        return 2;
    }
    const qsizetype limit = 16 * 1024 * 1024;
    auto write = [&](const char* name, const QByteArray& data) {
        QFile f(QDir(dir).filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            std::fprintf(stderr, "cannot write %s\n", name);
            ++g_failures;
        }
    };
    // The largest valid file: as many figures as fit, each a different value for one quantity
    // from a stored source (the shortest rows, so the most figures; every one a conflict).
    QByteArray valid = "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,"
                       "note\n";
    for (int i = 0;; ++i) {
        const QByteArray row = "arrivals,total,2020,KR," + QByteArray::number(i) +
                               ",,persons,final,news1-2025-02-04,,\n";
        if (valid.size() + row.size() > limit)
            break;
        valid += row;
    }
    write("valid-16mb.csv", valid);
    const QByteArray header = "dataset,series,period,region,value,qualifier,unit,status,source_id,"
                              "locator,note,source_kind,source_title_en,source_outlet\n";
    QByteArray title = header + "arrivals,total,2020,KR,0,,persons,final,long-title,,,press," +
                       QByteArray(100'000, 'T') + ",Outlet\n";
    for (int i = 1; i < 20'000; ++i)
        title +=
            "arrivals,total,2020,KR," + QByteArray::number(i) + ",,persons,final,long-title,,,,,\n";
    write("long-title.csv", title);
    QByteArray empty = header;
    const QByteArray emptyRow = QByteArray(13, ',') + "\n";
    while (empty.size() + emptyRow.size() <= limit)
        empty += emptyRow;
    write("empty-fields-16mb.csv", empty);
    write("header-commas-16mb.csv", "dataset" + QByteArray(limit - 8, ',') + "\n");
    return 0;
}

// --- 8. A large store: 1k to 1M rows -----------------------------------------------------------

/// Writes a store of the bundled data plus `rows` synthetic monthly trade figures (1945–2025, the
/// months an import may name), written as imports of at most 250,000 figures each, as a user
/// would reach it (issue 23). With --files DIR also writes the import files of case 8:
/// ten.csv (10 figures of a new source) and quarter.csv (250,000 monthly totals of 258 new sources,
/// each reporting every month once), both of what `crossings import` accepts.
int largeStore(int argc, char** argv, const QStringList& args)
{
    QCoreApplication app(argc, argv);
    Application::setIdentity();
    const int rows = option(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toInt();
    const QString path = option(args, QStringLiteral("--out"), QString());
    const QString files = option(args, QStringLiteral("--files"), QString());
    if (path.isEmpty() && files.isEmpty()) {
        std::fprintf(stderr, "crossings_bench large-store --rows N --out STORE [--files DIR]\n");
        return 2;
    }
    Snapshot bundled;
    QList<ValidationIssue> issues;
    QByteArray checksum;
    if (!Store::readBundled(&bundled, &issues, &checksum)) {
        fail("the bundled dataset is invalid");
        return 1;
    }
    int quantities = 0;
    if (!path.isEmpty()) {
        const Snapshot synthetic = syntheticTrade(rows, bundled, &quantities);
        Store store;
        QElapsedTimer t;
        t.start();
        if (!store.open(path, Store::Mode::CreateIfMissing)) {
            fail(qPrintable(store.errorString()));
            return 1;
        }
        const int batch = 250'000;
        for (int first = 0; first < rows; first += batch) {
            ImportBatch b;
            b.file = QStringLiteral("bench-large-store-%1.csv").arg(first / batch + 1);
            if (first == 0)
                b.sources = synthetic.sources.values();
            b.observations = synthetic.observations.mid(first, batch);
            if (!store.applyImport(b)) {
                fail(qPrintable(store.errorString()));
                return 1;
            }
        }
        std::printf("  (store of %d synthetic figures on %d quantities written in %.1f s)\n", rows,
                    quantities, msSince(t) / 1000.0);
    }
    if (files.isEmpty())
        return 0;
    syntheticTrade(1, bundled, &quantities);
    const Snapshot all = syntheticTrade(quantities, bundled, &quantities);
    const QByteArray header = "dataset,series,period,region,value,qualifier,unit,status,source_id,"
                              "locator,note,source_kind,source_title_en,source_published,"
                              "compiler\n";
    auto row = [](const Observation& o, const QByteArray& source, qint64 value, bool first) {
        return "trade," + o.series.toLatin1() + ',' + o.period.code().toLatin1() + ",CN," +
               QByteArray::number(value) + ",,usd,final," + source + ",,," +
               (first ? "press,[Benchmark: " + source + "],2025-01-01" : QByteArray(",,")) +
               ",gacc\n";
    };
    auto write = [&](const char* name, const QByteArray& data) {
        QFile f(QDir(files).filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            std::fprintf(stderr, "cannot write %s\n", name);
            ++g_failures;
        }
    };
    QByteArray ten = header;
    for (int i = 0; i < 10; ++i)
        ten += row(all.observations.at(i * 97), "bench-ten", 1000 + i, i == 0);
    write("ten.csv", ten);
    QByteArray quarter = header;
    int written = 0;
    // The monthly totals only (the shortest rows: 250,000 fit in 16 MB), each source reporting
    // every month once.
    QList<Observation> totals;
    for (const Observation& o : all.observations) {
        if (o.series == QLatin1String("total"))
            totals << o;
    }
    for (int k = 0; written < 250'000; ++k) {
        const QByteArray source = "bq" + QByteArray::number(k);
        for (int i = 0; i < totals.size() && written < 250'000; ++i, ++written)
            quarter += row(totals.at(i), source, totals.at(i).value + k, i == 0);
    }
    if (quarter.size() > 16 * 1024 * 1024)
        fail("quarter.csv is over the 16 MB an import may be");
    write("quarter.csv", quarter);
    return 0;
}

/// Case 8's profile of one import, as `crossings import FILE` does it, phase by phase
/// (QElapsedTimer; perf is not on every machine): opening, the quantities the file names, their
/// stored figures, the check, the report, the write (one transaction). The import is undone at the
/// end.
int importPhases(int argc, char** argv, const QStringList& args)
{
    QCoreApplication app(argc, argv);
    Application::setIdentity();
    const QString path = option(args, QStringLiteral("--store"), QString());
    const QString file = option(args, QStringLiteral("--file"), QString());
    if (path.isEmpty() || file.isEmpty()) {
        std::fprintf(stderr, "crossings_bench import-phases --store STORE --file FILE\n");
        return 2;
    }
    QElapsedTimer t;
    auto phase = [&t](const char* what) {
        std::printf("  %-58s %9.1f ms\n", what, t.nsecsElapsed() / 1e6);
        std::fflush(stdout);
        t.restart();
    };
    t.start();
    Store store;
    if (!store.open(path, Store::Mode::ReadWrite)) {
        fail(qPrintable(store.errorString()));
        return 1;
    }
    phase("8. import phases: open the store (read-write)");
    Snapshot current;
    if (!store.loadQuantities(&current, {})) {
        fail(qPrintable(store.errorString()));
        return 1;
    }
    phase("8. import phases: the names and sources (loadQuantities)");
    const QString token = store.stateToken();
    phase("8. import phases: the change token");
    // The stored figures are read inside the check, once the file is parsed: timed apart.
    const ImportPlan::StoredFigures load = ImportPlan::StoredFigures::in(store);
    double loadMs = 0;
    ImportPlan::StoredFigures timed = load;
    timed.visit = [&](const QSet<QString>& q, const std::function<bool(const Observation&)>& v) {
        QElapsedTimer l;
        l.start();
        const bool ok = load.visit(q, v);
        loadMs = l.nsecsElapsed() / 1e6;
        return ok;
    };
    ImportPlan plan;
    if (!plan.readFile(file, current, timed, token)) {
        fail("the file is refused");
        return 1;
    }
    std::printf("  %-58s %9.1f ms\n", "8. import phases: (within the next) its stored figures",
                loadMs);
    phase("8. import phases: read and check the file");
    const QString text = plan.report();
    phase("8. import phases: the report");
    std::printf("    (%d figures, %d marked superseded, a report of %lld characters)\n",
                int(plan.batch().observations.size()), int(plan.batch().supersede.size()),
                static_cast<long long>(text.size()));
    const ImportBatch batch = plan.batch();
    phase("8. import phases: the batch copied");
    if (!store.applyImport(batch)) {
        fail(qPrintable(store.errorString()));
        return 1;
    }
    phase("8. import phases: write it (Store::applyImport, one transaction)");
    if (!store.undoLastImport()) {
        fail(qPrintable(store.errorString()));
        return 1;
    }
    phase("8. import phases: undo it");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString command = args.value(0);
    int code = 2;
    if (command == QLatin1String("first-paint"))
        code = firstPaint(args);
    else if (command == QLatin1String("language"))
        code = language(argc, argv, args);
    else if (command == QLatin1String("store"))
        code = storeAndModels(argc, argv, args);
    else if (command == QLatin1String("scale"))
        code = scale(argc, argv, args);
    else if (command == QLatin1String("lines"))
        code = lines(argc, argv, args);
    else if (command == QLatin1String("import-files"))
        code = importFiles(args);
    else if (command == QLatin1String("large-store"))
        code = largeStore(argc, argv, args);
    else if (command == QLatin1String("import-phases"))
        code = importPhases(argc, argv, args);
    else
        std::fprintf(stderr, "usage: crossings_bench first-paint|language|store|scale|lines|"
                             "import-files|large-store|import-phases "
                             "[--runs N] ...\n");
    return g_failures > 0 && code == 0 ? 1 : code;
}
