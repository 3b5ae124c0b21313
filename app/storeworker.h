// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

/// Runs long store work (an import's check and write, an undo) in a worker thread, so that the
/// window stays responsive (issue 23), with a window-modal progress dialog. Qt SQL connections
/// belong to the thread that opened them: the worker opens its own Store on the window's
/// location (Store::openSameAs) and closes it when done; a failure's error is handed to the
/// window's store (Store::takeError), whose messages and reconnect offers read it. The caller
/// waits in a local event loop. An in-memory store, which no second connection reaches (tests,
/// the bundled-data fallback), is worked on in this thread without a dialog.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    /// What the work reports: the percent done (negative: not known); false when cancelled.
    using Progress = std::function<bool(int percent)>;
    /// The work, in the worker thread, on the worker's store; runs on its own language (the
    /// caller passes it in: LanguageScope is for the main thread only).
    using Work = std::function<bool(Store& store, const Progress& progress)>;
    enum class Cancel {
        Allowed, ///< a Cancel button; the work sees it through Progress
        Refused  ///< no Cancel (a write: it commits or rolls back whole, never half)
    };
    struct Texts
    {
        QString objectName; ///< the dialog's (tests find it)
        QString title;
        QString label;
    };

    StoreWorker(Store* store, QWidget* window);

    /// Runs work and returns its result; the window's store holds the error of a failure.
    bool run(const Texts& texts, Cancel cancel, const Work& work);
    bool isRunning() const { return m_running; }

signals:
    /// Around run(): the window's actions that use the store stay off meanwhile.
    void running(bool on);

private:
    struct Outcome
    {
        bool ok = false;
        Store::Error error = Store::Error::None;
        QString errorString;
    };
    Outcome runInThread(const Texts& texts, Cancel cancel, const Work& work);

    Store* m_store;
    QWidget* m_window;
    bool m_running = false;
};
