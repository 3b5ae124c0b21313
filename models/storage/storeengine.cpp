// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storeengine.h"

#include "storage/figurecolumns.h"
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

QSqlError StoreEngine::insertFigures(const QList<Observation>& figures, qint64 importId)
{
    // Statements of up to 64 rows each: one statement for many rows instead of one per row.
    constexpr qsizetype chunk = 64;
    auto statement = [](qsizetype rows) {
        QStringList marks(FigureColumns::Count, QStringLiteral("?"));
        const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        return QStringLiteral("INSERT INTO observations (%1) VALUES ").arg(FigureColumns::names()) +
               QStringList(rows, row).join(QStringLiteral(", "));
    };
    QSqlDatabase database = db();
    QSqlQuery full(database), rest(database);
    const qsizetype count = figures.size();
    if (count >= chunk && !full.prepare(statement(chunk)))
        return full.lastError();
    const QVariant import(importId);
    for (qsizetype first = 0; first < count; first += chunk) {
        const qsizetype rows = std::min(chunk, count - first);
        if (rows < chunk && !rest.prepare(statement(rows)))
            return rest.lastError();
        QSqlQuery& insert = rows == chunk ? full : rest;
        for (qsizetype i = first; i < first + rows; ++i) {
            for (const QVariant& v : FigureColumns::values(figures.at(i), import))
                insert.addBindValue(v);
        }
        if (!insert.exec())
            return insert.lastError();
    }
    return {};
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
