// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class Catalog;
enum class FigureKind;
struct FigureOptions;
class QCommandLineParser;
class QTextStream;
class Store;

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
    /// Whether argv asks for the help or the version (-h, --help, -v, --version, -help, …).
    static bool asksForInfo(const QStringList& arguments);
    /// The value of --lang in argv, or empty.
    static QString languageIn(const QStringList& arguments);

    /// Runs argv's subcommand (or --help/--version); returns the exit code. -1: open the window.
    int run(const QStringList& arguments);

    /// An option the command line accepts: its names without dashes ("o", "output"), the name
    /// of its value (empty: a switch) and the message when the value is missing or empty.
    struct Option
    {
        QStringList names;
        QString valueName;
        const char* missing = nullptr; ///< QT_TR_NOOP in CommandLine's context
    };
    /// The options every command and the window accept (--database, --lang, --help, --version).
    static QList<Option> globalOptions();
    /// The options of one command (data, export, …), without the global ones: with
    /// globalOptions() the one table the parser (QCommandLineParser) is built from.
    static QList<Option> commandOptions(const QString& command);
    /// What `--help` prints (hand-written for its examples and presets; tst_cli checks that it
    /// names every option of commandOptions()).
    static QString helpText();

    /// The database chosen with --database, else CROSSINGS_DATABASE, else the setting
    /// "database/location", after run() parsed it (GUI start-up); empty: the user's own store.
    QString databasePath() const { return m_database; }
    /// The figure named with --present (the window opens presenting it), or empty.
    QString presentFigure() const { return m_present; }
    /// `export` and `verify` draw figures with Qt's GUI libraries, which only the drawing program
    /// (crossings-gui, see CliProgram) links: it enables them with this (exportcommand.cpp).
    /// Without it they are refused.
    static void enableDrawingCommands();

private:
public:
    // Shared by the subcommands (each in its own file: exportcommand.cpp, importcommand.cpp,
    // auditcommand.cpp).
    int usageError(const QString& message);
    bool openStore(Store& store, bool writable);
    /// Says the store's error on standard error ("crossings: …"); always false.
    static bool storeFailed(const Store& store);
    /// Opens the store read-only and loads its catalog (the briefing, data, export, audit and
    /// verify commands): false when either fails, the reason said on standard error.
    /// Opens the store and loads it: with datasets named, only their figures.
    bool openCatalog(Store& store, Catalog& catalog, const QStringList& datasets = {});
    /// Opens the store for one figure: what its years are computed from when it has years
    /// (Catalog::requirePeriods), else its datasets. Then, with its options known,
    /// readFigure() reads what it shows (issue 23). False when either fails, the reason said.
    bool openCatalog(Store& store, Catalog& catalog, FigureKind figure);
    bool readFigure(Store& store, Catalog& catalog, FigureKind figure,
                    const FigureOptions& options);
    static QTextStream& out();
    static QTextStream& err();
    /// Flushes standard output; when it cannot be written (a full disk, /dev/full, a closed
    /// pipe) says so on standard error and returns false: the command then exits with Failure.
    static bool flushOut();
    /// flushOut() as an exit code: Success, or Failure when standard output failed.
    static int finishOut() { return flushOut() ? Success : Failure; }

private:
    /// Builds `parser` from the global options and `command`'s and parses argv with it; -1 when
    /// the arguments parse, else the exit code of the usage error said (unknown option, missing
    /// value). An empty `command`: only the global options, errors left to the second pass.
    int parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments);
    // Each gets the parser with its options parsed and its positional arguments (after the
    // command's name).
    int runData(const QCommandLineParser& parser, const QStringList& args);
    int runExport(const QCommandLineParser& parser, const QStringList& args);
    int runImport(const QCommandLineParser& parser, const QStringList& args);
    int runAudit(const QCommandLineParser& parser, const QStringList& args);
    int runVerify(const QCommandLineParser& parser, const QStringList& args);
    int runDb(const QCommandLineParser& parser, const QStringList& args);
    int exportLike(const QString& like, const QString& output, const QString& figureName,
                   bool otherOptions);
    /// export --briefing FILE (briefingcommand.cpp).
    int exportBriefing(const QString& output, const QString& language, const QString& years,
                       const QString& paper, bool otherOptions);
    /// Draws a briefing pack and writes it atomically: Success or Failure (the reason said).
    int writeBriefing(const struct BriefingOptions& options, const QString& output);

    using Command = int (CommandLine::*)(const QCommandLineParser&, const QStringList&);
    /// What enableDrawingCommands() sets: runExport and runVerify, or null.
    static Command s_export;
    static Command s_verify;
    int runDrawing(Command command, const QCommandLineParser& parser, const QStringList& args);

    QString m_database;
    QString m_present; ///< --present FIGURE: the window opens presenting it
};
