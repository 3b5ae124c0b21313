// SPDX-License-Identifier: GPL-3.0-or-later
// Team store addresses (issue 15), without a server: what a postgresql:// URI may say, and the
// command line's answer to a malformed one (exit 2) or an unreachable server (exit 1).
#include "clirunner.h"
#include "storage/storelocation.h"

#include <QTemporaryDir>
#include <QTest>

class tst_StoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void commandLine_data();
    void commandLine();
};

void tst_StoreLocation::parses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::newRow("socket") << "postgresql:///crossings?host=/run/postgresql"
                            << ""
                            << "/run/postgresql" << -1 << "crossings"
                            << "application_name=crossings;connect_timeout=10";
    QTest::newRow("user, socket") << "postgresql://alice@/team?host=/tmp/pg"
                                  << "alice"
                                  << "/tmp/pg" << -1 << "team"
                                  << "application_name=crossings;connect_timeout=10";
    QTest::newRow("host, port, tls")
        << "postgresql://alice@db.example.org:5433/crossings?sslmode=verify-full"
        << "alice"
        << "db.example.org" << 5433 << "crossings"
        << "application_name=crossings;connect_timeout=10;sslmode=verify-full";
    QTest::newRow("postgres scheme") << "postgres://localhost/crossings"
                                     << ""
                                     << "localhost" << -1 << "crossings"
                                     << "application_name=crossings;connect_timeout=10";
    QTest::newRow("encoded socket") << "postgresql://%2Fvar%2Frun%2Fpostgresql/crossings"
                                    << ""
                                    << "/var/run/postgresql" << -1 << "crossings"
                                    << "application_name=crossings;connect_timeout=10";
    QTest::newRow("service") << "postgresql://?service=team"
                             << ""
                             << "" << -1 << ""
                             << "application_name=crossings;connect_timeout=10;service=team";
    QTest::newRow("timeout") << "postgresql://h/d?connect_timeout=3"
                             << ""
                             << "h" << -1 << "d"
                             << "application_name=crossings;connect_timeout=3";
}

void tst_StoreLocation::parses()
{
    QFETCH(QString, uri);
    StoreLocation l;
    QString error;
    QVERIFY(StoreLocation::isServer(uri));
    QVERIFY2(StoreLocation::parse(uri, &l, &error), qPrintable(error));
    QTEST(l.user, "user");
    QTEST(l.host, "host");
    QTEST(l.port, "port");
    QTEST(l.database, "database");
    QTEST(l.connectOptions(), "options");
}

void tst_StoreLocation::refuses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("why");
    QTest::newRow("password") << "postgresql://alice:secret@db/crossings"
                              << "password";
    QTest::newRow("password parameter") << "postgresql://db/crossings?password=x"
                                        << "password";
    QTest::newRow("no database") << "postgresql://db"
                                 << "database name is missing";
    QTest::newRow("no database, slash") << "postgresql://db/"
                                        << "database name is missing";
    QTest::newRow("bad port") << "postgresql://db:port/crossings"
                              << "valid";
    QTest::newRow("port out of range") << "postgresql://db:70000/crossings"
                                       << "port";
    QTest::newRow("empty port") << "postgresql://db:/crossings"
                                << "port";
    QTest::newRow("unknown parameter") << "postgresql://db/crossings?color=blue"
                                       << "unknown parameter \"color\"";
    QTest::newRow("option injection") << "postgresql://db/crossings?sslmode=require%20host=evil"
                                      << "no usable value";
    QTest::newRow("path") << "postgresql://db/a/b"
                          << "contains '/'";
    QTest::newRow("fragment") << "postgresql://db/crossings#x"
                              << "fragment";
}

void tst_StoreLocation::refuses()
{
    QFETCH(QString, uri);
    QFETCH(QString, why);
    StoreLocation l;
    QString error;
    QVERIFY(!StoreLocation::parse(uri, &l, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("postgresql://[user@][host][:port]/database")),
             qPrintable(error));
    // The message never repeats a password back.
    QVERIFY2(!error.contains(QStringLiteral("secret")) || !uri.contains(QStringLiteral("secret")) ||
                 error.contains(QStringLiteral("password")),
             qPrintable(error));
}

void tst_StoreLocation::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("env");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("err");
    QTest::newRow("malformed") << QStringList{"--database", "postgresql://db:x/crossings", "data",
                                              "events"}
                               << "" << 2 << "is not a valid team store address";
    QTest::newRow("password") << QStringList{"--database", "postgresql://a:b@db/crossings", "db",
                                             "status"}
                              << "" << 2 << "never in the address";
    QTest::newRow("malformed from the environment")
        << QStringList{"data", "events"} << "postgresql://db" << 2 << "database name is missing";
    QTest::newRow("db without action")
        << QStringList{"db"} << "" << 2 << "db needs an action: init, status or migrate";
    QTest::newRow("db unknown action")
        << QStringList{"db", "drop"} << "" << 2 << "unknown db action \"drop\"";
    // No server behind the socket folder: exit 1 with libpq's reason.
    QTest::newRow("unreachable") << QStringList{"--database",
                                                "postgresql://alice@/crossings?host=@NOWHERE@",
                                                "import", "--undo"}
                                 << "" << 1 << "Cannot connect to the team store \"crossings\" on ";
    QTest::newRow("unreachable from the environment")
        << QStringList{"data", "events"} << "postgresql://alice@/crossings?host=@NOWHERE@" << 1
        << "No such file or directory";
}

void tst_StoreLocation::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, env);
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("no-server"));
    for (QString& a : args)
        a.replace(QStringLiteral("@NOWHERE@"), nowhere);
    env.replace(QStringLiteral("@NOWHERE@"), nowhere);
    TestSupport::CliOptions options;
    // An empty CROSSINGS_DATABASE is none: the run's own store, unless the row names one.
    options.extra.insert(QStringLiteral("CROSSINGS_DATABASE"), env);
    const TestSupport::CliResult r = TestSupport::CliRunner(dir.path()).run(args, options);
    QTEST(r.code, "code");
    QFETCH(QString, err);
    const QString& output = r.err;
    QVERIFY2(output.contains(err), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_StoreLocation)
#include "tst_storelocation.moc"
