// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "core/catalog.h"
#include "core/figureyears.h"
#include "core/terms.h"
#include "itemmodels/figure.h"
#include "storage/csvexport.h"
#include "storage/store.h"
#include "storage/storelocation.h"

#include <QCommandLineParser>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

QTextStream& CommandLine::out()
{
    static QTextStream s(stdout);
    return s;
}

namespace {
/// Standard error with every control character but the line feed written as \xNN (C1 controls
/// as \u00NN): a message quoting a file's content or a file name cannot clear the screen, ring
/// the bell or move the cursor.
class EscapingStderr : public QIODevice
{
public:
    EscapingStderr() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        QByteArray out;
        out.reserve(size);
        for (qint64 i = 0; i < size; ++i) {
            const auto b = static_cast<unsigned char>(data[i]);
            if (m_lead) { // the byte after a UTF-8 0xC2
                m_lead = false;
                if (b >= 0x80 && b <= 0x9f) {
                    out += QStringLiteral("\\u%1").arg(int(b), 4, 16, QLatin1Char('0')).toLatin1();
                    continue;
                }
                out += char(0xc2);
            }
            if (b == 0xc2)
                m_lead = true;
            else if ((b < 0x20 && b != '\n') || b == 0x7f)
                out += QStringLiteral("\\x%1").arg(int(b), 2, 16, QLatin1Char('0')).toLatin1();
            else
                out += char(b);
        }
        if (!out.isEmpty() &&
            std::fwrite(out.constData(), 1, size_t(out.size()), stderr) != size_t(out.size()))
            return -1;
        std::fflush(stderr);
        return size;
    }

private:
    bool m_lead = false;
};
} // namespace

QTextStream& CommandLine::err()
{
    static EscapingStderr device;
    static QTextStream s(&device);
    return s;
}

bool CommandLine::flushOut()
{
    QTextStream& s = out();
    s.flush();
    auto* file = qobject_cast<QFileDevice*>(s.device());
    const bool fileFailed = file && file->error() != QFileDevice::NoError;
    const bool streamFailed = s.status() != QTextStream::Ok || std::fflush(stdout) != 0;
    if (!fileFailed && !streamFailed)
        return true;
    const QString why = fileFailed ? file->errorString() : QString();
    err()
        << (why.isEmpty()
                ? tr("crossings: the output could not be written; it is incomplete.")
                : tr("crossings: the output could not be written (%1); it is incomplete.").arg(why))
        << '\n';
    err().flush();
    s.resetStatus();
    if (file)
        file->unsetError();
    return false;
}

QStringList CommandLine::commands()
{
    return {QStringLiteral("data"),  QStringLiteral("export"), QStringLiteral("import"),
            QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("db")};
}

QList<CommandLine::Option> CommandLine::globalOptions()
{
    return {
        {{QStringLiteral("database")},
         QStringLiteral("FILE|URI"),
         QT_TR_NOOP("--database needs a file name")},
        {{QStringLiteral("lang")},
         QStringLiteral("en|ko"),
         QT_TR_NOOP("--lang needs a language: en or ko")},
        {{QStringLiteral("present")},
         QStringLiteral("FIGURE"),
         QT_TR_NOOP("--present needs a figure: arrivals, trade or destinations")},
        {{QStringLiteral("h"), QStringLiteral("help")}, {}, nullptr},
        {{QStringLiteral("v"), QStringLiteral("version")}, {}, nullptr},
    };
}

QList<CommandLine::Option> CommandLine::commandOptions(const QString& command)
{
    // data, audit and verify: one --format, one message when its value is missing.
    const Option csvOrText{{QStringLiteral("format")},
                           QStringLiteral("csv|text"),
                           QT_TR_NOOP("--format needs a format: csv or text")};
    if (command == QLatin1String("data") || command == QLatin1String("audit") ||
        command == QLatin1String("verify"))
        return {csvOrText};
    if (command == QLatin1String("import"))
        return {{{QStringLiteral("dry-run")}, {}, nullptr},
                {{QStringLiteral("undo")}, {}, nullptr}};
    if (command == QLatin1String("export"))
        return {
            {{QStringLiteral("o"), QStringLiteral("output")},
             QStringLiteral("FILE"),
             QT_TR_NOOP("-o needs a file name ending in .png, .pdf or .svg")},
            {{QStringLiteral("output-dir")},
             QStringLiteral("DIR"),
             QT_TR_NOOP("--output-dir needs a folder")},
            {{QStringLiteral("size")},
             QStringLiteral("SIZE"),
             QT_TR_NOOP("--size needs a size, e.g. 1920x1080")},
            {{QStringLiteral("dpi")},
             QStringLiteral("N"),
             QT_TR_NOOP("--dpi needs a number, e.g. 300")},
            {{QStringLiteral("theme")},
             QStringLiteral("THEME"),
             QT_TR_NOOP("--theme needs a theme: light, dark, contrast or print")},
            {{QStringLiteral("format")},
             QStringLiteral("png,pdf,svg"),
             QT_TR_NOOP("--format needs a format: png, pdf or svg")},
            {{QStringLiteral("view")},
             QStringLiteral("VIEW"),
             QT_TR_NOOP("--view needs a view: overview, asylum, us-arrivals or over-time")},
            {{QStringLiteral("like")},
             QStringLiteral("OLD_FILE"),
             QT_TR_NOOP("--like needs a file exported by Crossings (PNG, PDF or SVG)")},
            {{QStringLiteral("years")},
             QStringLiteral("FROM-TO|all"),
             QT_TR_NOOP("--years needs a range of years, e.g. 1998-2022, or \"all\"")},
            {{QStringLiteral("briefing")},
             QStringLiteral("FILE.pdf"),
             QT_TR_NOOP("--briefing needs a file name ending in .pdf")},
            {{QStringLiteral("paper")},
             QStringLiteral("a4|letter"),
             QT_TR_NOOP("--paper needs a paper size: a4 or letter")},
            {{QStringLiteral("all")}, {}, nullptr},
        };
    return {}; // db: only its action
}

namespace {
/// An unknown option as it was typed ("--colour", "-x", "--colour=red"), from its name.
QString typedOption(const QStringList& arguments, const QString& name)
{
    for (const QString& a : arguments.mid(1)) {
        const QString bare = a.section(QLatin1Char('='), 0, 0);
        if (bare == QStringLiteral("--") + name || bare == QStringLiteral("-") + name)
            return a;
    }
    return QStringLiteral("--") + name;
}

/// argv parsed with the global options only: the command's options are not known yet, so
/// errors are ignored (the second pass, with the command's options, reports them).
QStringList globalPositional(const QStringList& arguments, QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const CommandLine::Option& o : CommandLine::globalOptions())
        parser.addOption(QCommandLineOption(o.names, QString(), o.valueName));
    parser.parse(arguments);
    return parser.positionalArguments();
}
} // namespace

QString CommandLine::commandIn(const QStringList& arguments)
{
    QCommandLineParser parser;
    return globalPositional(arguments, parser).value(0);
}

bool CommandLine::asksForInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    globalPositional(arguments, parser);
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"));
}

QString CommandLine::languageIn(const QStringList& arguments)
{
    QCommandLineParser parser;
    globalPositional(arguments, parser);
    return parser.value(QStringLiteral("lang"));
}

int CommandLine::parse(QCommandLineParser& parser, const QString& command,
                       const QStringList& arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<Option> options = globalOptions() + commandOptions(command);
    for (const Option& o : options)
        parser.addOption(QCommandLineOption(o.names, QString(), o.valueName));
    const bool parsed = parser.parse(arguments);
    if (!parser.unknownOptionNames().isEmpty() && !command.isEmpty()) {
        const QString typed = typedOption(arguments, parser.unknownOptionNames().constFirst());
        return usageError(tr("unknown option \"%1\" for %2").arg(typed, command));
    }
    // A value missing (the option last in argv) or empty (--format=): the option's own message.
    for (const Option& o : options) {
        if (o.valueName.isEmpty() || !parser.isSet(o.names.constFirst()))
            continue;
        const QStringList values = parser.values(o.names.constFirst());
        if (values.isEmpty() || values.contains(QString()))
            return usageError(tr(o.missing));
    }
    if (!parsed && !command.isEmpty())
        return usageError(parser.errorText()); // e.g. a value given to a switch: --all=yes
    return -1;
}

int CommandLine::usageError(const QString& message)
{
    err() << tr("crossings: %1").arg(message) << '\n'
          << tr("Run \"crossings --help\" for the commands and options.") << '\n';
    err().flush();
    return BadArguments;
}

QString CommandLine::helpText()
{
    return tr(
        "Usage: crossings [--lang en|ko] [--database FILE|URI] [--present FIGURE] [COMMAND]\n"
        "\n"
        "Crossings: statistics of North Korean defectors, every figure with its source.\n"
        "Without a command, opens the window.\n"
        "\n"
        "Commands:\n"
        "  data arrivals|trade|destinations|events|sources [--format csv|text]\n"
        "        Print a dataset on standard output, one row per figure, with its period,\n"
        "        value, unit, status and source; plotted figures and alternatives alike.\n"
        "  export arrivals|trade|destinations -o FILE [--lang en|ko] [--size SIZE] [--dpi N]\n"
        "         [--theme light|dark|contrast|print] [--years FROM-TO|all]\n"
        "         [--view overview|asylum|us-arrivals|over-time]  (destinations)\n"
        "  export --all --output-dir DIR [--lang en|ko|both] [--format png,pdf,svg]\n"
        "         [--years FROM-TO|all]\n"
        "        Write a figure as PNG, PDF or SVG (chosen by FILE's extension; for --all\n"
        "        by --format, a list, PNG by default).\n"
        "        --size: WxH in pixels (1920x1080) or a preset: 16:9, 4:3, a4-landscape,\n"
        "        a4-portrait. --dpi: dots per inch of a PNG (300 for print).\n"
        "        --years: the years drawn, e.g. 1998-2022, within the figure's data, or all.\n"
        "        Default: arrivals from 1998 to the latest published year, trade 2019-2021.\n"
        "        Destinations have no range of years.\n"
        "  export --like OLD_FILE -o FILE\n"
        "        Draw an exported figure again on today's data, with the same language,\n"
        "        years, size, theme and preset.\n"
        "  export --briefing FILE.pdf [--lang en|ko] [--years FROM-TO|all] [--paper a4|letter]\n"
        "        A briefing pack: a title page, each figure with the table of its values,\n"
        "        the caveats, the audit summary and every source with its locator.\n"
        "  import FILE [--dry-run]\n"
        "        Check a CSV file of figures and sources (docs/IMPORT.md), show what it adds,\n"
        "        changes and conflicts with, then add it in one transaction.\n"
        "  import --undo\n"
        "        Take back the last import.\n"
        "  audit [--format csv|text]\n"
        "        Check the sources' claims against the data.\n"
        "  verify FILE... [--format text|csv]\n"
        "        Say whether exported figures (PNG, PDF, SVG) are still current: which\n"
        "        values changed since, with their new source. Exit status 3: some are\n"
        "        outdated; 1: a file could not be read or carries no provenance.\n"
        "  db init|status|migrate\n"
        "        Set up a store (a team store on a PostgreSQL server: schema, bundled data,\n"
        "        the roles crossings_reader and crossings_editor), show what it holds and\n"
        "        what you may do, or upgrade it to this version (docs/TEAM.md).\n"
        "\n"
        "Options:\n"
        "  --database FILE   use this database instead of the user's store\n"
        "  --database postgresql://[user@][host][:port]/dbname[?host=/socket/dir&sslmode=…]\n"
        "                    use a team store (password from PGPASSWORD or ~/.pgpass);\n"
        "                    also from CROSSINGS_DATABASE\n"
        "  --lang en|ko      language of this run\n"
        "  --present arrivals|trade|destinations\n"
        "                    open the window presenting this figure full screen (F5)\n"
        "  --help            show this help\n"
        "  --version         show the version\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 bad arguments.\n");
}

bool CommandLine::openStore(Store& store, bool writable)
{
    if (!m_database.isEmpty()) {
        if (store.open(m_database, writable ? Store::Mode::ReadWrite : Store::Mode::ReadOnly))
            return true;
    } else if (store.open(Store::defaultPath(), Store::Mode::CreateIfMissing)) {
        return true;
    }
    err() << tr("crossings: %1").arg(store.errorString()) << '\n';
    if (!m_database.isEmpty() && !store.isTeamStore())
        err() << tr("The file was not changed.") << '\n';
    err().flush();
    return false;
}

bool CommandLine::storeFailed(const Store& store)
{
    err() << tr("crossings: %1").arg(store.errorString()) << '\n';
    err().flush();
    return false;
}

bool CommandLine::openCatalog(Store& store, Catalog& catalog, const QStringList& datasets)
{
    if (!openStore(store, false))
        return false;
    if (catalog.reload(store, datasets))
        return true;
    return storeFailed(store);
}

bool CommandLine::openCatalog(Store& store, Catalog& catalog, FigureKind figure)
{
    const auto dataset = Datasets::fromName(Figure::name(figure));
    if (!dataset || !FigureYears::hasYears(Figure::name(figure)))
        return openCatalog(store, catalog, Figure::datasets(figure));
    if (!openStore(store, false))
        return false;
    catalog.setSource(&store);
    if (catalog.requirePeriods(*dataset))
        return true;
    return storeFailed(store);
}

bool CommandLine::readFigure(Store& store, Catalog& catalog, FigureKind figure,
                             const FigureOptions& options)
{
    if (Figure::require(figure, &catalog, options))
        return true;
    return storeFailed(store);
}

int CommandLine::run(const QStringList& arguments)
{
    // First pass: the global options and the command's name; the command's own options are
    // known only once its name is.
    QCommandLineParser global;
    if (const int code = parse(global, QString(), arguments); code >= 0)
        return code;
    const QString lang = global.value(QStringLiteral("lang"));
    if (global.isSet(QStringLiteral("lang")) && lang != QLatin1String("en") &&
        lang != QLatin1String("ko") && lang != QLatin1String("both"))
        return usageError(tr("unknown language \"%1\" (expected en or ko)").arg(lang));
    if (global.isSet(QStringLiteral("present"))) {
        const QString present = global.value(QStringLiteral("present"));
        if (!Datasets::fromName(present))
            return usageError(tr("unknown figure \"%1\" (expected arrivals, trade or destinations)")
                                  .arg(present));
        m_present = present;
    }
    if (global.isSet(QStringLiteral("version")) && !global.isSet(QStringLiteral("help"))) {
        out() << QStringLiteral("crossings %1\n").arg(QStringLiteral(CROSSINGS_VERSION));
        return finishOut();
    }
    if (global.isSet(QStringLiteral("help"))) {
        out() << helpText();
        return finishOut();
    }
    m_database = global.value(QStringLiteral("database"));
    // No --database: CROSSINGS_DATABASE, then the setting (a team sets its store once).
    if (m_database.isEmpty())
        m_database = qEnvironmentVariable("CROSSINGS_DATABASE");
    if (m_database.isEmpty())
        m_database = QSettings().value(QStringLiteral("database/location")).toString();
    if (StoreLocation::isServer(m_database)) {
        StoreLocation location;
        QString why;
        if (!StoreLocation::parse(m_database, &location, &why))
            return usageError(why);
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        // Only global options: the window opens, unless something else was given.
        if (!global.unknownOptionNames().isEmpty())
            return usageError(
                tr("unknown option \"%1\"")
                    .arg(typedOption(arguments, global.unknownOptionNames().constFirst())));
        if (lang == QLatin1String("both"))
            return usageError(tr("--lang both is only for \"export --all\""));
        return -1;
    }
    const QString command = positional.first();
    if (!m_present.isEmpty())
        return usageError(tr("--present opens the window; it takes no command"));
    if (!commands().contains(command))
        return usageError(
            tr("unknown command \"%1\" (expected data, export, import, audit, verify or db)")
                .arg(command));
    // Second pass: the global options and the command's.
    QCommandLineParser parser;
    if (const int code = parse(parser, command, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments().mid(1);
    if (command == QLatin1String("data"))
        return runData(parser, args);
    if (command == QLatin1String("export"))
        return runDrawing(s_export, parser, args);
    if (command == QLatin1String("import"))
        return runImport(parser, args);
    if (command == QLatin1String("audit"))
        return runAudit(parser, args);
    if (command == QLatin1String("verify"))
        return runDrawing(s_verify, parser, args);
    return runDb(parser, args);
}

CommandLine::Command CommandLine::s_export = nullptr;
CommandLine::Command CommandLine::s_verify = nullptr;

int CommandLine::runDrawing(Command command, const QCommandLineParser& parser,
                            const QStringList& args)
{
    if (command)
        return (this->*command)(parser, args);
    // Only when crossings-gui is missing and this program was asked to draw anyway.
    err() << tr("crossings: this command draws figures, which the program crossings-gui does; "
                "it is not installed beside crossings")
          << '\n';
    return Failure;
}

int CommandLine::runData(const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() > 1)
        return usageError(tr("unexpected argument \"%1\"").arg(args.at(1)));
    const QString dataset = args.value(0);
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format"))
                               : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("text"))
        return usageError(tr("unknown format \"%1\" (expected csv or text)").arg(format));
    const QStringList datasets =
        Datasets::names() + QStringList{QStringLiteral("events"), QStringLiteral("sources")};
    if (dataset.isEmpty())
        return usageError(tr("data needs a dataset: %1").arg(datasets.join(QStringLiteral(", "))));
    if (!datasets.contains(dataset))
        return usageError(tr("unknown dataset \"%1\" (expected %2)")
                              .arg(dataset, datasets.join(QStringLiteral(", "))));
    Store store;
    Catalog catalog;
    // A dataset's figures are all `data` needs of them (sources and events list everything).
    const bool figures = dataset != QLatin1String("sources") && dataset != QLatin1String("events");
    if (!openCatalog(store, catalog, figures ? QStringList{dataset} : QStringList()))
        return Failure;
    QString csv;
    // The texts are in the run's language (--lang): a Korean run prints the Korean notes and
    // locators in the note and locator columns, as it prints Korean period labels. An English
    // CSV carries both languages (note_ko, locator_ko), the text table only the English.
    const CsvExport::Layout layout =
        format == QLatin1String("text") || catalog.language() == Language::Korean
            ? CsvExport::Layout::Reading
            : CsvExport::Layout::Data;
    if (dataset == QLatin1String("sources"))
        csv = CsvExport::sources(catalog, layout);
    else if (dataset == QLatin1String("events"))
        csv = CsvExport::events(catalog, layout);
    else
        csv = CsvExport::observations(catalog, dataset, layout);
    if (format == QLatin1String("text"))
        csv = CsvExport::toText(csv);
    out() << csv;
    return finishOut();
}
