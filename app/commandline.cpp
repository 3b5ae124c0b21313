// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "languagescope.h"

#include "catalog.h"
#include "csvexport.h"
#include "store.h"
#include "storelocation.h"

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
    return {QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("import"),
            QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("db")};
}

QString CommandLine::commandIn(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--database") || a == QLatin1String("--lang") ||
            a == QLatin1String("--present")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a;
    }
    return {};
}

QString CommandLine::languageIn(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

int CommandLine::usageError(const QString& message)
{
    err() << tr("crossings: %1").arg(message) << '\n'
          << tr("Run \"crossings --help\" for the commands and options.") << '\n';
    err().flush();
    return BadArguments;
}

QString CommandLine::helpText() const
{
    return tr("Usage: crossings [--lang en|ko] [--database FILE|URI] [--present FIGURE] [COMMAND]\n"
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

int CommandLine::run(const QStringList& arguments)
{
    QStringList rest;
    bool help = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        auto value = [&](const QString& name, QString* target) {
            if (a == name) {
                if (i + 1 >= arguments.size())
                    return -1;
                *target = arguments.at(++i);
                return 1;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *target = a.mid(name.size() + 1);
                return 1;
            }
            return 0;
        };
        QString lang;
        int r = value(QStringLiteral("--database"), &m_database);
        if (r < 0)
            return usageError(tr("--database needs a file name"));
        if (r > 0) {
            if (m_database.isEmpty())
                return usageError(tr("--database needs a file name"));
            continue;
        }
        QString present;
        r = value(QStringLiteral("--present"), &present);
        if (r < 0)
            return usageError(tr("--present needs a figure: arrivals, trade or destinations"));
        if (r > 0) {
            const QStringList figures = {QStringLiteral("arrivals"), QStringLiteral("trade"),
                                         QStringLiteral("destinations")};
            if (!figures.contains(present))
                return usageError(
                    tr("unknown figure \"%1\" (expected arrivals, trade or destinations)")
                        .arg(present));
            m_present = present;
            continue;
        }
        r = value(QStringLiteral("--lang"), &lang);
        if (r < 0)
            return usageError(tr("--lang needs a language: en or ko"));
        if (r > 0) {
            const bool both = lang == QLatin1String("both");
            if (lang != QLatin1String("en") && lang != QLatin1String("ko") && !both)
                return usageError(tr("unknown language \"%1\" (expected en or ko)").arg(lang));
            rest << QStringLiteral("--lang") << lang;
            continue;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out() << QStringLiteral("crossings %1\n").arg(QStringLiteral(CROSSINGS_VERSION));
            return finishOut();
        }
        rest << a;
    }
    if (help) {
        out() << helpText();
        return finishOut();
    }
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
    QStringList positional;
    for (int i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!rest.at(i).startsWith(QLatin1Char('-'))) {
            positional << rest.at(i);
            break;
        }
    }
    if (positional.isEmpty()) {
        // Only global options: the window opens, unless something else was given.
        for (int i = 0; i < rest.size(); ++i) {
            if (rest.at(i) == QLatin1String("--lang")) {
                if (rest.value(i + 1) == QLatin1String("both"))
                    return usageError(tr("--lang both is only for \"export --all\""));
                ++i;
                continue;
            }
            return usageError(tr("unknown option \"%1\"").arg(rest.at(i)));
        }
        return -1;
    }
    const QString command = positional.first();
    if (!m_present.isEmpty())
        return usageError(tr("--present opens the window; it takes no command"));
    QStringList args = rest;
    args.removeOne(command);
    if (command == QLatin1String("data"))
        return runData(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("audit"))
        return runAudit(args);
    if (command == QLatin1String("verify"))
        return runVerify(args);
    if (command == QLatin1String("db"))
        return runDb(args);
    return usageError(tr("unknown command \"%1\" (expected data, export, import, audit, verify or db)").arg(command));
}

int CommandLine::runData(const QStringList& args)
{
    QString dataset;
    QString format = QStringLiteral("csv");
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--lang")) {
            ++i;
        } else if (a == QLatin1String("--format") || a.startsWith(QLatin1String("--format="))) {
            format = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            if (format != QLatin1String("csv") && format != QLatin1String("text"))
                return usageError(tr("unknown format \"%1\" (expected csv or text)").arg(format));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(tr("unknown option \"%1\" for data").arg(a));
        } else if (dataset.isEmpty()) {
            dataset = a;
        } else {
            return usageError(tr("unexpected argument \"%1\"").arg(a));
        }
    }
    const QStringList datasets = {QStringLiteral("arrivals"), QStringLiteral("trade"),
                                  QStringLiteral("destinations"), QStringLiteral("events"),
                                  QStringLiteral("sources")};
    if (dataset.isEmpty())
        return usageError(tr("data needs a dataset: %1").arg(datasets.join(QStringLiteral(", "))));
    if (!datasets.contains(dataset))
        return usageError(tr("unknown dataset \"%1\" (expected %2)")
                              .arg(dataset, datasets.join(QStringLiteral(", "))));
    Store store;
    if (!openStore(store, false))
        return Failure;
    Catalog catalog;
    if (!catalog.reload(store)) {
        err() << tr("crossings: %1").arg(store.errorString()) << '\n';
        return Failure;
    }
    QString csv;
    // The texts are in the run's language (--lang): a Korean run prints the Korean notes and
    // locators in the note and locator columns, as it prints Korean period labels. An English
    // CSV carries both languages (note_ko, locator_ko), the text table only the English.
    const bool korean = LanguageScope::current() == QLatin1String("ko");
    const CsvExport::Layout layout = format == QLatin1String("text") || korean
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
