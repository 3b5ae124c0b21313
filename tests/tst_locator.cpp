// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/locator.h"

#include <QTest>

/// Locators (docs/DATA-FORMAT.md, "Locators"): every pattern the dataset uses parses, writes
/// back to the same English and reads in Korean; what is outside the grammar does not parse and
/// falls back to locator_ko, else to the English, marked.
class tst_Locator : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndRenders_data();
    void parsesAndRenders();
    void rejects_data();
    void rejects();
    void display_data();
    void display();
};

void tst_Locator::parsesAndRenders_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    // The forms of resources/data's locators, with the Korean an analyst writes (issue 13).
    QTest::newRow("line") << "line 7"
                          << "7행";
    QTest::newRow("line two digits") << "line 45"
                                     << "45행";
    QTest::newRow("lines") << "lines 43-46"
                           << "43~46행";
    QTest::newRow("title") << "title"
                           << "제목";
    QTest::newRow("table column") << "table, column '09"
                                  << "표, '09 열";
    QTest::newRow("table column up to") << "table, column ~'98"
                                        << "표, ~'98 열";
    QTest::newRow("table column month") << "table, column '20.09"
                                        << "표, '20.09 열";
    QTest::newRow("arrivals table year column") << "arrivals table, 2002 column"
                                                << "입국자 표, 2002 열";
    QTest::newRow("arrivals table span column") << "arrivals table, 1999-2001 column"
                                                << "입국자 표, 1999~2001 열";
    QTest::newRow("arrivals table column up to") << "arrivals table, column up to 1998"
                                                 << "입국자 표, 1998년까지 열";
    QTest::newRow("2nd paragraph") << "2nd paragraph"
                                   << "2번째 문단";
    QTest::newRow("3rd paragraph") << "3rd paragraph"
                                   << "3번째 문단";
    QTest::newRow("6th paragraph") << "6th paragraph"
                                   << "6번째 문단";
    QTest::newRow("paragraphs") << "1st-2nd paragraphs"
                                << "1~2번째 문단";
    QTest::newRow("last paragraph") << "last paragraph"
                                    << "마지막 문단";
    QTest::newRow("last paragraph by quarter") << "last paragraph (2021 by quarter)"
                                               << "마지막 문단 (2021년 분기별)";
    QTest::newRow("passage on month") << "passage on March 2020"
                                      << "2020년 3월 관련 대목";
    QTest::newRow("passage on months") << "passage on January-February 2021"
                                       << "2021년 1~2월 관련 대목";
    QTest::newRow("passage on year's arrivals") << "passage on 2009 arrivals"
                                                << "2009년 입국자 관련 대목";
    QTest::newRow("passage on year's trade") << "passage on 2015 trade"
                                             << "2015년 교역 관련 대목";
    QTest::newRow("passage on cumulative") << "passage on the cumulative total"
                                           << "누적 합계 관련 대목";
    QTest::newRow("passage on arrivals up to") << "passage on arrivals up to March 2018"
                                               << "2018년 3월까지의 입국자 관련 대목";
    QTest::newRow("passage on last year's trade") << "passage on last year's trade"
                                                  << "지난해 교역 관련 대목";
    QTest::newRow("passage comparing") << "passage comparing with early 2019"
                                       << "2019년 초와 비교한 대목";
    QTest::newRow("comparison with year") << "comparison with 2018"
                                          << "2018년과의 비교";
    QTest::newRow("comparison with month") << "comparison with April 2019"
                                           << "2019년 4월과의 비교";
    QTest::newRow("quarterly list") << "quarterly list"
                                    << "분기별 목록";
    QTest::newRow("monthly list") << "list of monthly totals"
                                  << "월별 합계 목록";
    QTest::newRow("paragraph listing") << "paragraph listing the quarters"
                                       << "분기를 나열한 문단";
}

void tst_Locator::parsesAndRenders()
{
    QFETCH(QString, english);
    QFETCH(QString, korean);
    const Locator l = Locator::parse(english);
    QVERIFY2(l.isValid(), qPrintable(english));
    QCOMPARE(l.text(Language::English), english);
    QCOMPARE(l.text(Language::Korean), korean);
    QCOMPARE(Locator::display(english, QString(), Language::Korean), korean);
    QVERIFY(Locator::hasKorean(english, QString()));
}

void tst_Locator::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("free text") << "Unification Ministry comparison";
    QTest::newRow("unknown topic") << "passage on the famine";
    QTest::newRow("unknown month") << "passage on Marhc 2020";
    QTest::newRow("wrong ordinal") << "2th paragraph";
    QTest::newRow("line zero") << "line 0";
    QTest::newRow("lines backwards") << "lines 46-43";
    QTest::newRow("unknown table") << "famine table, 2002 column";
    QTest::newRow("one good part, one not") << "table, the bottom row";
    QTest::newRow("other aside") << "last paragraph (see above)";
    QTest::newRow("empty") << "";
}

void tst_Locator::rejects()
{
    QFETCH(QString, text);
    const Locator l = Locator::parse(text);
    QVERIFY(!l.isValid());
    QVERIFY(l.text(Language::Korean).isEmpty());
}

void tst_Locator::display_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("expectedKo");
    QTest::addColumn<bool>("hasKorean");
    QTest::newRow("parsed, locator_ko ignored") << "line 7"
                                                << "일곱째 줄"
                                                << "7행" << true;
    QTest::newRow("unparsed, locator_ko used") << "Unification Ministry comparison"
                                               << "통일부의 비교"
                                               << "통일부의 비교" << true;
    // The mark is the catalogue's source text here: no translator is loaded in this test.
    QTest::newRow("unparsed, no locator_ko: marked English")
        << "Unification Ministry comparison"
        << ""
        << "[English] Unification Ministry comparison" << false;
    QTest::newRow("empty") << ""
                           << ""
                           << "" << true;
}

void tst_Locator::display()
{
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QFETCH(QString, expectedKo);
    QFETCH(bool, hasKorean);
    QCOMPARE(Locator::display(english, korean, Language::Korean), expectedKo);
    QCOMPARE(Locator::display(english, korean, Language::English), english);
    QCOMPARE(Locator::hasKorean(english, korean), hasKorean);
}

QTEST_GUILESS_MAIN(tst_Locator)
#include "tst_locator.moc"
