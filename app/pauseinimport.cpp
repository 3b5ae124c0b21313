// SPDX-License-Identifier: GPL-3.0-or-later
// BenchHooks::pauseInImport: Qt Core only, for both programs (the import runs in crossings and in
// the window of crossings-gui); the window's hooks are in benchhooks.cpp.
#include "benchhooks.h"

#include "storage/store.h"

#include <QFile>
#include <QThread>

void BenchHooks::pauseInImport(Store* store)
{
    const QString marker = qEnvironmentVariable(PauseInImportVariable);
    if (marker.isEmpty())
        return;
    store->setBeforeCommit([marker] {
        QFile f(marker);
        if (f.open(QIODevice::WriteOnly))
            f.close();
        QThread::sleep(60);
    });
}
