// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "benchhooks.h"
#include "core/formatter.h"
#include "core/translations.h"
#include "storage/importplan.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

/// `crossings import FILE [--dry-run]` and `crossings import --undo` (docs/IMPORT.md).
/// Exit status: 0 imported (or checked, with --dry-run), 1 the file has problems or the database
/// cannot be written (nothing is written then), 2 bad arguments.
int CommandLine::runImport(const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() > 1)
        return usageError(tr("unexpected argument \"%1\"").arg(args.at(1)));
    const QString file = args.value(0);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool undo = parser.isSet(QStringLiteral("undo"));
    if (undo && (dryRun || !file.isEmpty()))
        return usageError(tr("import --undo takes no file and no other option"));
    if (!undo && file.isEmpty())
        return usageError(tr("import needs a file: crossings import FILE [--dry-run]"));

    Store store;
    if (!openStore(store, !dryRun))
        return Failure;

    if (undo) {
        ImportRecord undone;
        if (!store.undoLastImport(&undone)) {
            err() << tr("crossings: %1").arg(store.errorString()) << '\n';
            err().flush();
            return Failure;
        }
        out() << tr("Undid import %1 of \"%2\" (%3): removed %4 figures and %5 sources, restored "
                    "the status of %6 figures.")
                     .arg(undone.id)
                     .arg(undone.file, Formatter().dateTime(undone.importedAt.toLocalTime()))
                     .arg(undone.observations)
                     .arg(undone.sources)
                     .arg(undone.statusChanges)
              << '\n';
        return finishOut();
    }

    // Checked against the stored figures of the quantities the file names, not the whole store
    // (issue 23).
    ImportPlan plan;
    plan.setLanguage(Translations::instance().language());
    if (!plan.readFile(file, store)) {
        if (plan.storeFailed())
            err() << tr("crossings: %1").arg(store.errorString()) << '\n';
        else
            err() << plan.report();
        err().flush();
        return Failure;
    }
    out() << plan.report() << '\n';
    if (dryRun) {
        out() << tr("Dry run: nothing was written.") << '\n';
        return finishOut();
    }
    // A preview that could not be shown is not accepted: nothing is imported.
    if (!flushOut()) {
        err() << tr("Nothing was imported.") << '\n';
        err().flush();
        return Failure;
    }
    qint64 importId = 0;
    BenchHooks::pauseInImport(&store); // tests kill an import inside its transaction
    if (!plan.apply(store, &importId)) {
        err() << tr("crossings: %1").arg(store.errorString()) << '\n'
              << tr("Nothing was imported.") << '\n';
        err().flush();
        return Failure;
    }
    out() << tr("Imported as import %1. \"crossings import --undo\" takes it back.").arg(importId)
          << '\n';
    if (!flushOut()) {
        err()
            << tr("The file was imported as import %1; \"crossings import --undo\" takes it back.")
                   .arg(importId)
            << '\n';
        err().flush();
        return Failure;
    }
    return Success;
}
