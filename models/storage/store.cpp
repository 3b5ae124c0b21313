// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

#include "bundledchecksum.h"
#include "core/formatter.h"

#include "storage/claimreader.h"
#include "storage/idslices.h"
#include "storage/storeengine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace {
std::atomic<int> s_connectionCounter{0};

QString sqlText(const QSqlError& e)
{
    return storeSqlText(e);
}

QByteArray readResource(const QString& name)
{
    QFile f(QStringLiteral(":/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// INSERT … ON CONFLICT (keys) DO UPDATE: the upsert both engines speak.
QString upsert(const char* table, const QStringList& columns, int keys)
{
    QStringList marks, sets;
    for (int i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
        if (i >= keys)
            sets << columns.at(i) + QStringLiteral(" = excluded.") + columns.at(i);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(QLatin1String(table), columns.join(QStringLiteral(", ")),
             marks.join(QStringLiteral(", ")), columns.mid(0, keys).join(QStringLiteral(", ")),
             sets.join(QStringLiteral(", ")));
}
} // namespace

Store::Store()
    : m_connection(QStringLiteral("crossings-store-%1").arg(++s_connectionCounter))
{}

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/crossings.sqlite");
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
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
    if (m_engine)
        m_engine->release();
}

bool Store::fail(Error e, const QString& message)
{
    m_error = e;
    m_errorString = message;
    return false;
}

bool Store::sqlFail(const QSqlError& e, bool writing)
{
    m_error = m_engine ? m_engine->classify(e) : Error::Io;
    switch (m_error) {
    case Error::ReadOnly:
        m_errorString = readerRefusal();
        break;
    case Error::ConnectionLost:
        m_errorString =
            tr("The connection to %1 was lost: %2").arg(m_engine->describe(), sqlText(e));
        break;
    default:
        m_error = m_error == Error::Locked ? Error::Locked : Error::Io;
        m_errorString = writing ? tr("Cannot write the database: %1").arg(sqlText(e))
                                : tr("Cannot read the database: %1").arg(sqlText(e));
    }
    return false;
}

bool Store::notOpen()
{
    // A team store whose connection went away: the session's reason, and reconnect() helps.
    if (m_engine && m_engine->isServer() && QSqlDatabase::contains(m_connection))
        return fail(Error::ConnectionLost, tr("The connection to %1 was lost.").arg(describe()));
    return fail(Error::Io, tr("The database is not open."));
}

QString Store::readerRefusal()
{
    return tr("You may read this team store but not change it.");
}

bool Store::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        sqlFail(q.lastError(), true);
        if (m_error == Error::Io)
            m_errorString = tr("Database error: %1").arg(sqlText(q.lastError()));
        return false;
    }
    return true;
}

bool Store::openInMemory()
{
    return open(QStringLiteral(":memory:"), Mode::CreateIfMissing);
}

bool Store::isInMemory() const
{
    return m_path == QLatin1String(":memory:");
}

bool Store::openSameAs(const Store& other)
{
    if (other.isInMemory())
        return fail(Error::Io, tr("The database is not open."));
    return open(other.m_path, other.m_mode == Mode::ReadOnly ? Mode::ReadOnly : Mode::ReadWrite);
}

void Store::takeError(Error e, const QString& message)
{
    fail(e, message);
}

bool Store::open(const QString& location, Mode mode)
{
    if (openLocation(location, mode)) {
        if (m_onOthersChange)
            m_engine->watchChanges(m_onOthersChange); // a new connection listens again
        return true;
    }
    if (m_engine)
        m_engine->unlockSetUp();
    close(); // after openLocation's queries are gone
    return false;
}

bool Store::reconnect()
{
    const QString location = m_path;
    const Mode mode = m_mode;
    close();
    return open(location, mode);
}

bool Store::isTeamStore() const
{
    return m_engine && m_engine->isServer();
}

bool Store::mayWrite() const
{
    return m_engine && m_engine->mayWrite();
}

QString Store::userName() const
{
    return m_engine ? m_engine->userName() : QString();
}

QString Store::describe() const
{
    return m_engine ? m_engine->describe() : m_path;
}

bool Store::openLocation(const QString& location, Mode mode)
{
    close();
    m_path = location;
    m_mode = mode;
    m_error = Error::None;
    m_errorString.clear();
    m_engine = StoreEngine::create(location);
    auto engineFail = [this]() { return fail(m_engine->error(), m_engine->errorString()); };
    StoreEngine::State state;
    if (!m_engine->connect(m_connection, mode, &state))
        return engineFail();
    const StoreEngine::SetUp setUp = m_engine->setUp(mode);
    if (setUp != StoreEngine::SetUp::None) {
        // Set-up (schema, migrations, seeding) by one client at a time; look again once it is
        // ours: another client may have done it meanwhile.
        if (!m_engine->lockSetUp() || !m_engine->inspect(&state))
            return engineFail();
    }
    if (!state.hasSchema || state.version < SchemaVersion) {
        if (setUp == StoreEngine::SetUp::None ||
            (!state.hasSchema && setUp != StoreEngine::SetUp::MigrateAndSeed))
            return fail(state.hasSchema ? Error::NewerSchema : Error::Missing,
                        m_engine->setUpRefused(state));
    }
    if (setUp != StoreEngine::SetUp::None) {
        if (state.hasSchema && state.stampIdentity && !m_engine->stampIdentity())
            return engineFail();
        if (!state.hasSchema && !createSchema())
            return false;
        if (state.hasSchema && state.version < SchemaVersion && !m_engine->migrate(state.version))
            return engineFail();
    }
    m_engine->prepareSession();
    if (setUp == StoreEngine::SetUp::MigrateAndSeed) {
        // The checksum of the six files' bytes first: they are parsed and checked only when the
        // store holds another version of them (seeding), not on every open.
        QSqlQuery m(QSqlDatabase::database(m_connection));
        m.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'bundled_checksum'"));
        const bool current = m.exec() && m.next() && m.value(0).toByteArray() == bundledChecksum();
        m.finish();
        if (!current) {
            Snapshot bundled;
            QList<ValidationIssue> issues;
            QByteArray checksum;
            if (!readBundled(&bundled, &issues, &checksum))
                return fail(
                    Error::BadBundledData,
                    tr("The bundled dataset is invalid: %1").arg(issues.value(0).toString()));
            if (!seed(bundled, checksum))
                return false;
        }
    }
    if (setUp != StoreEngine::SetUp::None) {
        m_engine->wrote(); // created, migrated or stamped: the file as this client left it
        m_engine->unlockSetUp();
    }
    return true;
}

bool Store::setUpRoles()
{
    if (!m_engine || !m_engine->setUpRoles())
        return fail(m_engine ? m_engine->error() : Error::Io,
                    m_engine ? m_engine->errorString() : tr("The database is not open."));
    return true;
}

bool Store::status(StoreStatus* out)
{
    *out = StoreStatus();
    out->location = describe();
    out->user = userName();
    out->mayWrite = mayWrite();
    out->teamStore = isTeamStore();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM observations), "
                               "(SELECT COUNT(*) FROM observations WHERE import_id <> 0), "
                               "(SELECT COUNT(*) FROM imports WHERE undone = 0), "
                               "(SELECT COALESCE(MAX(value), '') FROM meta WHERE key = "
                               "'bundled_checksum')")) ||
        !q.next())
        return sqlFail(q.lastError(), false);
    out->observations = q.value(0).toInt();
    out->importedObservations = q.value(1).toInt();
    out->imports = q.value(2).toInt();
    const QByteArray stored = q.value(3).toByteArray();
    q.finish();
    out->bundledCurrent = stored == bundledChecksum();
    out->version = SchemaVersion;
    return true;
}

bool Store::createSchema()
{
    // One schema for both engines: %AUTOID% an integer primary key the engine numbers,
    // %ROWID% an explicit row number where the engine has none, INTEGER 64 bits.
    const QStringList portable = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE regions (code TEXT PRIMARY KEY, name_en TEXT NOT NULL, "
                       "name_ko TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE series (dataset TEXT NOT NULL, series TEXT NOT NULL, "
                       "name_en TEXT NOT NULL, name_ko TEXT NOT NULL, unit TEXT NOT NULL, "
                       "PRIMARY KEY (dataset, series))"),
        QStringLiteral("CREATE TABLE imports (id %AUTOID%, file TEXT NOT NULL, "
                       "imported_at TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0, who TEXT)"),
        QStringLiteral("CREATE TABLE sources (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "title_en TEXT NOT NULL, title_ko TEXT, outlet TEXT, author TEXT, "
                       "published TEXT, url TEXT, language TEXT, unconfirmed TEXT, note TEXT, "
                       "import_id INTEGER NOT NULL DEFAULT 0, outlet_ko TEXT, note_ko TEXT)"),
        QStringLiteral("CREATE TABLE observations (id %AUTOID%, dataset TEXT NOT NULL, "
                       "series TEXT NOT NULL, period TEXT NOT NULL, region TEXT NOT NULL, "
                       "value INTEGER NOT NULL CHECK (value >= 0), qualifier TEXT, "
                       "unit TEXT NOT NULL, status TEXT NOT NULL, "
                       "source_id TEXT NOT NULL REFERENCES sources(id), locator TEXT, note TEXT, "
                       "import_id INTEGER NOT NULL DEFAULT 0, "
                       "value_to INTEGER CHECK (value_to IS NULL OR value_to > value), "
                       "compiler TEXT, derived_from TEXT, note_ko TEXT, locator_ko TEXT)"),
        QStringLiteral(
            "CREATE INDEX observations_quantity ON observations (dataset, series, period, region)"),
        QStringLiteral("CREATE TABLE status_changes (%ROWID%import_id INTEGER NOT NULL, "
                       "observation_id INTEGER NOT NULL, old_status TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE events (id TEXT PRIMARY KEY, period TEXT NOT NULL, "
            "text_en TEXT NOT NULL, text_ko TEXT NOT NULL, source_id TEXT NOT NULL "
            "REFERENCES sources(id), locator TEXT, figures TEXT, note TEXT, note_ko TEXT, "
            "locator_ko TEXT)"),
        QStringLiteral("CREATE TABLE claims (%ROWID%id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "source_id TEXT NOT NULL REFERENCES sources(id), locator TEXT NOT NULL, "
                       "text_en TEXT NOT NULL, text_ko TEXT NOT NULL, check_expr TEXT NOT NULL, "
                       "note TEXT, note_ko TEXT, locator_ko TEXT)"),
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return sqlFail(db.lastError(), true);
    for (const QString& s : m_engine->schema(portable + StoreEngine::schema5Indexes())) {
        if (!exec(s)) {
            db.rollback();
            return false;
        }
    }
    return db.commit() || sqlFail(db.lastError(), true);
}

namespace {
/// The six files of the bundled dataset, in the order of the checksum.
struct BundledFiles
{
    QByteArray regions = readResource(QStringLiteral("regions.csv"));
    QByteArray series = readResource(QStringLiteral("series.csv"));
    QByteArray sources = readResource(QStringLiteral("sources.csv"));
    QByteArray observations = readResource(QStringLiteral("observations.csv"));
    QByteArray events = readResource(QStringLiteral("events.csv"));
    QByteArray claims = readResource(QStringLiteral("claims.csv"));

    QByteArray checksum() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray* b : {&regions, &series, &sources, &observations, &events, &claims})
            hash.addData(*b);
        return hash.result().toHex();
    }
};
} // namespace

QByteArray Store::bundledChecksum()
{
    return QByteArrayLiteral(CROSSINGS_BUNDLED_CHECKSUM); // bundledchecksum.cmake, at build time
}

bool Store::readBundled(Snapshot* out, QList<ValidationIssue>* issues, QByteArray* checksum)
{
    const BundledFiles files;
    *checksum = files.checksum();
    const QByteArray& regions = files.regions;
    const QByteArray& series = files.series;
    const QByteArray& sources = files.sources;
    const QByteArray& observations = files.observations;
    const QByteArray& events = files.events;
    const QByteArray& claims = files.claims;

    DatasetReader reader;
    reader.readVocabulary(regions, series);
    const QList<Source> srcs = reader.readSources(sources, QStringLiteral("sources.csv"));
    QSet<QString> ids;
    for (const Source& s : srcs) {
        ids.insert(s.id);
        out->sources.insert(s.id, s);
    }
    out->observations =
        reader.readObservations(observations, QStringLiteral("observations.csv"), ids);
    out->events = reader.readEvents(events, QStringLiteral("events.csv"), ids);
    out->vocabulary = reader.vocabulary();
    *issues = reader.issues();
    ClaimReader claimReader;
    out->claims = claimReader.read(claims, QStringLiteral("claims.csv"), out->vocabulary, ids);
    *issues += claimReader.issues();
    return !reader.hasIssues() && !claimReader.hasIssues();
}

bool Store::insertSnapshot(const Snapshot& s, qint64 importId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto ioFail = [&](const QSqlQuery& query) { return sqlFail(query.lastError(), true); };
    q.prepare(upsert("regions",
                     {QStringLiteral("code"), QStringLiteral("name_en"), QStringLiteral("name_ko")},
                     1));
    for (auto it = s.vocabulary.regionNames.cbegin(); it != s.vocabulary.regionNames.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it->en);
        q.addBindValue(it->ko);
        if (!q.exec())
            return ioFail(q);
    }
    q.prepare(upsert("series",
                     {QStringLiteral("dataset"), QStringLiteral("series"),
                      QStringLiteral("name_en"), QStringLiteral("name_ko"), QStringLiteral("unit")},
                     2));
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
        for (const QString& v :
             {src.id, Term::csvName(src.kind), src.titleEn, src.titleKo, src.outlet, src.author,
              src.published, src.url, src.language, src.unconfirmed.join(QLatin1Char(';')),
              src.note, src.outletKo, src.noteKo})
            q.addBindValue(v);
        q.addBindValue(importId);
        if (!q.exec())
            return ioFail(q);
    }
    const QSqlError written = m_engine->insertFigures(s.observations, importId);
    if (written.type() != QSqlError::NoError)
        return sqlFail(written, true);
    q.prepare(upsert("events",
                     QStringLiteral("id period text_en text_ko source_id locator figures "
                                    "note note_ko locator_ko")
                         .split(QLatin1Char(' ')),
                     1));
    for (const TimelineEvent& e : s.events) {
        for (const QString& v : {e.id, e.period.code(), e.textEn, e.textKo, e.sourceId, e.locator,
                                 e.figures.join(QLatin1Char(';')), e.note, e.noteKo, e.locatorKo})
            q.addBindValue(v);
        if (!q.exec())
            return ioFail(q);
    }
    q.prepare(upsert("claims",
                     QStringLiteral("id kind source_id locator text_en text_ko check_expr "
                                    "note note_ko locator_ko")
                         .split(QLatin1Char(' ')),
                     1));
    for (const Claim& c : s.claims) {
        for (const QString& v : {c.id, c.kind, c.sourceId, c.locator, c.textEn, c.textKo, c.check,
                                 c.note, c.noteKo, c.locatorKo})
            q.addBindValue(v);
        if (!q.exec())
            return ioFail(q);
    }
    return true;
}

bool Store::seed(const Snapshot& bundled, const QByteArray& checksum)
{
    if (!begin())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Bundled figures that an import marked superseded get new ids when they are seeded again:
    // carry the marks (and the statuses undo restores) over to the new rows.
    QList<CarriedStatus> carried;
    bool ok =
        statusChangesOfBundled(&carried) && exec(QStringLiteral("DELETE FROM claims")) &&
        exec(QStringLiteral("DELETE FROM observations WHERE import_id = 0")) &&
        exec(QStringLiteral("DELETE FROM events")) &&
        exec(QStringLiteral("DELETE FROM sources WHERE import_id = 0 AND NOT EXISTS "
                            "(SELECT 1 FROM observations o WHERE o.source_id = sources.id)")) &&
        insertSnapshot(bundled, 0) && carryStatusChanges(carried);
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('bundled_checksum', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::fromLatin1(checksum));
        ok = q.exec() || sqlFail(q.lastError(), true);
        q.finish();
    }
    if (!ok)
        return rollback(m_error, m_errorString);
    return commit();
}

bool Store::begin()
{
    if (m_engine->beginWrite())
        return true;
    if (m_engine->error() == Error::ReadOnly)
        return fail(Error::ReadOnly, readerRefusal());
    if (m_engine->error() == Error::ConnectionLost)
        return fail(Error::ConnectionLost, tr("The connection to %1 was lost: %2")
                                               .arg(m_engine->describe(), m_engine->errorString()));
    return fail(m_engine->error(), m_engine->errorString());
}

bool Store::rollback(Error e, const QString& message)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("ROLLBACK"));
    m_error = e;
    m_errorString = message;
    return false;
}

bool Store::watchOthersChanges(std::function<void()> onChange)
{
    m_onOthersChange = std::move(onChange);
    return m_engine && m_engine->watchChanges(m_onOthersChange);
}

bool Store::commit()
{
    if (m_engine && !m_engine->announceChange()) {
        const Error e = m_engine->error();
        const QString message = m_engine->errorString();
        return rollback(e, message);
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("COMMIT"))) {
        if (m_engine)
            m_engine->wrote();
        return true;
    }
    sqlFail(q.lastError(), true);
    return rollback(m_error, m_errorString);
}

bool Store::statusChangesOfBundled(QList<CarriedStatus>* out)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.rowid, o.dataset, o.series, o.period, o.region, o.value, o.source_id "
        "FROM status_changes c JOIN observations o ON o.id = c.observation_id "
        "WHERE o.import_id = 0"));
    if (!q.exec())
        return sqlFail(q.lastError(), false);
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
    find.prepare(
        QStringLiteral("SELECT id, status FROM observations WHERE import_id = 0 AND dataset = ? "
                       "AND series = ? AND period = ? AND region = ? AND value = ? "
                       "AND source_id = ? ORDER BY id LIMIT 1"));
    keep.prepare(QStringLiteral("UPDATE status_changes SET observation_id = ?, old_status = ? "
                                "WHERE rowid = ?"));
    drop.prepare(QStringLiteral("DELETE FROM status_changes WHERE rowid = ?"));
    mark.prepare(QStringLiteral("UPDATE observations SET status = 'superseded' WHERE id = ?"));
    auto ioFail = [&](const QSqlQuery& query) { return sqlFail(query.lastError(), true); };
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

bool Store::applyImport(const ImportBatch& batch, qint64* importId)
{
    m_error = Error::None;
    m_errorString.clear();
    if (!isOpen()) {
        return notOpen();
    }
    if (!mayWrite())
        return fail(Error::ReadOnly, readerRefusal());
    const LargeWrite largeWrite(m_engine.get());
    if (!begin())
        return false;
    if (!batch.expectedState.isEmpty()) {
        const QString state = stateToken();
        if (state.isEmpty())
            return rollback(m_error, m_errorString);
        if (state != batch.expectedState)
            return rollback(Error::Changed, changedSinceCheck());
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto ioFail = [&](const QSqlQuery& query) {
        sqlFail(query.lastError(), true);
        return rollback(m_error, m_errorString);
    };
    q.prepare(QStringLiteral("SELECT 1 FROM sources WHERE id = ?"));
    for (const Source& s : batch.sources) {
        q.addBindValue(s.id);
        if (!q.exec())
            return ioFail(q);
        const bool exists = q.next();
        q.finish();
        if (exists)
            return rollback(Error::Changed,
                            tr("The source \"%1\" is already in the database; check "
                               "the file again.")
                                .arg(s.id));
    }
    // RETURNING (SQLite 3.35, PostgreSQL): the new id without the drivers' lastInsertId.
    q.prepare(QStringLiteral("INSERT INTO imports (file, imported_at, who) VALUES (?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(batch.file);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(userName());
    if (!q.exec() || !q.next())
        return ioFail(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    Snapshot rows;
    for (const Source& s : batch.sources)
        rows.sources.insert(s.id, s);
    rows.observations = batch.observations;
    if (!insertSnapshot(rows, id))
        return rollback(m_error, m_errorString);

    // The superseded marks, with the statuses undo restores. The plotted figure is not stored:
    // it is chosen when figures are read (PlottingRule::choose in Store::read).
    if (!markSuperseded(batch.supersede, id))
        return rollback(m_error, m_errorString);

    if (m_beforeCommit)
        m_beforeCommit();
    if (!commit())
        return false;
    if (importId)
        *importId = id;
    return true;
}

bool Store::markSuperseded(const QList<qint64>& ids, qint64 importId)
{
    // A slice of ids a statement (on a server, one round trip), where three statements a figure
    // took 0.3 s for 1,028 figures on a team store (issue 23).
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    if (unique.isEmpty())
        return true;
    const IdSlices slices(unique);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery record(db), mark(db);
    if (!record.prepare(QStringLiteral("INSERT INTO status_changes (import_id, observation_id, "
                                       "old_status) SELECT ?, id, status FROM observations "
                                       "WHERE id IN (%1)")
                            .arg(slices.marks())))
        return sqlFail(record.lastError(), true);
    if (!mark.prepare(QStringLiteral("UPDATE observations SET status = 'superseded' WHERE id IN "
                                     "(%1)")
                          .arg(slices.marks())))
        return sqlFail(mark.lastError(), true);
    for (qsizetype k = 0; k < slices.count(); ++k) {
        record.addBindValue(importId);
        const qsizetype named = slices.bind(record, k);
        slices.bind(mark, k);
        if (!record.exec())
            return sqlFail(record.lastError(), true);
        // Each id names a stored figure: one gone was taken back since the file was checked.
        if (record.numRowsAffected() != named)
            return fail(Error::Changed, changedSinceCheck());
        if (!mark.exec())
            return sqlFail(mark.lastError(), true);
    }
    return true;
}

QString Store::changedSinceCheck()
{
    return tr("The database changed after the file was checked; check the file again.");
}

bool Store::undoLastImport(ImportRecord* undone)
{
    if (!isOpen()) {
        return notOpen();
    }
    if (!mayWrite())
        return fail(Error::ReadOnly, readerRefusal());
    const LargeWrite largeWrite(m_engine.get());
    if (!begin())
        return false;
    ImportRecord r;
    if (!lastImport(&r)) {
        if (m_error == Error::None)
            return rollback(Error::NothingToUndo, tr("There is no import to undo."));
        return rollback(m_error, m_errorString);
    }
    if (!r.who.isEmpty() && r.who != userName())
        return rollback(Error::NotYours,
                        tr("The last import (\"%1\", %2) was made by %3: only %3 can take it back.")
                            .arg(r.file, Formatter().dateTime(r.importedAt.toLocalTime()), r.who));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto ioFail = [&](const QSqlQuery& query) {
        sqlFail(query.lastError(), true);
        return rollback(m_error, m_errorString);
    };
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT observation_id, old_status FROM status_changes WHERE import_id = ?"));
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
        QStringLiteral("DELETE FROM sources WHERE import_id = ? AND NOT EXISTS (SELECT 1 FROM "
                       "observations o WHERE o.source_id = sources.id) AND id NOT IN "
                       "(SELECT source_id FROM events)"),
        QStringLiteral("UPDATE imports SET undone = 1 WHERE id = ?")};
    for (const QString& sql : statements) {
        QSqlQuery s(db);
        s.prepare(sql);
        s.addBindValue(r.id);
        if (!s.exec())
            return ioFail(s);
    }
    if (!commit())
        return false;
    if (undone)
        *undone = r;
    return true;
}
