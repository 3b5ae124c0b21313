// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// What the window offers when a store does not open, and doing it: the decision logic of
/// Application::runWindow without its message box, so that it can be tested.
///
/// A damaged user store (not an SQLite file, or failing the integrity check) is moved aside with
/// a timestamp, together with its journal files, and a fresh store is built from the bundled
/// data in its place; nothing is ever deleted. Any other failure (a file from a newer version, a
/// locked or read-only file, a file named with --database) leaves the file alone and continues
/// on the bundled data in memory.
class StoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StoreRecovery)

public:
    struct Offer
    {
        QString problem;  ///< what went wrong (the store's message)
        QString question; ///< what continuing does, as a question
        QString movedTo;  ///< where a damaged file will be moved; empty: the file is left alone
    };

    /// The offer for a store that failed to open at path. userStore: the default store (which
    /// the application owns), not a file the user named.
    static Offer offer(const Store& failed, const QString& path, bool userStore,
                       const QDateTime& now);

    /// Carries the offer out: moves the damaged file aside and opens a fresh store at path, or
    /// opens the bundled data in memory. False with store.errorString() if even that fails.
    /// *movedTo is where the file went (empty if it was not moved).
    static bool accept(Store& store, const Offer& offer, const QString& path, Store::Mode mode,
                       QString* movedTo = nullptr);

    /// Whether the error means the file is damaged (rather than busy, newer or unreadable).
    static bool isDamaged(Store::Error error);
    /// "<path>.damaged-<yyyyMMdd-HHmmss>", with "-2", "-3"… when that name is taken.
    static QString asideName(const QString& path, const QDateTime& now);
    /// Renames path and its SQLite side files (-journal, -wal, -shm) to to (+ the same suffixes).
    /// Nothing is deleted; false (and nothing moved) when a rename fails.
    static bool moveAside(const QString& path, const QString& to, QString* error = nullptr);
};
