// SPDX-License-Identifier: GPL-3.0-or-later
#include "downsampler.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using Lines = QList<QList<QPointF>>;

namespace {
/// Points at x = first, first + 1, … with the given values.
QList<QPointF> at(double first, const QList<double>& ys)
{
    QList<QPointF> out;
    for (double y : ys)
        out.append(QPointF(first++, y));
    return out;
}
} // namespace

class tst_Downsampler : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void extremesAndGaps_data();
    void extremesAndGaps();
    void followsTheAxis();
};

void tst_Downsampler::lines_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("xMin");
    QTest::addColumn<double>("xMax");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("gapAbove");
    QTest::addColumn<Lines>("expected");

    const double noGap = std::numeric_limits<double>::infinity();
    QTest::newRow("few points are drawn as they are")
        << at(0, {1, 2, 3}) << 0.0 << 2.0 << 100 << noGap << Lines{at(0, {1, 2, 3})};
    QTest::newRow("no pixels yet: everything in range")
        << at(0, {4, 1, 7, 2, 9}) << 0.0 << 4.0 << 0 << noGap << Lines{at(0, {4, 1, 7, 2, 9})};
    // Two columns of ten points: x 0–9 and 10–19.
    // Column 0: y 5 3 9 1 4 4 8 2 7 6 → highest (2,9), lowest (3,1); the line starts at (0,5).
    // Column 1: y 0 5 5 10 5 5 5 5 5 5 → lowest (10,0), highest (13,10); it ends at (19,5).
    QTest::newRow("lowest and highest of each column, and the line's ends")
        << at(0, {5, 3, 9, 1, 4, 4, 8, 2, 7, 6, 0, 5, 5, 10, 5, 5, 5, 5, 5, 5}) << 0.0 << 20.0 << 2
        << noGap << Lines{{{0, 5}, {2, 9}, {3, 1}, {10, 0}, {13, 10}, {19, 5}}};
    // Three columns of four (x 0–3, 4–7, 8–11). Column 0: flat at 1, the line starts at (0,1).
    // Column 1: y 6 2 8 5 → lowest (5,2), highest (6,8); neither (4,6) nor (7,5).
    // Column 2: flat at 3 → (8,3), and the line ends at (11,3).
    QTest::newRow("a middle column keeps only its extremes")
        << at(0, {1, 1, 1, 1, 6, 2, 8, 5, 3, 3, 3, 3}) << 0.0 << 12.0 << 3 << noGap
        << Lines{{{0, 1}, {5, 2}, {6, 8}, {8, 3}, {11, 3}}};
    QTest::newRow("lowest before highest keeps x order")
        << at(0, {5, 5, 1, 5, 5, 5, 9, 5, 5, 5}) << 0.0 << 10.0 << 1 << noGap
        << Lines{{{0, 5}, {2, 1}, {6, 9}, {9, 5}}};
    QTest::newRow("a flat column keeps its two ends")
        << at(0, {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}) << 0.0 << 10.0 << 1 << noGap
        << Lines{{{0, 3}, {9, 3}}};
    QTest::newRow("outside the range: the nearest point on each side")
        << at(0, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}) << 5.0 << 8.0 << 100 << noGap
        << Lines{at(4, {4, 5, 6, 7, 8, 9})};
    QTest::newRow("a line crossing the whole range keeps its two ends")
        << QList<QPointF>{{0, 1}, {100, 2}} << 40.0 << 60.0 << 100 << noGap
        << Lines{{{0, 1}, {100, 2}}};
    QTest::newRow("a gap is not bridged")
        << QList<QPointF>{{0, 1}, {1, 2}, {2, 3}, {5, 4}, {6, 5}, {7, 6}} << 0.0 << 7.0 << 100
        << 1.0 << Lines{at(0, {1, 2, 3}), at(5, {4, 5, 6})};
    QTest::newRow("a run wholly beside the range goes")
        << QList<QPointF>{{0, 1}, {1, 2}, {5, 7}, {6, 3}, {10, 4}, {11, 5}} << 5.0 << 6.0 << 100
        << 1.0 << Lines{at(5, {7, 3})};
    QTest::newRow("a lone figure between gaps stays")
        << QList<QPointF>{{0, 1}, {1, 2}, {5, 7}, {9, 3}, {10, 4}} << 0.0 << 10.0 << 100 << 1.0
        << Lines{at(0, {1, 2}), at(5, {7}), at(9, {3, 4})};
    // One column holds both runs (x 0–9 and 20–29): each is reduced on its own.
    // Run 1: y 2 8 2 2 2 2 2 0 2 2 → (0,2) (1,8) (7,0) (9,2).
    // Run 2: y 6 6 6 9 6 6 6 6 1 6 → (20,6) (23,9) (28,1) (29,6).
    QTest::newRow("a gap inside a column is not bridged")
        << (at(0, {2, 8, 2, 2, 2, 2, 2, 0, 2, 2}) + at(20, {6, 6, 6, 9, 6, 6, 6, 6, 1, 6})) << 0.0
        << 30.0 << 1 << 1.0
        << Lines{{{0, 2}, {1, 8}, {7, 0}, {9, 2}}, {{20, 6}, {23, 9}, {28, 1}, {29, 6}}};
}

void tst_Downsampler::lines()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, xMin);
    QFETCH(double, xMax);
    QFETCH(int, columns);
    QFETCH(double, gapAbove);
    QFETCH(Lines, expected);

    Downsampler d;
    d.xMin = xMin;
    d.xMax = xMax;
    d.columns = columns;
    d.gapAbove = gapAbove;
    QCOMPARE(d.lines(points), expected);
}

void tst_Downsampler::extremesAndGaps_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("gapEvery"); ///< a missing x after about every n points; 0: none
    QTest::addColumn<double>("zoomFrom");
    QTest::addColumn<double>("zoomTo"); ///< the visible share of the x range

    QTest::newRow("200,000 points, 900 columns") << 200000 << 900 << 0 << 0.0 << 1.0;
    QTest::newRow("200,000 points with gaps, 900 columns") << 200000 << 900 << 997 << 0.0 << 1.0;
    QTest::newRow("dense gaps, 300 columns") << 50000 << 300 << 13 << 0.0 << 1.0;
    QTest::newRow("zoomed in on a fifth") << 200000 << 900 << 997 << 0.4 << 0.6;
    QTest::newRow("zoomed in to fewer points than columns") << 200000 << 900 << 97 << 0.5 << 0.501;
}

void tst_Downsampler::extremesAndGaps()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    QFETCH(int, gapEvery);
    QFETCH(double, zoomFrom);
    QFETCH(double, zoomTo);

    // A random walk on x = 0, 1, 2, … with some x missing (the gaps).
    QRandomGenerator random(20200301);
    QList<QPointF> points;
    double x = 0;
    double y = 0;
    for (int i = 0; i < count; ++i) {
        if (gapEvery > 0 && random.bounded(gapEvery) == 0)
            x += 1 + random.bounded(3);
        y += random.bounded(2.0) - 1.0;
        points.append(QPointF(x++, y));
    }
    Downsampler d;
    d.xMin = x * zoomFrom;
    d.xMax = x * zoomTo;
    d.columns = columns;
    d.gapAbove = 1;
    const Lines lines = d.lines(points);

    // Every point kept is an input point, each line lies within one run, and the lines follow
    // each other in x.
    QHash<double, double> input;
    for (const QPointF& p : points)
        input.insert(p.x(), p.y());
    qsizetype kept = 0;
    double previousEnd = -1;
    for (const QList<QPointF>& line : lines) {
        QVERIFY(!line.isEmpty());
        QVERIFY(line.first().x() > previousEnd);
        previousEnd = line.last().x();
        for (qsizetype i = 0; i < line.size(); ++i) {
            QVERIFY2(input.contains(line.at(i).x()) &&
                         input.value(line.at(i).x()) == line.at(i).y(),
                     "a point that is not in the data");
            if (i > 0) {
                QVERIFY(line.at(i).x() > line.at(i - 1).x());
                for (double between = line.at(i - 1).x() + 1; between < line.at(i).x(); ++between)
                    QVERIFY2(input.contains(between), "a gap bridged");
            }
        }
        kept += line.size();
    }
    // No more than two points per column a line passes through, plus the line's two ends.
    const double perColumn = columns / (d.xMax - d.xMin);
    qsizetype bound = 0;
    for (const QList<QPointF>& line : lines) {
        QSet<double> touched;
        for (const QPointF& p : line)
            touched.insert(std::floor((p.x() - d.xMin) * perColumn));
        bound += touched.size() * Downsampler::KeptPerColumn + 2;
    }
    QVERIFY(kept <= bound);
    if (gapEvery == 0 && zoomTo - zoomFrom == 1.0)
        QVERIFY(kept <= qsizetype(columns + 1) * Downsampler::KeptPerColumn + 2);

    // In every column, each run's lowest and highest point is kept.
    QSet<double> keptX;
    for (const QList<QPointF>& line : lines) {
        for (const QPointF& p : line)
            keptX.insert(p.x());
    }
    qsizetype i = 0;
    while (i < points.size()) {
        if (points.at(i).x() < d.xMin || points.at(i).x() > d.xMax) {
            ++i;
            continue;
        }
        const double column = std::floor((points.at(i).x() - d.xMin) * perColumn);
        qsizetype low = i;
        qsizetype high = i;
        qsizetype j = i + 1;
        while (j < points.size() && points.at(j).x() <= d.xMax &&
               points.at(j).x() - points.at(j - 1).x() <= 1 &&
               std::floor((points.at(j).x() - d.xMin) * perColumn) == column) {
            if (points.at(j).y() < points.at(low).y())
                low = j;
            if (points.at(j).y() > points.at(high).y())
                high = j;
            ++j;
        }
        QVERIFY2(keptX.contains(points.at(low).x()), "a column's lowest point dropped");
        QVERIFY2(keptX.contains(points.at(high).x()), "a column's highest point dropped");
        i = j;
    }
}

void tst_Downsampler::followsTheAxis()
{
    QChart chart;
    chart.resize(QSizeF(700, 400));
    auto* axis = new QValueAxis;
    axis->setRange(0, 9999);
    chart.addAxis(axis, Qt::AlignBottom);
    auto* series = new QLineSeries;
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append(QPointF(i, (i * 7919) % 101));
    series->append(points);
    chart.addSeries(series);
    series->attachAxis(axis);
    chart.layout()->activate();
    const int columns = int(std::ceil(chart.plotArea().width()));
    QVERIFY(columns > 100 && columns < 700);

    auto* downsampler = new LineDownsampler(&chart, axis);
    QCOMPARE(downsampler->parent(), axis);
    downsampler->adoptLines();
    QCOMPARE(downsampler->points(series), points);
    QVERIFY(series->count() <= columns * Downsampler::KeptPerColumn + 2);
    QVERIFY(series->count() >= columns);

    // Zoomed in to 51 points: every one of them is drawn, with the neighbour on each side.
    axis->setRange(100, 150);
    QCOMPARE(series->points(), points.mid(99, 53));
    QCOMPARE(downsampler->points(series), points);

    // Back out: reduced again.
    axis->setRange(0, 9999);
    QVERIFY(series->count() <= columns * Downsampler::KeptPerColumn + 2);
    QCOMPARE(series->points().first(), points.first());
    QCOMPARE(series->points().last(), points.last());

    // The axis goes, and the downsampler with it.
    QPointer<LineDownsampler> guard(downsampler);
    chart.removeAxis(axis);
    delete axis;
    QVERIFY(guard.isNull());
}

QTEST_MAIN(tst_Downsampler)
#include "tst_downsampler.moc"
