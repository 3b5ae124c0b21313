// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "core/csvreader.h"
#include "itemmodels/claimreport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// `crossings audit` run as a user would: a report, so exit 0 even when claims differ.
class tst_AuditCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badArguments_data();
    void badArguments();
    void textReport();
    void csvReport_data();
    void csvReport();
    void koreanClaimText();
    void missingDatabase();

private:
    using Result = TestSupport::CliResult;
    Result run(const QStringList& args);
    QList<QStringList> csvRows(const QString& out);
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_AuditCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

tst_AuditCli::Result tst_AuditCli::run(const QStringList& args)
{
    return TestSupport::CliRunner(m_home->path()).run(args);
}

QList<QStringList> tst_AuditCli::csvRows(const QString& out)
{
    CsvReader reader;
    if (!reader.parse(out.toUtf8()))
        return {};
    QList<QStringList> rows;
    for (const CsvRecord& r : reader.records())
        rows << r.fields;
    return rows;
}

void tst_AuditCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown format")
        << QStringList{"audit", "--format", "xml"} << "unknown format \"xml\"";
    QTest::newRow("format without value")
        << QStringList{"audit", "--format"} << "--format needs a format";
    QTest::newRow("unknown option")
        << QStringList{"audit", "--verbose"} << "unknown option \"--verbose\" for audit";
    QTest::newRow("extra argument")
        << QStringList{"audit", "trade"} << "unexpected argument \"trade\"";
}

void tst_AuditCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_AuditCli::textReport()
{
    const Result r = run({"audit"});
    QCOMPARE(r.code, 0); // although claims differ
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // 1999's 148 arrivals are below 2020's 229: the "new low" claim differs.
    QVERIFY(r.out.contains("[differs] s000-2020-low-since-outflow (seed-000, line 5)"));
    QVERIFY(r.out.contains("[holds] s000-through-2020-33752 (seed-000, line 7)"));
    QVERIFY(r.out.contains("[cannot be checked] s004-q1-2018-minus-31 (seed-004, line 5)"));
    QVERIFY(r.out.contains("not in the data: Arrivals, South Korea, Q1 2017"));
    const QString last = r.out.trimmed().split('\n').last();
    QVERIFY2(
        QRegularExpression("^Claims: \\d+ — holds: \\d+, differs: \\d+").match(last).hasMatch(),
        qPrintable(last));
}

void tst_AuditCli::csvReport_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("reading");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("computed");
    // 616,000 / 16,550,000 (China customs, VOA May 2023; the ITC 16,210,000 is not plotted) - 1
    // = -96.28%
    QTest::newRow("exports yoy") << "s000-mar2020-exports-96"
                                 << "yoy"
                                 << "holds"
                                 << "-96.28%";
    // February 2020 is at most the Jan-Feb total of 10,700,000: at least 616,000 / 10,700,000 - 1 =
    // -94.24%
    QTest::newRow("exports mom") << "s000-mar2020-exports-96"
                                 << "mom"
                                 << "differs"
                                 << "at least -94.24%";
    // 253,000 / 270,900,000 - 1 = -99.91%
    QTest::newRow("October yoy") << "s000-oct2020-exports-99"
                                 << "yoy"
                                 << "differs"
                                 << "-99.91%";
    // 63 / 2,914 = 2.16%
    QTest::newRow("two percent") << "s002-2021-two-percent"
                                 << ""
                                 << "holds"
                                 << "2.16%";
    QTest::newRow("33,752") << "s000-through-2020-33752"
                            << ""
                            << "holds"
                            << "33,752 people";
    QTest::newRow("UK 544") << "s001-uk-544"
                            << ""
                            << "cannot_check"
                            << "544 people";
}

void tst_AuditCli::csvReport()
{
    QFETCH(QString, claim);
    QFETCH(QString, reading);
    QFETCH(QString, verdict);
    QFETCH(QString, computed);
    const Result r = run({"audit", "--format", "csv"});
    QCOMPARE(r.code, 0);
    const QList<QStringList> rows = csvRows(r.out);
    QVERIFY(rows.size() > 40);
    QCOMPARE(rows.first(), ClaimReport::csvColumns());
    const int id = rows.first().indexOf("claim_id");
    const int label = rows.first().indexOf("reading");
    const int v = rows.first().indexOf("verdict");
    const int c = rows.first().indexOf("computed");
    bool found = false;
    for (const QStringList& row : rows.mid(1)) {
        QCOMPARE(row.size(), rows.first().size());
        QVERIFY(QStringList({"holds", "differs", "cannot_check"}).contains(row.at(v)));
        if (row.at(id) == claim && row.at(label) == reading) {
            found = true;
            QCOMPARE(row.at(v), verdict);
            QCOMPARE(row.at(c), computed);
        }
    }
    QVERIFY2(found, qPrintable(claim + " " + reading));
}

void tst_AuditCli::koreanClaimText()
{
    const Result r = run({"--lang", "ko", "audit", "--format=csv"});
    QCOMPARE(r.code, 0);
    const QList<QStringList> rows = csvRows(r.out);
    QVERIFY(!rows.isEmpty());
    const int id = rows.first().indexOf("claim_id");
    const int text = rows.first().indexOf("claim");
    bool found = false;
    for (const QStringList& row : rows) {
        if (row.at(id) == "s000-2020-229") {
            found = true;
            QCOMPARE(row.at(text), QString("2020년 한국에 입국한 탈북민은 229명이다."));
        }
    }
    QVERIFY(found);
}

void tst_AuditCli::missingDatabase()
{
    const Result r = run({"--database", m_home->filePath("none.sqlite"), "audit"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_home->filePath("none.sqlite")));
}

QTEST_GUILESS_MAIN(tst_AuditCli)
#include "tst_audit_cli.moc"
