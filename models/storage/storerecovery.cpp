// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storerecovery.h"

#include <QFile>
#include <QFileInfo>

namespace {
const QStringList& sideSuffixes()
{
    static const QStringList s = {QStringLiteral("-journal"), QStringLiteral("-wal"),
                                  QStringLiteral("-shm")};
    return s;
}
} // namespace

bool StoreRecovery::isDamaged(Store::Error error)
{
    return error == Store::Error::Corrupt || error == Store::Error::NotADatabase;
}

QString StoreRecovery::asideName(const QString& path, const QDateTime& now)
{
    const QString base =
        path + QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto taken = [](const QString& name) {
        if (QFileInfo::exists(name))
            return true;
        for (const QString& suffix : sideSuffixes()) {
            if (QFileInfo::exists(name + suffix))
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

bool StoreRecovery::moveAside(const QString& path, const QString& to, QString* error)
{
    QStringList moved;
    auto undo = [&]() {
        for (const QString& suffix : std::as_const(moved))
            QFile::rename(to + suffix, path + suffix);
    };
    QStringList suffixes = {QString()};
    suffixes += sideSuffixes();
    for (const QString& suffix : std::as_const(suffixes)) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        QFile f(path + suffix);
        if (!f.rename(to + suffix)) {
            if (error)
                *error = tr("Cannot move \"%1\" to \"%2\": %3")
                             .arg(path + suffix, to + suffix, f.errorString());
            undo();
            return false;
        }
        moved << suffix;
    }
    return true;
}

StoreRecovery::Offer StoreRecovery::offer(const Store& failed, const QString& path, bool userStore,
                                          const QDateTime& now)
{
    Offer o;
    o.problem = failed.errorString();
    if (userStore && isDamaged(failed.error())) {
        o.movedTo = asideName(path, now);
        o.question = tr("Continue on the bundled data? The damaged file will be kept as \"%1\".")
                         .arg(o.movedTo);
    } else {
        o.question = tr(
            "Continue on the bundled data, without saving changes? The file will not be changed.");
    }
    return o;
}

bool StoreRecovery::accept(Store& store, const Offer& offer, const QString& path, Store::Mode mode,
                           QString* movedTo)
{
    if (movedTo)
        movedTo->clear();
    if (!offer.movedTo.isEmpty() && moveAside(path, offer.movedTo)) {
        if (movedTo)
            *movedTo = offer.movedTo;
        if (store.open(path, mode))
            return true;
    }
    return store.openInMemory();
}
