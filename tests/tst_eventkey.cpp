// SPDX-License-Identifier: GPL-3.0-or-later
// The key below a chart as pure geometry: entries laid out left to right, wrapping where the
// next does not fit, a text longer than the line shortened, and the number of lines (the room
// the chart's margin makes) from the same walk as the items. Metrics are made up so that the
// expected rectangles can be worked out by hand: every character is 10 units wide, a badge 12,
// a line 20 (17 for the item and 3 between lines).
#include "eventkey.h"

#include <QTest>

namespace {
EventKey::Metrics fixedMetrics()
{
    EventKey::Metrics m;
    m.lineHeight = 20;
    m.badge = 12;
    m.advance = [](const QString& text) { return 10.0 * text.size(); };
    // As many characters as fit, the last one a "~" when shortened.
    m.elide = [](const QString& text, qreal width) {
        const int fit = int(width / 10);
        return text.size() <= fit ? text : text.left(fit - 1) + QLatin1Char('~');
    };
    return m;
}
} // namespace

class tst_EventKey : public QObject
{
    Q_OBJECT

private slots:
    void layOut_data();
    void layOut();
    void room_data();
    void room();
};

void tst_EventKey::layOut_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<qreal>("right"); // left is 0, the bottom 100
    QTest::addColumn<bool>("compact");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QList<QRectF>>("rects");
    QTest::addColumn<QStringList>("drawn");

    QTest::newRow("none") << QStringList() << 200.0 << false << 0 << QList<QRectF>()
                          << QStringList();
    // 12 + 4 + 30 = 46 wide, then 14 apart: the second starts at 60. One line: its top is
    // 100 - 6 - 20 = 74.
    QTest::newRow("one line") << QStringList{QStringLiteral("abc"), QStringLiteral("defgh")}
                              << 200.0 << false << 1
                              << QList<QRectF>{QRectF(0, 74, 46, 17), QRectF(60, 74, 66, 17)}
                              << QStringList{QStringLiteral("abc"), QStringLiteral("defgh")};
    // The third (96 wide) would end at 140 + 96 = 236 > 200: a second line; the key starts at
    // 100 - 6 - 2 * 20 = 54.
    QTest::newRow("wraps")
        << QStringList{QStringLiteral("abc"), QStringLiteral("defgh"), QStringLiteral("ijklmnop")}
        << 200.0 << false << 2
        << QList<QRectF>{QRectF(0, 54, 46, 17), QRectF(60, 54, 66, 17), QRectF(0, 74, 96, 17)}
        << QStringList{QStringLiteral("abc"), QStringLiteral("defgh"), QStringLiteral("ijklmnop")};
    // Longer than the line (text room 100 - 12 - 4 = 84: 8 characters): shortened, and counted
    // with the width it is drawn with: the next entry goes to a second line.
    QTest::newRow("shortened") << QStringList{QStringLiteral("abcdefghijklmnopqrst"),
                                              QStringLiteral("ab")}
                               << 100.0 << false << 2
                               << QList<QRectF>{QRectF(0, 54, 96, 17), QRectF(0, 74, 36, 17)}
                               << QStringList{QStringLiteral("abcdefg~"), QStringLiteral("ab")};
    // Badges only, 6 apart: 0, 18, then 36 + 12 > 40 wraps.
    QTest::newRow("compact") << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                            QStringLiteral("c")}
                             << 40.0 << true << 2
                             << QList<QRectF>{QRectF(0, 54, 12, 17), QRectF(18, 54, 12, 17),
                                              QRectF(0, 74, 12, 17)}
                             << QStringList{QString(), QString(), QString()};
    // An entry wider than the line on a line of its own does not wrap before it.
    QTest::newRow("first too wide")
        << QStringList{QStringLiteral("abcdefghijklmnopqrst")} << 100.0 << false << 1
        << QList<QRectF>{QRectF(0, 74, 96, 17)} << QStringList{QStringLiteral("abcdefg~")};
}

void tst_EventKey::layOut()
{
    QFETCH(QStringList, texts);
    QFETCH(qreal, right);
    QFETCH(bool, compact);
    QFETCH(int, lines);
    QFETCH(QList<QRectF>, rects);
    QFETCH(QStringList, drawn);
    QList<EventKey::Entry> entries;
    // Symbols first, as the chart lists them, then events by index.
    const QList<int> ids = {EventKey::Approximate, 0, 1};
    for (int i = 0; i < texts.size(); ++i)
        entries.append({ids.at(i), texts.at(i)});
    const EventKey::Layout key = EventKey::layOut(entries, 0, right, 100, fixedMetrics(), compact);
    QCOMPARE(key.lines, lines);
    QCOMPARE(key.items.size(), rects.size());
    for (int i = 0; i < key.items.size(); ++i) {
        QCOMPARE(key.items.at(i).id, ids.at(i));
        QCOMPARE(key.items.at(i).rect, rects.at(i));
        QCOMPARE(key.items.at(i).text, drawn.at(i));
    }
}

void tst_EventKey::room_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<qreal>("lineHeight");
    QTest::addColumn<int>("room");
    QTest::newRow("no key") << 0 << 20.0 << 0;
    QTest::newRow("one line") << 1 << 20.2 << 25;    // ceil(20.2) + 4
    QTest::newRow("two lines") << 2 << 20.5 << 45;   // ceil(41) + 4
    QTest::newRow("three lines") << 3 << 19.4 << 63; // ceil(58.2) + 4
}

void tst_EventKey::room()
{
    QFETCH(int, lines);
    QFETCH(qreal, lineHeight);
    QFETCH(int, room);
    QCOMPARE(EventKey::room(lines, lineHeight), room);
}

QTEST_GUILESS_MAIN(tst_EventKey)
#include "tst_eventkey.moc"
