// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeworker.h"

#include "storage/store.h"

#include <QEvent>
#include <QEventLoop>
#include <QKeyEvent>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace {
/// Keeps a dialog without Cancel open: Escape and closing it would unblock the window.
class KeepOpen : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        return event->type() == QEvent::KeyPress &&
               static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape;
    }
};
} // namespace

StoreWorker::StoreWorker(Store* store, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{}

bool StoreWorker::run(const Texts& texts, Cancel cancel, const Work& work)
{
    m_running = true;
    emit running(true);
    Outcome outcome;
    if (m_store->isInMemory()) {
        outcome.ok = work(*m_store, [](int) { return true; });
        outcome.error = m_store->error();
        outcome.errorString = m_store->errorString();
    } else {
        outcome = runInThread(texts, cancel, work);
    }
    m_running = false;
    emit running(false); // before the error is handed over: the window reads its store here
    if (!outcome.ok)
        m_store->takeError(outcome.error, outcome.errorString);
    return outcome.ok;
}

StoreWorker::Outcome StoreWorker::runInThread(const Texts& texts, Cancel cancel, const Work& work)
{
    Outcome outcome;
    std::atomic<int> percent{-1};
    std::atomic<bool> cancelled{false};
    const Progress report = [&](int p) {
        percent.store(p);
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] {
        Store own; // opened, used and closed in this thread
        outcome.ok = own.openSameAs(*m_store) && work(own, report);
        outcome.error = own.error();
        outcome.errorString = own.errorString();
    }));
    QProgressDialog progress(texts.label, QString(), 0, 0, m_window);
    progress.setObjectName(texts.objectName);
    progress.setWindowTitle(texts.title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    KeepOpen keepOpen;
    if (cancel == Cancel::Allowed)
        progress.setCancelButtonText(tr("Cancel"));
    else
        progress.installEventFilter(&keepOpen);
    progress.setValue(0);
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled.store(true);
        progress.setLabelText(tr("Cancelling…"));
    });
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, &progress, [&] {
        const int p = percent.load();
        if (p >= 0 && progress.maximum() == 0)
            progress.setRange(0, 100); // the share done is known from now on
        if (p >= 0)
            progress.setValue(p);
    });
    tick.start();
    thread->start();
    loop.exec();
    thread->wait();
    tick.stop();
    progress.removeEventFilter(&keepOpen);
    progress.close();
    return outcome;
}
