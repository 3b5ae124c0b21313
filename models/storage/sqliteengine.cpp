// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite side of the engine seam (storeengine.h): one file per user, checked before it is
// written, with its data format in PRAGMA user_version and its identity in PRAGMA application_id.
#include "storage/sqliteengine.h"

#include "storage/integrityrecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>

namespace {
bool busy(const QSqlError& e)
{
    // SQLITE_BUSY, SQLITE_LOCKED (and their extended codes)
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

/// What a read-only look at an SQLite file finds, before anything may write to it.
struct Look
{
    bool read = false; ///< the checks ran
    QSqlError error;   ///< why not
    QString check;     ///< PRAGMA quick_check's answer
    int version = 0;   ///< PRAGMA user_version
    quint32 applicationId = 0;
    QStringList tables;
};

/// With `check`, PRAGMA quick_check too (it reads the whole file: IntegrityRecord says when).
Look lookAt(const QSqlDatabase& db, bool check)
{
    Look look;
    QSqlQuery q(db);
    if (check) {
        IntegrityRecord::countCheck();
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
            look.error = q.lastError();
            return look;
        }
        look.check = q.value(0).toString();
        q.finish();
    } else {
        look.check = QStringLiteral("ok");
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        look.error = q.lastError();
        return look;
    }
    look.version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        look.error = q.lastError();
        return look;
    }
    look.applicationId = quint32(q.value(0).toLongLong());
    q.finish();
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        look.error = q.lastError();
        return look;
    }
    while (q.next())
        look.tables << q.value(0).toString();
    look.read = true;
    return look;
}

/// Whether a store written before the application id was set is one of ours: it has every
/// table Crossings' first data format had.
bool hasCrossingsTables(const QStringList& tables)
{
    for (const char* t : {"meta", "regions", "series", "imports", "sources", "observations",
                          "status_changes", "events"}) {
        if (!tables.contains(QLatin1String(t)))
            return false;
    }
    return true;
}
} // namespace

SqliteEngine::SqliteEngine(const QString& path)
    : m_path(path)
{}

bool SqliteEngine::connectTo(const QString& file, bool readOnly)
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase old = QSqlDatabase::database(m_connection, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        if (m_path == QLatin1String(":memory:"))
            return fail(
                Store::Error::Io,
                tr("Cannot open an in-memory database: %1").arg(storeSqlText(db.lastError())));
        return fail(Store::Error::Io,
                    tr("Cannot open \"%1\": %2").arg(m_path, storeSqlText(db.lastError())));
    }
    return true;
}

bool SqliteEngine::openRecoveredCopy()
{
    // A crash inside a transaction leaves a hot journal that only a writer can roll back. The
    // copy of the file and its journal is rolled back instead, so that reading never writes.
    m_recovered = std::make_unique<QTemporaryDir>();
    const QString copy = m_recovered->filePath(QStringLiteral("store.sqlite"));
    if (!m_recovered->isValid() || !QFile::copy(m_path, copy) ||
        !QFile::copy(m_path + QStringLiteral("-journal"), copy + QStringLiteral("-journal")))
        return fail(Store::Error::Io,
                    tr("\"%1\" was left unfinished by an interrupted import, and no temporary "
                       "copy could be made to read it (is the temporary folder full?). The next "
                       "import or the window finishes the recovery.")
                        .arg(m_path));
    return connectTo(copy, false);
}

bool SqliteEngine::connect(const QString& connection, Store::Mode mode, State* state)
{
    using Error = Store::Error;
    m_connection = connection;
    m_error = Error::None;
    m_errorString.clear();
    *state = State();
    if (m_path == QLatin1String(":memory:"))
        return connectTo(m_path, false);

    const QString& path = m_path;
    const QFileInfo info(path);
    bool exists = info.exists();
    // An empty file where the user's store belongs is a first run that was interrupted before
    // SQLite wrote anything (killed, or the disk was full): the store is created in it.
    if (exists && mode == Store::Mode::CreateIfMissing && info.isFile() && info.size() == 0 &&
        !QFileInfo::exists(path + QStringLiteral("-journal")))
        exists = false;
    const bool creates = mode == Store::Mode::CreateIfMissing || mode == Store::Mode::Administer;
    if (!exists && !creates)
        return fail(Error::Missing, tr("The database file \"%1\" does not exist.").arg(path));
    if (!exists) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Error::Io, tr("Cannot create the folder \"%1\".").arg(info.absolutePath()));
        return connectTo(path, false);
    }
    if (!info.isFile() || !info.isReadable())
        return fail(Error::Io, tr("The database file \"%1\" cannot be read.").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Io,
                    tr("The database file \"%1\" cannot be read: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(100);
    if (!head.startsWith(QByteArray("SQLite format 3\0", 16)) || head.size() < 100)
        return fail(Error::NotADatabase,
                    tr("\"%1\" is not a Crossings database (not an SQLite file).").arg(path));
    // Another program's SQLite file (its own application id) is not even opened.
    const quint32 headerId = qFromBigEndian<quint32>(head.constData() + 68);
    if (headerId != 0 && headerId != Store::ApplicationId)
        return fail(Error::NotADatabase, tr("\"%1\" is not a Crossings database (it belongs "
                                            "to another program).")
                                             .arg(path));
    // A file without write permission is read-only even for a user (root) who could write it.
    // (WriteUser is what the current user may do; the others are the file's mode bits.)
    const QFileDevice::Permissions writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (mode != Store::Mode::ReadOnly && (!info.isWritable() || !(info.permissions() & writeBits)))
        return fail(Error::ReadOnly, tr("The database file \"%1\" is read-only.").arg(path));

    // Look first through a read-only connection: nothing is written (not even a journal
    // rolled back) before the file is known to be a Crossings store.
    // The full integrity check only when the file is not the one Crossings last checked or
    // wrote here, or a journal is left beside it (IntegrityRecord).
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const QString fingerprint = IntegrityRecord::fingerprint(path);
    const bool known = !journal.exists() && IntegrityRecord::matches(path, fingerprint);
    if (!connectTo(path, true))
        return false;
    Look look = lookAt(db(), !known);
    if (!look.read && !busy(look.error) && journal.exists() && journal.size() > 0) {
        if (!openRecoveredCopy())
            return false;
        look = lookAt(db(), true);
    }
    if (!look.read && busy(look.error))
        return fail(Error::Locked, tr("\"%1\" is locked by another program.").arg(path));
    if (!look.read)
        return fail(
            Error::Corrupt,
            tr("\"%1\" is damaged and cannot be read: %2").arg(path, storeSqlText(look.error)));
    if (look.check != QLatin1String("ok"))
        return fail(
            Error::Corrupt,
            tr("\"%1\" is damaged: the integrity check failed (%2).").arg(path, look.check));
    const bool ours = look.applicationId == Store::ApplicationId ||
                      (look.applicationId == 0 && hasCrossingsTables(look.tables));
    if (!ours || look.version == 0)
        return fail(Error::NotADatabase,
                    tr("\"%1\" is an SQLite file but not a Crossings database.").arg(path));
    if (look.version > Store::SchemaVersion)
        return fail(Error::NewerSchema,
                    tr("\"%1\" was written by a newer version of Crossings (data format %2; this "
                       "version reads up to %3).")
                        .arg(path)
                        .arg(look.version)
                        .arg(Store::SchemaVersion));
    // Checked and sound: recorded, unless it changed meanwhile or a copy was read instead.
    if (!known && !m_recovered && IntegrityRecord::fingerprint(path) == fingerprint)
        IntegrityRecord::record(path, fingerprint);
    state->hasSchema = true;
    state->version = look.version;
    state->stampIdentity = look.applicationId == 0;
    m_state = *state;
    if (mode != Store::Mode::ReadOnly) {
        // Ours: now open it for writing (SQLite rolls back a journal left by a crash here).
        m_recovered.reset();
        if (!connectTo(path, false))
            return false;
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(Error::Locked, tr("\"%1\" is locked by another program.").arg(path));
        q.exec(QStringLiteral("ROLLBACK"));
    }
    return true;
}

bool SqliteEngine::inspect(State* state)
{
    *state = m_state;
    return true;
}

StoreEngine::SetUp SqliteEngine::setUp(Store::Mode mode) const
{
    switch (mode) {
    case Store::Mode::ReadOnly:
        return SetUp::None;
    case Store::Mode::ReadWrite:
        return SetUp::Migrate;
    case Store::Mode::CreateIfMissing:
    case Store::Mode::Administer:
        break;
    }
    return SetUp::MigrateAndSeed;
}

QString SqliteEngine::setUpRefused(const State&) const
{
    return tr("\"%1\" uses an older data format; open it in the window once to upgrade it.")
        .arg(m_path);
}

QStringList SqliteEngine::schema(const QStringList& portable) const
{
    QStringList out;
    for (QString s : portable) {
        s.replace(QLatin1String("%AUTOID%"), QLatin1String("INTEGER PRIMARY KEY"));
        s.replace(QLatin1String("%ROWID%"), QString());
        s.replace(QLatin1String("%BIGINT%"), QLatin1String("INTEGER"));
        out << s;
    }
    out << QStringLiteral("PRAGMA user_version = %1").arg(Store::SchemaVersion)
        << QStringLiteral("PRAGMA application_id = %1").arg(Store::ApplicationId);
    return out;
}

bool SqliteEngine::stampIdentity()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Store::ApplicationId)))
        return true;
    return fail(Store::Error::Io, tr("Database error: %1").arg(storeSqlText(q.lastError())));
}

bool SqliteEngine::migrate(int from)
{
    // One transaction per step; the bundled data (with the new tables' rows) is seeded afterwards.
    if (from == 1) {
        // Schema 2: the sources' claims (claims.csv).
        if (!execAll(
                {QStringLiteral("CREATE TABLE claims (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                                "source_id TEXT NOT NULL REFERENCES sources(id), locator TEXT "
                                "NOT NULL, text_en TEXT NOT NULL, text_ko TEXT NOT NULL, "
                                "check_expr TEXT NOT NULL, note TEXT)"),
                 QStringLiteral("DELETE FROM meta WHERE key = 'bundled_checksum'"),
                 QStringLiteral("PRAGMA user_version = 2")}))
            return false;
        from = 2;
    }
    if (from == 2) {
        // Schema 3: stated ranges ("one to two million", the upper end in value_to), the
        // compiler of a figure, a derived figure's formula, and the Korean forms of the data's
        // texts (note_ko, locator_ko, outlet_ko). Imported rows keep empty Korean forms (shown
        // in English, marked); the bundled rows get theirs when the dataset is seeded again,
        // which the cleared checksum forces.
        struct Column
        {
            const char* table;
            const char* name;
            const char* type;
        };
        const Column added[] = {
            {"observations", "value_to", "INTEGER CHECK (value_to IS NULL OR value_to > value)"},
            {"observations", "compiler", "TEXT"},
            {"observations", "derived_from", "TEXT"},
            {"observations", "note_ko", "TEXT"},
            {"observations", "locator_ko", "TEXT"},
            {"sources", "outlet_ko", "TEXT"},
            {"sources", "note_ko", "TEXT"},
            {"events", "note_ko", "TEXT"},
            {"events", "locator_ko", "TEXT"},
            {"claims", "note_ko", "TEXT"},
            {"claims", "locator_ko", "TEXT"},
        };
        QStringList statements;
        for (const Column& c : added) {
            if (hasColumn(QLatin1String(c.table), QLatin1String(c.name)))
                continue; // a store written by a development build may have the column already
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(QLatin1String(c.table), QLatin1String(c.name),
                                   QLatin1String(c.type));
        }
        statements << QStringLiteral("DELETE FROM meta WHERE key = 'bundled_checksum'")
                   << QStringLiteral("PRAGMA user_version = 3");
        if (!execAll(statements))
            return false;
        from = 3;
    }
    if (from == 3) {
        // Schema 4: who made each import (only its author takes it back, on a team store).
        QStringList statements;
        if (!hasColumn(QStringLiteral("imports"), QStringLiteral("who")))
            statements << QStringLiteral("ALTER TABLE imports ADD COLUMN who TEXT");
        statements << QStringLiteral("PRAGMA user_version = 4");
        if (!execAll(statements))
            return false;
        from = 4;
    }
    if (from == 4) {
        // Schema 5 (issue 23): no stored plotted flag (the plotting rule chooses when figures are
        // read), and indexes for an import's figures and status marks and a source's figures.
        // One transaction: the table is rewritten without the column, every row kept.
        QStringList statements;
        if (hasColumn(QStringLiteral("observations"), QStringLiteral("plotted")))
            statements << QStringLiteral("ALTER TABLE observations DROP COLUMN plotted");
        statements << schema5Indexes() << QStringLiteral("PRAGMA user_version = 5");
        if (!execAll(statements))
            return false;
        from = 5;
    }
    if (from == Store::SchemaVersion)
        return true;
    return fail(Store::Error::NewerSchema, tr("No migration from data format %1.").arg(from));
}

bool SqliteEngine::hasColumn(const QString& table, const QString& column) const
{
    QSqlQuery has(db());
    has.prepare(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"));
    has.addBindValue(table);
    has.addBindValue(column);
    return has.exec() && has.next() && has.value(0).toInt() > 0;
}

bool SqliteEngine::beginWrite()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (busy(q.lastError()))
        return fail(Store::Error::Locked, tr("\"%1\" is locked by another program.").arg(m_path));
    return fail(Store::Error::Io,
                tr("Cannot write the database: %1").arg(storeSqlText(q.lastError())));
}

void SqliteEngine::prepareSession()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void SqliteEngine::setLargeWrite(bool on)
{
    // SQLite's default page cache is 2 MB: an import of 250,000 rows spilled it to the file and
    // read pages back in the same transaction (pwrite, pread in the profile). 32 MB holds the
    // pages such an import changes, as fast as 64 MB did on a 1M store, and 14 MiB less at its
    // peak (docs/PERFORMANCE.md, ninth pass); the default is restored after (pages freed).
    QSqlQuery q(db());
    q.exec(on ? QStringLiteral("PRAGMA cache_size = -32768")
              : QStringLiteral("PRAGMA cache_size = -2000"));
}

QString SqliteEngine::userName() const
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QDir::home().dirName() : user;
}

Store::Error SqliteEngine::classify(const QSqlError& e) const
{
    return busy(e) ? Store::Error::Locked : Store::Error::Io;
}

void SqliteEngine::wrote()
{
    // What this connection just committed is what the next open finds, unless something else
    // writes the file meanwhile (then its fingerprint differs and the next open checks it).
    if (m_path != QLatin1String(":memory:") && !m_recovered)
        IntegrityRecord::record(m_path, IntegrityRecord::fingerprint(m_path));
}

void SqliteEngine::release()
{
    m_recovered.reset();
}
