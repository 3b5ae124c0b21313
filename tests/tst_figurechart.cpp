// SPDX-License-Identifier: GPL-3.0-or-later
// The three figures' charts: what is drawn for which model cell, spans never as points, gaps
// never bridged, axis labels, legend toggling, languages and themes, rendering without warnings.
#include "chartpalette.h"
#include "core/catalog.h"
#include "exportrecipe.h"
#include "figurechart.h"
#include "figurechartbase.h"
#include "figurerenderer.h"
#include "itemmodels/destinationsmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/seriestablemodel.h"
#include "storage/store.h"
#include "warningcollector.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

Q_DECLARE_METATYPE(FigureKind)
Q_DECLARE_METATYPE(FigureOptions)
Q_DECLARE_METATYPE(Theme)

class tst_FigureChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figureAgreesWithItsChart_data();
    void figureAgreesWithItsChart();
    void names_data();
    void names();
    void modelsAreSound_data();
    void modelsAreSound();
    void renders_data();
    void renders();
    void arrivalsSpansAreBrackets_data();
    void arrivalsSpansAreBrackets();
    void arrivalsSingleYearsArePoints_data();
    void arrivalsSingleYearsArePoints();
    void spanLabelsFollowTheVisibleRange_data();
    void spanLabelsFollowTheVisibleRange();
    void arrivalsYearLabelsAreIntegers();
    void arrivalsPeakAndLowAreLabelled();
    void arrivalsRangeAndQuarters();
    void tradeGapsAreNeverBridged_data();
    void tradeGapsAreNeverBridged();
    void tradeTwoMonthFigureIsASpan_data();
    void tradeTwoMonthFigureIsASpan();
    void tradeCumulativeTotalsAreNotDrawn_data();
    void tradeCumulativeTotalsAreNotDrawn();
    void tradeLogScale();
    void tradeLowsAreAnnotated();
    void destinationsOverview();
    void destinationsViews_data();
    void destinationsViews();
    void destinationsOverTime();
    void destinationsLinearByDefault();
    void destinationsLogByChoice();
    void asylumBarsFollowTheLegend();
    void keyExplainsSymbols();
    void provenanceKeepsTheScaleAndView();
    void tradeLabelsClearOfLines_data();
    void tradeLabelsClearOfLines();
    void clickAndPositionAgree_data();
    void clickAndPositionAgree();
    void legendTogglesSeries();
    void annotationsToggle();
    void retranslateFollowsLanguage();
    void themes_data();
    void themes();

private:
    std::unique_ptr<FigureChartBase> make(FigureKind kind, const FigureOptions& options = {},
                                          Theme theme = Theme::Light);
    /// Shows the chart in a view of the given size so that it is laid out.
    QChartView* show(FigureChartBase* figure, const QSize& size = QSize(1000, 620));
    static int rowOf(const QAbstractItemModel* m, const QString& periodCode);
    static QList<QLineSeries*> lines(QChart* chart, const QString& key);

    Snapshot m_snapshot;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QChartView> m_view;
};

void tst_FigureChart::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK KR"), 10));
    Store store;
    QVERIFY2(store.openInMemory(), qPrintable(store.errorString()));
    QVERIFY(store.load(&m_snapshot));
    TestSupport::WarningCollector::install();
}

void tst_FigureChart::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
    TestSupport::WarningCollector::clear();
}

void tst_FigureChart::cleanup()
{
    m_view.reset();
    m_catalog.reset();
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

std::unique_ptr<FigureChartBase> tst_FigureChart::make(FigureKind kind,
                                                       const FigureOptions& options, Theme theme)
{
    auto* figure = qobject_cast<FigureChartBase*>(FigureChart::create(kind, m_catalog.get()));
    if (!figure)
        return nullptr;
    figure->setTheme(theme);
    figure->setOptions(options);
    return std::unique_ptr<FigureChartBase>(figure);
}

QChartView* tst_FigureChart::show(FigureChartBase* figure, const QSize& size)
{
    m_view = std::make_unique<QChartView>();
    m_view->setChart(figure->chart());
    m_view->resize(size);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return m_view.get();
}

int tst_FigureChart::rowOf(const QAbstractItemModel* m, const QString& periodCode)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() == periodCode)
            return r;
    }
    return -1;
}

QList<QLineSeries*> tst_FigureChart::lines(QChart* chart, const QString& key)
{
    QList<QLineSeries*> out;
    for (QAbstractSeries* s : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (line && s->property("crossingsSeries").toString() == key)
            out << line;
    }
    return out;
}

void tst_FigureChart::names_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("arrivals") << FigureKind::Arrivals << "arrivals";
    QTest::newRow("trade") << FigureKind::Trade << "trade";
    QTest::newRow("destinations") << FigureKind::Destinations << "destinations";
}

void tst_FigureChart::names()
{
    QFETCH(FigureKind, kind);
    QFETCH(QString, name);
    QCOMPARE(Figure::name(kind), name);
    QCOMPARE(Figure::fromName(name), std::optional<FigureKind>(kind));
    QCOMPARE(Figure::fromName(name.toUpper()), std::optional<FigureKind>(kind));
    QVERIFY(!Figure::fromName(QStringLiteral("nonsense")));
    auto figure = make(kind);
    QVERIFY(figure);
    QCOMPARE(figure->figure()->kind(), kind);
    QVERIFY(!figure->figure()->title().isEmpty());
    QVERIFY(!figure->figure()->subtitle().isEmpty());
    QCOMPARE(figure->chart()->title(), figure->figure()->title());
}

void tst_FigureChart::modelsAreSound_data()
{
    names_data();
}

void tst_FigureChart::modelsAreSound()
{
    QFETCH(FigureKind, kind);
    auto figure = make(kind);
    QAbstractItemModelTester tester(figure->figure()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    FigureOptions o;
    o.quarterly = true;
    o.destinationsView = DestinationsView::AsylumDecisions;
    figure->setOptions(o);
    o.quarterly = false;
    o.firstYear = 2005;
    o.destinationsView = DestinationsView::UsArrivals;
    figure->setOptions(o);
    m_catalog->setSnapshot(m_snapshot); // a reload (after an import)
    QVERIFY(figure->figure()->model()->rowCount() > 0);
}

void tst_FigureChart::figureAgreesWithItsChart_data()
{
    // The Figure works out what the chart will draw without drawing it: the events on its time
    // axis (cited in the provenance) and the symbols its caveat explains.
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<FigureOptions>("options");
    QTest::addColumn<bool>("square"); ///< a derived figure is drawn as a point
    FigureOptions o;
    QTest::newRow("arrivals") << FigureKind::Arrivals << o << false;
    o.firstYear = 2019;
    o.lastYear = 2020;
    QTest::newRow("arrivals 2019-2020") << FigureKind::Arrivals << o << false;
    o.firstYear = 1990;
    o.lastYear = 2030;
    o.sexSplit = true;
    QTest::newRow("arrivals all split") << FigureKind::Arrivals << o << false;
    o.bars = true;
    QTest::newRow("arrivals all bars split") << FigureKind::Arrivals << o << false;
    o = FigureOptions();
    o.quarterly = true;
    QTest::newRow("arrivals quarterly") << FigureKind::Arrivals << o << false;
    o = FigureOptions();
    // Trade: China's total for January 2019 is derived (imports plus exports, diplomat-2020-03).
    QTest::newRow("trade") << FigureKind::Trade << o << true;
    o.firstYear = 2015;
    o.lastYear = 2030;
    o.logScale = true;
    QTest::newRow("trade all log") << FigureKind::Trade << o << true;
    o.hiddenSeries = {QStringLiteral("china_imports")};
    o.annotations = false;
    QTest::newRow("trade all without imports") << FigureKind::Trade << o << true;
    for (DestinationsView view : {DestinationsView::Overview, DestinationsView::AsylumDecisions,
                                  DestinationsView::UsArrivals, DestinationsView::OverTime}) {
        o = FigureOptions();
        o.destinationsView = view;
        QTest::addRow("destinations %d", int(view)) << FigureKind::Destinations << o << false;
    }
}

void tst_FigureChart::figureAgreesWithItsChart()
{
    QFETCH(FigureKind, kind);
    QFETCH(FigureOptions, options);
    QFETCH(bool, square);
    auto chart = make(kind, options);
    QVERIFY(chart);
    QChartView* view = show(chart.get());
    QVERIFY(view);
    QStringList numbered; // the sources of the events numbered in the key
    for (const ChartEvent& e : chart->events()) {
        if (e.number > 0 && !e.sourceId.isEmpty() && !numbered.contains(e.sourceId))
            numbered << e.sourceId;
    }
    QCOMPARE(chart->figure()->eventSourceIds(), numbered);
    if (kind == FigureKind::Destinations)
        return; // its caveats are the data's own, not the symbols'
    const QString caveat = chart->figure()->caveat();
    const QStringList key = chart->keyTexts();
    QCOMPARE(caveat.contains(QStringLiteral("An open point")),
             key.contains(QStringLiteral("Approximate figure")));
    QCOMPARE(caveat.contains(QStringLiteral("A square")),
             key.contains(QStringLiteral("Derived from other figures")));
    QCOMPARE(caveat.contains(QStringLiteral("A diamond")),
             key.contains(QStringLiteral("Other sources report another figure")));
    QCOMPARE(caveat.contains(QStringLiteral("A square")), square);
}

void tst_FigureChart::renders_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<FigureOptions>("options");
    QTest::addColumn<QString>("file");
    QTest::addColumn<Theme>("theme");
    FigureOptions o;
    QTest::newRow("arrivals line") << FigureKind::Arrivals << o << "arrivals-line" << Theme::Light;
    o.bars = true;
    QTest::newRow("arrivals bars") << FigureKind::Arrivals << o << "arrivals-bars" << Theme::Light;
    o.sexSplit = true;
    QTest::newRow("arrivals bars split")
        << FigureKind::Arrivals << o << "arrivals-bars-split" << Theme::Light;
    o.bars = false;
    QTest::newRow("arrivals line split")
        << FigureKind::Arrivals << o << "arrivals-line-split" << Theme::Light;
    o = FigureOptions();
    o.quarterly = true;
    QTest::newRow("arrivals quarterly")
        << FigureKind::Arrivals << o << "arrivals-quarterly" << Theme::Light;
    o = FigureOptions();
    o.lastYear = 2024;
    QTest::newRow("arrivals to 2024 dark")
        << FigureKind::Arrivals << o << "arrivals-dark" << Theme::Dark;
    o = FigureOptions();
    QTest::newRow("trade") << FigureKind::Trade << o << "trade" << Theme::Light;
    o.logScale = true;
    QTest::newRow("trade log") << FigureKind::Trade << o << "trade-log" << Theme::Light;
    QTest::newRow("trade log print") << FigureKind::Trade << o << "trade-print" << Theme::Print;
    o = FigureOptions();
    QTest::newRow("destinations") << FigureKind::Destinations << o << "destinations"
                                  << Theme::Light;
    o.destinationsView = DestinationsView::AsylumDecisions;
    QTest::newRow("asylum") << FigureKind::Destinations << o << "asylum" << Theme::Light;
    o.destinationsView = DestinationsView::UsArrivals;
    QTest::newRow("us arrivals") << FigureKind::Destinations << o << "us-arrivals"
                                 << Theme::Contrast;
}

void tst_FigureChart::renders()
{
    QFETCH(FigureKind, kind);
    QFETCH(FigureOptions, options);
    QFETCH(QString, file);
    QFETCH(Theme, theme);
    auto figure = make(kind, options, theme);
    QChartView* view = show(figure.get());
    QVERIFY(view);
    const QImage image = view->grab().toImage();
    QVERIFY(!image.isNull());
    // Something other than the background was drawn inside the plot area.
    const QRectF plot = figure->chart()->plotArea();
    const QColor background = image.pixelColor(plot.topLeft().toPoint() + QPoint(2, 2));
    int different = 0;
    for (int y = int(plot.top()); y < int(plot.bottom()); y += 3) {
        for (int x = int(plot.left()); x < int(plot.right()); x += 3)
            different += image.pixelColor(x, y) != background;
    }
    QVERIFY2(different > 200, qPrintable(QString::number(different)));
    const QByteArray dir = qgetenv("CROSSINGS_SAVE_IMAGES");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + file +
                           QStringLiteral(".png")));
}

void tst_FigureChart::arrivalsSpansAreBrackets_data()
{
    QTest::addColumn<bool>("bars");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("shape");
    QTest::addColumn<double>("left"); // in years from the first year shown (1998)
    QTest::addColumn<double>("right");
    QTest::addColumn<double>("value");
    // ../1998 covers everything up to the end of 1998: open on the left, ends at the 1998/1999
    // edge.
    QTest::newRow("up to 1998, line")
        << false << "../1998" << int(ChartMark::Shape::OpenSpan) << -1.5 << 0.5 << 947.0;
    QTest::newRow("1999-2001, line")
        << false << "1999/2001" << int(ChartMark::Shape::Span) << 0.5 << 3.5 << 1043.0;
    QTest::newRow("up to 1998, bars")
        << true << "../1998" << int(ChartMark::Shape::OpenSpan) << -1.5 << 0.5 << 947.0;
    QTest::newRow("1999-2001, bars")
        << true << "1999/2001" << int(ChartMark::Shape::Span) << 0.5 << 3.5 << 1043.0;
}

void tst_FigureChart::arrivalsSpansAreBrackets()
{
    QFETCH(bool, bars);
    QFETCH(QString, period);
    QFETCH(int, shape);
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(double, value);
    FigureOptions o;
    o.bars = bars;
    auto figure = make(FigureKind::Arrivals, o);
    const int row = rowOf(figure->figure()->model(), period);
    QVERIFY(row >= 0);
    const QModelIndex cell = figure->figure()->model()->index(row, 1);
    int found = 0;
    for (const ChartMark& m : figure->marks()) {
        if (m.index != cell)
            continue;
        ++found;
        QCOMPARE(int(m.shape), shape);
        QCOMPARE(m.a.x(), left);
        QCOMPARE(m.b.x(), right);
        QCOMPARE(m.a.y(), value);
        QCOMPARE(m.b.y(), value);
        QCOMPARE(m.label.size(), 2);
    }
    QCOMPARE(found, 1);
    // Not a point of any line, nor a bar.
    for (QLineSeries* line : lines(figure->chart(), QStringLiteral("total"))) {
        for (const QPointF& p : line->points())
            QVERIFY2(p.y() != value, qPrintable(QStringLiteral("%1 drawn as a point").arg(value)));
    }
}

void tst_FigureChart::arrivalsSingleYearsArePoints_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    // Typed from the curated arrivals: the press's single years 1999-2001, the 2009 peak and the
    // collapse of 2020-2021.
    QTest::newRow("1999") << "1999" << 1.0 << 148.0;
    QTest::newRow("2000") << "2000" << 2.0 << 312.0;
    QTest::newRow("2001") << "2001" << 3.0 << 583.0;
    QTest::newRow("2009") << "2009" << 11.0 << 2914.0;
    QTest::newRow("2020") << "2020" << 22.0 << 229.0;
    QTest::newRow("2021") << "2021" << 23.0 << 63.0;
    QTest::newRow("2022") << "2022" << 24.0 << 67.0;
}

void tst_FigureChart::arrivalsSingleYearsArePoints()
{
    QFETCH(QString, period);
    QFETCH(double, x);
    QFETCH(double, value);
    auto figure = make(FigureKind::Arrivals);
    int onLine = 0;
    for (QLineSeries* line : lines(figure->chart(), QStringLiteral("total"))) {
        for (const QPointF& p : line->points())
            onLine += p == QPointF(x, value);
    }
    QCOMPARE(onLine, 1);
    const int row = rowOf(figure->figure()->model(), period);
    const QModelIndex cell = figure->figure()->model()->index(row, 1);
    bool marked = false;
    for (const ChartMark& m : figure->marks())
        marked |= m.index == cell && m.shape == ChartMark::Shape::Point && m.a == QPointF(x, value);
    QVERIFY(marked);
}

void tst_FigureChart::spanLabelsFollowTheVisibleRange_data()
{
    // The horizontal range shown after zooming and panning, in years from 1998 (x = 0); the
    // spans "up to 1998, 947 in all" (x up to 0.5) and "1999-2001, 1,043 together" (0.5 to 3.5).
    QTest::addColumn<bool>("bars");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("upTo1998"); // labelled
    QTest::addColumn<bool>("span1999");
    QTest::newRow("whole, line") << false << -1.5 << 25.5 << true << true;
    QTest::newRow("panned right, line") << false << 8.0 << 16.0 << false << false;
    QTest::newRow("panned right, bars") << true << 8.0 << 16.0 << false << false;
    QTest::newRow("1999-2001 partly in view") << false << 2.0 << 12.0 << false << true;
    QTest::newRow("1999-2001 partly in view, bars") << true << 2.5 << 10.0 << false << true;
}

void tst_FigureChart::spanLabelsFollowTheVisibleRange()
{
    QFETCH(bool, bars);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(bool, upTo1998);
    QFETCH(bool, span1999);
    FigureOptions o;
    o.bars = bars;
    auto figure = make(FigureKind::Arrivals, o);
    QVERIFY(show(figure.get()));
    QChart* chart = figure->chart();
    auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
    QVERIFY(x);
    x->setRange(min, max);
    QCoreApplication::processEvents();
    const QRectF plot = chart->plotArea();
    const QHash<int, QRectF> labels = figure->spanLabels();
    const QList<ChartMark> marks = figure->marks();
    int checked = 0;
    for (int i = 0; i < marks.size(); ++i) {
        const ChartMark& m = marks.at(i);
        const QString period =
            QModelIndex(m.index).siblingAtColumn(0).data(roleId(DataRole::PeriodCode)).toString();
        bool expected = false;
        if (period == QLatin1String("../1998"))
            expected = upTo1998;
        else if (period == QLatin1String("1999/2001"))
            expected = span1999;
        else
            continue;
        ++checked;
        QVERIFY2(labels.contains(i) == expected,
                 qPrintable(QStringLiteral("%1 labelled: %2").arg(period).arg(labels.contains(i))));
        if (!expected)
            continue;
        const QRectF label = labels.value(i);
        QVERIFY(plot.contains(label));
        // Near the visible part of its bracket, not piled at the edge over the axis.
        const qreal end = chart->mapToPosition(m.b, chart->series().first()).x();
        QVERIFY2(label.left() < std::min(end, plot.right()),
                 qPrintable(QStringLiteral("%1: label at %2, bracket ends at %3")
                                .arg(period)
                                .arg(label.left())
                                .arg(end)));
    }
    QCOMPARE(checked, 2);
    // No label of any span lies outside the plot.
    for (const QRectF& r : labels)
        QVERIFY(plot.contains(r));
}

void tst_FigureChart::arrivalsYearLabelsAreIntegers()
{
    auto figure = make(FigureKind::Arrivals);
    QVERIFY(show(figure.get()));
    const auto horizontal = figure->chart()->axes(Qt::Horizontal);
    const auto vertical = figure->chart()->axes(Qt::Vertical);
    QCOMPARE(horizontal.size(), 1);
    QCOMPARE(vertical.size(), 1);
    auto* x = qobject_cast<QCategoryAxis*>(horizontal.first());
    auto* y = qobject_cast<QCategoryAxis*>(vertical.first());
    QVERIFY(x && y);
    QStringList xLabels = x->categoriesLabels();
    QVERIFY(xLabels.contains(QStringLiteral("1998")));
    QVERIFY(xLabels.contains(QStringLiteral("2010")));
    QVERIFY(xLabels.contains(QStringLiteral("2022")));
    // The default range: 1998 to the latest year with a final or provisional figure.
    int latest = 0;
    for (const Observation& o : std::as_const(m_snapshot.observations)) {
        if (o.dataset == Term::Dataset::Arrivals && o.plotted &&
            o.period.kind() == Period::Kind::Year &&
            (o.status == Term::Status::Final || o.status == Term::Status::Provisional))
            latest = std::max(latest, o.period.year());
    }
    QVERIFY(latest >= 2024);
    for (const QString& label : xLabels)
        QVERIFY2(label.size() == 4 && label.toInt() >= 1998 && label.toInt() <= latest,
                 qPrintable(label));
    const QStringList yLabels = y->categoriesLabels();
    QVERIFY(yLabels.contains(QStringLiteral("0")));
    QVERIFY(yLabels.contains(QStringLiteral("1,000")));
    QVERIFY(yLabels.contains(QStringLiteral("3,000")));
    for (const QString& label : yLabels)
        QVERIFY2(!label.contains(QLatin1Char('.')), qPrintable(label));
    // The 2009 peak fits under the top of the axis with room for the annotations.
    QVERIFY(y->max() > 2914 * 1.15);
}

void tst_FigureChart::arrivalsPeakAndLowAreLabelled()
{
    auto figure = make(FigureKind::Arrivals);
    QStringList texts;
    for (const ChartNote& n : figure->notes())
        texts << n.text;
    QVERIFY2(texts.contains(QStringLiteral("Peak: 2,914 (2009)")), qPrintable(texts.join('|')));
    QVERIFY2(texts.contains(QStringLiteral("Lowest: 63 (2021)")), qPrintable(texts.join('|')));
}

void tst_FigureChart::arrivalsRangeAndQuarters()
{
    FigureOptions o;
    o.firstYear = 2005;
    o.lastYear = 2010;
    auto figure = make(FigureKind::Arrivals, o);
    QCOMPARE(figure->figure()->model()->rowCount(), 6);
    QCOMPARE(rowOf(figure->figure()->model(), QStringLiteral("../1998")), -1);
    QCOMPARE(figure->figure()->subtitle(), QStringLiteral("People arriving per year, 2005–2010"));
    const auto years = figure->figure()->dataYears();
    QVERIFY(years);
    QCOMPARE(years->first, 1998);
    QCOMPARE(years->second, 2025); // 2025 bundled: 223 (corrected 4 Feb 2026)
    o = FigureOptions();
    o.quarterly = true;
    figure->setOptions(o);
    // The quarters published in 2019 (229, 320, 226, 272), typed from the curated notes.
    QStringList q2019;
    for (int q = 1; q <= 4; ++q) {
        const int row = rowOf(figure->figure()->model(), QStringLiteral("2019-Q%1").arg(q));
        QVERIFY(row >= 0);
        q2019 << figure->figure()->model()->index(row, 1).data(roleId(DataRole::Value)).toString();
    }
    QCOMPARE(q2019, QStringList({"229", "320", "226", "272"}));
    // 2018 has only its first quarter: the line stops there.
    for (QLineSeries* line : lines(figure->chart(), QStringLiteral("total"))) {
        const auto points = line->points();
        for (qsizetype i = 1; i < points.size(); ++i)
            QCOMPARE(points.at(i).x() - points.at(i - 1).x(), 1.0);
    }
}

void tst_FigureChart::tradeGapsAreNeverBridged_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QStringList>("missing");
    // Months with no China-customs figure (docs/TRADE-SEARCH.md; ITC and IBK figures do not plot).
    QTest::newRow("exports") << "china_exports" << QStringList{"2019-04", "2019-05", "2019-06",
                                                               "2019-08", "2019-10", "2019-11"};
    QTest::newRow("imports") << "china_imports" << QStringList{"2019-04", "2019-05", "2019-06",
                                                               "2019-08", "2019-10", "2019-11"};
    // The total has a figure for every month of 2019-2021 since December 2019 was found: it
    // is drawn in all 36 months.
    QTest::newRow("total") << "total" << QStringList{};
}

void tst_FigureChart::tradeGapsAreNeverBridged()
{
    QFETCH(QString, series);
    QFETCH(QStringList, missing);
    auto figure = make(FigureKind::Trade);
    const QList<QLineSeries*> segments = lines(figure->chart(), series);
    QVERIFY(missing.isEmpty() ? !segments.isEmpty() : segments.size() > 1);
    QSet<int> drawn;
    for (QLineSeries* line : segments) {
        const auto points = line->points();
        QVERIFY(!points.isEmpty());
        for (qsizetype i = 0; i < points.size(); ++i) {
            drawn.insert(int(points.at(i).x()));
            if (i > 0)
                QCOMPARE(points.at(i).x() - points.at(i - 1).x(), 1.0); // never across a gap
        }
    }
    if (missing.isEmpty())
        for (int slot = 0; slot < 36; ++slot)
            QVERIFY2(drawn.contains(slot), qPrintable(QString::number(slot)));
    for (const QString& month : missing) {
        const QDate d = QDate::fromString(month, QStringLiteral("yyyy-MM"));
        const int slot = (d.year() - 2019) * 12 + d.month() - 1;
        QVERIFY2(!drawn.contains(slot), qPrintable(month));
        // The table has no figure for it either.
        const int row = rowOf(figure->figure()->model(), month);
        if (row >= 0)
            QVERIFY(
                !figure->figure()
                     ->model()
                     ->index(row, 1 + int(QStringList({"china_exports", "china_imports", "total"})
                                              .indexOf(series)))
                     .data(roleId(DataRole::Value))
                     .isValid());
    }
    // March 2020 and October 2020 are drawn for every series.
    QVERIFY(drawn.contains(14));
    QVERIFY(drawn.contains(21));
}

void tst_FigureChart::tradeTwoMonthFigureIsASpan_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("period");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::newRow("exports 2020") << "china_exports"
                                  << "2020-01/2020-02" << 197400000.0 << 11.5 << 13.5;
    QTest::newRow("imports 2020") << "china_imports"
                                  << "2020-01/2020-02" << 10700000.0 << 11.5 << 13.5;
    QTest::newRow("exports 2021") << "china_exports"
                                  << "2021-01/2021-02" << 33000.0 << 23.5 << 25.5;
    QTest::newRow("total 2021") << "total"
                                << "2021-01/2021-02" << 3270000.0 << 23.5 << 25.5;
}

void tst_FigureChart::tradeTwoMonthFigureIsASpan()
{
    QFETCH(QString, series);
    QFETCH(QString, period);
    QFETCH(double, value);
    QFETCH(double, left);
    QFETCH(double, right);
    auto figure = make(FigureKind::Trade);
    const int row = rowOf(figure->figure()->model(), period);
    QVERIFY(row >= 0);
    int found = 0;
    for (const ChartMark& m : figure->marks()) {
        if (m.index.row() != row || m.series != series)
            continue;
        ++found;
        QCOMPARE(int(m.shape), int(ChartMark::Shape::Span));
        QCOMPARE(m.a, QPointF(left, value));
        QCOMPARE(m.b, QPointF(right, value));
        QVERIFY(!m.label.isEmpty());
    }
    QCOMPARE(found, 1);
    for (QLineSeries* line : lines(figure->chart(), series)) {
        for (const QPointF& p : line->points())
            QVERIFY(p.y() != value);
    }
    QVERIFY(figure->figure()->caveat().contains(QStringLiteral("Jan–Feb 2020")));
}

void tst_FigureChart::tradeCumulativeTotalsAreNotDrawn_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("label");
    // Year-to-date totals (VOA, Jul and Oct 2020): in the table, for the derived July 2019, but
    // no month's figure.
    QTest::newRow("Jan-Jun 2019") << "total"
                                  << "2019-01/2019-06" << QString::fromUtf8("Jan–Jun 2019");
    QTest::newRow("Jan-Sep 2019") << "total"
                                  << "2019-01/2019-09" << QString::fromUtf8("Jan–Sep 2019");
    QTest::newRow("Jan-Sep 2020 exports") << "china_exports"
                                          << "2020-01/2020-09" << QString::fromUtf8("Jan–Sep 2020");
}

void tst_FigureChart::tradeCumulativeTotalsAreNotDrawn()
{
    QFETCH(QString, series);
    QFETCH(QString, period);
    QFETCH(QString, label);
    auto figure = make(FigureKind::Trade);
    const int row = rowOf(figure->figure()->model(), period);
    QVERIFY2(row >= 0, "listed in the table");
    for (const ChartMark& m : figure->marks())
        QVERIFY2(m.index.row() != row, qPrintable(m.series));
    QVERIFY(!figure->figure()->caveat().contains(label));
    for (const Observation& o : figure->figure()->plottedObservations())
        QVERIFY(o.period.code() != period);
    // The scale follows the months: nothing near the 1.96 billion of January-September 2019.
    for (QLineSeries* line : lines(figure->chart(), series))
        for (const QPointF& p : line->points())
            QVERIFY(p.y() < 1e9);
}

void tst_FigureChart::tradeLogScale()
{
    FigureOptions o;
    o.logScale = true;
    auto figure = make(FigureKind::Trade, o);
    QVERIFY(show(figure.get()));
    auto* y = qobject_cast<QCategoryAxis*>(figure->chart()->axes(Qt::Vertical).first());
    QVERIFY(y);
    const QStringList labels = y->categoriesLabels();
    QVERIFY2(labels.contains(QStringLiteral("$1M")), qPrintable(labels.join('|')));
    QVERIFY(labels.contains(QStringLiteral("$100M")));
    // One notation on the axis (issue 19.9): "$1K" beside "$10K", never "$1,000".
    for (const QString& label : labels)
        QVERIFY2(QRegularExpression(QStringLiteral("^\\$\\d+[KMB]?$")).match(label).hasMatch(),
                 qPrintable(labels.join('|')));
    // March 2020, China's imports: $616,000 drawn at log10(616000).
    const int row = rowOf(figure->figure()->model(), QStringLiteral("2020-03"));
    bool found = false;
    for (const ChartMark& m : figure->marks()) {
        if (m.index == figure->figure()->model()->index(row, 2)) {
            QVERIFY(qFuzzyCompare(m.a.y(), std::log10(616000.0)));
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(figure->figure()->subtitle().contains(QStringLiteral("log")));
}

void tst_FigureChart::tradeLowsAreAnnotated()
{
    auto figure = make(FigureKind::Trade);
    QStringList notes;
    for (const ChartNote& n : figure->notes())
        notes << n.text;
    // The March 2020 low of China's imports and the October 2020 low of the total (October 2019
    // has no China-customs export figure to compare China's 253,000 of exports with).
    QVERIFY2(notes.filter(QStringLiteral("$616,000")).size() == 1, qPrintable(notes.join('|')));
    QVERIFY2(notes.filter(QStringLiteral("Oct 2020: about $1,660,000")).size() == 1,
             qPrintable(notes.join('|')));
    // January 2020, the border closure: China's imports at 1,306,000 (Newspim), a tenth of January
    // 2019.
    QVERIFY2(notes.filter(QStringLiteral("$1,306,000")).size() == 1, qPrintable(notes.join('|')));
    QStringList events;
    for (const ChartEvent& e : figure->events())
        events << e.text;
    QVERIFY(events.contains(QStringLiteral("North Korea closes its border (COVID-19)")));
}

void tst_FigureChart::destinationsOverview()
{
    auto figure = make(FigureKind::Destinations);
    QVERIFY(figure->figure()->caveat().startsWith(QStringLiteral("Not strictly comparable")));
    auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(figure->chart()->series().constLast());
    QVERIFY(bars);
    const auto sets = bars->barSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->brush().style(), Qt::SolidPattern);
    QCOMPARE(sets.at(1)->brush().style(), Qt::BDiagPattern); // estimates hatched
    // Every bar says what it counts and as of when.
    QStringList notes;
    for (const ChartNote& n : figure->notes())
        notes << n.text;
    // South Korea: the latest cumulative arrivals (issue 18.6), not seed 002's 33,826 of March
    // 2022 nor 33,752 of 2020: 34,352 (March 2025, provisional) or a later figure.
    const QStringList korea = notes.filter(QStringLiteral("Cumulative arrivals"));
    QCOMPARE(korea.size(), 1);
    QVERIFY2(notes.filter(QStringLiteral("33,826")).isEmpty() &&
                 notes.filter(QStringLiteral("33,752")).isEmpty(),
             qPrintable(notes.join('|')));
    QVERIFY2(korea.first().startsWith(QStringLiteral("34,")), qPrintable(korea.first()));
    // An estimate is hatched and named by its series, not labelled "(estimate)" twice.
    for (const QString& n : std::as_const(notes))
        QVERIFY2(!n.endsWith(QStringLiteral("(estimate)")), qPrintable(n));
    QVERIFY2(!notes.filter(QStringLiteral("about 200,000 people")).isEmpty(),
             qPrintable(notes.join('|')));
    // China's estimate is in the hatched set, beyond the axis's break (linear by default).
    const auto* model = qobject_cast<DestinationsModel*>(figure->figure()->model());
    QVERIFY(model);
    QCOMPARE(figure->axisBreaks().size(), 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->observation(row)->region != QLatin1String("CN"))
            continue;
        const int slot = model->rowCount() - 1 - row;
        QVERIFY(sets.at(1)->at(slot) > figure->axisBreaks().first());
        QCOMPARE(sets.at(0)->at(slot), 0.0);
    }
}

void tst_FigureChart::destinationsLinearByDefault()
{
    auto figure = make(FigureKind::Destinations);
    QVERIFY(show(figure.get()));
    QVERIFY(!figure->figure()->options().logScale);
    QHash<QString, double> length; // region → the bar's end on the axis
    for (const ChartMark& m : figure->marks())
        length.insert(m.index.data(roleId(DataRole::Region)).toString(), m.b.x());
    // Below the break the axis is linear: the US's 220 (King 2021, line 41) is 220/544 of the
    // UK's 544 granted asylum, and 220/396 of Germany's 396 citizenships.
    QVERIFY(qFuzzyCompare(length.value("US") / length.value("GB"), 220.0 / 544.0));
    QVERIFY(qFuzzyCompare(length.value("US") / length.value("DE"), 220.0 / 396.0));
    // South Korea's 34,000-odd arrivals and China's estimated 200,000 go beyond the break, in
    // their order; Canada's about 970 stays before it.
    QCOMPARE(figure->axisBreaks().size(), 1);
    const double at = figure->axisBreaks().first();
    QVERIFY(length.value("CA") < at);
    QVERIFY(length.value("KR") > at);
    QVERIFY(length.value("CN") > length.value("KR"));
    // The axis says so, and says no "log".
    auto* x = qobject_cast<QCategoryAxis*>(figure->chart()->axes(Qt::Horizontal).first());
    QVERIFY2(x->titleText().contains(QStringLiteral("broken after 1,200")),
             qPrintable(x->titleText()));
    QVERIFY(!x->titleText().contains(QStringLiteral("log")));
    QVERIFY(!figure->figure()->subtitle().contains(QStringLiteral("log")));
    const QStringList labels = x->categoriesLabels();
    QVERIFY2(labels.contains(QStringLiteral("200")) && labels.contains(QStringLiteral("1,200")) &&
                 labels.contains(QStringLiteral("200,000")),
             qPrintable(labels.join('|')));
    // The over-time lines too: a count of 2,914 (South Korea 2009) is drawn at 2,914.
    FigureOptions o;
    o.destinationsView = DestinationsView::OverTime;
    auto lines = make(FigureKind::Destinations, o);
    for (const ChartMark& m : lines->marks()) {
        if (m.series == QLatin1String("KR") &&
            m.index.data(roleId(DataRole::PeriodCode)).toString() == QLatin1String("2009"))
            QCOMPARE(m.a.y(), 2914.0);
    }
    QVERIFY(lines->axisBreaks().isEmpty());
}

void tst_FigureChart::destinationsLogByChoice()
{
    FigureOptions o;
    o.logScale = true;
    auto figure = make(FigureKind::Destinations, o);
    QVERIFY(show(figure.get()));
    auto* x = qobject_cast<QCategoryAxis*>(figure->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(x->titleText(), QStringLiteral("People (logarithmic scale)"));
    QVERIFY(figure->figure()->subtitle().endsWith(QStringLiteral("logarithmic scale")));
    QVERIFY(figure->axisBreaks().isEmpty());
    for (const ChartMark& m : figure->marks()) {
        if (m.index.data(roleId(DataRole::Region)).toString() == QLatin1String("US"))
            QVERIFY(qFuzzyCompare(m.b.x(), std::log10(220.0)));
    }
    o.destinationsView = DestinationsView::OverTime;
    figure->setOptions(o);
    auto* y = qobject_cast<QCategoryAxis*>(figure->chart()->axes(Qt::Vertical).first());
    QCOMPARE(y->titleText(), QStringLiteral("People per year (logarithmic scale)"));
}

void tst_FigureChart::asylumBarsFollowTheLegend()
{
    FigureOptions o;
    o.destinationsView = DestinationsView::AsylumDecisions;
    auto figure = make(FigureKind::Destinations, o);
    QVERIFY(show(figure.get()));
    // The legend: applications, then rejections.
    QStringList legend;
    for (QLegendMarker* marker : figure->chart()->legend()->markers()) {
        if (marker->isVisible())
            legend << marker->label();
    }
    QCOMPARE(legend, QStringList({"Asylum applications", "Asylum rejections"}));
    // In each country, the applications' bar above the rejections' (seed 003, line 19).
    QHash<QString, QHash<QString, double>> top;
    for (const ChartMark& m : figure->marks())
        top[m.index.data(roleId(DataRole::Region)).toString()][m.series] =
            figure->positionOf(m.index)->y();
    QCOMPARE(top.size(), 4);
    for (auto it = top.cbegin(); it != top.cend(); ++it)
        QVERIFY2(it.value().value("asylum_applications") < it.value().value("asylum_rejections"),
                 qPrintable(it.key()));
    // Countries in the table's order from the top: Belgium first.
    QVERIFY(top.value("BE").value("asylum_rejections") <
            top.value("FR").value("asylum_applications"));
    auto* y = qobject_cast<QCategoryAxis*>(figure->chart()->axes(Qt::Vertical).first());
    QCOMPARE(y->categoriesLabels().value(0), QStringLiteral("Belgium"));
}

void tst_FigureChart::keyExplainsSymbols()
{
    // Trade: approximate ("about") and derived figures, and figures other sources report
    // differently (the seed's and the customs' for the same month).
    auto trade = make(FigureKind::Trade);
    QVERIFY(show(trade.get()));
    QStringList key = trade->keyTexts();
    QVERIFY2(key.mid(0, 3) == QStringList({"Approximate figure", "Derived from other figures",
                                           "Other sources report another figure"}),
             qPrintable(key.join('|')));
    // Events follow the symbols; without annotations, the symbols stay.
    QVERIFY(key.size() > 3);
    FigureOptions o;
    o.annotations = false;
    trade->setOptions(o);
    QCOMPARE(trade->keyTexts().size(), 3);
    // Bars keep the diamond: arrivals as bars, destinations' overview.
    o = FigureOptions();
    o.bars = true;
    auto arrivals = make(FigureKind::Arrivals, o);
    QVERIFY(arrivals->keyTexts().contains(QStringLiteral("Other sources report another figure")));
    QVERIFY2(arrivals->figure()->caveat().contains(QStringLiteral("diamond")),
             qPrintable(arrivals->figure()->caveat()));
    auto destinations = make(FigureKind::Destinations);
    QVERIFY(
        destinations->keyTexts().contains(QStringLiteral("Other sources report another figure")));
}

void tst_FigureChart::provenanceKeepsTheScaleAndView()
{
    // A logarithmic destinations figure over time, exported: `export --like` and `verify` draw
    // it again the same (the scale by choice, the fourth view).
    Provenance p;
    p.figure = QStringLiteral("destinations");
    p.options.logScale = true;
    p.options.destinationsView = DestinationsView::OverTime;
    const auto recipe = ExportRecipe::fromProvenance(p.toJson());
    QVERIFY(recipe);
    QVERIFY(recipe->options.logScale);
    QCOMPARE(recipe->options.destinationsView, DestinationsView::OverTime);
    p.options.logScale = false;
    QVERIFY(!ExportRecipe::fromProvenance(p.toJson())->options.logScale);
}

void tst_FigureChart::tradeLabelsClearOfLines_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("wide") << QSize(1000, 620);
    QTest::newRow("a4 portrait") << QSize(750, 780);
}

void tst_FigureChart::tradeLabelsClearOfLines()
{
    QFETCH(QSize, size);
    auto figure = make(FigureKind::Trade);
    QVERIFY(show(figure.get(), size));
    // The lines drawn: consecutive months of a series.
    QHash<QString, QList<QPointF>> points;
    for (const ChartMark& m : figure->marks()) {
        if (m.shape == ChartMark::Shape::Point)
            points[m.series].append(m.a);
    }
    QList<QLineF> segments;
    for (auto it = points.begin(); it != points.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
        for (qsizetype i = 1; i < it->size(); ++i) {
            if (std::abs(it->at(i).x() - it->at(i - 1).x() - 1) < 1e-6)
                segments << QLineF(figure->chart()->mapToPosition(it->at(i - 1)),
                                   figure->chart()->mapToPosition(it->at(i)));
        }
    }
    QVERIFY(segments.size() > 20);
    const QList<QRectF> texts = figure->textRects();
    QVERIFY(texts.size() >= 6);
    int struck = 0;
    for (const QRectF& r : texts) {
        const QRectF inner = r.adjusted(2, 2, -2, -2);
        for (const QLineF& line : segments) {
            const QLineF edges[] = {QLineF(inner.topLeft(), inner.topRight()),
                                    QLineF(inner.bottomLeft(), inner.bottomRight()),
                                    QLineF(inner.topLeft(), inner.bottomLeft()),
                                    QLineF(inner.topRight(), inner.bottomRight())};
            bool crosses = inner.contains(line.p1()) || inner.contains(line.p2());
            for (const QLineF& edge : edges)
                crosses = crosses || line.intersects(edge, nullptr) == QLineF::BoundedIntersection;
            if (crosses) {
                ++struck;
                qInfo() << "text at" << r << "crossed by" << line;
                break;
            }
        }
    }
    QCOMPARE(struck, 0);
}

void tst_FigureChart::destinationsViews_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("caveat");
    QTest::addColumn<QString>("axisLabel");
    // Seed 003, line 19: the UK's 2013 decisions and three countries' with no year stated.
    QTest::newRow("asylum") << 1 << 8 << "states no year"
                            << "Belgium";
    // FY2006-FY2021: RFA (Aug 2014), VOA (Oct 2016), Koreatown Daily/RFA (Jul 2022), seed 000.
    QTest::newRow("us") << 2 << 16 << "FY2006 is Oct 2005 to Sep 2006"
                        << "FY2020";
}

void tst_FigureChart::destinationsViews()
{
    QFETCH(int, view);
    QFETCH(int, rows);
    QFETCH(QString, caveat);
    QFETCH(QString, axisLabel);
    FigureOptions o;
    o.destinationsView = DestinationsView(view);
    auto figure = make(FigureKind::Destinations, o);
    QCOMPARE(figure->figure()->model()->rowCount(), rows);
    QVERIFY2(figure->figure()->caveat().contains(caveat), qPrintable(figure->figure()->caveat()));
    QStringList labels;
    for (QAbstractAxis* axis : figure->chart()->axes())
        labels << qobject_cast<QCategoryAxis*>(axis)->categoriesLabels();
    QVERIFY2(labels.contains(axisLabel), qPrintable(labels.join('|')));
    QCOMPARE(figure->figure()->plottedObservations().size(), rows);
}

void tst_FigureChart::destinationsOverTime()
{
    FigureOptions o;
    o.destinationsView = DestinationsView::OverTime;
    auto figure = make(FigureKind::Destinations, o);
    const int rows = figure->figure()->model()->rowCount();
    QVERIFY(rows > 40);
    QCOMPARE(figure->figure()->plottedObservations().size(), rows);
    // What each line counts stays in the caveat.
    for (const char* counted :
         {"refugee admissions", "granted asylum", "citizenships acquired", "fiscal years"})
        QVERIFY2(figure->figure()->caveat().contains(QLatin1String(counted)),
                 qPrintable(figure->figure()->caveat()));
    // One legend entry per country (what it counts is in the caveat).
    QStringList names;
    for (QAbstractSeries* s : figure->chart()->series()) {
        if (!s->name().isEmpty() && !names.contains(s->name()))
            names << s->name();
    }
    for (const char* name :
         {"South Korea", "United States", "United Kingdom", "Canada", "European Union"})
        QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join('|')));
    // Log scale (by choice): 2,914 (South Korea 2009) three decades above 2 (US FY2020); a year
    // with none (US FY2021, Koreatown Daily/RFA 7 Jul 2022) on the bottom line, below 1.
    o.logScale = true;
    figure->setOptions(o);
    auto* base = qobject_cast<FigureChartBase*>(figure.get());
    QVERIFY(base);
    QHash<QString, double> y;
    for (const ChartMark& m : base->marks())
        y.insert(m.series + ' ' + m.index.data(roleId(DataRole::PeriodCode)).toString(), m.a.y());
    QCOMPARE(y.value("KR 2009"), std::log10(2914.0));
    QCOMPARE(y.value("US FY2020"), std::log10(2.0));
    QVERIFY(y.contains("US FY2021"));
    QVERIFY(y.value("US FY2021") < 0);
}

void tst_FigureChart::clickAndPositionAgree_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<FigureOptions>("options");
    FigureOptions o;
    QTest::newRow("arrivals") << FigureKind::Arrivals << o;
    o.bars = true;
    o.sexSplit = true;
    QTest::newRow("arrivals bars split") << FigureKind::Arrivals << o;
    QTest::newRow("trade") << FigureKind::Trade << FigureOptions();
    o = FigureOptions();
    QTest::newRow("destinations") << FigureKind::Destinations << o;
    o.destinationsView = DestinationsView::AsylumDecisions;
    QTest::newRow("asylum") << FigureKind::Destinations << o;
    o.destinationsView = DestinationsView::UsArrivals;
    QTest::newRow("us") << FigureKind::Destinations << o;
    o.destinationsView = DestinationsView::OverTime;
    QTest::newRow("over time") << FigureKind::Destinations << o;
}

void tst_FigureChart::clickAndPositionAgree()
{
    QFETCH(FigureKind, kind);
    QFETCH(FigureOptions, options);
    auto figure = make(kind, options);
    QVERIFY(show(figure.get()));
    QSignalSpy clicked(figure.get(), &FigureChart::clicked);
    int checked = 0;
    for (const ChartMark& m : figure->marks()) {
        const auto at = figure->positionOf(m.index);
        QVERIFY(at);
        // Points and brackets may sit within a few pixels of a neighbour (figures near zero on
        // a linear scale): skip those; bars never overlap.
        const QModelIndex hit = figure->indexAt(*at);
        if (m.shape != ChartMark::Shape::Bar && hit != QModelIndex(m.index))
            continue;
        QCOMPARE(hit, QModelIndex(m.index));
        QVERIFY(!figure->toolTipAt(*at).isEmpty());
        figure->clickAt(*at);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.takeFirst().at(0).value<QModelIndex>(), QModelIndex(m.index));
        figure->select(m.index);
        QCOMPARE(figure->selected(), QModelIndex(m.index));
        ++checked;
    }
    QVERIFY(checked >= figure->marks().size() * 3 / 4);
    // Far outside the plot: nothing.
    QVERIFY(!figure->indexAt(QPointF(-50, -50)).isValid());
    figure->select(QModelIndex());
    QVERIFY(!figure->selected().isValid());
}

void tst_FigureChart::legendTogglesSeries()
{
    FigureOptions o;
    o.sexSplit = true;
    auto figure = make(FigureKind::Arrivals, o);
    QVERIFY(show(figure.get()));
    QSignalSpy changed(figure.get(), &FigureChart::optionsChanged);
    QLegendMarker* male = nullptr;
    int visibleMarkers = 0;
    for (QLegendMarker* marker : figure->chart()->legend()->markers()) {
        if (!marker->isVisible())
            continue;
        ++visibleMarkers;
        if (marker->series()->property("crossingsSeries").toString() == QLatin1String("male"))
            male = marker;
    }
    QCOMPARE(visibleMarkers, 3); // one per series, however many segments
    QVERIFY(male);
    const int marks = figure->marks().size();
    emit male->clicked();
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(figure->figure()->options().hiddenSeries.contains(QStringLiteral("male")));
    for (QLineSeries* line : lines(figure->chart(), QStringLiteral("male")))
        QVERIFY(!line->isVisible());
    QVERIFY(figure->marks().size() < marks);
    for (const ChartMark& m : figure->marks())
        QVERIFY(m.series != QLatin1String("male"));
    FigureOptions shown = figure->figure()->options();
    shown.hiddenSeries.clear();
    figure->setOptions(shown);
    QCOMPARE(figure->marks().size(), marks);
}

void tst_FigureChart::annotationsToggle()
{
    auto figure = make(FigureKind::Arrivals);
    QVERIFY(show(figure.get()));
    QStringList texts;
    for (const ChartEvent& e : figure->events())
        texts << e.text;
    QVERIFY(texts.contains(QStringLiteral("Kim Jong-un succeeds Kim Jong-il")));
    QVERIFY(texts.contains(QStringLiteral("Kim Han-mi family enters Japanese consulate")));
    // The marker for January 2020 sits at the start of 2020 (x of 2020 is 22).
    for (const ChartEvent& e : figure->events()) {
        if (e.text == QLatin1String("North Korea closes its border (COVID-19)")) {
            QVERIFY(e.x0 > 21.5 && e.x0 < 21.6);
            QVERIFY(e.toolTip.contains(QStringLiteral("Source:")));
        }
    }
    const QImage with = m_view->grab().toImage();
    FigureOptions o;
    o.annotations = false;
    figure->setOptions(o);
    QCoreApplication::processEvents();
    const QImage without = m_view->grab().toImage();
    QVERIFY(with != without);
}

void tst_FigureChart::retranslateFollowsLanguage()
{
    FigureOptions o;
    o.destinationsView = DestinationsView::UsArrivals;
    auto figure = make(FigureKind::Destinations, o);
    auto labels = [&] {
        QStringList out;
        for (QAbstractAxis* axis : figure->chart()->axes(Qt::Horizontal))
            out << qobject_cast<QCategoryAxis*>(axis)->categoriesLabels();
        return out;
    };
    QVERIFY(labels().contains(QStringLiteral("FY2018")));
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    m_catalog->setLanguage(Language::Korean); // the model's labels are in the catalog's language
    figure->retranslate();
    QVERIFY2(labels().contains(QStringLiteral("2018 회계연도")), qPrintable(labels().join('|')));
    QCOMPARE(figure->figure()->model()->headerData(0, Qt::Horizontal).toString(),
             figure->figure()->model()->headerData(0, Qt::Horizontal).toString());
}

void tst_FigureChart::themes_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::newRow("light") << Theme::Light;
    QTest::newRow("dark") << Theme::Dark;
    QTest::newRow("contrast") << Theme::Contrast;
    QTest::newRow("print") << Theme::Print;
}

void tst_FigureChart::themes()
{
    QFETCH(Theme, theme);
    auto figure = make(FigureKind::Trade, {}, theme);
    const ChartPalette::Style style = ChartPalette::style(theme);
    QCOMPARE(figure->chart()->backgroundBrush().color(), style.background);
    QCOMPARE(figure->chart()->titleBrush().color(), style.text);
    const QList<QLineSeries*> exports = lines(figure->chart(), QStringLiteral("china_exports"));
    QVERIFY(!exports.isEmpty());
    QCOMPARE(exports.first()->pen().color(), style.seriesColour(0));
    // The three series differ in colour, or in line style on paper.
    const QPen a = exports.first()->pen();
    const QPen b = lines(figure->chart(), QStringLiteral("china_imports")).first()->pen();
    QVERIFY(a.color() != b.color() || a.style() != b.style());
}

QTEST_MAIN(tst_FigureChart)
#include "tst_figurechart.moc"
