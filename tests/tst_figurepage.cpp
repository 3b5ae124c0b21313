// SPDX-License-Identifier: GPL-3.0-or-later
// A figure's page: chart and table select together (also sorted), the range control filters,
// Ctrl+C copies TSV (the context menu with sources too), tooltips name value, period and source
// and stay while the pointer rests, wrapped; legend clicks, zoom and its reset, the keyboard
// (Tab order, stepping from figure to figure, the focus ring), accessible names, saved state,
// and rendering without a warning.
#include "chartview.h"
#include "core/catalog.h"
#include "figurechart.h"
#include "figurepage.h"
#include "itemmodels/roles.h"
#include "storage/store.h"
#include "tablecopy.h"
#include "warningcollector.h"

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <memory>

Q_DECLARE_METATYPE(FigureKind)

namespace {

int rowOf(const QAbstractItemModel* m, const QString& periodCode)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() == periodCode)
            return r;
    }
    return -1;
}

/// The latest year of a plotted arrivals figure for a single year, of any status or only final or
/// provisional ones (read from the data, as a reader of the table would).
int latestArrivalsYear(const Snapshot& s, bool published)
{
    int latest = 0;
    for (const Observation& o : s.observations) {
        if (o.dataset == Term::Dataset::Arrivals && o.plotted &&
            o.period.kind() == Period::Kind::Year &&
            (!published || o.status == Term::Status::Final ||
             o.status == Term::Status::Provisional))
            latest = std::max(latest, o.period.year());
    }
    return latest;
}

/// The tooltip's window, when one is shown.
QLabel* shownToolTip()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            return qobject_cast<QLabel*>(w);
    }
    return nullptr;
}

/// Where a legend entry's text is drawn, in the view's viewport.
QPoint legendEntry(ChartView* view, const QString& label)
{
    QList<QGraphicsItem*> items = view->chart()->legend()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        items << item->childItems();
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            text && text->isVisible() && text->toPlainText() == label)
            return view->mapFromScene(text->sceneBoundingRect().center());
    }
    return {-1, -1};
}

int rowOfRegion(const QAbstractItemModel* m, const QString& region, const QString& series = {})
{
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if (i.data(roleId(DataRole::Region)).toString() == region &&
            (series.isEmpty() || i.data(roleId(DataRole::Series)).toString() == series))
            return r;
    }
    return -1;
}
} // namespace

class tst_FigurePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickOnChartSelectsTheRow_data();
    void clickOnChartSelectsTheRow();
    void selectingARowHighlightsTheChart();
    void syncSurvivesSorting();
    void sortUsesTheSortRole();
    void rangeControlFilters();
    void yearButtons();
    void defaultYearsFollowTheData();
    void oldStateOpensOnTheDefault();
    void copyAsTsv_data();
    void copyAsTsv();
    void tooltipNamesValuePeriodAndSource();
    void tooltipStaysAndWraps_data();
    void tooltipStaysAndWraps();
    void toolTipLinesWrap_data();
    void toolTipLinesWrap();
    void legendClickTogglesSeries();
    void wheelAndRubberBandZoom();
    void keyboardZoomAndFocus();
    void arrowsDoNotTrapTheView();
    void keysStepThroughFigures();
    void tabOrder();
    void focusRing();
    void tableContextMenu();
    void optionControls();
    void accessibleNames_data();
    void accessibleNames();
    void stateRoundTrip();
    void rendersWithoutWarnings_data();
    void rendersWithoutWarnings();

private:
    FigurePage* makePage(FigureKind kind);
    QPoint viewportPoint(const QModelIndex& source) const;

    Snapshot m_snapshot;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<FigurePage> m_page;
};

void tst_FigurePage::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK KR"), 10));
    Store store;
    QVERIFY2(store.openInMemory(), qPrintable(store.errorString()));
    QVERIFY(store.load(&m_snapshot));
    TestSupport::WarningCollector::install();
}

void tst_FigurePage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
    TestSupport::WarningCollector::clear();
}

void tst_FigurePage::cleanup()
{
    m_page.reset();
    m_catalog.reset();
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

FigurePage* tst_FigurePage::makePage(FigureKind kind)
{
    m_page = std::make_unique<FigurePage>(FigureChart::create(kind, m_catalog.get()));
    m_page->resize(1000, 760);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return m_page.get();
}

QPoint tst_FigurePage::viewportPoint(const QModelIndex& source) const
{
    const auto at = m_page->figure()->positionOf(source);
    if (!at)
        return {-1, -1};
    ChartView* view = m_page->chartView();
    return view->mapFromScene(view->chart()->mapToScene(*at));
}

void tst_FigurePage::clickOnChartSelectsTheRow_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
    QTest::newRow("arrivals 2009 point") << FigureKind::Arrivals << "2009" << 1 << "2,914 people";
    QTest::newRow("arrivals 1999-2001 bracket")
        << FigureKind::Arrivals << "1999/2001" << 1 << "1,043 people";
    QTest::newRow("arrivals up to 1998 bracket")
        << FigureKind::Arrivals << "../1998" << 1 << "947 people";
    QTest::newRow("trade Oct 2020 exports") << FigureKind::Trade << "2020-10" << 1 << "$253,000";
    QTest::newRow("trade Jan-Feb 2020 exports")
        << FigureKind::Trade << "2020-01/2020-02" << 1 << "about $197,400,000";
    QTest::newRow("destinations UK bar") << FigureKind::Destinations << "GB" << 3 << "544 people";
}

void tst_FigurePage::clickOnChartSelectsTheRow()
{
    QFETCH(FigureKind, kind);
    QFETCH(QString, period);
    QFETCH(int, column);
    QFETCH(QString, shown);
    FigurePage* page = makePage(kind);
    QVERIFY(page);
    QAbstractItemModel* model = page->figure()->figure()->model();
    const int row =
        kind == FigureKind::Destinations ? rowOfRegion(model, period) : rowOf(model, period);
    QVERIFY(row >= 0);
    const QModelIndex source = model->index(row, column);
    const QPoint at = viewportPoint(source);
    QVERIFY(at.x() >= 0);
    QSignalSpy changed(page, &FigurePage::currentChanged);
    QTest::mouseClick(page->chartView()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(page->currentIndex(), source);
    QCOMPARE(page->table()->currentIndex().data().toString(), shown);
    QVERIFY(page->table()->selectionModel()->isSelected(page->table()->currentIndex()));
    QCOMPARE(page->figure()->selected(), source);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), source);
    // A click was a click: no zoom.
    QVERIFY(!page->chartView()->isZoomed());
}

void tst_FigurePage::selectingARowHighlightsTheChart()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    QAbstractItemModel* model = page->figure()->figure()->model();
    const QModelIndex source = model->index(rowOf(model, QStringLiteral("2020")), 1);
    QSignalSpy changed(page, &FigurePage::currentChanged);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(page->table()->model());
    page->table()->setCurrentIndex(proxy->mapFromSource(source));
    QCOMPARE(page->figure()->selected(), source);
    QCOMPARE(changed.size(), 1);
    // The period column selects the row's figure in the chart.
    page->table()->setCurrentIndex(
        proxy->mapFromSource(model->index(rowOf(model, QStringLiteral("2021")), 0)));
    QCOMPARE(page->figure()->selected(), model->index(rowOf(model, QStringLiteral("2021")), 1));
    // Selection is visible: the chart image changes when the selection moves.
    const QImage before = page->chartView()->grab().toImage();
    page->table()->setCurrentIndex(
        proxy->mapFromSource(model->index(rowOf(model, QStringLiteral("2009")), 1)));
    QCoreApplication::processEvents();
    QVERIFY(page->chartView()->grab().toImage() != before);
}

void tst_FigurePage::syncSurvivesSorting()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    page->table()->sortByColumn(1, Qt::DescendingOrder);
    QCOMPARE(page->table()->model()->index(0, 1).data().toString(), QStringLiteral("2,914 people"));
    QAbstractItemModel* model = page->figure()->figure()->model();
    const QModelIndex source = model->index(rowOf(model, QStringLiteral("2021")), 1);
    QTest::mouseClick(page->chartView()->viewport(), Qt::LeftButton, {}, viewportPoint(source));
    QCOMPARE(page->table()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("2021"));
    QCOMPARE(page->table()->currentIndex().data().toString(), QStringLiteral("63 people"));
}

void tst_FigurePage::sortUsesTheSortRole()
{
    FigurePage* page = makePage(FigureKind::Trade);
    QVERIFY(page);
    // By value: $3,000 (Feb 2021 exports) is the smallest; text order would put it elsewhere.
    page->table()->sortByColumn(1, Qt::AscendingOrder);
    QAbstractItemModel* view = page->table()->model();
    QString first;
    for (int r = 0; r < view->rowCount() && first.isEmpty(); ++r)
        first = view->index(r, 1).data().toString();
    QCOMPARE(first, QStringLiteral("$3,000"));
    // By period: chronological, the span after its first month.
    page->table()->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("Jan 2019"));
}

void tst_FigurePage::rangeControlFilters()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    auto* from = page->findChild<QSpinBox*>(QStringLiteral("firstYear"));
    auto* to = page->findChild<QSpinBox*>(QStringLiteral("lastYear"));
    QVERIFY(from && to);
    // Opens on 1998 to the latest year with a final or provisional figure.
    const int latest = latestArrivalsYear(m_snapshot, true);
    QVERIFY(latest >= 2024); // the bundled data has 2024 (236, final)
    QCOMPARE(from->value(), 1998);
    // 2025 is the latest year with a final figure (223, Newsis, 4 Feb 2026) and the last in the
    // data.
    QCOMPARE(to->value(), 2025);
    QCOMPARE(latest, 2025);
    QCOMPARE(to->maximum(), latestArrivalsYear(m_snapshot, false));
    QCOMPARE(to->maximum(), 2025);
    from->setValue(2005);
    to->setValue(2012);
    QAbstractItemModel* model = page->figure()->figure()->model();
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->index(0, 0).data(roleId(DataRole::PeriodCode)).toString(),
             QStringLiteral("2005"));
    QCOMPARE(model->index(7, 0).data(roleId(DataRole::PeriodCode)).toString(),
             QStringLiteral("2012"));
    QCOMPARE(page->table()->model()->rowCount(), 8);
    QCOMPARE(page->figure()->figure()->options().firstYear, 2005);
    QCOMPARE(page->figure()->figure()->subtitle(),
             QStringLiteral("People arriving per year, 2005–2012"));
    // The chart's axis follows.
    auto* x = qobject_cast<QCategoryAxis*>(page->figure()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(x->categoriesLabels().contains(QStringLiteral("2005")));
    QVERIFY(!x->categoriesLabels().contains(QStringLiteral("2004")));
    // The spans fall outside the range: no caveat about them.
    QVERIFY(!page->figure()->figure()->caveat().contains(QStringLiteral("1999–2001")));
    to->setValue(2024);
    QCOMPARE(rowOf(model, QStringLiteral("2024")), model->rowCount() - 1);
}

void tst_FigurePage::copyAsTsv_data()
{
    QTest::addColumn<QStringList>("cells"); // "period:column"
    QTest::addColumn<QString>("tsv");
    QTest::newRow("one cell") << QStringList{"2009:1"} << "2914\n";
    QTest::newRow("two years") << QStringList{"2009:1", "2010:1"} << "Arrivals\n2914\n2402\n";
    QTest::newRow("a row")
        << QStringList{"2009:0", "2009:1", "2009:2", "2009:3"}
        << "Period\tArrivals\tArrivals, men\tArrivals, women\n2009\t2914\t662\t2252\n";
    QTest::newRow("gap kept") << QStringList{"2000:0", "2000:2"}
                              << "Period\tArrivals, men\n2000\t\n";
}

void tst_FigurePage::copyAsTsv()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, tsv);
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    QAbstractItemModel* model = page->figure()->figure()->model();
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(page->table()->model());
    page->table()->clearSelection();
    for (const QString& cell : cells) {
        const QStringList parts = cell.split(QLatin1Char(':'));
        const QModelIndex source = model->index(rowOf(model, parts.at(0)), parts.at(1).toInt());
        page->table()->selectionModel()->select(proxy->mapFromSource(source),
                                                QItemSelectionModel::Select);
    }
    QGuiApplication::clipboard()->clear();
    page->table()->setFocus();
    QTest::keySequence(page->table(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), tsv);
    QCOMPARE(TableCopy::selectionAsTsv(page->table()), tsv);
}

void tst_FigurePage::tooltipNamesValuePeriodAndSource()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    QAbstractItemModel* model = page->figure()->figure()->model();
    const QModelIndex source = model->index(rowOf(model, QStringLiteral("2009")), 1);
    const QString tip = page->figure()->toolTipAt(*page->figure()->positionOf(source));
    QVERIFY2(tip.contains(QStringLiteral("2,914 people")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("2009")));
    QVERIFY(tip.contains(QStringLiteral("MOU statistics page")));
    QSignalSpy hovered(page, &FigurePage::statusMessage);
    QTest::mouseMove(page->chartView()->viewport(), viewportPoint(source));
    QTRY_VERIFY(!hovered.isEmpty());
    QVERIFY(hovered.last().at(0).toString().contains(QStringLiteral("2,914")));
}

void tst_FigurePage::tooltipStaysAndWraps_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("value");
    QTest::newRow("en 2009") << "en"
                             << "2009"
                             << "2,914";
    QTest::newRow("ko 2009") << "ko"
                             << "2009"
                             << "2,914";
}

void tst_FigurePage::tooltipStaysAndWraps()
{
    QFETCH(QString, language);
    QFETCH(QString, period);
    QFETCH(QString, value);
    if (language == QLatin1String("ko"))
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    QAbstractItemModel* model = page->figure()->figure()->model();
    const QModelIndex source = model->index(rowOf(model, period), 1);
    const QPoint at = viewportPoint(source);
    const QString plain = page->figure()->toolTipAt(*page->figure()->positionOf(source));
    QVERIFY(plain.contains(value));
    QWidget* viewport = page->chartView()->viewport();
    QTest::mouseMove(viewport, QPoint(3, 3)); // a move to where the pointer is is no move
    QTest::mouseMove(viewport, at);
    QTRY_VERIFY(shownToolTip());
    QVERIFY2(shownToolTip()->text().contains(value), qPrintable(shownToolTip()->text()));
    // Qt's tooltip timer fires while the pointer rests: the tooltip stays, with its text.
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &help);
    QTest::qWait(800); // Qt hides a tooltip 300 ms after it was told to
    QLabel* tip = shownToolTip();
    QVERIFY(tip);
    QVERIFY(tip->text().contains(value));
    // Wrapped: its source line alone is wider than 40 em, the tooltip is not.
    const QFontMetrics fm(QToolTip::font());
    int widest = 0;
    for (const QString& line : plain.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    QVERIFY2(widest > ChartView::toolTipMaxWidth(), qPrintable(plain));
    QVERIFY2(tip->width() <= ChartView::toolTipMaxWidth() + 30,
             qPrintable(QStringLiteral("%1 px, at most %2")
                            .arg(tip->width())
                            .arg(ChartView::toolTipMaxWidth())));
    QVERIFY(tip->height() > 3 * fm.height()); // more lines than the text has
    // CROSSINGS_SCREENSHOTS=DIR: the tooltip and the focused chart, to look at.
    if (const QString dir = qEnvironmentVariable("CROSSINGS_SCREENSHOTS"); !dir.isEmpty()) {
        tip->grab().save(dir + QStringLiteral("/tooltip-%1.png").arg(language));
        page->chartView()->setFocus();
        QCoreApplication::processEvents();
        page->grab().save(dir + QStringLiteral("/chart-focus-%1.png").arg(language));
    }
    // Off the figure, the tooltip goes.
    QTest::mouseMove(viewport, QPoint(2, 2));
    QTRY_VERIFY(!shownToolTip());
}

void tst_FigurePage::toolTipLinesWrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minLines");
    QTest::newRow("short") << "Arrivals, 2009: 2,914 people" << 1;
    QTest::newRow("english")
        << QString(
               "Source: \u201CNumber of North Korean defectors entering South Korea by year\u201D, "
               "Ministry of Unification statistics page (MOU statistics page), retrieved 4 "
               "February "
               "2026, https://www.unikorea.go.kr/unikorea/business/statistics/")
        << 2;
    QTest::newRow("korean")
        << QString::fromUtf8(
               "출처: 「연도별 북한이탈주민 입국 현황」, 통일부 통계 페이지, 2026년 2월 4일 "
               "확인, 통일부가 매년 공개하는 입국 인원 통계 가운데 해당 연도의 합계 수치이며 남녀 "
               "구분은 같은 표의 다른 열에 있다")
        << 2;
}

void tst_FigurePage::toolTipLinesWrap()
{
    QFETCH(QString, text);
    QFETCH(int, minLines);
    const QString html = ChartView::toolTipHtml(text);
    QTextDocument doc;
    doc.setDefaultFont(QToolTip::font());
    doc.setHtml(html);
    doc.setDocumentMargin(0);
    QVERIFY(doc.idealWidth() <= ChartView::toolTipMaxWidth() + 1);
    QString flat = doc.toPlainText();
    flat.replace(QChar(QChar::LineSeparator), QLatin1Char('\n'));
    QVERIFY2(flat.split(QLatin1Char('\n')).size() >= minLines, qPrintable(flat));
    // Nothing lost: the same characters (a line may break inside an address).
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QCOMPARE(flat.remove(space), QString(text).remove(space));
}

void tst_FigurePage::legendClickTogglesSeries()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    FigureOptions o = page->options();
    o.sexSplit = true;
    page->setOptions(o);
    QCoreApplication::processEvents();
    ChartView* view = page->chartView();
    QString label;
    for (QLegendMarker* marker : view->chart()->legend()->markers()) {
        if (marker->isVisible() &&
            marker->series()->property("crossingsSeries").toString() == QLatin1String("male"))
            label = marker->label();
    }
    QCOMPARE(label, QStringLiteral("Arrivals, men"));
    const QPoint at = legendEntry(view, label);
    QVERIFY(at.x() >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(page->options().hiddenSeries.contains(QStringLiteral("male")));
    for (const QModelIndex& index : {page->figure()->figure()->model()->index(
             rowOf(page->figure()->figure()->model(), QStringLiteral("2009")), 2)})
        QVERIFY(!page->figure()->positionOf(index));
    QVERIFY(!view->isZoomed());
    // And back.
    QCoreApplication::processEvents();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, legendEntry(view, label));
    QTRY_VERIFY(!page->options().hiddenSeries.contains(QStringLiteral("male")));
    // A click on the plot still selects.
    QAbstractItemModel* model = page->figure()->figure()->model();
    const QModelIndex source = model->index(rowOf(model, QStringLiteral("2009")), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewportPoint(source));
    QCOMPARE(page->currentIndex(), source);
}

void tst_FigurePage::wheelAndRubberBandZoom()
{
    FigurePage* page = makePage(FigureKind::Trade);
    QVERIFY(page);
    ChartView* view = page->chartView();
    auto* reset = page->findChild<QToolButton*>(QStringLiteral("resetZoom"));
    QVERIFY(reset);
    QVERIFY(!reset->isEnabled());
    QChart* chart = view->chart();
    auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
    const double min = x->min();
    const double max = x->max();
    const QStringList wholeLabels = qobject_cast<QCategoryAxis*>(x)->categoriesLabels();
    const QPoint centre = view->mapFromScene(chart->mapToScene(chart->plotArea().center()));
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->isZoomed());
    QVERIFY(x->max() - x->min() < max - min);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!view->isZoomed());
    QCOMPARE(x->min(), min);
    QCOMPARE(x->max(), max);
    // Rubber band: drag across the first year.
    const QRectF plot = chart->plotArea();
    const QPoint a = view->mapFromScene(chart->mapToScene(plot.topLeft() + QPointF(10, 10)));
    const QPoint b = view->mapFromScene(
        chart->mapToScene(plot.topLeft() + QPointF(plot.width() / 3, plot.height() - 10)));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(view->viewport(), (a + b) / 2);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
    QVERIFY(view->isZoomed());
    QVERIFY(x->max() < max - (max - min) / 2);
    // The axis labels were written again for the zoomed range: months, not a quarter of them.
    auto* xc = qobject_cast<QCategoryAxis*>(x);
    QVERIFY(xc->categoriesLabels().size() >= 6);
    view->resetZoom();
    QVERIFY(!reset->isEnabled());
    // Back to the whole figure: the whole figure's labels, not the zoomed ones.
    QCOMPARE(xc->categoriesLabels(), wholeLabels);
}

void tst_FigurePage::keyboardZoomAndFocus()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    ChartView* view = page->chartView();
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->isZoomed());
    QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_0);
    QVERIFY(!view->isZoomed());
    // Every control is reachable with Tab.
    QSet<QWidget*> reached;
    QWidget* start = page->findChild<QComboBox*>(QStringLiteral("show"));
    start->setFocus();
    QWidget* w = start;
    for (int i = 0; i < 40; ++i) {
        reached.insert(w);
        w = w->nextInFocusChain();
        while (w && w->focusPolicy() == Qt::NoFocus)
            w = w->nextInFocusChain();
        if (!w || w == start)
            break;
    }
    QVERIFY(reached.contains(view));
    QVERIFY(reached.contains(page->table()));
    QVERIFY(reached.contains(page->findChild<QSpinBox*>(QStringLiteral("firstYear"))));
    QVERIFY(reached.contains(page->findChild<QCheckBox*>(QStringLiteral("annotations"))));
}

void tst_FigurePage::arrowsDoNotTrapTheView()
{
    FigurePage* page = makePage(FigureKind::Trade);
    QVERIFY(page);
    ChartView* view = page->chartView();
    auto* reset = page->findChild<QToolButton*>(QStringLiteral("resetZoom"));
    auto* x = qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Horizontal).first());
    auto* y = qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Vertical).first());
    const std::pair<double, double> wholeX{x->min(), x->max()};
    const std::pair<double, double> wholeY{y->min(), y->max()};
    view->setFocus();
    // The whole figure does not move: arrows step through the figures instead.
    for (auto key : {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down}) {
        QTest::keyClick(view, key);
        QTest::keyClick(view, key, Qt::ShiftModifier);
    }
    QCOMPARE(std::make_pair(x->min(), x->max()), wholeX);
    QCOMPARE(std::make_pair(y->min(), y->max()), wholeY);
    QVERIFY(!view->isZoomed());
    QVERIFY(!reset->isEnabled());
    // Zoomed, Shift+arrows pan; Reset stays enabled, and 0 or Ctrl+0 bring the whole back.
    for (auto resetKey : {std::pair{Qt::Key_0, Qt::KeyboardModifiers()},
                          std::pair{Qt::Key_0, Qt::KeyboardModifiers(Qt::ControlModifier)}}) {
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(reset->isEnabled());
        const double zoomedMin = x->min();
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(x->min() > zoomedMin);
        QTest::keyClick(view, Qt::Key_Up);
        QVERIFY(y->min() > wholeY.first);
        QVERIFY(view->isZoomed());
        QVERIFY(reset->isEnabled());
        QTest::keyClick(view, resetKey.first, resetKey.second);
        QVERIFY(!view->isZoomed());
        QVERIFY(!reset->isEnabled());
        QCOMPARE(std::make_pair(x->min(), x->max()), wholeX);
        QCOMPARE(std::make_pair(y->min(), y->max()), wholeY);
    }
    // The button too, after a pan.
    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(std::make_pair(x->min(), x->max()), wholeX);
}

void tst_FigurePage::keysStepThroughFigures()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    ChartView* view = page->chartView();
    QAbstractItemModel* model = page->figure()->figure()->model();
    auto at = [&](const QString& period, int column = 1) {
        return model->index(rowOf(model, period), column);
    };
    QSignalSpy changed(page, &FigurePage::currentChanged);
    QSignalSpy status(page, &FigurePage::statusMessage);
    view->setFocus();
    // Nothing selected: Right starts at the first figure, the one up to 1998 (947 in all).
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(page->currentIndex(), at(QStringLiteral("../1998")));
    QCOMPARE(page->table()->currentIndex().data().toString(), QStringLiteral("947 people"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), at(QStringLiteral("../1998")));
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("947")));
    // From 2009 to its neighbours, in the table's order.
    page->setCurrentIndex(at(QStringLiteral("2009")));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(page->currentIndex(), at(QStringLiteral("2010")));
    QCOMPARE(page->figure()->selected(), at(QStringLiteral("2010")));
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(page->currentIndex(), at(QStringLiteral("2008")));
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(page->currentIndex(), at(QStringLiteral("2025")));
    QTest::keyClick(view, Qt::Key_Right); // stays at the last
    QCOMPARE(page->currentIndex(), at(QStringLiteral("2025")));
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(page->currentIndex(), at(QStringLiteral("../1998")));
    // In the selected figure's series: men stay men.
    FigureOptions o = page->options();
    o.sexSplit = true;
    page->setOptions(o);
    page->setCurrentIndex(at(QStringLiteral("2009"), 2));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(page->currentIndex(), at(QStringLiteral("2010"), 2));
    // Sorted by the table: the order shown.
    page->table()->sortByColumn(1, Qt::DescendingOrder);
    page->setCurrentIndex(at(QStringLiteral("2009")));
    QCOMPARE(page->table()->currentIndex().row(), 0); // the peak
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(page->table()->currentIndex().row(), 1);
    // A zoomed chart pans to show the figure selected.
    page->table()->sortByColumn(-1, Qt::AscendingOrder);
    page->setCurrentIndex(at(QStringLiteral("2009")));
    view->zoomBy(4);
    QVERIFY(view->isZoomed());
    QTest::keyClick(view, Qt::Key_End);
    const auto end = page->figure()->positionOf(at(QStringLiteral("2025")));
    QVERIFY(end);
    QVERIFY(view->chart()->plotArea().contains(*end));
}

void tst_FigurePage::tabOrder()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
    QWidget* first = page->findChild<QComboBox*>(QStringLiteral("show"));
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    QStringList names;
    QWidget* w = first;
    for (int i = 0; i < 14; ++i) {
        names << (w == page->chartView() ? QStringLiteral("chart")
                  : w == page->table()   ? QStringLiteral("table")
                                         : w->objectName());
        QTest::keyClick(w, Qt::Key_Tab);
        w = QApplication::focusWidget();
        QVERIFY(w);
        if (w == first)
            break;
    }
    // The options in reading order (Latest and Reset Zoom are off at the opening range), the
    // chart, the table: one stop each, and Tab leaves the table.
    QCOMPARE(names, QStringList({"show", "sexSplit", "quarterly", "firstYear", "lastYear",
                                 "briefYears", "annotations", "chart", "table"}));
    QVERIFY(!page->table()->tabKeyNavigation());
}

void tst_FigurePage::focusRing()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
    ChartView* view = page->chartView();
    auto edge = [view] {
        const QImage image = view->viewport()->grab().toImage();
        return image.pixelColor(1, image.height() / 2);
    };
    page->table()->setFocus();
    QTRY_VERIFY(!view->hasFocus());
    const QColor without = edge();
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    const QColor with = edge();
    QVERIFY(with != without);
    QCOMPARE(with.rgb(), view->palette().color(QPalette::Highlight).rgb());
}

void tst_FigurePage::tableContextMenu()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    QTableView* table = page->table();
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QAbstractItemModel* model = page->figure()->figure()->model();
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    table->clearSelection();
    for (const QString& period : {QStringLiteral("2009"), QStringLiteral("2010")})
        table->selectionModel()->select(proxy->mapFromSource(model->index(rowOf(model, period), 1)),
                                        QItemSelectionModel::Select);
    // The menu a right click opens: Copy and Copy with Sources.
    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions())
            texts << action->text();
        for (QAction* action : menu->actions()) {
            if (action->objectName() == QLatin1String("copyWithSources"))
                action->trigger();
        }
        menu->close();
    });
    QGuiApplication::clipboard()->clear();
    const QPoint at =
        table->visualRect(table->selectionModel()->selectedIndexes().first()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    QTRY_COMPARE(texts, QStringList({"Copy", "Copy with Sources"}));
    // The figures as numbers, each row's sources numbered, the citations below.
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("Arrivals\tSources\n2914\t1\n2402\t1\n\n1\t")),
             qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("MOU statistics page")), qPrintable(copied));
    QCOMPARE(copied.count(QLatin1Char('\n')), 5);
}

void tst_FigurePage::optionControls()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    page->findChild<QComboBox*>(QStringLiteral("show"))->setCurrentIndex(1);
    QVERIFY(page->options().bars);
    page->findChild<QCheckBox*>(QStringLiteral("sexSplit"))->setChecked(true);
    QVERIFY(page->options().sexSplit);
    page->findChild<QCheckBox*>(QStringLiteral("quarterly"))->setChecked(true);
    QVERIFY(page->options().quarterly);
    // Quarters exist from 2018: the range control shows what exists.
    QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("firstYear"))->minimum(), 2018);
    QCOMPARE(rowOf(page->figure()->figure()->model(), QStringLiteral("2019-Q2")) >= 0, true);
    page->findChild<QCheckBox*>(QStringLiteral("annotations"))->setChecked(false);
    QVERIFY(!page->options().annotations);

    makePage(FigureKind::Trade);
    m_page->findChild<QCheckBox*>(QStringLiteral("logScale"))->setChecked(true);
    QVERIFY(m_page->options().logScale);
    QVERIFY(!m_page->findChild<QCheckBox*>(QStringLiteral("sexSplit")));

    makePage(FigureKind::Destinations);
    auto* show = m_page->findChild<QComboBox*>(QStringLiteral("show"));
    QCOMPARE(show->count(), 4); // overview, asylum decisions, US arrivals, over time
    // Linear by default; a logarithmic axis only by choice, where the view has counts on it.
    auto* log = m_page->findChild<QCheckBox*>(QStringLiteral("logScale"));
    QVERIFY(log);
    QVERIFY(!log->isChecked());
    QVERIFY(log->isEnabled());
    log->setChecked(true);
    QVERIFY(m_page->options().logScale);
    QVERIFY(m_page->figure()->figure()->subtitle().contains(QStringLiteral("logarithmic scale")));
    log->setChecked(false);
    QVERIFY(!m_page->figure()->figure()->subtitle().contains(QStringLiteral("log")));
    show->setCurrentIndex(1);
    QCOMPARE(m_page->options().destinationsView, DestinationsView::AsylumDecisions);
    QVERIFY(!log->isEnabled()); // asylum decisions: no log axis
    QCOMPARE(m_page->table()->model()->rowCount(), 8);
    show->setCurrentIndex(3);
    QCOMPARE(m_page->options().destinationsView, DestinationsView::OverTime);
    QCOMPARE(show->currentText(), QStringLiteral("Over time, by country"));
    QVERIFY(m_page->table()->model()->rowCount() > 40);
    show->setCurrentIndex(1);
    QVERIFY(!m_page->findChild<QSpinBox*>(QStringLiteral("firstYear")));
    // The caveat travels with the view: the data's own dating note.
    auto* caveat = m_page->findChild<QLabel*>(QStringLiteral("caveat"));
    QVERIFY(caveat && caveat->isVisible());
    QVERIFY(caveat->text().contains(QStringLiteral("states no year")));
}

void tst_FigurePage::accessibleNames_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::newRow("arrivals") << FigureKind::Arrivals;
    QTest::newRow("trade") << FigureKind::Trade;
    QTest::newRow("destinations") << FigureKind::Destinations;
}

void tst_FigurePage::accessibleNames()
{
    QFETCH(FigureKind, kind);
    FigurePage* page = makePage(kind);
    QVERIFY(page);
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisible() || w->parentWidget() == nullptr)
            continue;
        if (qobject_cast<QAbstractButton*>(w)) {
            QVERIFY2(!qobject_cast<QAbstractButton*>(w)->text().isEmpty(),
                     qPrintable(w->objectName()));
            continue;
        }
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QLineEdit") ||
            w->inherits("QScrollBar"))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 %2 in %3")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                              QString::fromLatin1(w->parentWidget()->metaObject()->className()))));
    }
}

void tst_FigurePage::stateRoundTrip()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    FigureOptions o = page->options();
    o.bars = true;
    o.firstYear = 2002;
    o.hiddenSeries = {QStringLiteral("male")};
    page->setOptions(o);
    page->splitter()->setSizes({400, 250});
    QCoreApplication::processEvents();
    const QList<int> sizes = page->splitter()->sizes();
    const QByteArray state = page->saveState();
    makePage(FigureKind::Arrivals);
    QVERIFY(m_page->restoreState(state));
    QCoreApplication::processEvents();
    QVERIFY(m_page->options().bars);
    QCOMPARE(m_page->options().firstYear, 2002);
    QCOMPARE(m_page->options().hiddenSeries, QStringList{QStringLiteral("male")});
    QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("show"))->currentIndex(), 1);
    QCOMPARE(m_page->findChild<QSpinBox*>(QStringLiteral("firstYear"))->value(), 2002);
    QCOMPARE(m_page->splitter()->sizes(), sizes);
    QVERIFY(!m_page->restoreState(QByteArray("garbage")));
}

void tst_FigurePage::yearButtons()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    const int latest = latestArrivalsYear(m_snapshot, true);
    auto* from = page->findChild<QSpinBox*>(QStringLiteral("firstYear"));
    auto* to = page->findChild<QSpinBox*>(QStringLiteral("lastYear"));
    auto* brief = page->findChild<QToolButton*>(QStringLiteral("briefYears"));
    auto* opening = page->findChild<QToolButton*>(QStringLiteral("defaultYears"));
    QVERIFY(from && to && brief && opening);
    QCOMPARE(brief->text(), QStringLiteral("1998–2022"));
    // The opening range is "the default" (0, 0), which follows the data.
    QCOMPARE(page->options().firstYear, 0);
    QCOMPARE(page->options().lastYear, 0);
    QVERIFY(!opening->isEnabled());
    QVERIFY(brief->isEnabled());

    // The original briefs' span, exactly.
    brief->click();
    QCOMPARE(page->options().firstYear, 1998);
    QCOMPARE(page->options().lastYear, 2022);
    QCOMPARE(from->value(), 1998);
    QCOMPARE(to->value(), 2022);
    QCOMPARE(page->figure()->figure()->subtitle(),
             QStringLiteral("People arriving per year, 1998–2022"));
    QCOMPARE(rowOf(page->figure()->figure()->model(), QStringLiteral("2023")), -1);
    QVERIFY(!brief->isEnabled());
    QVERIFY(opening->isEnabled());

    // Back to the opening range.
    opening->click();
    QCOMPARE(page->options().firstYear, 0);
    QCOMPARE(page->options().lastYear, 0);
    QCOMPARE(to->value(), latest);
    QCOMPARE(page->figure()->figure()->subtitle(),
             QStringLiteral("People arriving per year, 1998–%1").arg(latest));

    // A range typed in is kept as typed; typed back to the opening range, it follows the data.
    from->setValue(2005);
    QCOMPARE(page->options().firstYear, 2005);
    QCOMPARE(page->options().lastYear, latest);
    from->setValue(1998);
    QCOMPARE(page->options().firstYear, 0);
    QCOMPARE(page->options().lastYear, 0);

    // Trade opens on the briefs' span already: no second button (made hidden: a page made
    // before its figures are read shows it once they say it is another range).
    makePage(FigureKind::Trade);
    QVERIFY(m_page->findChild<QToolButton*>(QStringLiteral("defaultYears")));
    const auto* second = m_page->findChild<QToolButton*>(QStringLiteral("briefYears"));
    QVERIFY(!second || second->isHidden());
    QCOMPARE(m_page->figure()->figure()->yearsShown(), std::make_pair(2019, 2021));
}

void tst_FigurePage::defaultYearsFollowTheData()
{
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    const int latest = latestArrivalsYear(m_snapshot, true);
    // An import of the next year (as the window's import does: the catalog reloads).
    Snapshot later = m_snapshot;
    Observation next;
    for (const Observation& o : std::as_const(m_snapshot.observations)) {
        if (o.dataset == Term::Dataset::Arrivals && o.series == QLatin1String("total") &&
            o.plotted && o.period.code() == QString::number(latest))
            next = o;
    }
    QVERIFY(next.plotted);
    next.id = 999999;
    next.period = Period::parse(QString::number(latest + 1));
    next.value = 223;
    later.observations << next;
    m_catalog->setSnapshot(later);
    QCoreApplication::processEvents();
    QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("lastYear"))->value(), latest + 1);
    QCOMPARE(page->figure()->figure()->yearsShown(), std::make_pair(1998, latest + 1));
    const int row = rowOf(page->figure()->figure()->model(), QString::number(latest + 1));
    QVERIFY(row >= 0);
    QCOMPARE(
        page->figure()->figure()->model()->index(row, 1).data(roleId(DataRole::Value)).toLongLong(),
        223);
    // A range chosen by the user stays.
    page->findChild<QToolButton*>(QStringLiteral("briefYears"))->click();
    m_catalog->setSnapshot(m_snapshot);
    QCoreApplication::processEvents();
    QCOMPARE(page->figure()->figure()->yearsShown(), std::make_pair(1998, 2022));
}

void tst_FigurePage::oldStateOpensOnTheDefault()
{
    // A state saved before the default followed the data: version 1, with the fixed 1998–2022.
    FigurePage* page = makePage(FigureKind::Arrivals);
    QVERIFY(page);
    const auto oldState = [&](qint32 first, qint32 last) {
        QByteArray data;
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x43524650) << quint32(1) << page->splitter()->saveState() << true << false
            << false << false << first << last << false << qint32(0) << QStringList();
        return data;
    };
    QVERIFY(page->restoreState(oldState(1998, 2022)));
    QCOMPARE(page->options().firstYear, 0);
    QCOMPARE(page->options().lastYear, 0);
    QCOMPARE(page->figure()->figure()->yearsShown()->second, latestArrivalsYear(m_snapshot, true));
    // A range the user chose then is kept.
    QVERIFY(page->restoreState(oldState(2005, 2012)));
    QCOMPARE(page->figure()->figure()->yearsShown(), std::make_pair(2005, 2012));
}

void tst_FigurePage::rendersWithoutWarnings_data()
{
    accessibleNames_data();
}

void tst_FigurePage::rendersWithoutWarnings()
{
    QFETCH(FigureKind, kind);
    FigurePage* page = makePage(kind);
    QVERIFY(page);
    const QImage image = page->grab().toImage();
    QVERIFY(!image.isNull());
    // No axis label had to be shortened.
    for (QAbstractAxis* axis : page->figure()->chart()->axes())
        QVERIFY2(!axis->labelsTruncated(),
                 qPrintable(qobject_cast<QCategoryAxis*>(axis)->categoriesLabels().join('|')));
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

QTEST_MAIN(tst_FigurePage)
#include "tst_figurepage.moc"
