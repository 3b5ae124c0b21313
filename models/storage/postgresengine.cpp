// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL side of the engine seam (storeengine.h): a team store.
#include "storage/postgresengine.h"

#include "storage/figurecolumns.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace {
const QString kSchema = QStringLiteral("crossings");
const QString kIdentity = QStringLiteral("crossings");
/// The channel on which a team store's clients announce their changes (one per database).
const QString kChangesChannel = QStringLiteral("crossings_changes");
} // namespace

PostgresEngine::PostgresEngine(const QString& uri)
    : m_uri(uri)
{
    QString ignored;
    StoreLocation::parse(uri, &m_location, &ignored);
}

QString PostgresEngine::describe() const
{
    return m_location.describe();
}

bool PostgresEngine::connect(const QString& connection, Store::Mode mode, State* state)
{
    Q_UNUSED(mode);
    using Error = Store::Error;
    m_connection = connection;
    m_error = Error::None;
    m_errorString.clear();
    *state = State();
    QString why;
    if (!StoreLocation::parse(m_uri, &m_location, &why))
        return fail(Error::BadLocation, why);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Io, tr("Qt's PostgreSQL driver is not installed (Debian: "
                                  "libqt6sql6-psql); a team store cannot be opened."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(m_location.host);
    if (m_location.port > 0)
        db.setPort(m_location.port);
    db.setUserName(m_location.user);
    db.setDatabaseName(m_location.database);
    db.setConnectOptions(m_location.connectOptions());
    if (!db.open())
        return fail(Error::Unreachable,
                    tr("Cannot connect to %1: %2").arg(describe(), storeSqlText(db.lastError())));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET search_path TO %1").arg(kSchema)) ||
        !q.exec(QStringLiteral("SET client_min_messages TO warning")) ||
        !q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return fail(classify(q.lastError()),
                    tr("Cannot read %1: %2").arg(describe(), storeSqlText(q.lastError())));
    m_user = q.value(0).toString();
    return inspect(state);
}

bool PostgresEngine::inspect(State* state)
{
    using Error = Store::Error;
    *state = State();
    QSqlQuery q(db());
    auto readFail = [&]() {
        return fail(classify(q.lastError()),
                    tr("Cannot read %1: %2").arg(describe(), storeSqlText(q.lastError())));
    };
    if (!q.exec(QStringLiteral("SELECT to_regclass('%1.meta') IS NOT NULL").arg(kSchema)) ||
        !q.next())
        return readFail();
    if (!q.value(0).toBool())
        return true; // an empty database: `crossings db init` sets it up
    q.finish();
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application_id', "
                               "'schema_version')")))
        return readFail();
    QString identity;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application_id"))
            identity = q.value(1).toString();
        else
            state->version = q.value(1).toInt();
    }
    if (identity != kIdentity || state->version <= 0)
        return fail(
            Error::NotADatabase,
            tr("%1 has a schema \"crossings\" that is not a Crossings store.").arg(describe()));
    if (state->version > Store::SchemaVersion)
        return fail(Error::NewerSchema,
                    tr("%1 was written by a newer version of Crossings (data format %2; this "
                       "version reads up to %3).")
                        .arg(describe())
                        .arg(state->version)
                        .arg(Store::SchemaVersion));
    state->hasSchema = true;
    return readAccess();
}

bool PostgresEngine::readAccess()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('%1.imports', 'INSERT') AND "
                               "has_table_privilege('%1.observations', 'UPDATE')")
                    .arg(kSchema)) ||
        !q.next())
        return fail(classify(q.lastError()),
                    tr("Cannot read %1: %2").arg(describe(), storeSqlText(q.lastError())));
    m_mayWrite = q.value(0).toBool();
    return true;
}

StoreEngine::SetUp PostgresEngine::setUp(Store::Mode mode) const
{
    // A team store changes shape only when its administrator says so: `crossings db init` and
    // `crossings db migrate`, never as a side effect of a client opening it.
    return mode == Store::Mode::Administer ? SetUp::MigrateAndSeed : SetUp::None;
}

QString PostgresEngine::setUpRefused(const State& state) const
{
    if (!state.hasSchema)
        return tr("%1 holds no Crossings data yet; its administrator sets it up with "
                  "\"crossings db init\".")
            .arg(describe());
    return tr("%1 uses an older data format (%2); its administrator upgrades it with "
              "\"crossings db migrate\".")
        .arg(describe())
        .arg(state.version);
}

bool PostgresEngine::lockSetUp()
{
    // Two clients that set up the same store at once: the second waits, then finds it done.
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT pg_advisory_lock(%1, %2)").arg(LockKey).arg(SetUpLock))) {
        m_setUpLocked = true;
        return true;
    }
    return fail(classify(q.lastError()),
                tr("Cannot lock %1: %2").arg(describe(), storeSqlText(q.lastError())));
}

void PostgresEngine::unlockSetUp()
{
    if (!m_setUpLocked || !db().isOpen())
        return;
    m_setUpLocked = false;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)").arg(LockKey).arg(SetUpLock));
}

QStringList PostgresEngine::schema(const QStringList& portable) const
{
    QStringList out = {QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(kSchema)};
    for (QString s : portable) {
        s.replace(QLatin1String("%AUTOID%"),
                  QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        // PostgreSQL has no implicit rowid: the tables the queries address by rowid get one.
        s.replace(QLatin1String("%ROWID%"),
                  QLatin1String("rowid BIGINT GENERATED ALWAYS AS IDENTITY, "));
        s.replace(QLatin1String("%BIGINT%"), QLatin1String("BIGINT"));
        s.replace(QLatin1String(" INTEGER"), QLatin1String(" BIGINT"));
        out << s;
    }
    out << QStringLiteral("INSERT INTO meta (key, value) VALUES ('application_id', '%1'), "
                          "('schema_version', '%2')")
               .arg(kIdentity)
               .arg(Store::SchemaVersion);
    return out;
}

bool PostgresEngine::migrate(int from)
{
    // Team stores begin at data format 4; the steps after it come here, each one transaction
    // ending with UPDATE meta SET value = '<n>' WHERE key = 'schema_version'.
    if (from == 4) {
        // Schema 5 (issue 23): no stored plotted flag, and the indexes of an import's figures
        // and status marks and of a source's figures. Every row kept; one transaction.
        QStringList statements = {
            QStringLiteral("ALTER TABLE observations DROP COLUMN IF EXISTS plotted")};
        statements << schema5Indexes()
                   << QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
        if (!execAll(statements))
            return false;
        from = 5;
    }
    if (from == Store::SchemaVersion)
        return true;
    return fail(Store::Error::NewerSchema, tr("No migration from data format %1.").arg(from));
}

bool PostgresEngine::beginWrite()
{
    // One writer at a time: the lock is held until the transaction ends, and each statement
    // after it sees what the previous writer committed (READ COMMITTED), so that an import's
    // check of the state it was previewed on is current.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN")))
        return fail(classify(q.lastError()),
                    tr("Cannot write the database: %1").arg(storeSqlText(q.lastError())));
    if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(LockKey).arg(WriteLock)))
        return true;
    const QSqlError e = q.lastError();
    q.exec(QStringLiteral("ROLLBACK"));
    return fail(classify(e), tr("Cannot write the database: %1").arg(storeSqlText(e)));
}

Store::Error PostgresEngine::classify(const QSqlError& e) const
{
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("42501")) // insufficient_privilege
        return Store::Error::ReadOnly;
    // connection_exception (08…), admin/crash shutdown, cannot_connect_now (57P0…)
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Store::Error::ConnectionLost;
    if (e.type() == QSqlError::ConnectionError || !db().isOpen())
        return Store::Error::ConnectionLost;
    // libpq's own errors carry no SQLSTATE: a closed connection reads like these.
    const QString text = e.databaseText() + e.driverText();
    for (const char* lost :
         {"server closed the connection", "no connection to the server", "terminating connection",
          "connection to server", "could not send data", "could not receive data"}) {
        if (text.contains(QLatin1String(lost), Qt::CaseInsensitive))
            return Store::Error::ConnectionLost;
    }
    return Store::Error::Io;
}

namespace {
/// Appends a value as an element of a PostgreSQL array literal: NULL, a number, or a quoted
/// text whose backslashes and double quotes are escaped (the array's own syntax; the literal
/// itself is a bound parameter).
void appendElement(QString* array, const QVariant& v, FigureColumns::Type type)
{
    if (array->size() > 1)
        array->append(QLatin1Char(','));
    if (FigureColumns::isNull(v)) {
        array->append(QLatin1String("NULL"));
    } else if (type == FigureColumns::Type::Integer) {
        array->append(QString::number(v.toLongLong()));
    } else {
        array->append(QLatin1Char('"'));
        for (const QChar c : v.toString()) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                array->append(QLatin1Char('\\'));
            array->append(c);
        }
        array->append(QLatin1Char('"'));
    }
}
} // namespace

QSqlError PostgresEngine::insertFigures(const QList<Observation>& figures, qint64 importId)
{
    // A few thousand figures a statement, each column one array the server unnests: rows of
    // values cost the server a parsed literal a value, and a statement of 64 rows a round trip
    // (250,000 rows: 7.8 s of the import's write; issue 23). The ids follow the list's order.
    constexpr qsizetype chunk = 4096;
    const auto& columns = FigureColumns::all();
    QStringList arrays, aliases;
    for (const FigureColumns::Column& c : columns) {
        arrays << QStringLiteral("?::%1[]").arg(c.type == FigureColumns::Type::Integer
                                                    ? QLatin1String("bigint")
                                                    : QLatin1String("text"));
        aliases << QLatin1String(c.name);
    }
    QSqlQuery insert(db());
    if (!insert.prepare(
            QStringLiteral("INSERT INTO observations (%1) SELECT %1 FROM unnest(%2) "
                           "WITH ORDINALITY AS f(%1, n) ORDER BY n")
                .arg(aliases.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")))))
        return insert.lastError();
    const QVariant import(importId);
    for (qsizetype first = 0; first < figures.size(); first += chunk) {
        std::array<QString, FigureColumns::Count> literals;
        for (QString& l : literals)
            l = QStringLiteral("{");
        const qsizetype end = std::min(figures.size(), first + chunk);
        for (qsizetype i = first; i < end; ++i) {
            const auto values = FigureColumns::values(figures.at(i), import);
            for (int c = 0; c < FigureColumns::Count; ++c)
                appendElement(&literals[c], values[c], columns[c].type);
        }
        for (QString& l : literals) {
            l.append(QLatin1Char('}'));
            insert.addBindValue(l);
        }
        if (!insert.exec())
            return insert.lastError();
    }
    return {};
}

bool PostgresEngine::announceChange()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("NOTIFY ") + kChangesChannel))
        return true;
    return fail(classify(q.lastError()), storeSqlText(q.lastError()));
}

bool PostgresEngine::watchChanges(const std::function<void()>& onChange)
{
    QSqlDriver* driver = db().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    QObject::disconnect(driver, &QSqlDriver::notification, nullptr, nullptr);
    if (!onChange) {
        if (driver->subscribedToNotifications().contains(kChangesChannel))
            driver->unsubscribeFromNotification(kChangesChannel);
        return true;
    }
    if (!driver->subscribedToNotifications().contains(kChangesChannel) &&
        !driver->subscribeToNotification(kChangesChannel))
        return false;
    QObject::connect(
        driver, &QSqlDriver::notification, driver,
        [onChange](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
            // One's own commits are known already; only the others' matter.
            if (name == kChangesChannel && source != QSqlDriver::SelfSource)
                onChange();
        });
    return true;
}

bool PostgresEngine::setUpRoles()
{
    const QStringList statements = {
        QStringLiteral(
            "DO $$ BEGIN "
            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crossings_reader') THEN "
            "CREATE ROLE crossings_reader NOLOGIN; END IF; "
            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crossings_editor') THEN "
            "CREATE ROLE crossings_editor NOLOGIN; END IF; END $$"),
        QStringLiteral("GRANT crossings_reader TO crossings_editor"),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO crossings_reader").arg(kSchema),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO crossings_reader").arg(kSchema),
        // An editor imports and undoes: figures, sources, the imports and their status marks.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON observations, sources, imports, "
                       "status_changes TO crossings_editor"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO crossings_editor")
            .arg(kSchema),
    };
    if (!execAll(statements))
        return false;
    return readAccess();
}
