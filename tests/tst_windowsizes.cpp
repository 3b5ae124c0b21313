// SPDX-License-Identifier: GPL-3.0-or-later
// The window from a projector's 1024×640 to 1920×1080, every page in both languages (issue 17):
// the chart keeps at least half of the window's height, the Sources panel beside the chart keeps
// a readable measure (30 average characters) or is not beside it, no control is squeezed below
// the size it needs, no axis label is shortened. CROSSINGS_SCREENSHOTS=DIR saves each as
// docs/screenshots/<page>-<language>-<width>x<height>.png.
#include "adaptivelayout.h"
#include "application.h"
#include "chartview.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "figurechartbase.h"
#include "figurepage.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "warningcollector.h"
#include "windowfixture.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

class tst_WindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyPageAtEverySize_data();
    void everyPageAtEverySize();
    void compactPageCollapsesKeyAndCaveat();

private:
    WindowFixture m_fixture;
};

namespace {
int rowOf(const QAbstractItemModel* m, const QString& periodCode)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() == periodCode)
            return r;
    }
    return -1;
}

/// Controls shown smaller than they need (a squeezed check box, a cut button text).
QStringList squeezed(const QWidget* root)
{
    QStringList out;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!w->isVisibleTo(root) || w->isWindow() ||
            QByteArray(w->metaObject()->className()).startsWith("QDockWidget"))
            continue; // (Qt's own dock title buttons are drawn smaller than they ask)
        const bool control = qobject_cast<const QAbstractButton*>(w) ||
                             qobject_cast<const QComboBox*>(w) ||
                             qobject_cast<const QAbstractSpinBox*>(w);
        const auto* label = qobject_cast<const QLabel*>(w);
        const bool plainLabel = label && !label->wordWrap() && !label->text().isEmpty() &&
                                label->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored;
        if (!control && !plainLabel)
            continue;
        const QSize need = w->minimumSizeHint();
        if (w->width() < need.width() || w->height() < need.height())
            out << QStringLiteral("%1 \"%2\" %3x%4 < %5x%6")
                       .arg(QString::fromLatin1(w->metaObject()->className()),
                            label ? label->text()
                            : qobject_cast<const QAbstractButton*>(w)
                                ? qobject_cast<const QAbstractButton*>(w)->text()
                                : w->objectName())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(need.width())
                       .arg(need.height());
    }
    return out;
}
} // namespace

void tst_WindowSizes::initTestCase()
{
    const QString problem = m_fixture.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_WindowSizes::init()
{
    const QString problem = m_fixture.reset();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_WindowSizes::cleanup()
{
    m_fixture.catalog.reset();
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

void tst_WindowSizes::everyPageAtEverySize_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("period"); // selected, so that the Sources panel shows a figure
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    const QList<QSize> sizes = {QSize(1024, 640), QSize(1280, 720), QSize(1920, 1080)};
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        for (const QSize& size : sizes) {
            const QByteArray tag = language.toLatin1() + ' ' + QByteArray::number(size.width()) +
                                   'x' + QByteArray::number(size.height());
            QTest::newRow("arrivals " + tag) << 0 << "arrivals"
                                             << "2009" << 1 << language << size;
            QTest::newRow("trade " + tag) << 1 << "trade"
                                          << "2020-03" << 2 << language << size;
            QTest::newRow("destinations " + tag) << 2 << "destinations"
                                                 << "~@2021" << 3 << language << size;
            QTest::newRow("audit " + tag) << 3 << "audit" << QString() << 0 << language << size;
        }
    }
}

void tst_WindowSizes::everyPageAtEverySize()
{
    QFETCH(int, page);
    QFETCH(QString, name);
    QFETCH(QString, period);
    QFETCH(int, column);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(m_fixture.language->setLanguage(language));
    auto window = m_fixture.makeWindow(size);
    QVERIFY(window);
    window->showPage(page);
    auto* figurePage = qobject_cast<FigurePage*>(window->page(page));
    if (figurePage) {
        const QAbstractItemModel* model = figurePage->figure()->figure()->model();
        const int row = rowOf(model, period);
        QVERIFY(row >= 0);
        figurePage->setCurrentIndex(model->index(row, column));
        QVERIFY(window->citationPanel()->currentObservation());
    }
    QTest::qWait(50); // let Qt Charts lay out
    QCoreApplication::processEvents();
    const QImage image = window->grab().toImage();
    // The window is the size asked for: nothing in it needs more.
    QCOMPARE(image.size(), size * image.devicePixelRatio());
    QVERIFY2(window->minimumSizeHint().width() <= size.width(),
             qPrintable(QString::number(window->minimumSizeHint().width())));

    // The navigation: icons only below 1200 pixels, titles above.
    auto* list = window->findChild<QListWidget*>(QStringLiteral("pageList"));
    QCOMPARE(list->item(0)->text().isEmpty(), AdaptiveLayout::iconNavigation(size.width()));
    QVERIFY(!list->item(0)->toolTip().isEmpty());

    if (figurePage) {
        // The chart keeps at least half of the window's height.
        const int chart = figurePage->chartView()->height();
        QVERIFY2(chart >= size.height() / 2,
                 qPrintable(QStringLiteral("chart %1 of %2").arg(chart).arg(size.height())));
        for (QAbstractAxis* axis : figurePage->figure()->chart()->axes())
            QVERIFY(!axis->labelsTruncated());
    }
    // The Sources panel beside the chart holds 30 average characters a line, or is elsewhere.
    QDockWidget* dock = window->citationDock();
    const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
    const bool beside = dock->isVisible() && !dock->isFloating() &&
                        (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea);
    if (beside) {
        const QWidget* text = window->citationPanel()->browser()->viewport();
        const int measure =
            text->fontMetrics().averageCharWidth() * AdaptiveLayout::ReadableCharacters;
        QVERIFY2(
            text->width() >= measure,
            qPrintable(QStringLiteral("Sources text %1 px < %2").arg(text->width()).arg(measure)));
    }
    const QStringList cut = squeezed(window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));

    if (const QString dir = qEnvironmentVariable("CROSSINGS_SCREENSHOTS"); !dir.isEmpty()) {
        const QString file = QStringLiteral("%1/%2-%3-%4x%5.png")
                                 .arg(dir, name, language)
                                 .arg(size.width())
                                 .arg(size.height());
        // Committed to the repository: compressed as far as PNG goes (a palette of 256 colours
        // would lose the faint event bands).
        QVERIFY(image.convertToFormat(QImage::Format_RGB32).save(file, "PNG", 0));
    }
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

void tst_WindowSizes::compactPageCollapsesKeyAndCaveat()
{
    auto window = m_fixture.makeWindow(QSize(1024, 640));
    QVERIFY(window);
    window->showPage(0);
    FigurePage* page = window->figurePage(FigureKind::Arrivals);
    QCoreApplication::processEvents();
    QVERIFY(page->isCompact());
    auto* figure = qobject_cast<FigureChartBase*>(page->figure());
    QVERIFY(figure->compactKey());
    // The caveat on one line, its whole text in the tooltip; More shows it all.
    QVERIFY(!page->caveatText().isEmpty());
    QLabel* caveat = page->caveatLabel();
    QVERIFY(!caveat->wordWrap());
    QVERIFY(caveat->height() < 2 * caveat->fontMetrics().height());
    QVERIFY(page->caveatToggle()->isVisible());
    QCOMPARE(caveat->toolTip(), page->caveatText());
    QCOMPARE(page->caveatToggle()->text(), QStringLiteral("More"));
    page->caveatToggle()->click();
    QCoreApplication::processEvents();
    QVERIFY(caveat->wordWrap());
    QCOMPARE(caveat->text(), page->caveatText());
    QCOMPARE(page->caveatToggle()->text(), QStringLiteral("Less"));
    page->caveatToggle()->click();
    QVERIFY(!caveat->wordWrap());
    // The key's badges still say what each event is, in their tooltip.
    QVERIFY(!figure->events().isEmpty());
    bool tipped = false;
    const QRectF chartRect = figure->chart()->rect();
    for (qreal x = chartRect.left(); x < chartRect.right() && !tipped; x += 4) {
        const QString tip = figure->toolTipAt(QPointF(x, chartRect.bottom() - 14));
        tipped = !tip.isEmpty() && tip.contains(QLatin1String(": "));
    }
    QVERIFY(tipped);
    // A tall window: the full key and caveat again.
    window->resize(1920, 1080);
    QCoreApplication::processEvents();
    QVERIFY(!page->isCompact());
    QVERIFY(!figure->compactKey());
    QVERIFY(caveat->wordWrap());
    QCOMPARE(caveat->text(), page->caveatText());
    QVERIFY(!page->caveatToggle()->isVisible());
}

QTEST_MAIN(tst_WindowSizes)
#include "tst_windowsizes.moc"
