// SPDX-License-Identifier: GPL-3.0-or-later
// The window's import checks a file in a worker thread, with a progress dialog and Cancel, and
// stays responsive (issue 14: 12); applying stays one transaction.
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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class tst_ImportProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Application::setApplicationFont(); }
    void init();
    void cleanup();
    void cancelStopsTheCheckAndTheWindowStaysResponsive();
    void checkThenApplyInOneTransaction();

private:
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

void tst_ImportProgress::cancelStopsTheCheckAndTheWindowStaysResponsive()
{
    // A large valid file: 150,000 figures take seconds to check.
    QByteArray csv = "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,"
                     "note\n";
    for (int i = 0; i < 150'000; ++i)
        csv += "arrivals,total,2020,KR," + QByteArray::number(i) +
               ",,persons,final,news1-2025-02-04,,\n";
    const QString path = m_dir->filePath(QStringLiteral("large.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
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

QTEST_MAIN(tst_ImportProgress)
#include "tst_importprogress.moc"
