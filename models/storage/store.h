// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "core/snapshot.h"
#include "storage/datasetreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTemporaryDir> // (tests rely on it through this header)

#include <functional>
#include <memory>

/// One import as the store records it (File → Undo last import, `crossings import --undo`).
struct ImportRecord
{
    qint64 id = 0;
    QString file;          ///< the imported file's name, as given
    QDateTime importedAt;  ///< UTC
    int observations = 0;  ///< figures it added
    int sources = 0;       ///< sources it added
    int statusChanges = 0; ///< stored figures it marked superseded
    QString who;           ///< who made it (the login or team store role); empty before format 4
};

/// What `crossings db status` tells about a store.
struct StoreStatus
{
    QString location; ///< the file, or "the team store … on …"
    bool teamStore = false;
    QString user; ///< who this client writes as
    bool mayWrite = false;
    int version = 0;             ///< data format
    bool bundledCurrent = false; ///< the bundled dataset of this version is the one stored
    int observations = 0;
    int importedObservations = 0;
    int imports = 0; ///< not undone
};

class StoreEngine;
class QSqlError;
class QSqlQuery;

/// What one import writes, in one transaction (built by ImportPlan).
struct ImportBatch
{
    QString file;
    QList<Source> sources;           ///< new sources
    QList<Observation> observations; ///< new figures
    QList<qint64> supersede;         ///< stored figures an import corrects: marked superseded
    QString expectedState;           ///< Store::stateToken() the plan was made on; empty: unchecked
};

/// The store: schema and migrations, first-run seeding from the bundled CSV dataset, and every
/// query of the application, on SQLite (one person's file) or PostgreSQL (a team store). What
/// differs between the engines is behind StoreEngine (models/storage/). The only SQL is here and
/// there: store.cpp writes, storage/storereads.cpp reads (snapshots, the change token, imports).
class Store : public SnapshotSource
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    enum class Mode {
        ReadOnly,        ///< an existing file, never written (command-line reports)
        ReadWrite,       ///< an existing file (imports)
        CreateIfMissing, ///< the user's store: created and seeded when missing
        Administer,      ///< `crossings db init|migrate`: create, migrate, seed (a team store too)
    };
    enum class Error {
        None,
        Missing,
        NotADatabase,
        Corrupt,
        NewerSchema,
        Locked,
        ReadOnly,
        Io,
        BadBundledData,
        Changed, ///< the store changed between an import's preview and its apply
        NothingToUndo,
        BadLocation,    ///< a malformed postgresql:// address
        Unreachable,    ///< the server cannot be reached (or refuses the login)
        ConnectionLost, ///< the server went away during the session: reconnect()
        NotYours
    }; ///< the last import was made by someone else

    static constexpr int SchemaVersion = 5;
    /// PRAGMA application_id of a Crossings store ("CRSS"): set when a store is created, and on
    /// the first writable open of a store made before it was; any other SQLite file is refused.
    static constexpr quint32 ApplicationId = 0x43525353;

    Store();
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// The default location: <AppDataLocation>/crossings.sqlite.
    static QString defaultPath();

    /// Opens a store: a file path (SQLite) or a postgresql:// URI (a team store).
    bool open(const QString& location, Mode mode);
    /// Opens the same location in the same mode again (after ConnectionLost).
    bool reconnect();
    /// An in-memory store seeded from the bundled dataset (tests, benchmarks).
    bool openInMemory();
    bool isInMemory() const;
    /// Opens the store other has open on a connection of this thread (a worker thread's own:
    /// Qt SQL connections belong to the thread that opened them; app/storeworker.h): the same
    /// location, in ReadOnly or else ReadWrite mode, as it exists and is set up (never created,
    /// migrated or seeded again). A team store's password is never in its location: libpq finds
    /// it again. Not for an in-memory store, which no second connection reaches. Reads other's
    /// location: other's thread must leave it alone meanwhile.
    bool openSameAs(const Store& other);
    /// Takes an error another connection to this store met (a worker thread's,
    /// app/storeworker.h), for the messages and the reconnect() offers that read this one.
    void takeError(Error e, const QString& message);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    /// The location for messages: the path, or "the team store … on …".
    QString describe() const;
    /// Whether the store is on a server (PostgreSQL) rather than in a file.
    bool isTeamStore() const;
    /// Whether this user may import and undo (a team store's crossings_reader may not).
    bool mayWrite() const;
    /// Who this client writes as (recorded with each import).
    QString userName() const;
    /// The message a reader gets for trying to change a team store.
    static QString readerRefusal();
    /// Creates the team store roles crossings_reader and crossings_editor and grants them
    /// their rights (`crossings db init`); nothing to do for a file.
    bool setUpRoles();
    /// What `crossings db status` shows.
    bool status(StoreStatus* out);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    /// Reads the store. With datasets named, only their figures (through the index) and the
    /// sources they, the events and the claims cite; the names, events and claims whole.
    bool load(Snapshot* out, const QStringList& datasets = {}) override;
    /// Each (period, status, compiler) of a dataset's figures once, through the index of data
    /// format 6: no figure read (issue 23).
    bool loadPeriods(Term::Dataset dataset, QList<DatasetPeriod>* out) override;
    /// A dataset's figures of these periods, through the same index, a slice of periods a
    /// statement; every source read (the sources table is small, a dataset's citing rows are not).
    bool loadPeriodFigures(Snapshot* out, Term::Dataset dataset,
                           const QList<Period>& periods) override;
    /// Reads what an import is checked against (ImportPlan::prepare): the names, every source,
    /// and the figures of the named quantities ("dataset|series|period|region") only.
    bool loadQuantities(Snapshot* out, const QSet<QString>& quantities);
    /// Calls visit with each stored figure of the quantities, one at a time: its numbers, terms,
    /// quantity and source, without its texts, and no plotted figure chosen. What an import's
    /// check compares a file with, held as numbers (issue 23). False when the store cannot be
    /// read, or (error() None) when visit returned false to stop it.
    bool visitQuantities(const QSet<QString>& quantities,
                         const std::function<bool(const Observation&)>& visit);
    /// The whole figures with these ids, in any order, no plotted figure chosen: those an
    /// import's preview names. False with error() Changed when one of them is no longer stored.
    bool loadFigures(const QList<qint64>& ids, QList<Observation>* out);

    /// Replaces the bundled rows (import_id 0) by the given dataset, keeping imported rows.
    bool seed(const Snapshot& bundled, const QByteArray& checksum);

    /// Reads the dataset bundled in the resources into a snapshot; issues go to *issues.
    static bool readBundled(Snapshot* out, QList<ValidationIssue>* issues, QByteArray* checksum);
    /// The checksum readBundled() gives (SHA-256 of the six files' bytes, in hex), without
    /// parsing them: what an open compares with the store's before seeding it again.
    static QByteArray bundledChecksum();

    /// Writes an import in one transaction: its sources, its figures and the superseded marks
    /// (with the old statuses kept for undo). All or nothing. Nothing is written per stored row:
    /// the plotted figure is chosen when figures are read.
    bool applyImport(const ImportBatch& batch, qint64* importId = nullptr);
    /// The newest import not undone; false with error() None when there is none. Its counts
    /// (figures, sources, status changes) are read only when asked: on a team store counting a
    /// large import's figures takes a scan (docs/PERFORMANCE.md, case 8 on PostgreSQL).
    enum class Counts { Read, Skip };
    bool lastImport(ImportRecord* out, Counts counts = Counts::Read);
    /// Removes the newest import's figures and sources and restores the statuses it changed.
    bool undoLastImport(ImportRecord* undone = nullptr);
    /// Changes whenever figures, statuses or imports change (checked by applyImport).
    QString stateToken();
    /// Calls onChange, from this thread's event loop, when another client changes the store (a
    /// team store: the server tells; kept across reconnect() and open()). An empty function
    /// stops it. False when this store cannot tell (a file, whose window checks on activation).
    bool watchOthersChanges(std::function<void()> onChange);

    /// Called by applyImport inside its transaction, when everything is written and just before
    /// it commits (an empty function: nothing). The owner's seam: the application's test hook
    /// that kills an import there (BenchHooks::pauseInImport) sets it.
    void setBeforeCommit(std::function<void()> beforeCommit)
    {
        m_beforeCommit = std::move(beforeCommit);
    }

    /// Chooses, for every quantity, the one figure to plot (PlottingRule::choose).
    static void choosePlotted(QList<Observation>* observations,
                              const QHash<QString, Source>& sources);

    /// The named Qt SQL connection, for the data layer's own classes.
    QString connectionName() const { return m_connection; }

private:
    bool openLocation(const QString& location, Mode mode);
    bool fail(Error e, const QString& message);
    /// Sets the error for a failed statement as the engine reads it; always false.
    bool sqlFail(const QSqlError& e, bool writing);
    bool notOpen(); ///< the error for a closed connection; always false
    bool createSchema();
    bool insertSnapshot(const Snapshot& s, qint64 importId);
    /// Marks stored figures superseded by import `importId`, recording their statuses for undo;
    /// Error::Changed when one of them is no longer stored.
    bool markSuperseded(const QList<qint64>& ids, qint64 importId);
    /// Error::Changed's message: the store changed between a file's check and its write.
    static QString changedSinceCheck();
    /// Reads the names, sources, events, claims and the figures of some datasets or quantities
    /// (all with neither; with periods, those of the one dataset named), every figure of each
    /// quantity read, so that the plotting rule
    /// (PlottingRule::choose) chooses each quantity's plotted figure here: it is not stored.
    bool read(Snapshot* out, const QStringList& datasets, const QSet<QString>* quantities,
              const QStringList* periods = nullptr);
    /// Runs select ("SELECT … FROM observations ", the period its fourth column) for the
    /// quantities through the quantity index and calls row for each figure of one of them;
    /// false when row or the read fails.
    bool readQuantities(const QString& select, const QSet<QString>& quantities,
                        const std::function<bool(const QSqlQuery&)>& row);
    /// Sets the error of a failed read (damage where the engine says input/output); false.
    bool readFailed(const QSqlQuery& q);
    struct CarriedStatus
    {
        qint64 rowId = 0; ///< of the status_changes row
        QString dataset, series, period, region, sourceId;
        qint64 value = 0;
    };
    bool statusChangesOfBundled(QList<CarriedStatus>* out);
    bool carryStatusChanges(const QList<CarriedStatus>& carried);
    bool begin();
    bool rollback(Error e, const QString& message);
    bool commit();
    bool exec(const QString& sql);

    QString m_connection;
    QString m_path;
    Mode m_mode = Mode::ReadOnly;
    Error m_error = Error::None;
    QString m_errorString;
    std::unique_ptr<StoreEngine> m_engine;
    std::function<void()> m_onOthersChange;
    std::function<void()> m_beforeCommit;
};
