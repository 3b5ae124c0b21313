// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storeengine.h"

#include "storage/postgresengine.h"
#include "storage/sqliteengine.h"
#include "storage/storelocation.h"

#include <QSqlQuery>

std::unique_ptr<StoreEngine> StoreEngine::create(const QString& location)
{
    if (StoreLocation::isServer(location))
        return std::make_unique<PostgresEngine>(location);
    return std::make_unique<SqliteEngine>(location);
}

bool StoreEngine::execAll(const QStringList& statements)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(classify(database.lastError()),
                    QCoreApplication::translate("Store", "Cannot write the database: %1")
                        .arg(storeSqlText(database.lastError())));
    for (const QString& statement : statements) {
        QSqlQuery q(database);
        if (!q.exec(statement)) {
            const QSqlError e = q.lastError();
            q.finish();
            database.rollback();
            return fail(
                classify(e),
                QCoreApplication::translate("Store", "Database error: %1").arg(storeSqlText(e)));
        }
    }
    if (database.commit())
        return true;
    return fail(classify(database.lastError()),
                QCoreApplication::translate("Store", "Cannot write the database: %1")
                    .arg(storeSqlText(database.lastError())));
}

QStringList StoreEngine::schema5Indexes()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS observations_import ON observations "
                           "(import_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS observations_source ON observations "
                           "(source_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS status_changes_import ON status_changes "
                           "(import_id)")};
}

QString storeSqlText(const QSqlError& e)
{
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text().trimmed() : text;
}
