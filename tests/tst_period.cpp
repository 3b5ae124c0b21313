// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/period.h"

#include <QLocale>
#include <QTest>

class tst_Period : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void labels_data();
    void labels();
    void ordering();
};

void tst_Period::parse_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("months");
    using K = Period::Kind;
    QTest::newRow("year") << "2009" << true << int(K::Year) << QDate(2009, 1, 1)
                          << QDate(2009, 12, 31) << 12;
    QTest::newRow("quarter") << "2020-Q2" << true << int(K::Quarter) << QDate(2020, 4, 1)
                             << QDate(2020, 6, 30) << 3;
    QTest::newRow("month") << "2020-03" << true << int(K::Month) << QDate(2020, 3, 1)
                           << QDate(2020, 3, 31) << 1;
    QTest::newRow("february leap")
        << "2020-02" << true << int(K::Month) << QDate(2020, 2, 1) << QDate(2020, 2, 29) << 1;
    QTest::newRow("day") << "2006-05-05" << true << int(K::Day) << QDate(2006, 5, 5)
                         << QDate(2006, 5, 5) << 1;
    QTest::newRow("fiscal year") << "FY2019" << true << int(K::FiscalYear) << QDate(2018, 10, 1)
                                 << QDate(2019, 9, 30) << 12;
    QTest::newRow("year span") << "1999/2001" << true << int(K::Span) << QDate(1999, 1, 1)
                               << QDate(2001, 12, 31) << 36;
    QTest::newRow("month span") << "2020-01/2020-02" << true << int(K::Span) << QDate(2020, 1, 1)
                                << QDate(2020, 2, 29) << 2;
    QTest::newRow("mixed span") << "2006/2018-06" << true << int(K::Span) << QDate(2006, 1, 1)
                                << QDate(2018, 6, 30) << 150;
    QTest::newRow("up to") << "../1998" << true << int(K::UpTo) << QDate() << QDate(1998, 12, 31)
                           << 0;
    QTest::newRow("as of") << "@2016" << true << int(K::AsOf) << QDate(2016, 1, 1)
                           << QDate(2016, 12, 31) << 12;
    QTest::newRow("half year 1") << "2025-H1" << true << int(K::HalfYear) << QDate(2025, 1, 1)
                                 << QDate(2025, 6, 30) << 6;
    QTest::newRow("half year 2") << "2024-H2" << true << int(K::HalfYear) << QDate(2024, 7, 1)
                                 << QDate(2024, 12, 31) << 6;
    // Inferred dates keep the dates of the plain code; only the label changes.
    QTest::newRow("inferred as of")
        << "~@2021" << true << int(K::AsOf) << QDate(2021, 1, 1) << QDate(2021, 12, 31) << 12;
    QTest::newRow("inferred as of month")
        << "~@2018-04" << true << int(K::AsOf) << QDate(2018, 4, 1) << QDate(2018, 4, 30) << 1;
    QTest::newRow("inferred span end") << "~2006/2021-01" << true << int(K::Span)
                                       << QDate(2006, 1, 1) << QDate(2021, 1, 31) << 181;
    QTest::newRow("inferred up to")
        << "~../2018-06" << true << int(K::UpTo) << QDate() << QDate(2018, 6, 30) << 0;
    QTest::newRow("inferred year")
        << "~2021" << true << int(K::Year) << QDate(2021, 1, 1) << QDate(2021, 12, 31) << 12;
    QTest::newRow("year not stated") << "?" << true << int(K::Unstated) << QDate() << QDate() << 0;
    QTest::newRow("half year 3") << "2025-H3" << false << int(K::Invalid) << QDate() << QDate()
                                 << 0;
    QTest::newRow("inferred twice")
        << "~~2021" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("inferred inside")
        << "2006/~2021-01" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("inferred nothing") << "~" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("unstated with a date")
        << "?2013" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("month 13") << "2020-13" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("quarter 5") << "2020-Q5" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("february 30") << "2021-02-30" << false << int(K::Invalid) << QDate() << QDate()
                                 << 0;
    QTest::newRow("reversed span")
        << "2001/1999" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("words") << "last year" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("empty") << "" << false << int(K::Invalid) << QDate() << QDate() << 0;
    QTest::newRow("year 20009") << "20009" << false << int(K::Invalid) << QDate() << QDate() << 0;
}

void tst_Period::parse()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, months);
    const Period p = Period::parse(code);
    QCOMPARE(p.isValid(), valid);
    QCOMPARE(int(p.kind()), kind);
    if (!valid)
        return;
    QCOMPARE(p.start(), start);
    QCOMPARE(p.end(), end);
    QCOMPARE(p.monthCount(), months);
    QCOMPARE(p.code(), code);
    QCOMPARE(p.isInferred(), code.startsWith(QLatin1Char('~')));
    QCOMPARE(p.isUnstated(), code == QLatin1String("?"));
}

void tst_Period::labels_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("year") << "2009"
                          << "2009"
                          << "2009년";
    QTest::newRow("month") << "2020-03"
                           << "Mar 2020"
                           << "2020년 3월";
    QTest::newRow("quarter") << "2019-Q1"
                             << "Q1 2019"
                             << "2019년 1분기";
    QTest::newRow("up to 1998") << "../1998"
                                << "up to 1998"
                                << "1998년까지";
    QTest::newRow("1999-2001") << "1999/2001" << QString::fromUtf8("1999–2001") << "1999~2001년";
    QTest::newRow("jan-feb") << "2020-01/2020-02" << QString::fromUtf8("Jan–Feb 2020")
                             << "2020년 1~2월";
    QTest::newRow("fiscal") << "FY2019"
                            << "FY2019"
                            << "2019 회계연도";
    QTest::newRow("as of") << "@2016"
                           << "as of 2016"
                           << "2016년 기준";
    QTest::newRow("half year") << "2025-H1"
                               << "H1 2025"
                               << "2025년 상반기";
    QTest::newRow("second half") << "2024-H2"
                                 << "H2 2024"
                                 << "2024년 하반기";
    QTest::newRow("year not stated") << "?"
                                     << "year not stated"
                                     << "연도 미상";
    // An inferred date says so in both languages (issue 21 item 6).
    QTest::newRow("inferred as of") << "~@2021"
                                    << "by about 2021"
                                    << "2021년경까지";
    QTest::newRow("inferred as of month") << "~@2018-04"
                                          << "by about Apr 2018"
                                          << "2018년 4월경까지";
    QTest::newRow("inferred span")
        << "~2006/2021-01" << QString::fromUtf8("2006 – about Jan 2021") << "2006년~2021년 1월경";
    QTest::newRow("inferred year span")
        << "~2006/2021" << QString::fromUtf8("2006 – about 2021") << "2006~2021년경";
    QTest::newRow("inferred up to") << "~../2018-06"
                                    << "up to about Jun 2018"
                                    << "2018년 6월경까지";
    QTest::newRow("inferred year") << "~2021"
                                   << "about 2021"
                                   << "2021년경";
}

void tst_Period::labels()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    const Period p = Period::parse(code);
    QCOMPARE(p.label(QLocale(QLocale::English)), english);
    QCOMPARE(p.label(QLocale(QLocale::Korean)), korean);
}

void tst_Period::ordering()
{
    QList<Period> periods = {
        Period::parse(QStringLiteral("2002")), Period::parse(QStringLiteral("1999/2001")),
        Period::parse(QStringLiteral("?")),    Period::parse(QStringLiteral("2002-H1")),
        Period::parse(QStringLiteral("2001")), Period::parse(QStringLiteral("../1998")),
        Period::parse(QStringLiteral("1999"))};
    std::sort(periods.begin(), periods.end());
    QStringList codes;
    for (const Period& p : periods)
        codes << p.code();
    QCOMPARE(codes, QStringList({"?", "../1998", "1999", "1999/2001", "2001", "2002-H1", "2002"}));
}

QTEST_GUILESS_MAIN(tst_Period)
#include "tst_period.moc"
