// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

/// The command-line contract: `crossings data|export|import|audit …`, `--help`, `--version`.
/// Exit codes: 0 success, 1 failure (unreadable database, unwritable file), 2 bad arguments.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Outdated: `verify` found an exported figure whose figures have changed since.
    enum ExitCode { Success = 0, Failure = 1, BadArguments = 2, Outdated = 3 };

    /// The subcommands that run without a window.
    static QStringList commands();
    /// The subcommand named in argv, or empty when the window should open.
    static QString commandIn(const QStringList& arguments);
    /// The value of --lang in argv, or empty.
    static QString languageIn(const QStringList& arguments);

    /// Runs argv's subcommand (or --help/--version); returns the exit code. -1: open the window.
    int run(const QStringList& arguments);

    /// The database chosen with --database, else CROSSINGS_DATABASE, else the setting
    /// "database/location", after run() parsed it (GUI start-up); empty: the user's own store.
    QString databasePath() const { return m_database; }
    /// The figure named with --present (the window opens presenting it), or empty.
    QString presentFigure() const { return m_present; }

private:
public:
    // Shared by the subcommands (each in its own file: exportcommand.cpp, importcommand.cpp,
    // auditcommand.cpp).
    int usageError(const QString& message);
    bool openStore(class Store& store, bool writable);
    static QTextStream& out();
    static QTextStream& err();
    /// Flushes standard output; when it cannot be written (a full disk, /dev/full, a closed
    /// pipe) says so on standard error and returns false: the command then exits with Failure.
    static bool flushOut();
    /// flushOut() as an exit code: Success, or Failure when standard output failed.
    static int finishOut() { return flushOut() ? Success : Failure; }

private:
    int runData(const QStringList& args);
    int runExport(const QStringList& args);
    int runImport(const QStringList& args);
    int runAudit(const QStringList& args);
    int runVerify(const QStringList& args);
    int runDb(const QStringList& args);
    int exportLike(const QString& like, const QString& output, const QString& figureName,
                   bool otherOptions);
    /// export --briefing FILE (briefingcommand.cpp).
    int exportBriefing(const QString& output, const QString& language, const QString& years,
                       const QString& paper, bool otherOptions);
    /// Draws a briefing pack and writes it atomically: Success or Failure (the reason said).
    int writeBriefing(const struct BriefingOptions& options, const QString& output);
    QString helpText() const;

    QString m_database;
    QString m_present;
    QString m_format;
    QStringList m_options; ///< the raw per-command options, validated by each command
};
