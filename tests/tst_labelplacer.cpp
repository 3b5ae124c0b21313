// SPDX-License-Identifier: GPL-3.0-or-later
// The overlay's label placement as pure geometry: which part of a span is in view (a span panned
// out of view gets no label at the plot's edge), and which candidate a label takes.
#include "labelplacer.h"

#include <QTest>

class tst_LabelPlacer : public QObject
{
    Q_OBJECT

private slots:
    void spanLabelCentre_data();
    void spanLabelCentre();
    void chooseAvoidsTextsThenData();
    void chooseStaysInside();
};

void tst_LabelPlacer::spanLabelCentre_data()
{
    // A plot from x = 100 to x = 900 pixels.
    QTest::addColumn<double>("x0");
    QTest::addColumn<double>("x1");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<double>("centre");
    QTest::newRow("inside") << 200.0 << 300.0 << true << 250.0;
    QTest::newRow("reversed") << 300.0 << 200.0 << true << 250.0;
    // Panned so that the span lies left of the plot ("up to 1998" after arrow keys).
    QTest::newRow("left of the plot") << -300.0 << 40.0 << false << 0.0;
    QTest::newRow("ends at the left edge") << -300.0 << 100.0 << false << 0.0;
    QTest::newRow("right of the plot") << 950.0 << 1200.0 << false << 0.0;
    QTest::newRow("starts at the right edge") << 900.0 << 1200.0 << false << 0.0;
    // Partly in view: labelled in the middle of what is seen.
    QTest::newRow("partly, left") << -100.0 << 300.0 << true << 200.0;
    QTest::newRow("partly, right") << 700.0 << 1500.0 << true << 800.0;
    QTest::newRow("wider than the plot") << -1000.0 << 2000.0 << true << 500.0;
}

void tst_LabelPlacer::spanLabelCentre()
{
    QFETCH(double, x0);
    QFETCH(double, x1);
    QFETCH(bool, visible);
    QFETCH(double, centre);
    const auto got = LabelPlacer::spanLabelCentre(x0, x1, 100, 900);
    QCOMPARE(got.has_value(), visible);
    if (visible)
        QCOMPARE(*got, centre);
    const auto part = LabelPlacer::visiblePart(x0, x1, 100, 900);
    QCOMPARE(part.has_value(), visible);
    if (visible) {
        QVERIFY(part->first >= 100 && part->second <= 900);
        QVERIFY(part->first < part->second);
    }
}

void tst_LabelPlacer::chooseAvoidsTextsThenData()
{
    LabelPlacer placer(QRectF(0, 0, 400, 300));
    const QSizeF size(60, 20);
    const QRectF near(QPointF(100, 100), size);
    const QRectF further(QPointF(100, 140), size);
    const QRectF furthest(QPointF(100, 200), size);
    const QPointF anchor(130, 95);
    // Nothing in the way: the nearest.
    QCOMPARE(placer.choose({near, further, furthest}, false, anchor), near);
    // A point of the data under the nearest: the next.
    placer.addData(QRectF(120, 105, 6, 6));
    QCOMPARE(placer.choose({near, further, furthest}, false, anchor), further);
    // A text already placed over the next: the third, though far.
    placer.addObstacle(QRectF(90, 150, 10, 5).adjusted(0, 0, 50, 0));
    QCOMPARE(placer.choose({near, further, furthest}, false, anchor), furthest);
    // Bars count only for labels that avoid them.
    LabelPlacer bars(QRectF(0, 0, 400, 300));
    bars.addBar(QRectF(110, 90, 20, 200));
    QCOMPARE(bars.choose({near, further}, false, anchor), near);
    const QRectF clear(QPointF(200, 100), size);
    QCOMPARE(bars.choose({near, clear}, true, anchor), clear);
    // A line behind costs a little.
    LabelPlacer lines(QRectF(0, 0, 400, 300));
    lines.addSegment(QLineF(QPointF(0, 110), QPointF(400, 110)));
    QCOMPARE(lines.choose({near, further}, false, anchor), further);
}

void tst_LabelPlacer::chooseStaysInside()
{
    const QRectF area(0, 0, 400, 300);
    LabelPlacer placer(area);
    const QRectF outside(QPointF(-50, 10), QSizeF(60, 20));
    const QRectF inside(QPointF(200, 200), QSizeF(60, 20));
    QCOMPARE(placer.choose({outside, inside}, false, QPointF(0, 0)), inside);
    // No candidate inside: the first, moved in.
    const QRectF got = placer.choose({outside}, false, QPointF(0, 0));
    QVERIFY(area.contains(got));
    QCOMPARE(got, QRectF(QPointF(0, 10), QSizeF(60, 20)));
    QCOMPARE(LabelPlacer::clampInto(QRectF(380, 290, 60, 20), area), QRectF(340, 280, 60, 20));
    QCOMPARE(LabelPlacer::distance(QRectF(0, 0, 10, 10), QPointF(13, 14)), 5.0);
    QCOMPARE(LabelPlacer::distance(QRectF(0, 0, 10, 10), QPointF(3, 4)), 0.0);
}

QTEST_GUILESS_MAIN(tst_LabelPlacer)
#include "tst_labelplacer.moc"
