// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "core/csvreader.h"
#include "importfixture.h"
#include "storage/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// `crossings import` run as a user would: exit codes, the report, the 2025 correction end to
/// end, undo, the round trip of `crossings data`, bad databases left untouched, and a process
/// killed inside the import's transaction.
class tst_ImportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badArguments_data();
    void badArguments();
    void missingFile();
    void reportsEveryProblem();
    void reportsInKorean();
    void dryRunWritesNothing();
    void correctionEndToEnd();
    void exampleExtendsTheBundledData();
    void undoWithNothingToUndo();
    void roundTrip();
    void badDatabaseIsLeftUntouched_data();
    void badDatabaseIsLeftUntouched();
    void killedInsideTheTransaction();

private:
    using Result = TestSupport::CliResult;
    Result run(const QStringList& args, const QProcessEnvironment& extra = {});
    QProcessEnvironment environment(const QProcessEnvironment& extra) const;
    QString write(const QString& name, const QByteArray& bytes);
    static QByteArray bytes(const QString& path);
    static QString example(const char* name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {
const QByteArray H =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note\n";
}

void tst_ImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store.sqlite"));
    QString error;
    QVERIFY2(ImportFixture::createStore(&m_db, &error), qPrintable(error));
}

QProcessEnvironment tst_ImportCli::environment(const QProcessEnvironment& extra) const
{
    return TestSupport::CliRunner(m_dir->path()).environment(extra);
}

tst_ImportCli::Result tst_ImportCli::run(const QStringList& args, const QProcessEnvironment& extra)
{
    TestSupport::CliOptions options;
    options.extra = extra;
    return TestSupport::CliRunner(m_dir->path()).run(args, options);
}

QString tst_ImportCli::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray tst_ImportCli::bytes(const QString& path)
{
    return ImportFixture::contents(path); // a file's bytes, or a team store's content
}

QString tst_ImportCli::example(const char* name)
{
    return QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/") + QString::fromUtf8(name);
}

void tst_ImportCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file")
        << QStringList{"import"}
        << "crossings: import needs a file: crossings import FILE [--dry-run]\n";
    QTest::newRow("two files") << QStringList{"import", "a.csv", "b.csv"}
                               << "crossings: unexpected argument \"b.csv\"\n";
    QTest::newRow("unknown option") << QStringList{"import", "--force", "a.csv"}
                                    << "crossings: unknown option \"--force\" for import\n";
    QTest::newRow("undo with a file")
        << QStringList{"import", "--undo", "a.csv"}
        << "crossings: import --undo takes no file and no other option\n";
    QTest::newRow("undo dry run") << QStringList{"import", "--undo", "--dry-run"}
                                  << "crossings: import --undo takes no file and no other option\n";
}

void tst_ImportCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray before = bytes(m_db);
    const Result r = run(QStringList{"--database", m_db} + args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    QCOMPARE(bytes(m_db), before);
}

void tst_ImportCli::missingFile()
{
    const QByteArray before = bytes(m_db);
    const Result r =
        run({"--database", m_db, "import", m_dir->filePath(QStringLiteral("nothing.csv"))});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("nothing.csv: the file does not exist\n"
                                   "nothing.csv: problems found: 1; nothing was imported.\n"));
    QCOMPARE(bytes(m_db), before);
}

void tst_ImportCli::reportsEveryProblem()
{
    const QString file =
        write(QStringLiteral("bad.csv"),
              H + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,\n"
                  "arrivals,total,2021-02-30,KR,224,,persons,final,news1-2025-02-04,,\n"
                  "trade,china_exports,FY2020,CN,-3,,usd,final,voa-2020-04,,\n"
                  "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,\n"
                  "arrivals,male,2025,KR,26,,persons,final\n");
    const QByteArray before = bytes(m_db);
    const Result r = run({"--database", m_db, "import", file});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err,
             QStringLiteral("bad.csv, line 3, column 3: \"2021-02-30\" is not a valid period\n"
                            "bad.csv, line 4: a trade figure needs its compiler (gacc, itc, kita, "
                            "kotra, ibk, comtrade, mofcom)\n"
                            "bad.csv, line 4, column 3: period \"FY2020\" is a US fiscal year; the "
                            "trade dataset is "
                            "counted in calendar years, quarters and months\n"
                            "bad.csv, line 4, column 5: negative value \"-3\"\n"
                            "bad.csv, line 5: duplicate of line 2\n"
                            "bad.csv, line 6: 8 columns where the header has 11\n"
                            "bad.csv: problems found: 6; nothing was imported.\n"));
    QCOMPARE(bytes(m_db), before);
}

void tst_ImportCli::reportsInKorean()
{
    const QString file =
        write(QStringLiteral("bad.csv"),
              H + "arrivals,total,2025-13,KR,224,,persons,final,news1-2025-02-04,,\n"
                  "trade,china_exports,FY2020,CN,\"1,200\",,usd,final,nobody,,\n");
    const Result r = run({"--lang", "ko", "--database", m_db, "import", file});
    QCOMPARE(r.code, 1);
    QCOMPARE(
        r.err,
        QStringLiteral(
            "bad.csv, 2행 3열: \"2025-13\"은(는) 올바른 기간이 아닙니다\n"
            "bad.csv, 3행: 무역 수치에는 집계 기관이 있어야 합니다(gacc, itc, kita, kotra, ibk, "
            "comtrade, mofcom)\n"
            "bad.csv, 3행 3열: 기간 \"FY2020\"은(는) 미국 회계연도이지만 trade 데이터 세트는 "
            "연·분기·월 단위로 집계합니다\n"
            "bad.csv, 3행 5열: \"1,200\"은(는) 기본 단위(명 또는 미국 달러)의 정수가 아닙니다\n"
            "bad.csv, 3행 9열: 알 수 없는 출처 \"nobody\": 데이터베이스에 없고, 이 파일의 어느 "
            "행에도 설명(source_kind, source_title_en)이 없습니다\n"
            "bad.csv: 문제 5건, 아무것도 가져오지 않았습니다.\n"));
    const Result dry = run(
        {"--lang", "ko", "--database", m_db, "import", "--dry-run", example("import-2025.csv")});
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.startsWith(QStringLiteral(
                 "import-2025.csv: 추가할 수치 4건, 새 출처 1건, 정정 0건, 출처 간 불일치 0건.\n")),
             qPrintable(dry.out));
    QVERIFY(dry.out.endsWith(QStringLiteral("시험 실행: 아무것도 쓰지 않았습니다.\n")));
}

void tst_ImportCli::dryRunWritesNothing()
{
    QVERIFY(run({"--database", m_db, "import", example("import-2025.csv")}).code == 0);
    const QByteArray before = bytes(m_db);
    const Result r =
        run({"--database", m_db, "import", "--dry-run", example("import-2025-correction.csv")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("import-2025-correction.csv: figures to add: 4; new "
                                             "sources: 1; changes: 3; conflicts: 0.\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("  line 2: Arrivals, South Korea, 2025: 224 people "
                                          "(Ministry of Unification, 20 January 2026) → "
                                          "superseded by 223 people (Newsis, 4 February 2026)\n")));
    QVERIFY(r.out.endsWith(QStringLiteral("\nDry run: nothing was written.\n")));
    QCOMPARE(r.err, QString());
    QCOMPARE(bytes(m_db), before);
}

void tst_ImportCli::correctionEndToEnd()
{
    // The documented example files: 224 announced on 2026-01-20, corrected to 223 on
    // 2026-02-04 (Newsis), imported in that order.
    Result r = run({"--database", m_db, "import", example("import-2025.csv")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.endsWith(
        QStringLiteral("Imported as import 1. \"crossings import --undo\" takes it back.\n")));
    r = run({"--database", m_db, "import", example("import-2025-correction.csv")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral(
        "Changes (figures a newer source corrects; they are kept, marked superseded):\n")));
    QVERIFY(r.out.endsWith(
        QStringLiteral("Imported as import 2. \"crossings import --undo\" takes it back.\n")));

    auto lines2025 = [&]() {
        const Result data = run({"--database", m_db, "data", "arrivals"});
        QStringList out;
        // The plotted column by its name (the Korean columns follow it).
        CsvReader csv;
        if (!csv.parse(data.out.toUtf8()))
            return out;
        const int plotted = int(csv.records().first().fields.indexOf(QLatin1String("plotted")));
        for (const CsvRecord& r : csv.records()) {
            const QString line = r.fields.mid(0, 9).join(QLatin1Char(','));
            if (line.startsWith(QLatin1String("arrivals,total,2025,")) ||
                line.startsWith(QLatin1String("arrivals,male,2025,")))
                out << line + QLatin1Char(',') + r.fields.value(plotted);
        }
        return out;
    };
    QCOMPARE(lines2025(),
             (QStringList{
                 "arrivals,male,2025,KR,26,,persons,superseded,mou-2025-arrivals-2026-01-20,0",
                 "arrivals,male,2025,KR,25,,persons,final,newsis-2026-02-04,1",
                 "arrivals,total,2025,KR,224,,persons,superseded,mou-2025-arrivals-2026-01-20,0",
                 "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,1",
             }));
    const Result sources = run({"--database", m_db, "data", "sources"});
    QVERIFY(sources.out.contains(QStringLiteral("\nnewsis-2026-02-04,press,")));
    QVERIFY(sources.out.contains(QStringLiteral(
        "https://mobile.newsis.com/view_amp.html?ar_id=NISX20260204_0003502497,ko,,")));
    QVERIFY(sources.out.contains(QStringLiteral("\nmou-2025-arrivals-2026-01-20,official,")));

    r = run({"--database", m_db, "import", "--undo"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Undid import 2 of \"import-2025-correction.csv\" (")),
             qPrintable(r.out));
    QVERIFY(r.out.endsWith(
        QStringLiteral("removed 4 figures and 1 sources, restored the status of 3 figures.\n")));
    QCOMPARE(lines2025(),
             (QStringList{
                 "arrivals,male,2025,KR,26,,persons,final,mou-2025-arrivals-2026-01-20,1",
                 "arrivals,total,2025,KR,224,,persons,final,mou-2025-arrivals-2026-01-20,1",
             }));
}

void tst_ImportCli::exampleExtendsTheBundledData()
{
    // The bundled data hold 2025 (223 as corrected, 224 superseded), so the 2025 examples add
    // nothing to a new database; the half-years example adds what the bundle does not have:
    // the first halves of 2023 (99, MBC 2024-07-23) and 2024 (105, News1 2024-07-23).
    // No --database: the store in XDG_DATA_HOME (the test's own directory) is made from the
    // bundled data on first use.
    Result r = run({"import", "--dry-run", example("import-2024-half-years.csv")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("import-2024-half-years.csv: figures to add: 2; new "
                                             "sources: 1; changes: 0; conflicts: 0.\n")),
             qPrintable(r.out + r.err));
    r = run({"import", example("import-2024-half-years.csv")});
    QCOMPARE(r.code, 0);
    const Result data = run({"data", "arrivals"});
    QVERIFY(data.out.contains(QStringLiteral("\narrivals,total,2024-H1,KR,105,,persons,provisional,"
                                             "news1-2024-07-23,")));
    QVERIFY(data.out.contains(QStringLiteral("\narrivals,total,2025,KR,223,,persons,final,"
                                             "newsis-2026-02-04,")));
    r = run({"import", "--dry-run", example("import-2025-correction.csv")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the database already has this figure: 223 people from "
                                           "source \"newsis-2026-02-04\" (final)")),
             qPrintable(r.err));
}

void tst_ImportCli::undoWithNothingToUndo()
{
    const QByteArray before = bytes(m_db);
    const Result r = run({"--database", m_db, "import", "--undo"});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("crossings: There is no import to undo.\n"));
    QCOMPARE(bytes(m_db), before);
}

void tst_ImportCli::roundTrip()
{
    // `crossings data arrivals --format csv` imported into a store built from the same sources
    // without the arrivals figures gives the same dataset back.
    const QString full = m_dir->filePath(QStringLiteral("full.sqlite"));
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    Snapshot bundled;
    {
        Store store;
        QVERIFY(store.open(full, Store::Mode::CreateIfMissing));
        QVERIFY(store.load(&bundled));
    }
    {
        Snapshot without = bundled;
        without.observations.erase(std::remove_if(without.observations.begin(),
                                                  without.observations.end(),
                                                  [](const Observation& o) {
                                                      return o.dataset == Term::Dataset::Arrivals;
                                                  }),
                                   without.observations.end());
        Store store;
        QVERIFY(store.open(fresh, Store::Mode::CreateIfMissing));
        QVERIFY(store.seed(without, "without arrivals"));
    }
    const Result exported = run({"--database", full, "data", "arrivals", "--format", "csv"});
    QCOMPARE(exported.code, 0);
    QVERIFY(exported.out.count(QLatin1Char('\n')) > 100);
    const QString file = write(QStringLiteral("arrivals.csv"), exported.out.toUtf8());
    const Result imported = run({"--database", fresh, "import", file});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("; new sources: 0; changes: 0;")));
    const Result again = run({"--database", fresh, "data", "arrivals", "--format", "csv"});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out, exported.out);
}

void tst_ImportCli::badDatabaseIsLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("message");
    for (bool dry : {false, true}) {
        const char* suffix = dry ? ", dry run" : "";
        QTest::addRow("corrupt%s", suffix) << "corrupt" << dry << "is damaged";
        QTest::addRow("not a database%s", suffix)
            << "text" << dry << "is not a Crossings database (not an SQLite file).";
        QTest::addRow("newer version%s", suffix)
            << "newer" << dry << "was written by a newer version of Crossings (data format 99;";
        QTest::addRow("locked%s", suffix) << "locked" << dry << "is locked by another program.";
    }
    QTest::newRow("read-only") << "read-only" << false << "is read-only.";
}

void tst_ImportCli::badDatabaseIsLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(bool, dryRun);
    QFETCH(QString, message);
    const QString lockConnection = QStringLiteral("locker");
    // Read the bytes first: closing any descriptor of the file drops this process's locks.
    QByteArray before;
    if (kind == QLatin1String("corrupt")) {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(f.size() - 4096, '\x5A'));
    } else if (kind == QLatin1String("text")) {
        write(QStringLiteral("store.sqlite"), "year,total\n2025,224\n");
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("locked")) {
        if (kind == QLatin1String("locked"))
            before = bytes(m_db);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockConnection);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(kind == QLatin1String("newer") ? QStringLiteral("PRAGMA user_version = 99")
                                                      : QStringLiteral("BEGIN EXCLUSIVE")));
    } else if (kind == QLatin1String("read-only")) {
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
    }
    if (kind != QLatin1String("locked"))
        before = bytes(m_db);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QStringList args = {"--database", m_db, "import", example("import-2025.csv")};
    if (dryRun)
        args << QStringLiteral("--dry-run");
    const Result r = run(args);
    if (QSqlDatabase::contains(lockConnection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(lockConnection);
            QSqlQuery q(db);
            q.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(lockConnection);
    }
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QStringLiteral("crossings: \"") + m_db + QLatin1Char('"')) ||
                 r.err.startsWith(QStringLiteral("crossings: The database file \"") + m_db +
                                  QLatin1Char('"')),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.endsWith(QStringLiteral("The file was not changed.\n")));
    QCOMPARE(bytes(m_db), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);
}

void tst_ImportCli::killedInsideTheTransaction()
{
    // A crash (here SIGKILL) inside the import's transaction loses nothing: the file is as
    // before, SQLite's journal restores it, and the next run works.
    QVERIFY(run({"--database", m_db, "import", example("import-2025.csv")}).code == 0);
    const QByteArray before = bytes(m_db);
    const Result dataBefore = run({"--database", m_db, "data", "arrivals"});
    const Result sourcesBefore = run({"--database", m_db, "data", "sources"});
    QCOMPARE(dataBefore.code, 0);

    const QString marker = m_dir->filePath(QStringLiteral("inside-transaction"));
    QProcessEnvironment extra;
    extra.insert(QString::fromLatin1(TestSupport::PauseInImportVariable), marker);
    QProcess p;
    p.setProcessEnvironment(environment(extra));
    p.start(QStringLiteral(CROSSINGS_BINARY),
            {"--database", m_db, "import", example("import-2025-correction.csv")});
    QVERIFY(p.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(marker) && timer.elapsed() < 60000 && p.state() == QProcess::Running)
        QTest::qWait(20);
    QVERIFY2(QFile::exists(marker), p.readAllStandardError().constData());
    if (!ImportFixture::onServer())
        QVERIFY(QFile::exists(m_db + QStringLiteral("-journal"))); // the transaction is open
    p.kill();                                                      // SIGKILL
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    QCOMPARE(bytes(m_db), before);
    // Reading (read-only) sees the data as before the import.
    const Result dataAfter = run({"--database", m_db, "data", "arrivals"});
    QCOMPARE(dataAfter.code, 0);
    QCOMPARE(dataAfter.out, dataBefore.out);
    QCOMPARE(run({"--database", m_db, "data", "sources"}).out, sourcesBefore.out);
    {
        Store store;
        QVERIFY2(store.open(m_db, Store::Mode::ReadWrite), qPrintable(store.errorString()));
        ImportRecord last;
        QVERIFY(store.lastImport(&last));
        QCOMPARE(last.id, qint64(1));
        QCOMPARE(last.file, QStringLiteral("import-2025.csv"));
    }
    // And the import can simply be run again.
    const Result again = run({"--database", m_db, "import", example("import-2025-correction.csv")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    // A team store's numbers come from a sequence, which a rolled-back transaction still
    // advanced: the number may skip there, never repeat.
    const QString next = ImportFixture::onServer() ? QStringLiteral("3") : QStringLiteral("2");
    QVERIFY2(again.out.endsWith(QStringLiteral("Imported as import %1. \"crossings import --undo\" "
                                               "takes it back.\n")
                                    .arg(next)),
             qPrintable(again.out));
}

QTEST_GUILESS_MAIN(tst_ImportCli)
#include "tst_import_cli.moc"
