// SPDX-License-Identifier: GPL-3.0-or-later
// The window's import checks a file in a worker thread, with a progress dialog and Cancel, and
// stays responsive (issue 14: 12); the write and the undo run in a worker thread too, each on the
// worker's own connection (issue 23: the window froze for seconds); applying stays one
// transaction.
#include "application.h"
#include "core/catalog.h"
#include "dataactions.h"
#include "importfixture.h"
#include "storage/importplan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

namespace {
QStringList connectionNames()
{
    QStringList names = QSqlDatabase::connectionNames();
    names.sort();
    return names;
}
} // namespace

class tst_ImportProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Application::setApplicationFont(); }
    void init();
    void cleanup();
    void cancelStopsTheCheckAndTheWindowStaysResponsive();
    void checkThenApplyInOneTransaction();
    void writeRunsWhileTheWindowRuns();
    void cancelAtOnceWritesNothing();
    void writersErrorReachesTheWindowsStore();
    void inMemoryStoreWorksOnThisThread();

private:
    QString largeFile();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QMainWindow> m_window;
    DataActions* m_actions = nullptr;
};

void tst_ImportProgress::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    QString error;
    QVERIFY2(ImportFixture::createStore(&path, &error), qPrintable(error));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(path, Store::Mode::ReadWrite));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(*m_store));
    m_window = std::make_unique<QMainWindow>();
    m_window->show();
    m_actions = new DataActions(m_catalog.get(), m_store.get(), m_window.get());
}

void tst_ImportProgress::cleanup()
{
    m_window.reset();
    m_catalog.reset();
    m_store.reset();
}

QString tst_ImportProgress::largeFile()
{
    // A large valid file: 150,000 figures take seconds to check.
    QByteArray csv = "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,"
                     "note\n";
    for (int i = 0; i < 150'000; ++i)
        csv += "arrivals,total,2020,KR," + QByteArray::number(i) +
               ",,persons,final,news1-2025-02-04,,\n";
    const QString path = m_dir->filePath(QStringLiteral("large.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return {};
    return path;
}

void tst_ImportProgress::cancelStopsTheCheckAndTheWindowStaysResponsive()
{
    const QString path = largeFile();
    QVERIFY(!path.isEmpty());
    const QString tokenBefore = m_store->stateToken();

    // The window's event loop keeps running: a timer ticks while the file is checked.
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
    heartbeat.start();

    int shownValue = -1;
    int ticksWhenCancelled = -1;
    QElapsedTimer sinceCancel;
    QTimer watcher;
    watcher.setInterval(20);
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto* dialog = m_window->findChild<QProgressDialog*>(QStringLiteral("importProgress"));
        if (!dialog || !dialog->isVisible() || sinceCancel.isValid())
            return;
        if (dialog->value() > 0 && dialog->value() < 100) {
            shownValue = dialog->value();
            auto* cancel = dialog->findChild<QPushButton*>();
            if (cancel) {
                ticksWhenCancelled = ticks;
                sinceCancel.start();
                cancel->click();
            }
        }
    });
    watcher.start();
    ImportPlan plan;
    const bool ok = m_actions->prepareInBackground(path, &plan);
    const qint64 afterCancel = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
    watcher.stop();
    heartbeat.stop();

    QVERIFY2(shownValue > 0, "the dialog never showed progress");
    QVERIFY(!ok);
    QVERIFY(plan.wasCancelled());
    QVERIFY(!plan.isValid());
    QVERIFY2(ticksWhenCancelled >= 3, qPrintable(QString::number(ticksWhenCancelled)));
    QVERIFY2(afterCancel >= 0 && afterCancel < 5000, qPrintable(QString::number(afterCancel)));
    QCOMPARE(m_store->stateToken(), tokenBefore); // nothing written
    auto* dialog = m_window->findChild<QProgressDialog*>(QStringLiteral("importProgress"));
    QVERIFY(!dialog || !dialog->isVisible());
}

void tst_ImportProgress::checkThenApplyInOneTransaction()
{
    ImportPlan plan;
    QVERIFY(m_actions->prepareInBackground(
        QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/import-2025.csv"), &plan));
    QVERIFY(!plan.wasCancelled());
    QCOMPARE(plan.additions().size(), 4);
    QString error;
    QVERIFY2(m_actions->apply(plan, &error), qPrintable(error));
    ImportRecord last;
    QVERIFY(m_store->lastImport(&last));
    QCOMPARE(last.observations, 4);
    QVERIFY(m_actions->undoLast(&error));
}

void tst_ImportProgress::writeRunsWhileTheWindowRuns()
{
    // The write waits inside its transaction (the before-commit seam) until the window's event
    // loop has seen the progress dialog: a write on the GUI thread would never get there.
    ImportPlan plan;
    QVERIFY(m_actions->prepareInBackground(
        QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/import-2025.csv"), &plan));
    const QString tokenBefore = m_store->stateToken();
    const QStringList connections = connectionNames();
    QSemaphore paused;
    QSemaphore resume;
    QThread* writer = nullptr;
    bool resumed = false;
    m_actions->setBeforeCommit([&] {
        writer = QThread::currentThread();
        paused.release();
        resumed = resume.tryAcquire(1, 60000); // not forever when the window is frozen
    });
    bool sawPause = false;
    bool dialogShown = false;
    bool hasCancel = true;
    bool importEnabled = true;
    QString tokenWhilePaused;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = m_window->findChild<QProgressDialog*>(QStringLiteral("importProgress"));
        if (sawPause || !dialog || !dialog->isVisible() || !paused.tryAcquire())
            return;
        sawPause = true;
        dialogShown = true;
        hasCancel = dialog->findChild<QPushButton*>() != nullptr;
        importEnabled = m_actions->importAction()->isEnabled();
        tokenWhilePaused = m_store->stateToken(); // the window's connection sees nothing yet
        resume.release();
    });
    poll.start();
    QString error;
    const bool applied = m_actions->apply(plan, &error);
    poll.stop();
    m_actions->setBeforeCommit({});

    QVERIFY2(applied, qPrintable(error));
    QVERIFY(sawPause);
    QVERIFY(resumed);
    QVERIFY(dialogShown);
    QVERIFY(!hasCancel);     // a write commits or rolls back whole
    QVERIFY(!importEnabled); // no second import meanwhile
    QCOMPARE(tokenWhilePaused, tokenBefore);
    QVERIFY(writer != nullptr);
    QVERIFY(writer != QCoreApplication::instance()->thread());
    QCOMPARE(connectionNames(), connections); // the worker's was closed
    ImportRecord last;
    QVERIFY(m_store->lastImport(&last));
    QCOMPARE(last.file, QStringLiteral("import-2025.csv"));
    QCOMPARE(last.observations, 4);
    QVERIFY(m_store->stateToken() != tokenBefore);
    QVERIFY(m_actions->importAction()->isEnabled());
    QVERIFY(m_actions->undoAction()->isEnabled());

    // Undo in a worker too; then there is nothing to undo and the store is as before.
    QVERIFY2(m_actions->undoLast(&error), qPrintable(error));
    QVERIFY(!m_store->lastImport(&last));
    QCOMPARE(m_store->error(), Store::Error::None);
    QVERIFY(!m_actions->undoAction()->isEnabled());
    QCOMPARE(connectionNames(), connections);
}

void tst_ImportProgress::cancelAtOnceWritesNothing()
{
    // Cancel as soon as the dialog shows (while the store is still read): nothing is written,
    // and the cancelled plan cannot be applied.
    const QString path = largeFile();
    QVERIFY(!path.isEmpty());
    const QString tokenBefore = m_store->stateToken();
    const QStringList connections = connectionNames();
    bool clicked = false;
    QTimer watcher;
    watcher.setInterval(10);
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto* dialog = m_window->findChild<QProgressDialog*>(QStringLiteral("importProgress"));
        auto* cancel = dialog ? dialog->findChild<QPushButton*>() : nullptr;
        if (clicked || !dialog || !dialog->isVisible() || !cancel)
            return;
        clicked = true;
        cancel->click();
    });
    watcher.start();
    ImportPlan plan;
    const bool ok = m_actions->prepareInBackground(path, &plan);
    watcher.stop();

    QVERIFY(clicked);
    QVERIFY(!ok);
    QVERIFY(plan.wasCancelled());
    QCOMPARE(plan.additions().size(), 0);
    QString error;
    QVERIFY(!m_actions->apply(plan, &error));
    QCOMPARE(error, QStringLiteral("The file cannot be imported."));
    QCOMPARE(m_store->stateToken(), tokenBefore);
    ImportRecord last;
    QVERIFY(!m_store->lastImport(&last));
    QCOMPARE(connectionNames(), connections);
    QVERIFY(m_actions->importAction()->isEnabled());
}

void tst_ImportProgress::writersErrorReachesTheWindowsStore()
{
    // The store changes between the check and the write (here: the same file imported
    // meanwhile through this connection): the worker's write refuses, and its error is the
    // window's store's, which the window's message and reconnect offer read.
    const QString path = QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/import-2025.csv");
    ImportPlan first;
    QVERIFY(m_actions->prepareInBackground(path, &first));
    ImportPlan meanwhile;
    QVERIFY(m_actions->prepare(path, &meanwhile));
    QVERIFY2(meanwhile.apply(*m_store), qPrintable(m_store->errorString()));
    const QString tokenBefore = m_store->stateToken();
    QString error;
    QVERIFY(!m_actions->apply(first, &error));
    QCOMPARE(m_store->error(), Store::Error::Changed);
    QCOMPARE(error, QStringLiteral("The database changed after the file was checked; check the "
                                   "file again."));
    QCOMPARE(m_store->stateToken(), tokenBefore); // nothing of the refused write
    QVERIFY(m_actions->importAction()->isEnabled());
}

void tst_ImportProgress::inMemoryStoreWorksOnThisThread()
{
    // No second connection reaches an in-memory store: its work runs on this thread.
    Store memory;
    QVERIFY2(memory.openInMemory(), qPrintable(memory.errorString()));
    Catalog catalog;
    QVERIFY(catalog.reload(memory));
    QMainWindow window;
    DataActions actions(&catalog, &memory, &window);
    ImportPlan plan;
    QVERIFY(actions.prepareInBackground(
        QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/import-2025.csv"), &plan));
    QCOMPARE(plan.additions().size(), 4);
    QThread* writer = nullptr;
    actions.setBeforeCommit([&] { writer = QThread::currentThread(); });
    QString error;
    QVERIFY2(actions.apply(plan, &error), qPrintable(error));
    QCOMPARE(writer, QCoreApplication::instance()->thread());
    ImportRecord last;
    QVERIFY(memory.lastImport(&last));
    QCOMPARE(last.observations, 4);
    QVERIFY2(actions.undoLast(&error), qPrintable(error));
    QVERIFY(!memory.lastImport(&last));
}

QTEST_MAIN(tst_ImportProgress)
#include "tst_importprogress.moc"
