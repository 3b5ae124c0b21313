// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

/// The seam between Store (the queries every engine shares) and what differs between SQLite and
/// PostgreSQL: connecting and the checks before anything may write (SQLite's file header,
/// PRAGMA quick_check, application_id and hot journals; the server's meta rows and privileges),
/// column types, where the schema version lives, the historical migrations, how a write
/// transaction serializes writers (BEGIN IMMEDIATE; an advisory transaction lock) and how
/// set-up is serialized (nothing; an advisory session lock), and what an error means (busy,
/// permission denied, connection lost). Store never asks which engine it has.
class StoreEngine
{
public:
    /// What connect() and inspect() found.
    struct State
    {
        bool hasSchema = false;     ///< the Crossings tables are there
        int version = 0;            ///< their data format
        bool stampIdentity = false; ///< an old SQLite store without application id: stamp it
    };

    /// SQLite for a file path, PostgreSQL for a postgresql:// URI.
    static std::unique_ptr<StoreEngine> create(const QString& location);

    virtual ~StoreEngine() = default;

    /// Opens the named Qt SQL connection; checks what may be checked before anything is written.
    /// False with error and message set.
    virtual bool connect(const QString& connection, Store::Mode mode, State* state) = 0;
    /// The state again (after lockSetUp: another client may have set the store up meanwhile).
    virtual bool inspect(State* state) = 0;
    /// What an open in this mode may do to the store: nothing, migrate it, or also create it and
    /// seed the bundled data.
    enum class SetUp { None, Migrate, MigrateAndSeed };
    virtual SetUp setUp(Store::Mode mode) const = 0;
    /// Why it may not (the message when the schema is missing or old).
    virtual QString setUpRefused(const State& state) const = 0;
    /// Serializes set-up (schema, migrations, seeding) among clients; unlockSetUp ends it.
    virtual bool lockSetUp() { return true; }
    virtual void unlockSetUp() {}
    /// The schema of the current data format in this engine's dialect, with its version and
    /// identity recorded (statements run in one transaction).
    virtual QStringList schema(const QStringList& portable) const = 0;
    /// Migrates from an older data format to Store::SchemaVersion, one transaction per step.
    virtual bool migrate(int from) = 0;
    /// Stamps an identity on a store that predates it (SQLite's PRAGMA application_id).
    virtual bool stampIdentity() { return true; }
    /// Begins a write transaction that excludes other writers until it ends.
    virtual bool beginWrite() = 0;
    /// Runs once after connecting and setting up (SQLite: foreign keys on).
    virtual void prepareSession() {}
    /// Around a large write (an import, its undo): SQLite holds the pages it changes in memory
    /// instead of spilling them to the file mid-transaction (issue 23), and lets them go after.
    virtual void setLargeWrite(bool /*on*/) {}
    /// Writes figures into observations, their import_id `importId`, their ids in the list's
    /// order, inside the caller's transaction: statements of 64 rows of values (the default), or
    /// what the engine writes fastest. A valid QSqlError when it fails.
    virtual QSqlError insertFigures(const QList<Observation>& figures, qint64 importId);
    /// Whether this user may change the store (a team store's reader may not).
    virtual bool mayWrite() const { return true; }
    /// Who writes: recorded with each import, so that only its author undoes it.
    virtual QString userName() const = 0;
    /// Whether this is a server (team store) rather than a local file.
    virtual bool isServer() const = 0;
    /// The location for messages (the path, or "the team store … on …").
    virtual QString describe() const = 0;
    /// What an SQL error means: Locked, ReadOnly (permission denied), ConnectionLost, else Io.
    virtual Store::Error classify(const QSqlError& e) const = 0;
    /// Creates the roles of a team store and grants them their rights (`crossings db init`).
    virtual bool setUpRoles() { return true; }
    /// Releases what connect() made beside the connection (SQLite: a recovered copy).
    virtual void release() {}
    /// After this client committed a write (or set the store up): SQLite records the file's
    /// fingerprint, so that the next open skips the full integrity check (IntegrityRecord).
    virtual void wrote() {}
    /// Inside a write transaction, just before it commits: tells the other clients that the
    /// store changed (PostgreSQL: NOTIFY, delivered at commit); nothing for a file.
    virtual bool announceChange() { return true; }
    /// Calls onChange (on this thread, from its event loop) whenever another client commits a
    /// change (PostgreSQL: LISTEN); an empty function stops it. False when the engine cannot
    /// (a file: the window checks when it is activated instead).
    virtual bool watchChanges(const std::function<void()>& onChange)
    {
        Q_UNUSED(onChange);
        return false;
    }

    Store::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    /// The indexes data format 5 added (issue 23): an import's figures and status marks, and a
    /// source's figures. In the schema of a new store and in each engine's migration from 4.
    static QStringList schema5Indexes();

protected:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    bool fail(Store::Error e, const QString& message)
    {
        m_error = e;
        m_errorString = message;
        return false;
    }
    /// Runs statements in one transaction; false (rolled back) at the first that fails.
    bool execAll(const QStringList& statements);

    QString m_connection;
    Store::Error m_error = Store::Error::None;
    QString m_errorString;
};

/// SQLite's message for an error, without Qt's own suffix ("Unable to fetch row"), which tells
/// a user nothing; Qt's text only when the database gave none.
QString storeSqlText(const QSqlError& e);

/// StoreEngine::setLargeWrite for the life of a write (every return of Store::applyImport and
/// Store::undoLastImport).
class LargeWrite
{
public:
    explicit LargeWrite(StoreEngine* engine)
        : m_engine(engine)
    {
        if (m_engine)
            m_engine->setLargeWrite(true);
    }
    ~LargeWrite()
    {
        if (m_engine)
            m_engine->setLargeWrite(false);
    }
    LargeWrite(const LargeWrite&) = delete;
    LargeWrite& operator=(const LargeWrite&) = delete;

private:
    StoreEngine* m_engine;
};
