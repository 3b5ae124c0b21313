// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <atomic>

namespace {
std::atomic<int> s_connectionCounter{0};

/// SQLite's message for an error, without Qt's own suffix ("Unable to fetch row"), which tells
/// a user nothing; Qt's text only when SQLite gave none.
QString sqlText(const QSqlError& e)
{
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text().trimmed() : text;
}

int statusRank(const QString& status)
{
    static const QStringList order = {QStringLiteral("final"), QStringLiteral("provisional"),
                                      QStringLiteral("estimate"), QStringLiteral("derived"),
                                      QStringLiteral("superseded"), QStringLiteral("erratum")};
    const int i = order.indexOf(status);
    return i < 0 ? order.size() : i;
}

int kindRank(const QString& kind)
{
    static const QStringList order = {QStringLiteral("official"), QStringLiteral("press"),
                                      QStringLiteral("estimate"), QStringLiteral("article")};
    const int i = order.indexOf(kind);
    return i < 0 ? order.size() : i;
}

QByteArray readResource(const QString& name)
{
    QFile f(QStringLiteral(":/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

Store::Store()
    : m_connection(QStringLiteral("crossings-store-%1").arg(++s_connectionCounter))
{
}

Store::~Store() { close(); }

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/crossings.sqlite");
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void Store::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_recovered.reset();
}

bool Store::fail(Error e, const QString& message)
{
    m_error = e;
    m_errorString = message;
    return false;
}

bool Store::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_error = Error::Io;
        m_errorString = tr("Database error: %1").arg(sqlText(q.lastError()));
        return false;
    }
    return true;
}

bool Store::openInMemory()
{
    if (openMemory())
        return true;
    close();
    return false;
}

bool Store::openMemory()
{
    close();
    m_path = QStringLiteral(":memory:");
    m_error = Error::None;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(Error::Io,
                    tr("Cannot open an in-memory database: %1").arg(sqlText(db.lastError())));
    if (!createSchema())
        return fail(m_error, m_errorString);
    Snapshot bundled;
    QList<ValidationIssue> issues;
    QByteArray checksum;
    if (!readBundled(&bundled, &issues, &checksum))
        return fail(Error::BadBundledData,
                    tr("The bundled dataset is invalid: %1").arg(issues.value(0).toString()));
    return seed(bundled, checksum);
}

bool Store::open(const QString& path, Mode mode)
{
    if (openFile(path, mode))
        return true;
    close(); // after openFile's queries are gone
    return false;
}

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

Look lookAt(const QSqlDatabase& db)
{
    Look look;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        look.error = q.lastError();
        return look;
    }
    look.check = q.value(0).toString();
    q.finish();
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

bool Store::connectTo(const QString& file, bool readOnly)
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
    if (!db.open())
        return fail(Error::Io, tr("Cannot open \"%1\": %2").arg(m_path, sqlText(db.lastError())));
    return true;
}

bool Store::openRecoveredCopy(const QString& path)
{
    // A crash inside a transaction leaves a hot journal that only a writer can roll back. The
    // copy of the file and its journal is rolled back instead, so that reading never writes.
    m_recovered = std::make_unique<QTemporaryDir>();
    const QString copy = m_recovered->filePath(QStringLiteral("store.sqlite"));
    if (!m_recovered->isValid() || !QFile::copy(path, copy) ||
        !QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal")))
        return fail(Error::Io,
                    tr("\"%1\" was left unfinished by an interrupted import, and no temporary "
                       "copy could be made to read it (is the temporary folder full?). The next "
                       "import or the window finishes the recovery.")
                        .arg(m_path));
    return connectTo(copy, false);
}

bool Store::openFile(const QString& path, Mode mode)
{
    close();
    m_path = path;
    m_error = Error::None;
    m_errorString.clear();
    const QFileInfo info(path);
    bool exists = info.exists();
    // An empty file where the user's store belongs is a first run that was interrupted before
    // SQLite wrote anything (killed, or the disk was full): the store is created in it.
    if (exists && mode == Mode::CreateIfMissing && info.isFile() && info.size() == 0 &&
        !QFileInfo::exists(path + QStringLiteral("-journal")))
        exists = false;

    if (!exists && mode != Mode::CreateIfMissing)
        return fail(Error::Missing, tr("The database file \"%1\" does not exist.").arg(path));
    if (exists) {
        if (!info.isFile() || !info.isReadable())
            return fail(Error::Io, tr("The database file \"%1\" cannot be read.").arg(path));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Io, tr("The database file \"%1\" cannot be read: %2").arg(path, f.errorString()));
        const QByteArray head = f.read(100);
        if (!head.startsWith(QByteArray("SQLite format 3\0", 16)) || head.size() < 100)
            return fail(Error::NotADatabase,
                        tr("\"%1\" is not a Crossings database (not an SQLite file).").arg(path));
        // Another program's SQLite file (its own application id) is not even opened.
        const quint32 headerId = qFromBigEndian<quint32>(head.constData() + 68);
        if (headerId != 0 && headerId != ApplicationId)
            return fail(Error::NotADatabase, tr("\"%1\" is not a Crossings database (it belongs "
                                                "to another program).")
                                                 .arg(path));
        // A file without write permission is read-only even for a user (root) who could write it.
        // (WriteUser is what the current user may do; the others are the file's mode bits.)
        const QFileDevice::Permissions writeBits =
            QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (mode != Mode::ReadOnly && (!info.isWritable() || !(info.permissions() & writeBits)))
            return fail(Error::ReadOnly, tr("The database file \"%1\" is read-only.").arg(path));

        // Look first through a read-only connection: nothing is written (not even a journal
        // rolled back) before the file is known to be a Crossings store.
        if (!connectTo(path, true))
            return false;
        Look look = lookAt(QSqlDatabase::database(m_connection, false));
        const QFileInfo journal(path + QStringLiteral("-journal"));
        if (!look.read && !busy(look.error) && journal.exists() && journal.size() > 0) {
            if (!openRecoveredCopy(path))
                return false;
            look = lookAt(QSqlDatabase::database(m_connection, false));
        }
        if (!look.read && busy(look.error))
            return fail(Error::Locked, tr("\"%1\" is locked by another program.").arg(path));
        if (!look.read)
            return fail(
                Error::Corrupt,
                tr("\"%1\" is damaged and cannot be read: %2").arg(path, sqlText(look.error)));
        if (look.check != QLatin1String("ok"))
            return fail(
                Error::Corrupt,
                tr("\"%1\" is damaged: the integrity check failed (%2).").arg(path, look.check));
        const bool ours = look.applicationId == ApplicationId ||
                          (look.applicationId == 0 && hasCrossingsTables(look.tables));
        if (!ours)
            return fail(Error::NotADatabase,
                        tr("\"%1\" is an SQLite file but not a Crossings database.").arg(path));
        const int version = look.version;
        if (version > SchemaVersion)
            return fail(Error::NewerSchema,
                        tr("\"%1\" was written by a newer version of Crossings (data format %2; this "
                           "version reads up to %3).")
                            .arg(path).arg(version).arg(SchemaVersion));
        if (version == 0)
            return fail(Error::NotADatabase, tr("\"%1\" is an SQLite file but not a Crossings database.").arg(path));
        if (mode != Mode::ReadOnly) {
            // Ours: now open it for writing (SQLite rolls back a journal left by a crash here).
            m_recovered.reset();
            if (!connectTo(path, false))
                return false;
            QSqlQuery q(QSqlDatabase::database(m_connection));
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return fail(Error::Locked, tr("\"%1\" is locked by another program.").arg(path));
            q.exec(QStringLiteral("ROLLBACK"));
            q.finish();
            if (look.applicationId == 0 &&
                !exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
                return fail(m_error, m_errorString);
            if (version < SchemaVersion && !migrate(version))
                return fail(m_error, m_errorString);
        } else if (version < SchemaVersion) {
            return fail(Error::NewerSchema, tr("\"%1\" uses an older data format; open it in the window "
                                               "once to upgrade it.").arg(path));
        }
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Error::Io, tr("Cannot create the folder \"%1\".").arg(info.absolutePath()));
        if (!connectTo(path, false))
            return false;
        if (!createSchema())
            return fail(m_error, m_errorString);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    if (mode == Mode::CreateIfMissing) {
        Snapshot bundled;
        QList<ValidationIssue> issues;
        QByteArray checksum;
        if (!readBundled(&bundled, &issues, &checksum))
            return fail(Error::BadBundledData,
                        tr("The bundled dataset is invalid: %1").arg(issues.value(0).toString()));
        QSqlQuery m(db);
        m.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'bundled_checksum'"));
        const bool current = m.exec() && m.next() && m.value(0).toByteArray() == checksum;
        m.finish();
        if (!current && !seed(bundled, checksum))
            return fail(m_error, m_errorString);
    }
    return true;
}

bool Store::createSchema()
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE regions (code TEXT PRIMARY KEY, name_en TEXT NOT NULL, "
                       "name_ko TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE series (dataset TEXT NOT NULL, series TEXT NOT NULL, "
                       "name_en TEXT NOT NULL, name_ko TEXT NOT NULL, unit TEXT NOT NULL, "
                       "PRIMARY KEY (dataset, series))"),
        QStringLiteral("CREATE TABLE imports (id INTEGER PRIMARY KEY, file TEXT NOT NULL, "
                       "imported_at TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE sources (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "title_en TEXT NOT NULL, title_ko TEXT, outlet TEXT, author TEXT, "
                       "published TEXT, url TEXT, language TEXT, unconfirmed TEXT, note TEXT, "
                       "import_id INTEGER NOT NULL DEFAULT 0, outlet_ko TEXT, note_ko TEXT)"),
        QStringLiteral("CREATE TABLE observations (id INTEGER PRIMARY KEY, dataset TEXT NOT NULL, "
                       "series TEXT NOT NULL, period TEXT NOT NULL, region TEXT NOT NULL, "
                       "value INTEGER NOT NULL CHECK (value >= 0), qualifier TEXT, "
                       "unit TEXT NOT NULL, status TEXT NOT NULL, "
                       "source_id TEXT NOT NULL REFERENCES sources(id), locator TEXT, note TEXT, "
                       "plotted INTEGER NOT NULL DEFAULT 0, import_id INTEGER NOT NULL DEFAULT 0, "
                       "value_to INTEGER CHECK (value_to IS NULL OR value_to > value), "
                       "compiler TEXT, derived_from TEXT, note_ko TEXT, locator_ko TEXT)"),
        QStringLiteral(
            "CREATE INDEX observations_quantity ON observations (dataset, series, period, region)"),
        QStringLiteral("CREATE TABLE status_changes (import_id INTEGER NOT NULL, "
                       "observation_id INTEGER NOT NULL, old_status TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE events (id TEXT PRIMARY KEY, period TEXT NOT NULL, "
                       "text_en TEXT NOT NULL, text_ko TEXT NOT NULL, source_id TEXT NOT NULL "
                       "REFERENCES sources(id), locator TEXT, figures TEXT, note TEXT, note_ko TEXT, "
                       "locator_ko TEXT)"),
        QStringLiteral("CREATE TABLE claims (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "source_id TEXT NOT NULL REFERENCES sources(id), locator TEXT NOT NULL, "
                       "text_en TEXT NOT NULL, text_ko TEXT NOT NULL, check_expr TEXT NOT NULL, "
                       "note TEXT, note_ko TEXT, locator_ko TEXT)"),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(Error::Io, tr("Cannot write the database: %1").arg(sqlText(db.lastError())));
    for (const QString& s : statements) {
        if (!exec(s)) {
            db.rollback();
            return false;
        }
    }
    return db.commit() ||
           fail(Error::Io, tr("Cannot write the database: %1").arg(sqlText(db.lastError())));
}

bool Store::migrate(int from)
{
    // One transaction per step; the bundled data (with the new tables' rows) is seeded afterwards.
    if (from == 1) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (!db.transaction())
            return fail(Error::Io,
                        tr("Cannot write the database: %1").arg(sqlText(db.lastError())));
        // Schema 2: the sources' claims (claims.csv).
        const QStringList statements = {
        QStringLiteral("CREATE TABLE claims (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "source_id TEXT NOT NULL REFERENCES sources(id), locator TEXT NOT NULL, "
                       "text_en TEXT NOT NULL, text_ko TEXT NOT NULL, check_expr TEXT NOT NULL, "
                       "note TEXT)"),
            QStringLiteral("DELETE FROM meta WHERE key = 'bundled_checksum'"),
            QStringLiteral("PRAGMA user_version = 2"),
        };
        for (const QString& statement : statements) {
            if (!exec(statement)) {
                db.rollback();
                return fail(m_error, m_errorString);
            }
        }
        if (!db.commit())
            return fail(Error::Io,
                        tr("Cannot write the database: %1").arg(sqlText(db.lastError())));
        from = 2;
    }
    if (from == 2) {
        if (!migrateToSchema3())
            return false;
        from = 3;
    }
    if (from == SchemaVersion)
        return true;
    return fail(Error::NewerSchema, tr("No migration from data format %1.").arg(from));
}

bool Store::migrateToSchema3()
{
    // Schema 3: stated ranges ("one to two million", the upper end in value_to), the compiler of
    // a figure, a derived figure's formula, and the Korean forms of the data's texts (note_ko,
    // locator_ko, outlet_ko). Imported rows keep empty Korean forms (shown in English, marked);
    // the bundled rows get theirs when the dataset is seeded again, which the cleared checksum
    // forces.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(Error::Io, tr("Cannot write the database: %1").arg(db.lastError().text()));
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
        // A store written by a development build may have the column already.
        QSqlQuery has(db);
        has.prepare(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"));
        has.addBindValue(QString::fromLatin1(c.table));
        has.addBindValue(QString::fromLatin1(c.name));
        if (has.exec() && has.next() && has.value(0).toInt() > 0)
            continue;
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                          .arg(QLatin1String(c.table), QLatin1String(c.name), QLatin1String(c.type));
    }
    statements << QStringLiteral("DELETE FROM meta WHERE key = 'bundled_checksum'")
               << QStringLiteral("PRAGMA user_version = 3");
    for (const QString& statement : statements) {
        if (!exec(statement)) {
            db.rollback();
            return fail(m_error, m_errorString);
        }
    }
    if (!db.commit())
        return fail(Error::Io, tr("Cannot write the database: %1").arg(db.lastError().text()));
    return true;
}

bool Store::readBundled(Snapshot* out, QList<ValidationIssue>* issues, QByteArray* checksum)
{
    const QByteArray regions = readResource(QStringLiteral("regions.csv"));
    const QByteArray series = readResource(QStringLiteral("series.csv"));
    const QByteArray sources = readResource(QStringLiteral("sources.csv"));
    const QByteArray observations = readResource(QStringLiteral("observations.csv"));
    const QByteArray events = readResource(QStringLiteral("events.csv"));
    const QByteArray claims = readResource(QStringLiteral("claims.csv"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray* b : {&regions, &series, &sources, &observations, &events, &claims})
        hash.addData(*b);
    *checksum = hash.result().toHex();

    DatasetReader reader;
    reader.readVocabulary(regions, series);
    const QList<Source> srcs = reader.readSources(sources, QStringLiteral("sources.csv"));
    QSet<QString> ids;
    for (const Source& s : srcs) {
        ids.insert(s.id);
        out->sources.insert(s.id, s);
    }
    out->observations = reader.readObservations(observations, QStringLiteral("observations.csv"), ids);
    out->events = reader.readEvents(events, QStringLiteral("events.csv"), ids);
    out->vocabulary = reader.vocabulary();
    *issues = reader.issues();
    ClaimReader claimReader;
    out->claims = claimReader.read(claims, QStringLiteral("claims.csv"), out->vocabulary, ids);
    *issues += claimReader.issues();
    return !reader.hasIssues() && !claimReader.hasIssues();
}

void Store::choosePlotted(QList<Observation>* observations, const QHash<QString, Source>& sources)
{
    QHash<QString, int> best;
    // A series plots the figures of one compiler (Vocabulary::plottedCompiler): the others are
    // alternatives, shown in the citation panel with their compiler named.
    auto eligible = [](const Observation& o) {
        const QString c = Vocabulary::plottedCompiler(o.dataset);
        return c.isEmpty() || o.compiler == c;
    };
    auto better = [&](const Observation& a, const Observation& b) {
        if (statusRank(a.status) != statusRank(b.status))
            return statusRank(a.status) < statusRank(b.status);
        if (a.qualifier.isEmpty() != b.qualifier.isEmpty())
            return a.qualifier.isEmpty();
        const Source sa = sources.value(a.sourceId);
        const Source sb = sources.value(b.sourceId);
        if (kindRank(sa.kind) != kindRank(sb.kind))
            return kindRank(sa.kind) < kindRank(sb.kind);
        if (sa.published != sb.published)
            return sa.published > sb.published;
        return a.id < b.id;
    };
    for (int i = 0; i < observations->size(); ++i) {
        Observation& o = (*observations)[i];
        o.plotted = false;
        // A misprint is kept and shown, never plotted, even when it is the only figure.
        if (o.status == QLatin1String("erratum") || !eligible(o))
            continue;
        const QString key = o.quantityKey();
        const auto it = best.constFind(key);
        if (it == best.constEnd() || better(o, observations->at(*it)))
            best.insert(key, i);
    }
    for (int i : std::as_const(best))
        (*observations)[i].plotted = true;
}

bool Store::insertSnapshot(const Snapshot& s, qint64 importId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto ioFail = [&](const QSqlQuery& query) {
        m_error = Error::Io;
        m_errorString = tr("Cannot write the database: %1").arg(sqlText(query.lastError()));
        return false;
    };
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO regions (code, name_en, name_ko) VALUES (?, ?, ?)"));
    for (auto it = s.vocabulary.regionNames.cbegin(); it != s.vocabulary.regionNames.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it->en);
        q.addBindValue(it->ko);
        if (!q.exec())
            return ioFail(q);
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO series (dataset, series, name_en, name_ko, unit) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (auto it = s.vocabulary.seriesNames.cbegin(); it != s.vocabulary.seriesNames.cend(); ++it) {
        const QStringList key = it.key().split(QLatin1Char('|'));
        q.addBindValue(key.value(0));
        q.addBindValue(key.value(1));
        q.addBindValue(it->en);
        q.addBindValue(it->ko);
        q.addBindValue(s.vocabulary.seriesUnit.value(it.key()));
        if (!q.exec())
            return ioFail(q);
    }
    // An upsert: a bundled source may still be cited by imported figures when the bundled
    // dataset is seeded again, and a new bundled source may have been imported before.
    q.prepare(QStringLiteral("INSERT INTO sources (id, kind, title_en, title_ko, outlet, author, "
                             "published, url, language, unconfirmed, note, outlet_ko, note_ko, "
                             "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                             "title_en = excluded.title_en, title_ko = excluded.title_ko, "
                             "outlet = excluded.outlet, author = excluded.author, "
                             "published = excluded.published, url = excluded.url, "
                             "language = excluded.language, unconfirmed = excluded.unconfirmed, "
                             "note = excluded.note, outlet_ko = excluded.outlet_ko, "
                             "note_ko = excluded.note_ko, import_id = excluded.import_id"));
    for (const Source& src : s.sources) {
        for (const QString& v : {src.id, src.kind, src.titleEn, src.titleKo, src.outlet, src.author,
                                 src.published, src.url, src.language,
                                 src.unconfirmed.join(QLatin1Char(';')), src.note, src.outletKo,
                                 src.noteKo})
            q.addBindValue(v);
        q.addBindValue(importId);
        if (!q.exec())
            return ioFail(q);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO observations (dataset, series, period, region, value, qualifier, unit, "
        "status, source_id, locator, note, note_ko, locator_ko, import_id, value_to, compiler, "
        "derived_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Observation& o : s.observations) {
        q.addBindValue(o.dataset);
        q.addBindValue(o.series);
        q.addBindValue(o.period.code());
        q.addBindValue(o.region);
        q.addBindValue(o.value);
        q.addBindValue(o.qualifier);
        q.addBindValue(o.unit);
        q.addBindValue(o.status);
        q.addBindValue(o.sourceId);
        q.addBindValue(o.locator);
        q.addBindValue(o.note);
        q.addBindValue(o.noteKo);
        q.addBindValue(o.locatorKo);
        q.addBindValue(importId);
        q.addBindValue(o.isRange() ? QVariant(o.valueTo) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(o.compiler);
        q.addBindValue(o.derivedFrom);
        if (!q.exec())
            return ioFail(q);
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO events (id, period, text_en, text_ko, source_id, "
                             "locator, figures, note, note_ko, locator_ko) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const TimelineEvent& e : s.events) {
        for (const QString& v : {e.id, e.period.code(), e.textEn, e.textKo, e.sourceId, e.locator,
                                 e.figures.join(QLatin1Char(';')), e.note, e.noteKo, e.locatorKo})
            q.addBindValue(v);
        if (!q.exec())
            return ioFail(q);
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO claims (id, kind, source_id, locator, text_en, "
                             "text_ko, check_expr, note, note_ko, locator_ko) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Claim& c : s.claims) {
        for (const QString& v : {c.id, c.kind, c.sourceId, c.locator, c.textEn, c.textKo, c.check, c.note,
                                 c.noteKo, c.locatorKo})
            q.addBindValue(v);
        if (!q.exec())
            return ioFail(q);
    }
    return true;
}

bool Store::seed(const Snapshot& bundled, const QByteArray& checksum)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(Error::Io, tr("Cannot write the database: %1").arg(sqlText(db.lastError())));
    QSqlQuery q(db);
    // Bundled figures that an import marked superseded get new ids when they are seeded again:
    // carry the marks (and the statuses undo restores) over to the new rows.
    QList<CarriedStatus> carried;
    bool ok = statusChangesOfBundled(&carried)
              && exec(QStringLiteral("DELETE FROM claims"))
              && exec(QStringLiteral("DELETE FROM observations WHERE import_id = 0"))
              && exec(QStringLiteral("DELETE FROM events"))
              && exec(QStringLiteral("DELETE FROM sources WHERE import_id = 0 AND id NOT IN "
                                     "(SELECT source_id FROM observations)"))
              && insertSnapshot(bundled, 0) && carryStatusChanges(carried) && updatePlotted();
    if (ok) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('bundled_checksum', ?)"));
        q.addBindValue(QString::fromLatin1(checksum));
        ok = q.exec();
        if (!ok)
            m_errorString = tr("Cannot write the database: %1").arg(sqlText(q.lastError()));
    }
    if (!ok) {
        db.rollback();
        m_error = Error::Io;
        return false;
    }
    return db.commit() ||
           fail(Error::Io, tr("Cannot write the database: %1").arg(sqlText(db.lastError())));
}

bool Store::updatePlotted()
{
    Snapshot s;
    if (!load(&s))
        return false;
    choosePlotted(&s.observations, s.sources);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE observations SET plotted = ? WHERE id = ?"));
    QVariantList flags, ids;
    for (const Observation& o : std::as_const(s.observations)) {
        flags.append(o.plotted ? 1 : 0);
        ids.append(o.id);
    }
    q.addBindValue(flags);
    q.addBindValue(ids);
    if (!q.execBatch()) {
        m_error = Error::Io;
        m_errorString = tr("Cannot write the database: %1").arg(sqlText(q.lastError()));
        return false;
    }
    return true;
}

bool Store::load(Snapshot* out)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        m_error = Error::Io;
        m_errorString = tr("The database is not open.");
        return false;
    }
    *out = Snapshot();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto readFail = [&]() {
        m_error = Error::Corrupt;
        m_errorString = tr("Cannot read the database: %1").arg(sqlText(q.lastError()));
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT code, name_en, name_ko FROM regions")))
        return readFail();
    while (q.next())
        out->vocabulary.regionNames.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral("SELECT dataset, series, name_en, name_ko, unit FROM series")))
        return readFail();
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        out->vocabulary.seriesNames.insert(key, {q.value(2).toString(), q.value(3).toString()});
        out->vocabulary.seriesUnit.insert(key, q.value(4).toString());
    }
    if (!q.exec(QStringLiteral("SELECT id, kind, title_en, title_ko, outlet, author, published, url, "
                               "language, unconfirmed, note, outlet_ko, note_ko FROM sources")))
        return readFail();
    while (q.next()) {
        Source s;
        s.id = q.value(0).toString();
        s.kind = q.value(1).toString();
        s.titleEn = q.value(2).toString();
        s.titleKo = q.value(3).toString();
        s.outlet = q.value(4).toString();
        s.author = q.value(5).toString();
        s.published = q.value(6).toString();
        s.url = q.value(7).toString();
        s.language = q.value(8).toString();
        s.unconfirmed = q.value(9).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        s.note = q.value(10).toString();
        s.outletKo = q.value(11).toString();
        s.noteKo = q.value(12).toString();
        out->sources.insert(s.id, s);
    }
    if (!q.exec(
            QStringLiteral("SELECT id, dataset, series, period, region, value, qualifier, unit, "
                           "status, source_id, locator, note, plotted, import_id, value_to, "
                           "compiler, derived_from, note_ko, locator_ko FROM observations ORDER BY id")))
        return readFail();
    while (q.next()) {
        Observation o;
        o.id = q.value(0).toLongLong();
        o.dataset = q.value(1).toString();
        o.series = q.value(2).toString();
        o.period = Period::parse(q.value(3).toString());
        o.region = q.value(4).toString();
        o.value = q.value(5).toLongLong();
        o.qualifier = q.value(6).toString();
        o.unit = q.value(7).toString();
        o.status = q.value(8).toString();
        o.sourceId = q.value(9).toString();
        o.locator = q.value(10).toString();
        o.note = q.value(11).toString();
        o.plotted = q.value(12).toInt() != 0;
        o.importId = q.value(13).toLongLong();
        o.valueTo = q.value(14).isNull() ? -1 : q.value(14).toLongLong();
        o.compiler = q.value(15).toString();
        o.derivedFrom = q.value(16).toString();
        o.noteKo = q.value(17).toString();
        o.locatorKo = q.value(18).toString();
        out->observations.append(o);
    }
    std::stable_sort(out->observations.begin(), out->observations.end(),
                     [](const Observation& a, const Observation& b) {
                         if (a.dataset != b.dataset)
                             return a.dataset < b.dataset;
                         if (a.period != b.period)
                             return a.period < b.period;
                         return a.series < b.series;
                     });
    if (!q.exec(QStringLiteral("SELECT id, period, text_en, text_ko, source_id, locator, figures, note, "
                               "note_ko, locator_ko FROM events")))
        return readFail();
    while (q.next()) {
        TimelineEvent e;
        e.id = q.value(0).toString();
        e.period = Period::parse(q.value(1).toString());
        e.textEn = q.value(2).toString();
        e.textKo = q.value(3).toString();
        e.sourceId = q.value(4).toString();
        e.locator = q.value(5).toString();
        e.figures = q.value(6).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        e.note = q.value(7).toString();
        e.noteKo = q.value(8).toString();
        e.locatorKo = q.value(9).toString();
        out->events.append(e);
    }
    std::sort(out->events.begin(), out->events.end(),
              [](const TimelineEvent& a, const TimelineEvent& b) { return a.period < b.period; });
    if (!q.exec(QStringLiteral("SELECT id, kind, source_id, locator, text_en, text_ko, check_expr, note, "
                               "note_ko, locator_ko FROM claims ORDER BY rowid")))
        return readFail();
    while (q.next()) {
        Claim c;
        c.id = q.value(0).toString();
        c.kind = q.value(1).toString();
        c.sourceId = q.value(2).toString();
        c.locator = q.value(3).toString();
        c.textEn = q.value(4).toString();
        c.textKo = q.value(5).toString();
        c.check = q.value(6).toString();
        c.note = q.value(7).toString();
        c.noteKo = q.value(8).toString();
        c.locatorKo = q.value(9).toString();
        out->claims.append(c);
    }
    return true;
}

bool Store::begin()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    const QString code = q.lastError().nativeErrorCode();
    m_error = code == QLatin1String("5") || code == QLatin1String("6") ? Error::Locked : Error::Io;
    m_errorString = m_error == Error::Locked
                        ? tr("\"%1\" is locked by another program.").arg(m_path)
                        : tr("Cannot write the database: %1").arg(sqlText(q.lastError()));
    return false;
}

bool Store::rollback(Error e, const QString& message)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("ROLLBACK"));
    m_error = e;
    m_errorString = message;
    return false;
}

bool Store::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    const QString message = tr("Cannot write the database: %1").arg(sqlText(q.lastError()));
    return rollback(Error::Io, message);
}

bool Store::statusChangesOfBundled(QList<CarriedStatus>* out)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.rowid, o.dataset, o.series, o.period, o.region, o.value, o.source_id "
        "FROM status_changes c JOIN observations o ON o.id = c.observation_id "
        "WHERE o.import_id = 0"));
    if (!q.exec()) {
        m_error = Error::Io;
        m_errorString = tr("Cannot read the database: %1").arg(sqlText(q.lastError()));
        return false;
    }
    while (q.next()) {
        CarriedStatus c;
        c.rowId = q.value(0).toLongLong();
        c.dataset = q.value(1).toString();
        c.series = q.value(2).toString();
        c.period = q.value(3).toString();
        c.region = q.value(4).toString();
        c.value = q.value(5).toLongLong();
        c.sourceId = q.value(6).toString();
        out->append(c);
    }
    return true;
}

bool Store::carryStatusChanges(const QList<CarriedStatus>& carried)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery find(db), keep(db), drop(db), mark(db);
    find.prepare(QStringLiteral("SELECT id, status FROM observations WHERE import_id = 0 AND dataset = ? "
                                "AND series = ? AND period = ? AND region = ? AND value = ? "
                                "AND source_id = ? ORDER BY id LIMIT 1"));
    keep.prepare(QStringLiteral("UPDATE status_changes SET observation_id = ?, old_status = ? "
                                "WHERE rowid = ?"));
    drop.prepare(QStringLiteral("DELETE FROM status_changes WHERE rowid = ?"));
    mark.prepare(QStringLiteral("UPDATE observations SET status = 'superseded' WHERE id = ?"));
    auto ioFail = [&](const QSqlQuery& query) {
        m_error = Error::Io;
        m_errorString = tr("Cannot write the database: %1").arg(sqlText(query.lastError()));
        return false;
    };
    for (const CarriedStatus& c : carried) {
        for (const QVariant& v : {QVariant(c.dataset), QVariant(c.series), QVariant(c.period),
                                  QVariant(c.region), QVariant(c.value), QVariant(c.sourceId)})
            find.addBindValue(v);
        if (!find.exec())
            return ioFail(find);
        if (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            const QString status = find.value(1).toString();
            find.finish();
            keep.addBindValue(id);
            keep.addBindValue(status);
            keep.addBindValue(c.rowId);
            mark.addBindValue(id);
            if (!keep.exec())
                return ioFail(keep);
            if (!mark.exec())
                return ioFail(mark);
        } else {
            // The bundled dataset no longer has the corrected figure: nothing to restore.
            find.finish();
            drop.addBindValue(c.rowId);
            if (!drop.exec())
                return ioFail(drop);
        }
    }
    return true;
}

QString Store::stateToken()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM observations), (SELECT COALESCE(MAX(id), 0) FROM observations), "
            "(SELECT COALESCE(SUM(id), 0) FROM observations WHERE status = 'superseded'), "
            "(SELECT COUNT(*) FROM sources), (SELECT COALESCE(MAX(id), 0) FROM imports), "
            "(SELECT COUNT(*) FROM imports WHERE undone = 0), "
            "(SELECT COALESCE(MAX(value), '') FROM meta WHERE key = 'bundled_checksum')"))
        || !q.next()) {
        m_error = Error::Io;
        m_errorString = tr("Cannot read the database: %1").arg(sqlText(q.lastError()));
        return QString();
    }
    QStringList parts;
    for (int i = 0; i < 7; ++i)
        parts << q.value(i).toString();
    return parts.join(QLatin1Char('|'));
}

bool Store::applyImport(const ImportBatch& batch, qint64* importId)
{
    m_error = Error::None;
    m_errorString.clear();
    if (!isOpen()) {
        m_error = Error::Io;
        m_errorString = tr("The database is not open.");
        return false;
    }
    if (!begin())
        return false;
    if (!batch.expectedState.isEmpty()) {
        const QString state = stateToken();
        if (state.isEmpty())
            return rollback(m_error, m_errorString);
        if (state != batch.expectedState)
            return rollback(Error::Changed, tr("The database changed after the file was checked; "
                                               "check the file again."));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto ioFail = [&](const QSqlQuery& query) {
        return rollback(Error::Io,
                        tr("Cannot write the database: %1").arg(sqlText(query.lastError())));
    };
    q.prepare(QStringLiteral("SELECT 1 FROM sources WHERE id = ?"));
    for (const Source& s : batch.sources) {
        q.addBindValue(s.id);
        if (!q.exec())
            return ioFail(q);
        const bool exists = q.next();
        q.finish();
        if (exists)
            return rollback(Error::Changed, tr("The source \"%1\" is already in the database; check "
                                               "the file again.").arg(s.id));
    }
    q.prepare(QStringLiteral("INSERT INTO imports (file, imported_at) VALUES (?, ?)"));
    q.addBindValue(batch.file);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return ioFail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();

    Snapshot rows;
    for (const Source& s : batch.sources)
        rows.sources.insert(s.id, s);
    rows.observations = batch.observations;
    if (!insertSnapshot(rows, id))
        return rollback(m_error, m_errorString);

    QSqlQuery status(db), record(db), mark(db);
    status.prepare(QStringLiteral("SELECT status FROM observations WHERE id = ?"));
    record.prepare(QStringLiteral("INSERT INTO status_changes (import_id, observation_id, old_status) "
                                  "VALUES (?, ?, ?)"));
    mark.prepare(QStringLiteral("UPDATE observations SET status = 'superseded' WHERE id = ?"));
    for (qint64 observationId : batch.supersede) {
        status.addBindValue(observationId);
        if (!status.exec())
            return ioFail(status);
        if (!status.next())
            return rollback(Error::Changed, tr("The database changed after the file was checked; "
                                               "check the file again."));
        const QString old = status.value(0).toString();
        status.finish();
        record.addBindValue(id);
        record.addBindValue(observationId);
        record.addBindValue(old);
        if (!record.exec())
            return ioFail(record);
        mark.addBindValue(observationId);
        if (!mark.exec())
            return ioFail(mark);
    }
    if (!updatePlotted())
        return rollback(m_error, m_errorString);

    const QByteArray marker = qgetenv(PauseInImportVariable);
    if (!marker.isEmpty()) {
        QFile f(QString::fromLocal8Bit(marker));
        if (f.open(QIODevice::WriteOnly))
            f.close();
        QThread::sleep(60);
    }
    if (!commit())
        return false;
    if (importId)
        *importId = id;
    return true;
}

bool Store::lastImport(ImportRecord* out)
{
    m_error = Error::None;
    m_errorString.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        m_error = Error::Io;
        m_errorString = tr("The database is not open.");
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto readFail = [&]() {
        m_error = Error::Io;
        m_errorString = tr("Cannot read the database: %1").arg(sqlText(q.lastError()));
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT id, file, imported_at FROM imports WHERE undone = 0 "
                               "ORDER BY id DESC LIMIT 1")))
        return readFail();
    if (!q.next())
        return false;
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.file = q.value(1).toString();
    r.importedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    q.finish();
    const QList<QPair<QString, int*>> counts = {
        {QStringLiteral("SELECT COUNT(*) FROM observations WHERE import_id = ?"), &r.observations},
        {QStringLiteral("SELECT COUNT(*) FROM sources WHERE import_id = ?"), &r.sources},
        {QStringLiteral("SELECT COUNT(*) FROM status_changes WHERE import_id = ?"), &r.statusChanges}};
    for (const auto& c : counts) {
        q.prepare(c.first);
        q.addBindValue(r.id);
        if (!q.exec() || !q.next())
            return readFail();
        *c.second = q.value(0).toInt();
        q.finish();
    }
    *out = r;
    return true;
}

bool Store::undoLastImport(ImportRecord* undone)
{
    if (!isOpen()) {
        m_error = Error::Io;
        m_errorString = tr("The database is not open.");
        return false;
    }
    if (!begin())
        return false;
    ImportRecord r;
    if (!lastImport(&r)) {
        if (m_error == Error::None)
            return rollback(Error::NothingToUndo, tr("There is no import to undo."));
        return rollback(m_error, m_errorString);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto ioFail = [&](const QSqlQuery& query) {
        return rollback(Error::Io,
                        tr("Cannot write the database: %1").arg(sqlText(query.lastError())));
    };
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT observation_id, old_status FROM status_changes WHERE import_id = ?"));
    q.addBindValue(r.id);
    if (!q.exec())
        return ioFail(q);
    QVariantList ids, statuses;
    while (q.next()) {
        ids.append(q.value(0));
        statuses.append(q.value(1));
    }
    q.finish();
    if (!ids.isEmpty()) {
        QSqlQuery restore(db);
        restore.prepare(QStringLiteral("UPDATE observations SET status = ? WHERE id = ?"));
        restore.addBindValue(statuses);
        restore.addBindValue(ids);
        if (!restore.execBatch())
            return ioFail(restore);
    }
    const QStringList statements = {
        QStringLiteral("DELETE FROM status_changes WHERE import_id = ?"),
        QStringLiteral("DELETE FROM observations WHERE import_id = ?"),
        QStringLiteral("DELETE FROM sources WHERE import_id = ? AND id NOT IN "
                       "(SELECT source_id FROM observations) AND id NOT IN (SELECT source_id FROM events)"),
        QStringLiteral("UPDATE imports SET undone = 1 WHERE id = ?")};
    for (const QString& sql : statements) {
        QSqlQuery s(db);
        s.prepare(sql);
        s.addBindValue(r.id);
        if (!s.exec())
            return ioFail(s);
    }
    if (!updatePlotted())
        return rollback(m_error, m_errorString);
    if (!commit())
        return false;
    if (undone)
        *undone = r;
    return true;
}
