// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/claim.h"
#include "core/claimexpression.h"
#include "storage/claimreader.h"
#include "storage/datasetreader.h"

#include <QTest>

/// The check language of claims.csv (docs/DATA-FORMAT.md): what it accepts and how it refuses.
class tst_ClaimParser : public QObject
{
    Q_OBJECT

private slots:
    void statedNumbers_data();
    void statedNumbers();
    void ranges_data();
    void ranges();
    void readings();
    void errors_data();
    void errors();
    void reader_data();
    void reader();

private:
    static Vocabulary vocabulary();
};

Vocabulary tst_ClaimParser::vocabulary()
{
    Vocabulary v;
    v.regionNames = {{"KR", {"South Korea", "대한민국"}}, {"CN", {"China", "중국"}}};
    v.seriesUnit = {{"arrivals|total", "persons"}, {"trade|china_exports", "usd"}};
    return v;
}

void tst_ClaimParser::statedNumbers_data()
{
    QTest::addColumn<QString>("stated");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<bool>("percent");
    // Half of the last written digit.
    QTest::newRow("count") << "33752" << 33752.0 << 0.5 << false;
    QTest::newRow("whole percent") << "2%" << 0.02 << 0.005 << true;
    QTest::newRow("negative percent") << "-96%" << -0.96 << 0.005 << true;
    QTest::newRow("one decimal") << "2.5" << 2.5 << 0.05 << false;
    QTest::newRow("percent one decimal") << "-99.4%" << -0.994 << 0.0005 << true;
    // Or what ± says.
    QTest::newRow("explicit tolerance") << "18000000 +-500000" << 18000000.0 << 500000.0 << false;
    QTest::newRow("plus-minus sign") << "2.5 ±0.25" << 2.5 << 0.25 << false;
    QTest::newRow("percent tolerance") << "2% +-1%" << 0.02 << 0.01 << true;
}

void tst_ClaimParser::statedNumbers()
{
    QFETCH(QString, stated);
    QFETCH(double, value);
    QFETCH(double, tolerance);
    QFETCH(bool, percent);
    ClaimCheck check;
    QString error;
    QVERIFY2(ClaimParser::parse("v(arrivals,total,KR,2009) = " + stated, &check, &error),
             qPrintable(error));
    const ClaimExpression& rhs = check.readings.first().tests.front().rhs;
    QCOMPARE(rhs.type, ClaimExpression::Type::Number);
    QVERIFY(qAbs(rhs.number - value) < 1e-12);
    QVERIFY(qAbs(rhs.tolerance - tolerance) < 1e-12);
    QCOMPARE(rhs.percent, percent);
}

void tst_ClaimParser::ranges_data()
{
    QTest::addColumn<QString>("periods");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("years") << "1999..2001" << QStringList{"1999", "2000", "2001"};
    QTest::newRow("cumulative then years")
        << "../1998,1999..2000" << QStringList{"../1998", "1999", "2000"};
    QTest::newRow("months across a year")
        << "2019-11..2020-02" << QStringList{"2019-11", "2019-12", "2020-01", "2020-02"};
    QTest::newRow("quarters") << "2019-Q4..2020-Q2" << QStringList{"2019-Q4", "2020-Q1", "2020-Q2"};
    QTest::newRow("fiscal years") << "FY2017..FY2019" << QStringList{"FY2017", "FY2018", "FY2019"};
    QTest::newRow("a span is one period") << "1999/2001" << QStringList{"1999/2001"};
    QTest::newRow("one year range") << "2009..2009" << QStringList{"2009"};
}

void tst_ClaimParser::ranges()
{
    QFETCH(QString, periods);
    QFETCH(QStringList, codes);
    ClaimCheck check;
    QString error;
    QVERIFY2(
        ClaimParser::parse("sum(arrivals,total,KR," + periods + ") > 0", &check, &error, nullptr),
        qPrintable(error));
    QStringList got;
    for (const QuantityRef& r : check.readings.first().tests.front().lhs.refs)
        got << r.period;
    QCOMPARE(got, codes);
}

void tst_ClaimParser::readings()
{
    ClaimCheck check;
    QString error;
    QVERIFY2(
        ClaimParser::parse(
            "mom: v(trade,china_exports,CN,2020-03) / v(trade,china_exports,CN,2020-02) - 1 = -91% "
            "| yoy: change(v(trade,china_exports,CN,2020-03), v(trade,china_exports,CN,2019-03)) = "
            "-91% "
            "| to:2017: v(arrivals,total,KR,2017) < 2000 & v(arrivals,total,KR,2017) >= 1000",
            &check, &error, nullptr),
        qPrintable(error));
    QCOMPARE(check.readings.size(), 3);
    QCOMPARE(check.readings.at(0).label, QString("mom"));
    QCOMPARE(check.readings.at(1).label, QString("yoy"));
    QCOMPARE(check.readings.at(2).label, QString("to:2017"));
    QCOMPARE(check.readings.at(2).tests.size(), size_t(2));
    // a / b - 1 parses as (a / b) - 1.
    const ClaimExpression& lhs = check.readings.at(0).tests.front().lhs;
    QCOMPARE(lhs.type, ClaimExpression::Type::Subtract);
    QCOMPARE(lhs.args.at(0).type, ClaimExpression::Type::Divide);
    QCOMPARE(check.readings.at(2).tests.at(1).op, ClaimTest::Op::GreaterEqual);
}

void tst_ClaimParser::errors_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("message");
    const QString v = "v(arrivals,total,KR,2009)";
    QTest::newRow("empty") << ""
                           << "column 1 of the check: the check is empty";
    QTest::newRow("no comparison")
        << v << "column 26 of the check: expected '=', '<', '<=', '>' or '>='";
    QTest::newRow("nothing after =") << v + " = "
                                     << "the check ends where an expression should start";
    QTest::newRow("unknown function") << "w(arrivals,total,KR,2009) = 1"
                                      << "column 1 of the check: unknown function \"w\"";
    QTest::newRow("word without call") << "total = 1"
                                       << "unknown word \"total\"";
    QTest::newRow("bad period") << "v(arrivals,total,KR,2020-13) = 1"
                                << "column 21 of the check: \"2020-13\" is not a period";
    QTest::newRow("backwards range") << "sum(arrivals,total,KR,2020..2019) = 1"
                                     << "\"2020..2019\" runs backwards";
    QTest::newRow("mixed range") << "sum(arrivals,total,KR,2019..2020-03) = 1"
                                 << "are not the same kind of period";
    QTest::newRow("v with two periods") << "v(arrivals,total,KR,2019,2020) = 1"
                                        << "v() takes one period";
    QTest::newRow("unknown dataset") << "v(arrival,total,KR,2019) = 1"
                                     << "column 3 of the check: unknown dataset \"arrival\"";
    QTest::newRow("unknown series")
        << "v(arrivals,totl,KR,2019) = 1"
        << "column 12 of the check: unknown series \"totl\" of arrivals";
    QTest::newRow("unknown region") << "v(arrivals,total,XX,2019) = 1"
                                    << "unknown region \"XX\"";
    QTest::newRow("missing period") << "v(arrivals,total,KR) = 1"
                                    << "expected ',' after the region";
    QTest::newRow("unclosed call") << "change(" + v + ", " + v + " = 1"
                                   << "expected ')' after the second argument of change()";
    QTest::newRow("unknown label") << "foo: " + v + " = 1"
                                   << "unknown reading label \"foo\"";
    QTest::newRow("label period")
        << "to:2019-99: " + v + " = 1"
        << "\"2019-99\" in the reading label \"to:2019-99\" is not a period";
    QTest::newRow("unlabelled readings") << "mom: " + v + " = 1 | " + v + " = 2"
                                         << "needs a label on each";
    QTest::newRow("same label twice") << "mom: " + v + " = 1 | mom: " + v + " = 2"
                                      << "the reading \"mom\" appears twice";
    // After an expression "+-1" is just "+ -1"; after a number it is a tolerance.
    QTest::newRow("tolerance on the left")
        << "5 +-1 = " + v << "a tolerance (±) belongs only to the stated number";
    QTest::newRow("tolerance inside") << v + " = (5 +-1) * 2"
                                      << "a tolerance (±) belongs only to the stated number";
    QTest::newRow("tolerance with <") << v + " < 5 +-1"
                                      << "a tolerance (±) is only meaningful with '='";
    QTest::newRow("percent tolerance without %")
        << v + " = 2% +-1"
        << "the tolerance of a percentage must be written in % too";
    QTest::newRow("trailing text") << v + " = 1 )"
                                   << "expected '&', '|' or the end of the check";
}

void tst_ClaimParser::errors()
{
    QFETCH(QString, check);
    QFETCH(QString, message);
    ClaimCheck parsed;
    QString error;
    const Vocabulary vocab = vocabulary();
    QVERIFY(!ClaimParser::parse(check, &parsed, &error, &vocab));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith("column "), qPrintable(error));
}

void tst_ClaimParser::reader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("claims");
    QTest::addColumn<QString>("issue");
    const QByteArray header = "id,kind,source_id,locator,text_en,text_ko,check,note\n";
    const QByteArray good =
        "c1,figure,s,line 7,Text,텍스트,\"v(arrivals,total,KR,2009) = 2914\",\n";
    QTest::newRow("good") << header + good << 1 << "";
    QTest::newRow("missing column")
        << QByteArray("id,kind,source_id,locator,text_en,text_ko,note\n") << 0
        << "claims.csv, line 1: the header has no column \"check\"";
    QTest::newRow("duplicate id") << header + good + good << 1
                                  << "line 3, column 1: the id \"c1\" is used twice";
    QTest::newRow("bad id")
        << header + "C 1,figure,s,line 7,Text,텍스트,\"v(arrivals,total,KR,2009) = 2914\",\n"
        << 0 << "line 2, column 1: \"C 1\" is not an id";
    QTest::newRow("unknown kind")
        << header + "c1,guess,s,line 7,Text,텍스트,\"v(arrivals,total,KR,2009) = 2914\",\n"
        << 0 << "line 2, column 2: unknown kind \"guess\"";
    QTest::newRow("unknown source")
        << header + "c1,figure,nobody,line 7,Text,텍스트,\"v(arrivals,total,KR,2009) = 2914\",\n"
        << 0 << "line 2, column 3: the source \"nobody\" is not in sources.csv";
    QTest::newRow("no locator")
        << header + "c1,figure,s,,Text,텍스트,\"v(arrivals,total,KR,2009) = 2914\",\n"
        << 0 << "line 2, column 4: the locator is empty";
    QTest::newRow("no Korean text")
        << header + "c1,figure,s,line 7,Text,,\"v(arrivals,total,KR,2009) = 2914\",\n"
        << 0 << "line 2, column 6: the Korean text is empty";
    QTest::newRow("bad check")
        << header + "c1,figure,s,line 7,Text,텍스트,\"v(arrivals,total,KR,2009) == 2914\",\n"
        << 0 << "line 2, column 7: column 28 of the check: unexpected \"=\"";
    QTest::newRow("short row") << header + "c1,figure,s\n"
                               << 0 << "line 2: 3 columns where the header has 8";
}

void tst_ClaimParser::reader()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, claims);
    QFETCH(QString, issue);
    ClaimReader reader;
    const QList<Claim> out = reader.read(csv, "claims.csv", vocabulary(), {"s"});
    QCOMPARE(out.size(), claims);
    if (issue.isEmpty()) {
        QVERIFY(!reader.hasIssues());
        QCOMPARE(out.first().textKo, QString("텍스트"));
        QCOMPARE(out.first().check, QString("v(arrivals,total,KR,2009) = 2914"));
        return;
    }
    QVERIFY(reader.hasIssues());
    QVERIFY2(reader.issues().first().toString().contains(issue),
             qPrintable(reader.issues().first().toString()));
}

QTEST_GUILESS_MAIN(tst_ClaimParser)
#include "tst_claimparser.moc"
