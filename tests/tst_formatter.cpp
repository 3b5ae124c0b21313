// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formatter.h"
#include "core/records.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
// The data columns spell the terms as the CSV files do (docs/DATA-FORMAT.md).
Term::Unit unitOf(const QString& text)
{
    return Term::fromCsv<Term::Unit>(text).value();
}
Term::Qualifier qualifierOf(const QString& text)
{
    return Term::fromCsv<Term::Qualifier>(text).value();
}
} // namespace

class tst_Formatter : public QObject
{
    Q_OBJECT

private slots:
    void compact_data();
    void compact();
    void exactValues_data();
    void exactValues();
    void citationMarksUnconfirmed();
    void ranges_data();
    void ranges();
    void largeNumbers_data();
    void largeNumbers();
    void koreanCatalogueHasNoMillionUnit();
    void shares_data();
    void shares();
};

void tst_Formatter::compact_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("axis tick 400M") << 400e6 << "usd"
                                    << "$400M" << QString::fromUtf8("4억 달러");
    QTest::newRow("axis tick 350M") << 350e6 << "usd"
                                    << "$350M" << QString::fromUtf8("3.5억 달러");
    QTest::newRow("axis tick 50M") << 50e6 << "usd"
                                   << "$50M" << QString::fromUtf8("5,000만 달러");
    QTest::newRow("Mar 2020 exports") << 18031000.0 << "usd"
                                      << "$18.0M" << QString::fromUtf8("1,803만 달러");
    QTest::newRow("Jan-Feb 2020") << 197400000.0 << "usd"
                                  << "$197.4M" << QString::fromUtf8("1.974억 달러");
    QTest::newRow("2019 total") << 2789018980.0 << "usd"
                                << "$2.79B" << QString::fromUtf8("27.89억 달러");
    QTest::newRow("Oct 2020 exports") << 253000.0 << "usd"
                                      << "$253K" << QString::fromUtf8("25.3만 달러");
    QTest::newRow("Jan-Feb 2021 exports") << 33000.0 << "usd"
                                          << "$33K" << QString::fromUtf8("3.3만 달러");
    QTest::newRow("zero") << 0.0 << "usd"
                          << "$0" << QString::fromUtf8("0 달러");
    QTest::newRow("people") << 2914.0 << "persons"
                            << "2,914"
                            << "2,914";
}

void tst_Formatter::compact()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QCOMPARE(
        Formatter(QLocale(QLocale::English, QLocale::UnitedStates)).compact(value, unitOf(unit)),
        english);
    QCOMPARE(Formatter(QLocale(QLocale::Korean, QLocale::SouthKorea)).compact(value, unitOf(unit)),
             korean);
}

void tst_Formatter::exactValues_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("english");
    QTest::newRow("people") << qint64(2914) << "persons"
                            << ""
                            << "2,914 people";
    QTest::newRow("one person") << qint64(1) << "persons"
                                << ""
                                << "1 person";
    QTest::newRow("dollars, never rounded") << qint64(18031000) << "usd"
                                            << ""
                                            << "$18,031,000";
    QTest::newRow("about") << qint64(200000) << "persons"
                           << "about"
                           << "about 200,000 people";
    QTest::newRow("almost") << qint64(32000) << "persons"
                            << "almost"
                            << "almost 32,000 people";
    QTest::newRow("at least") << qint64(1000) << "persons"
                              << "at_least"
                              << "at least 1,000 people";
}

void tst_Formatter::exactValues()
{
    QFETCH(qint64, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, english);
    QCOMPARE(
        Formatter(QLocale(QLocale::English)).value(value, unitOf(unit), qualifierOf(qualifier)),
        english);
}

void tst_Formatter::citationMarksUnconfirmed()
{
    Source s;
    s.titleEn = "Number of North Korean Defectors Drops to Lowest Level in Two Decades";
    s.author = "Robert R. King";
    s.outlet = "Korea Economic Institute of America";
    s.published = "2021-01";
    s.unconfirmed = {"author", "published"};
    const QString c = Formatter(QLocale(QLocale::English)).citation(s);
    // Issue 18 item 8: an inferred detail reads as inferred, not as a fact with a small flag.
    QCOMPARE(c, QString::fromUtf8(
                    "inferred: Robert R. King, \u201CNumber of North Korean Defectors Drops to "
                    "Lowest Level in Two Decades\u201D, Korea Economic Institute of America, "
                    "inferred: January 2021"));
}

QTEST_GUILESS_MAIN(tst_Formatter)
#include "tst_formatter.moc"

void tst_Formatter::ranges_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    // Seed 002, line 17: "about one to two million North Koreans who had crossed into China".
    QTest::newRow("one to two million")
        << qint64(1000000) << qint64(2000000) << "persons"
        << QString::fromUtf8("1–2 million people") << QString::fromUtf8("100만~200만 명");
    // Seoul Shinmun, 25 Feb 2012: Chinese experts' 10,000 to 20,000 in hiding.
    QTest::newRow("ten to twenty thousand")
        << qint64(10000) << qint64(20000) << "persons" << QString::fromUtf8("10,000–20,000 people")
        << QString::fromUtf8("1만~2만 명");
    // News1: 200 to 250 defectors living in Japan (not round to 만).
    QTest::newRow("two hundred to 250")
        << qint64(200) << qint64(250) << "persons" << QString::fromUtf8("200–250 people")
        << QString::fromUtf8("200~250명");
    QTest::newRow("a share") << qint64(10) << qint64(20) << "percent" << QString::fromUtf8("10–20%")
                             << QString::fromUtf8("10~20%");
    // Crossing Borders (about 2021), line 11, read as a range: an estimated 150,000 to 250,000
    // in hiding (the claim's reading of "an estimated 200,000").
    QTest::newRow("hundred fifty to 250 thousand")
        << qint64(150000) << qint64(250000) << "persons"
        << QString::fromUtf8("150,000–250,000 people") << QString::fromUtf8("15만~25만 명");
    // Hundreds of millions read in 억, never "10,000만".
    QTest::newRow("hundred to two hundred million")
        << qint64(100000000) << qint64(200000000) << "persons"
        << QString::fromUtf8("100–200 million people") << QString::fromUtf8("1억~2억 명");
    QTest::newRow("a dollar range in 만")
        << qint64(1000000) << qint64(2000000) << "usd" << QString::fromUtf8("$1,000,000–$2,000,000")
        << QString::fromUtf8("100만~200만 달러");
    QTest::newRow("a dollar range in 억 and 만")
        << qint64(120000000) << qint64(2790000000) << "usd"
        << QString::fromUtf8("$120,000,000–$2,790,000,000")
        << QString::fromUtf8("1억 2,000만~27억 9,000만 달러");
}

void tst_Formatter::largeNumbers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("ten thousand") << qint64(10000) << "10,000" << QString::fromUtf8("1만");
    QTest::newRow("two hundred thousand")
        << qint64(200000) << "200,000" << QString::fromUtf8("20만");
    QTest::newRow("a million") << qint64(1000000) << "1 million" << QString::fromUtf8("100만");
    QTest::newRow("forty million pixels")
        << qint64(40000000) << "40 million" << QString::fromUtf8("4,000만");
    QTest::newRow("a hundred million")
        << qint64(100000000) << "100 million" << QString::fromUtf8("1억");
    QTest::newRow("억 and 만") << qint64(120000000) << "120 million"
                               << QString::fromUtf8("1억 2,000만");
    QTest::newRow("2025 trade total")
        << qint64(2735000000) << "2,735 million" << QString::fromUtf8("27억 3,500만");
    QTest::newRow("a billion") << qint64(1000000000) << "1 billion" << QString::fromUtf8("10억");
    QTest::newRow("5.7 million") << qint64(5700000) << "5,700,000" << QString::fromUtf8("570만");
    QTest::newRow("not whole 만") << qint64(33752) << "33,752"
                                  << "33,752";
    QTest::newRow("small") << qint64(947) << "947"
                           << "947";
}

void tst_Formatter::largeNumbers()
{
    QFETCH(qint64, value);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QCOMPARE(Formatter(QLocale(QLocale::English, QLocale::UnitedStates)).large(value), english);
    QCOMPARE(Formatter(QLocale(QLocale::Korean, QLocale::SouthKorea)).large(value), korean);
}

void tst_Formatter::koreanCatalogueHasNoMillionUnit()
{
    // Korean writes large numbers in 만/억 units (docs/GLOSSARY.md): the catalogue never
    // translates a million as "백만" (it read "1백만~2백만 명" for "1–2 million people").
    QFile ts(QStringLiteral(CROSSINGS_SOURCE_DIR "/translations/crossings_ko.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.contains(QStringLiteral("<translation>")));
    QVERIFY2(!text.contains(QStringLiteral("백만")), "the Korean catalogue writes 백만");
    QVERIFY2(!QRegularExpression(QStringLiteral("<source>[^<]*million[^<]*</source>"))
                  .match(text)
                  .hasMatch(),
             "a translatable string carries the English magnitude word million");
}

void tst_Formatter::ranges()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, unit);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    Observation o;
    o.value = from;
    o.valueTo = to;
    o.unit = Term::fromCsv<Term::Unit>(unit).value();
    QVERIFY(o.isRange());
    QCOMPARE(Formatter(QLocale(QLocale::English, QLocale::UnitedStates)).value(o), english);
    QCOMPARE(Formatter(QLocale(QLocale::Korean, QLocale::SouthKorea)).value(o), korean);
    // A single figure is not a range and reads as before.
    o.valueTo = -1;
    QCOMPARE(Formatter(QLocale(QLocale::English, QLocale::UnitedStates)).value(o),
             Formatter(QLocale(QLocale::English, QLocale::UnitedStates)).value(from, unitOf(unit)));
}

void tst_Formatter::shares_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("english");
    // Seed 003, line 18: "nearly 90 percent of them residing in Germany and the UK".
    QTest::newRow("nearly 90 percent") << qint64(90) << "almost"
                                       << "almost 90%";
    // Seed 002, line 17: "around 10% of the total people who originally crossed over".
    QTest::newRow("around 10 percent") << qint64(10) << "about"
                                       << "about 10%";
    // Seed 003, line 11: "about 40 percent reside in China".
    QTest::newRow("about 40 percent") << qint64(40) << "about"
                                      << "about 40%";
}

void tst_Formatter::shares()
{
    QFETCH(qint64, value);
    QFETCH(QString, qualifier);
    QFETCH(QString, english);
    QCOMPARE(Formatter(QLocale(QLocale::English, QLocale::UnitedStates))
                 .value(value, Term::Unit::Percent, qualifierOf(qualifier)),
             english);
    // Korean writes the same digits and sign.
    QVERIFY(Formatter(QLocale(QLocale::Korean, QLocale::SouthKorea))
                .value(value, Term::Unit::Percent, qualifierOf(qualifier))
                .contains(QString::number(value) + QLatin1Char('%')));
}
