// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"
#include "datasetreader.h"
#include "records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

/// Everything the store holds, read in one go.
struct Snapshot
{
    Vocabulary vocabulary;
    QHash<QString, Source> sources;
    QList<Observation> observations; ///< ordered by dataset, series, period end, id
    QList<TimelineEvent> events;
    QList<Claim> claims; ///< the sources' checkable statements (claims.csv)
};

/// One import as the store records it (File → Undo last import, `crossings import --undo`).
struct ImportRecord
{
    qint64 id = 0;
    QString file;          ///< the imported file's name, as given
    QDateTime importedAt;  ///< UTC
    int observations = 0;  ///< figures it added
    int sources = 0;       ///< sources it added
    int statusChanges = 0; ///< stored figures it marked superseded
};

/// What one import writes, in one transaction (built by ImportPlan).
struct ImportBatch
{
    QString file;
    QList<Source> sources;           ///< new sources
    QList<Observation> observations; ///< new figures
    QList<qint64> supersede;         ///< stored figures an import corrects: marked superseded
    QString expectedState;           ///< Store::stateToken() the plan was made on; empty: unchecked
};

/// The SQLite store: schema and migrations, integrity checks, first-run seeding from the bundled
/// CSV dataset, and every query of the application. The only class that speaks SQL.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    enum class Mode {
        ReadOnly,        ///< an existing file, never written (command-line reports)
        ReadWrite,       ///< an existing file (imports)
        CreateIfMissing, ///< the user's store: created and seeded when missing
    };
    enum class Error { None, Missing, NotADatabase, Corrupt, NewerSchema, Locked, ReadOnly, Io, BadBundledData,
                       Changed,       ///< the store changed between an import's preview and its apply
                       NothingToUndo };

    static constexpr int SchemaVersion = 3;
    /// PRAGMA application_id of a Crossings store ("CRSS"): set when a store is created, and on
    /// the first writable open of a store made before it was; any other SQLite file is refused.
    static constexpr quint32 ApplicationId = 0x43525353;

    Store();
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// The default location: <AppDataLocation>/crossings.sqlite.
    static QString defaultPath();

    bool open(const QString& path, Mode mode);
    /// An in-memory store seeded from the bundled dataset (tests, benchmarks).
    bool openInMemory();
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    bool load(Snapshot* out);

    /// Replaces the bundled rows (import_id 0) by the given dataset, keeping imported rows.
    bool seed(const Snapshot& bundled, const QByteArray& checksum);

    /// Reads the dataset bundled in the resources into a snapshot; issues go to *issues.
    static bool readBundled(Snapshot* out, QList<ValidationIssue>* issues, QByteArray* checksum);

    /// Writes an import in one transaction: its sources, its figures, the superseded marks (with
    /// the old statuses kept for undo), then the plotted figures. All or nothing.
    bool applyImport(const ImportBatch& batch, qint64* importId = nullptr);
    /// The newest import not undone; false with error() None when there is none.
    bool lastImport(ImportRecord* out);
    /// Removes the newest import's figures and sources and restores the statuses it changed.
    bool undoLastImport(ImportRecord* undone = nullptr);
    /// Changes whenever figures, statuses or imports change (checked by applyImport).
    QString stateToken();

    /// Test hook: when this environment variable names a file, applyImport creates that file
    /// inside its transaction, before committing, and waits a minute (tests kill it there).
    static constexpr const char* PauseInImportVariable = "CROSSINGS_TEST_PAUSE_IN_IMPORT";

    /// Chooses, for every quantity, the one figure to plot (see docs/DATA-FORMAT.md).
    static void choosePlotted(QList<Observation>* observations, const QHash<QString, Source>& sources);

    /// The named Qt SQL connection, for the data layer's own classes.
    QString connectionName() const { return m_connection; }

private:
    bool openFile(const QString& path, Mode mode);
    bool openMemory();
    bool connectTo(const QString& file, bool readOnly);
    bool openRecoveredCopy(const QString& path);
    bool fail(Error e, const QString& message);
    bool createSchema();
    bool migrate(int from);
    bool migrateToSchema3(); ///< schema 2 → 3
    bool checkIntegrity();
    bool insertSnapshot(const Snapshot& s, qint64 importId);
    bool updatePlotted();
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
    Error m_error = Error::None;
    QString m_errorString;
    std::unique_ptr<QTemporaryDir>
        m_recovered; ///< a rolled-back copy read instead of a hot journal
};
