// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "commandline.h"
#include "core/csvreader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// Runs the crossings binary as a user would.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exitCodes_data();
    void exitCodes();
    void arrivalsWithSources();
    void datasetsHaveTheirColumns_data();
    void datasetsHaveTheirColumns();
    void textFormat();
    void badDatabaseIsLeftUntouched_data();
    void badDatabaseIsLeftUntouched();
    void missingDatabaseIsNotCreated();
    void helpNamesEveryOption_data();
    void helpNamesEveryOption();
    void programForEachCommand_data();
    void programForEachCommand();

private:
    using Result = TestSupport::CliResult;
    Result run(const QStringList& args);
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_Cli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

tst_Cli::Result tst_Cli::run(const QStringList& args)
{
    return TestSupport::CliRunner(m_home->path()).run(args);
}

void tst_Cli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stdoutMatch");
    QTest::addColumn<QString>("stderrMatch");
    QTest::newRow("version") << QStringList{"--version"} << 0 << "^crossings \\d+\\.\\d+\\.\\d+\\n$"
                             << "";
    QTest::newRow("help") << QStringList{"--help"} << 0 << "Usage: crossings"
                          << "";
    QTest::newRow("help lists data")
        << QStringList{"--help"} << 0 << "data arrivals\\|trade\\|destinations\\|events\\|sources"
        << "";
    // Issue 19.9: the size presets and --all's --format were missing from the help.
    QTest::newRow("help lists the size presets")
        << QStringList{"--help"} << 0 << "16:9, 4:3, a4-landscape,\\s+a4-portrait"
        << "";
    QTest::newRow("help lists --format of --all")
        << QStringList{"--help"} << 0 << "--all --output-dir DIR .*\\[--format png,pdf,svg\\]"
        << "";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "^$"
                                     << "unknown command \"frobnicate\"";
    QTest::newRow("unknown dataset") << QStringList{"data", "refugees"} << 2 << "^$"
                                     << "unknown dataset \"refugees\"";
    QTest::newRow("data without dataset") << QStringList{"data"} << 2 << "^$"
                                          << "data needs a dataset";
    QTest::newRow("unknown option") << QStringList{"data", "arrivals", "--colour"} << 2 << "^$"
                                    << "unknown option \"--colour\"";
    QTest::newRow("unknown global option") << QStringList{"--frob"} << 2 << "^$"
                                           << "unknown option \"--frob\"";
    QTest::newRow("bad format") << QStringList{"data", "trade", "--format", "xml"} << 2 << "^$"
                                << "unknown format \"xml\"";
    QTest::newRow("bad language") << QStringList{"--lang", "fr", "data", "trade"} << 2 << "^$"
                                  << "unknown language \"fr\"";
    QTest::newRow("database without file")
        << QStringList{"data", "trade", "--database"} << 2 << "^$"
        << "--database needs a file name";
    QTest::newRow("extra argument") << QStringList{"data", "trade", "events"} << 2 << "^$"
                                    << "unexpected argument \"events\"";
    // Issue 22.4: a bare --format got "unknown format """ from data and "--format needs a
    // format" from audit; one parser (QCommandLineParser), one message.
    const QString bareFormat = QStringLiteral("^crossings: --format needs a format: csv or text\n");
    QTest::newRow("data --format")
        << QStringList{"data", "trade", "--format"} << 2 << "^$" << bareFormat;
    QTest::newRow("data --format=")
        << QStringList{"data", "trade", "--format="} << 2 << "^$" << bareFormat;
    QTest::newRow("audit --format") << QStringList{"audit", "--format"} << 2 << "^$" << bareFormat;
    QTest::newRow("verify --format")
        << QStringList{"verify", "a.png", "--format"} << 2 << "^$" << bareFormat;
    QTest::newRow("options between the command and its argument")
        << QStringList{"data", "--format", "text", "trade"} << 0 << "^dataset  "
        << "^$";
    QTest::newRow("switch with a value") << QStringList{"import", "--undo=yes"} << 2 << "^$"
                                         << "--undo";
    QTest::newRow("data ok") << QStringList{"data", "events"} << 0 << "^id,period,text_en,text_ko"
                             << "^$";
}

void tst_Cli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stdoutMatch);
    QFETCH(QString, stderrMatch);
    const Result r = run(args);
    QCOMPARE(r.code, code);
    if (!stdoutMatch.isEmpty())
        QVERIFY2(QRegularExpression(stdoutMatch).match(r.out).hasMatch(),
                 qPrintable(r.out.left(300)));
    if (!stderrMatch.isEmpty())
        QVERIFY2(QRegularExpression(stderrMatch).match(r.err).hasMatch(), qPrintable(r.err));
}

void tst_Cli::helpNamesEveryOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("names");
    // The parser's table (CommandLine::commandOptions) is the one list of options; the help is
    // written by hand for its examples, so each option the parser takes must appear in it.
    for (const QString& command : CommandLine::commands()) {
        for (const CommandLine::Option& o :
             CommandLine::globalOptions() + CommandLine::commandOptions(command)) {
            QStringList dashed;
            for (const QString& name : o.names)
                dashed << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            QTest::addRow("%s %s", qPrintable(command), qPrintable(dashed.constLast()))
                << command << dashed;
        }
    }
}

void tst_Cli::helpNamesEveryOption()
{
    QFETCH(QString, command);
    QFETCH(QStringList, names);
    const QString help = CommandLine::helpText();
    bool named = false;
    for (const QString& name : std::as_const(names))
        named = named || help.contains(QRegularExpression(QRegularExpression::escape(name) +
                                                          QStringLiteral("(?![\\w-])")));
    QVERIFY2(named, qPrintable(names.join(QLatin1Char('/'))));
    QVERIFY(help.contains(QStringLiteral("  ") + command + QLatin1Char(' ')));
}

void tst_Cli::arrivalsWithSources()
{
    const Result r = run({"data", "arrivals"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    CsvReader csv;
    QVERIFY(csv.parse(r.out.toUtf8()));
    const QStringList header = csv.records().first().fields;
    for (const char* column :
         {"period", "value", "unit", "status", "source_id", "plotted", "period_label"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    const int period = int(header.indexOf("period")), value = int(header.indexOf("value")),
              series = int(header.indexOf("series")), plotted = int(header.indexOf("plotted")),
              label = int(header.indexOf("period_label")),
              source = int(header.indexOf("source_id")), status = int(header.indexOf("status"));
    QHash<QString, QStringList> plottedTotals;
    QSet<QString> values2009;
    for (const CsvRecord& rec : csv.records().mid(1)) {
        QCOMPARE(rec.fields.size(), header.size());
        QVERIFY(!rec.fields.at(source).isEmpty());
        if (rec.fields.at(series) != QLatin1String("total"))
            continue;
        if (rec.fields.at(plotted) == QLatin1String("1"))
            plottedTotals.insert(rec.fields.at(period), {rec.fields.at(value), rec.fields.at(label),
                                                         rec.fields.at(status)});
        if (rec.fields.at(period) == QLatin1String("2009"))
            values2009.insert(rec.fields.at(value));
    }
    // The spans are spans: cumulative up to 1998 and the grouped 1999–2001 figure.
    QCOMPARE(plottedTotals.value("../1998"), QStringList({"947", "up to 1998", "final"}));
    QCOMPARE(plottedTotals.value("1999/2001"),
             QStringList({"1043", QString::fromUtf8("1999–2001"), "final"}));
    QCOMPARE(plottedTotals.value("2009").value(0), QStringLiteral("2914"));
    QCOMPARE(plottedTotals.value("2022").value(0), QStringLiteral("67"));
    // Plotted and alternative figures both appear.
    QVERIFY(values2009.contains("2914"));
    QVERIFY(values2009.contains("2927"));
}

void tst_Cli::datasetsHaveTheirColumns_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("mustContain");
    const QString observations = QStringLiteral(
        "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,"
        "note,period_label,plotted,value_to,compiler,derived_from,note_ko,locator_ko");
    QTest::newRow("trade") << "trade" << observations << "trade,china_imports,2020-03,CN,616000,";
    QTest::newRow("destinations") << "destinations" << observations
                                  << "destinations,asylum_granted,../2018-03,GB,544,";
    // A stated range (seed 002, line 17: "one to two million") keeps its upper end.
    QTest::newRow("destinations range")
        << "destinations" << observations << ",up to 2000,1,2000000,";
    QTest::newRow("sources") << "sources"
                             << "id,kind,title_en,title_ko,outlet,author,published,url,language,"
                                "unconfirmed,note,outlet_ko,note_ko"
                             << "seed-002,article,";
}

void tst_Cli::datasetsHaveTheirColumns()
{
    QFETCH(QString, dataset);
    QFETCH(QString, header);
    QFETCH(QString, mustContain);
    const Result r = run({"data", dataset});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.section('\n', 0, 0), header);
    QVERIFY2(r.out.contains(mustContain), qPrintable(mustContain));
}

void tst_Cli::textFormat()
{
    const Result r = run({"data", "trade", "--format", "text"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("dataset  "));
    QVERIFY(!r.out.contains(",usd,"));
    QVERIFY(r.out.contains(QString::fromUtf8("Jan–Feb 2020")));
}

void tst_Cli::badDatabaseIsLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QByteArray("year,total\n2009,2914\n")
                               << "not a Crossings database";
    QTest::newRow("empty file") << QByteArray() << "not a Crossings database";
    QByteArray corrupt("SQLite format 3");
    corrupt.append('\0');
    corrupt.append(QByteArray(8192, '\x5A'));
    QTest::newRow("damaged sqlite") << corrupt << "";
}

void tst_Cli::badDatabaseIsLeftUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_home->filePath("bad.sqlite");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Result r = run({"--database", path, "data", "arrivals"});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QVERIFY(r.err.contains(path));
    QVERIFY(r.err.contains("The file was not changed."));
    if (!message.isEmpty())
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void tst_Cli::missingDatabaseIsNotCreated()
{
    const QString path = m_home->filePath("nowhere.sqlite");
    const Result r = run({"--database", path, "data", "sources"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("does not exist"));
    QVERIFY(!QFile::exists(path));
}

void tst_Cli::programForEachCommand_data()
{
    // Which program ends up running argv (docs/ARCHITECTURE.md, "Three programs"): the commands
    // that draw nothing never load Qt's GUI libraries, whose loading was half their time.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("gui"); ///< crossings-gui, else crossings-cli
    QTest::addColumn<int>("code");
    QTest::newRow("data") << QStringList{"data", "arrivals"} << false << 0;
    QTest::newRow("--database before data")
        << QStringList{"--database", "missing.sqlite", "data", "arrivals"} << false << 1;
    QTest::newRow("--lang=ko before audit") << QStringList{"--lang=ko", "audit"} << false << 0;
    QTest::newRow("import without a file") << QStringList{"import"} << false << 2;
    QTest::newRow("db status without a store") << QStringList{"db", "status"} << false << 1;
    QTest::newRow("help") << QStringList{"--help"} << false << 0;
    QTest::newRow("version") << QStringList{"-version"} << false << 0;
    QTest::newRow("-h") << QStringList{"--lang", "ko", "-h"} << false << 0;
    QTest::newRow("an unknown command") << QStringList{"plot"} << true << 2;
    QTest::newRow("export") << QStringList{"export", "arrivals", "-o", "a.svg"} << true << 0;
    QTest::newRow("verify") << QStringList{"verify", "missing.png"} << true << 1;
    // The launcher's first look takes the database's name "data" for the command: crossings-cli
    // parses argv properly and hands the export on.
    QTest::newRow("a database named data, export")
        << QStringList{"--database", "data", "export", "arrivals", "-o", "a.svg"} << true << 1;
}

void tst_Cli::programForEachCommand()
{
    QFETCH(QStringList, args);
    QFETCH(bool, gui);
    QFETCH(int, code);
    TestSupport::CliOptions options;
    options.workingDirectory = m_home->path();
    // The dynamic loader names every library it loads on standard error.
    options.extra.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const Result r = TestSupport::CliRunner(m_home->path()).run(args, options);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(QLatin1String("libQt6Core.so")), "no Qt program ran");
    QCOMPARE(r.err.contains(QLatin1String("libQt6Widgets.so")), gui);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
