// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"
#include "datasetreader.h"
#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// Everything the store holds, read in one go.
struct Snapshot
{
    Vocabulary vocabulary;
    QHash<QString, Source> sources;
    QList<Observation> observations; ///< ordered by dataset, series, period end, id
    QList<TimelineEvent> events;
    QList<Claim> claims; ///< the sources' checkable statements (claims.csv)
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
    enum class Error { None, Missing, NotADatabase, Corrupt, NewerSchema, Locked, ReadOnly, Io, BadBundledData };

    static constexpr int SchemaVersion = 2;

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

    /// Chooses, for every quantity, the one figure to plot (see docs/DATA-FORMAT.md).
    static void choosePlotted(QList<Observation>* observations, const QHash<QString, Source>& sources);

    /// The named Qt SQL connection, for the data layer's own classes.
    QString connectionName() const { return m_connection; }

private:
    bool openFile(const QString& path, Mode mode);
    bool openMemory();
    bool fail(Error e, const QString& message);
    bool createSchema();
    bool migrate(int from);
    bool checkIntegrity();
    bool insertSnapshot(const Snapshot& s, qint64 importId);
    bool updatePlotted();
    bool exec(const QString& sql);

    QString m_connection;
    QString m_path;
    Error m_error = Error::None;
    QString m_errorString;
};
