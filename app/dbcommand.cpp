// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "storage/store.h"

#include <QTextStream>

/// `crossings db init|status|migrate` (docs/TEAM.md): for whoever sets up a store, a team store
/// on a PostgreSQL server above all. init and migrate create the schema, migrate it and seed the
/// bundled dataset (once, under an advisory lock: two clients at once are safe); init also
/// creates the roles crossings_reader and crossings_editor. status says what the store holds and
/// what this user may do. Exit status: 0 done, 1 failure (unreachable server, no rights), 2 bad
/// arguments.
int CommandLine::runDb(const QCommandLineParser&, const QStringList& args)
{
    if (args.size() > 1)
        return usageError(tr("unexpected argument \"%1\"").arg(args.at(1)));
    const QString action = args.value(0);
    if (action != QLatin1String("init") && action != QLatin1String("status") &&
        action != QLatin1String("migrate"))
        return usageError(
            action.isEmpty()
                ? tr("db needs an action: init, status or migrate")
                : tr("unknown db action \"%1\" (expected init, status or migrate)").arg(action));
    const QString location = m_database.isEmpty() ? Store::defaultPath() : m_database;
    Store store;
    const bool administer = action != QLatin1String("status");
    if (!store.open(location, administer ? Store::Mode::Administer : Store::Mode::ReadOnly)) {
        err() << tr("crossings: %1").arg(store.errorString()) << '\n';
        err().flush();
        return Failure;
    }
    if (action == QLatin1String("init") && !store.setUpRoles()) {
        err() << tr("crossings: %1").arg(store.errorString()) << '\n'
              << tr("The roles crossings_reader and crossings_editor could not be set up: run "
                    "\"crossings db init\" as the database's owner.")
              << '\n';
        err().flush();
        return Failure;
    }
    StoreStatus status;
    if (!store.status(&status)) {
        err() << tr("crossings: %1").arg(store.errorString()) << '\n';
        err().flush();
        return Failure;
    }
    if (action == QLatin1String("init"))
        out() << tr("%1 is set up: data format %2, %3 figures.")
                     .arg(status.location)
                     .arg(status.version)
                     .arg(status.observations)
              << '\n';
    else if (action == QLatin1String("migrate"))
        out() << tr("%1 is at data format %2, with this version's bundled dataset.")
                     .arg(status.location)
                     .arg(status.version)
              << '\n';
    else
        out() << tr("Store: %1").arg(status.location) << '\n'
              << tr("Data format: %1").arg(status.version) << '\n'
              << (status.bundledCurrent
                      ? tr("Bundled dataset: current")
                      : tr("Bundled dataset: older than this version's (\"crossings db migrate\" "
                           "updates it)"))
              << '\n'
              << tr("Figures: %1, of which imported: %2; imports: %3")
                     .arg(status.observations)
                     .arg(status.importedObservations)
                     .arg(status.imports)
              << '\n';
    if (status.teamStore) {
        out() << tr("Connected as: %1").arg(status.user) << '\n'
              << (status.mayWrite ? tr("Access: may import and undo (crossings_editor)")
                                  : tr("Access: read only (crossings_reader)"))
              << '\n';
        if (action == QLatin1String("init"))
            out() << tr("Roles: crossings_reader (reads), crossings_editor (imports and undoes). "
                        "Grant one to each login, e.g. CREATE ROLE alice LOGIN IN ROLE "
                        "crossings_editor;")
                  << '\n';
    }
    return finishOut();
}
