// SPDX-License-Identifier: GPL-3.0-or-later
// Axis tick labels: one notation for every tick of an axis (issue 19.9: "$1,000" beside "$10K").
#include "chartticks.h"
#include "core/formatter.h"

#include <QTest>

class tst_ChartTicks : public QObject
{
    Q_OBJECT

private slots:
    void dollarTicks_data();
    void dollarTicks();
    void oneNotationPerAxis_data();
    void oneNotationPerAxis();
};

void tst_ChartTicks::dollarTicks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("logScale");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("labels");
    // The trade chart's log axis (10^3 … 10^8): the bug wrote "$1,000" beside "$10K".
    QTest::newRow("en log") << "en" << true << QList<double>{1e3, 1e4, 1e5, 1e6, 1e7, 1e8}
                            << QStringList{"$1K", "$10K", "$100K", "$1M", "$10M", "$100M"};
    QTest::newRow("en log low") << "en" << true << QList<double>{10, 100, 1e3, 1e9}
                                << QStringList{"$10", "$100", "$1K", "$1B"};
    // A linear axis: the unit of the largest tick for all, with the same decimals.
    QTest::newRow("en millions") << "en" << false << QList<double>{0, 5e5, 1e6, 1.5e6, 2e6}
                                 << QStringList{"$0", "$0.5M", "$1.0M", "$1.5M", "$2.0M"};
    QTest::newRow("en whole millions") << "en" << false << QList<double>{0, 2e7, 4e7, 6e7}
                                       << QStringList{"$0", "$20M", "$40M", "$60M"};
    QTest::newRow("en thousands") << "en" << false << QList<double>{0, 5e3, 1e4, 1.5e4}
                                  << QStringList{"$0", "$5K", "$10K", "$15K"};
    QTest::newRow("en below ten thousand")
        << "en" << false << QList<double>{0, 2e3, 4e3, 6e3, 8e3}
        << QStringList{"$0", "$2,000", "$4,000", "$6,000", "$8,000"};
    QTest::newRow("en billions") << "en" << false << QList<double>{0, 2.5e8, 5e8, 7.5e8, 1e9}
                                 << QStringList{"$0", "$0.25B", "$0.50B", "$0.75B", "$1.00B"};
    // Korean: 만/억 units as Formatter::large writes them, or digits for all.
    QTest::newRow("ko log") << "ko" << true << QList<double>{1e3, 1e4, 1e6, 1e8, 1e9}
                            << QStringList{"1,000 달러", "1만 달러", "100만 달러", "1억 달러",
                                           "10억 달러"};
    QTest::newRow("ko linear") << "ko" << false << QList<double>{0, 2.5e7, 5e7, 7.5e7, 1e8, 1.25e8}
                               << QStringList{"0 달러",       "2,500만 달러", "5,000만 달러",
                                              "7,500만 달러", "1억 달러",     "1억 2,500만 달러"};
    QTest::newRow("ko digits") << "ko" << false << QList<double>{0, 5e3, 1e4, 1.5e4}
                               << QStringList{"0 달러", "5,000 달러", "10,000 달러", "15,000 달러"};
}

void tst_ChartTicks::dollarTicks()
{
    QFETCH(QString, language);
    QFETCH(bool, logScale);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, labels);
    const Formatter f(language == "ko" ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                       : QLocale(QLocale::English, QLocale::UnitedStates));
    const QList<ChartTicks::Tick> ticks = ChartTicks::dollarTicks(values, f, logScale);
    QStringList got;
    for (const ChartTicks::Tick& t : ticks)
        got << t.label;
    QCOMPARE(got, labels);
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QCOMPARE(ticks.at(i).value, values.at(i));
}

void tst_ChartTicks::oneNotationPerAxis_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("max");
    for (const char* language : {"en", "ko"}) {
        for (double max : {8e3, 3e4, 7.2e5, 2.6e6, 9.9e7, 3.1e8, 2.2e9})
            QTest::addRow("%s %.0f", language, max) << QString(language) << max;
    }
}

void tst_ChartTicks::oneNotationPerAxis()
{
    // Whatever the range, the ticks of one linear axis share a notation: all with the same
    // suffix (K, M, B) or none; in Korean all in 만/억 or all in digits.
    QFETCH(QString, language);
    QFETCH(double, max);
    const Formatter f(language == "ko" ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                       : QLocale(QLocale::English, QLocale::UnitedStates));
    for (int n : {3, 5, 8, 10}) {
        const QList<ChartTicks::Tick> ticks =
            ChartTicks::dollarTicks(ChartTicks::linear(0, max, n), f, false);
        QSet<QString> kinds;
        for (const ChartTicks::Tick& t : ticks) {
            if (t.value == 0)
                continue;
            QString kind;
            if (language == "ko")
                kind =
                    t.label.contains(QStringLiteral("억")) || t.label.contains(QStringLiteral("만"))
                        ? "units"
                        : "digits";
            else
                kind = t.label.back().isLetter() ? QString(t.label.back()) : "digits";
            kinds.insert(kind);
        }
        QVERIFY2(kinds.size() <= 1,
                 qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(',')));
    }
}

QTEST_MAIN(tst_ChartTicks)
#include "tst_chartticks.moc"
