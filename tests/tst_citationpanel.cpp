// SPDX-License-Identifier: GPL-3.0-or-later
// The citation panel: for a selected figure, its value, period, status, source (unconfirmed
// details marked), locator, link and note, and every figure reported for the same quantity;
// the sources of the whole figure; "Copy citation"; language and reloads.
// Expected values are typed from the curated sources (/work/shared/data).
#include "citationpanel.h"
#include "core/catalog.h"
#include "figurechart.h"
#include "itemmodels/roles.h"
#include "storage/store.h"
#include "warningcollector.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <memory>

class tst_CitationPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void arrivals2009_data();
    void arrivals2009();
    void arrivals2009Link();
    void trade2020March_data();
    void trade2020March();
    void tradeDerivedAndCompilers_data();
    void tradeDerivedAndCompilers();
    void periodColumnShowsTheRowsFigure();
    void estimateAndUnconfirmed();
    void withoutSelectionListsTheSources();
    void copyCitation();
    void copyCitationOfTheFigure();
    void followsTheLanguage();
    void survivesAReload();
    void pageWithoutFigureSaysSo();

private:
    void select(FigureKind kind, const QString& period, int column);

    Snapshot m_snapshot;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<FigureChart> m_figure;
    std::unique_ptr<CitationPanel> m_panel;
};

void tst_CitationPanel::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK KR"), 10));
    Store store;
    QVERIFY2(store.openInMemory(), qPrintable(store.errorString()));
    QVERIFY(store.load(&m_snapshot));
    TestSupport::WarningCollector::install();
}

void tst_CitationPanel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
    m_panel = std::make_unique<CitationPanel>(m_catalog.get());
    m_panel->resize(360, 700);
    m_panel->show();
    TestSupport::WarningCollector::clear();
}

void tst_CitationPanel::cleanup()
{
    m_panel.reset();
    m_figure.reset();
    m_catalog.reset();
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

void tst_CitationPanel::select(FigureKind kind, const QString& period, int column)
{
    m_figure.reset(FigureChart::create(kind, m_catalog.get()));
    m_panel->setFigure(m_figure.get());
    QAbstractItemModel* model = m_figure->figure()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() == period) {
            m_panel->setCurrent(model->index(r, column));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(period)));
}

void tst_CitationPanel::arrivals2009_data()
{
    QTest::addColumn<QString>("expected");
    // The plotted figure and its source.
    QTest::newRow("value") << "2,914 people";
    QTest::newRow("period") << "Arrivals · South Korea · 2009";
    QTest::newRow("status") << "final";
    QTest::newRow("source") << "[MOU statistics page: North Korean defectors entering South Korea "
                               "by year and sex, Chinese-language site]";
    QTest::newRow("outlet") << "Ministry of Unification (MOU), Republic of Korea";
    QTest::newRow("inferred date") << "inferred: 2020";
    QTest::newRow("locator") << "table, column '09";
    QTest::newRow("note") << "Peak year.";
    // Every other figure for the same quantity.
    QTest::newRow("2012 release figure") << "2,927 people superseded";
    QTest::newRow("2012 release") << "Number of North Korean Refugees in South Korea in 2011";
    QTest::newRow("2012 release date") << "11 January 2012";
    QTest::newRow("provisional 2010") << "2,952 people superseded";
    QTest::newRow("VOA 2010") << "[VOA Korean report on defector arrivals in 2009]";
    QTest::newRow("Yonhap 2013") << "2,929 people superseded";
    QTest::newRow("plotted marked") << "(plotted)";
}

void tst_CitationPanel::arrivals2009()
{
    QFETCH(QString, expected);
    select(FigureKind::Arrivals, QStringLiteral("2009"), 1);
    QVERIFY(m_panel->currentObservation());
    QCOMPARE(m_panel->currentObservation()->value, 2914);
    const QString text = m_panel->text().simplified();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void tst_CitationPanel::arrivals2009Link()
{
    select(FigureKind::Arrivals, QStringLiteral("2009"), 1);
    const QString html = m_panel->browser()->toHtml();
    QVERIFY(html.contains(QStringLiteral(
        "href=\"https://www.unikorea.go.kr/cn_unikorea/news/statistics1/defectors/\"")));
    QVERIFY(html.contains(
        QStringLiteral("href=\"https://www.voakorea.com/archive/35-2010-01-06-voa19-91420724\"")));
    QVERIFY(
        !m_panel->browser()->openExternalLinks()); // opened through QDesktopServices, http(s) only
    // Four different values are reported for 2009; 2,914 is listed once per source that gives it.
    const QString text = m_panel->text();
    QCOMPARE(text.count(QStringLiteral("2,927 people")), 1);
    QVERIFY(text.count(QStringLiteral("2,914 people")) >= 2);
}

void tst_CitationPanel::trade2020March_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");
    // China's imports from North Korea: $616,000, the seed's "96%" is a change from March 2019.
    QTest::newRow("imports") << 2
                             << QStringList{"$616,000", "Mar 2020", "lowest since January 2001",
                                            "matches the change from March 2019, not from February",
                                            "[VOA Korean report on North Korea-China trade in "
                                            "March 2020, citing China customs]"};
    QTest::newRow("imports, the event")
        << 2
        << QStringList{"Events in this period", "China-North Korea trade collapses",
                       "match changes from March 2019, not from February"};
    // China's exports: $18,031,000; the "91%" is the fall from $197.96M in March 2019.
    QTest::newRow("exports") << 1
                             << QStringList{"$18,031,000", "91% fall", "March 2019",
                                            "about $18,000,000", "not from February"};
}

void tst_CitationPanel::trade2020March()
{
    QFETCH(int, column);
    QFETCH(QStringList, expected);
    select(FigureKind::Trade, QStringLiteral("2020-03"), column);
    const QString text = m_panel->text().simplified();
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("%1 not in: %2").arg(e, text)));
}

void tst_CitationPanel::tradeDerivedAndCompilers_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");
    // December 2020 China imports: the total 4,995,000 minus China exports 3,378,000 (Hankyung).
    QTest::newRow("derived imports")
        << "2020-12" << 2
        << QStringList{"$1,617,000", "derived", "How it was computed:",
                       "Dec 2020 = Total China-North Korea trade, Dec 2020 \u2212 China's exports",
                       "Compiled by: China customs (GACC)"};
    // March 2019 China imports: customs about 16.55M plotted; ITC's 16,210,000 an alternative.
    QTest::newRow("another compiler") << "2019-03" << 2
                                      << QStringList{"about $16,550,000", "$16,210,000",
                                                     "(compiled by ITC Trade Map, not plotted)"};
}

void tst_CitationPanel::tradeDerivedAndCompilers()
{
    QFETCH(QString, period);
    QFETCH(int, column);
    QFETCH(QStringList, expected);
    select(FigureKind::Trade, period, column);
    const QString text = m_panel->text().simplified();
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("%1 not in: %2").arg(e, text)));
}

void tst_CitationPanel::periodColumnShowsTheRowsFigure()
{
    select(FigureKind::Arrivals, QStringLiteral("1999/2001"), 0);
    QVERIFY(m_panel->currentObservation());
    QCOMPARE(m_panel->currentObservation()->value, 1043);
    QVERIFY(m_panel->text().contains(QStringLiteral("1999–2001")));
}

void tst_CitationPanel::estimateAndUnconfirmed()
{
    m_figure.reset(FigureChart::create(FigureKind::Destinations, m_catalog.get()));
    m_panel->setFigure(m_figure.get());
    QAbstractItemModel* model = m_figure->figure()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(roleId(DataRole::Region)).toString() == QLatin1String("CN"))
            m_panel->setCurrent(model->index(r, 3));
    }
    const QString text = m_panel->text().simplified();
    QVERIFY2(text.contains(QStringLiteral("about 200,000 people")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("estimate")));
    QVERIFY(text.contains(QStringLiteral("Destinations of North Korean Defectors")));
    QVERIFY(text.contains(QStringLiteral("inferred: 2021"))); // the article's date is inferred
    QVERIFY(text.contains(QStringLiteral("by about 2021")));  // and so is the figure's
}

void tst_CitationPanel::withoutSelectionListsTheSources()
{
    m_figure.reset(FigureChart::create(FigureKind::Arrivals, m_catalog.get()));
    m_panel->setFigure(m_figure.get());
    QVERIFY(!m_panel->currentObservation());
    const QString text = m_panel->text().simplified();
    QVERIFY(text.contains(QStringLiteral("Select a point, bar or table row")));
    QVERIFY(text.contains(QStringLiteral("Sources of the figures shown")));
    // 1998-2022 by default: 20 MOU table figures (up to 1998, 1999-2001, 2002-2019).
    QVERIFY2(text.contains(QStringLiteral("(20 figures)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Sources of the annotations")));
    // The range shrinks the list.
    FigureOptions o = m_figure->figure()->options();
    o.firstYear = 2020;
    m_figure->setOptions(o);
    QVERIFY(!m_panel->text().contains(QStringLiteral("(20 figures)")));
}

void tst_CitationPanel::copyCitation()
{
    select(FigureKind::Arrivals, QStringLiteral("2009"), 1);
    QSignalSpy status(m_panel.get(), &CitationPanel::statusMessage);
    QGuiApplication::clipboard()->clear();
    auto* button = m_panel->findChild<QPushButton*>(QStringLiteral("copyCitation"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Arrivals (South Korea), 2009: 2,914 people, final.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Source: ")));
    QVERIFY(text.contains(QStringLiteral("Ministry of Unification (MOU), Republic of Korea")));
    QVERIFY(text.contains(QStringLiteral("inferred: 2020")));
    QVERIFY(text.contains(QStringLiteral("Location in the source: table, column '09.")));
    QCOMPARE(status.size(), 1);
}

void tst_CitationPanel::copyCitationOfTheFigure()
{
    m_figure.reset(FigureChart::create(FigureKind::Trade, m_catalog.get()));
    m_panel->setFigure(m_figure.get());
    const QString text = m_panel->citation();
    QVERIFY(text.startsWith(m_figure->figure()->title()));
    QVERIFY(text.contains(QStringLiteral("Sources: ")));
    QVERIFY(text.contains(QStringLiteral("The Diplomat")));
}

void tst_CitationPanel::followsTheLanguage()
{
    select(FigureKind::Arrivals, QStringLiteral("2009"), 1);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    m_catalog->setLanguage(Language::Korean); // the data texts are in the catalog's language
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_panel.get(), &change);
    QVERIFY2(m_panel->text().contains(QStringLiteral("2009년")), qPrintable(m_panel->text()));
    QVERIFY(m_panel->text().contains(QStringLiteral("대한민국")));
    QVERIFY(m_panel->citation().contains(QStringLiteral("2009년")));
}

void tst_CitationPanel::survivesAReload()
{
    select(FigureKind::Arrivals, QStringLiteral("2009"), 1);
    m_catalog->setSnapshot(m_snapshot); // an import reloads the catalog: the models reset
    QVERIFY(!m_panel->currentObservation());
    QVERIFY(m_panel->text().contains(QStringLiteral("Sources of the figures shown")));
}

void tst_CitationPanel::pageWithoutFigureSaysSo()
{
    m_panel->setFigure(nullptr);
    QVERIFY2(m_panel->text().contains(QStringLiteral("no figure of its own")),
             qPrintable(m_panel->text()));
}

QTEST_MAIN(tst_CitationPanel)
#include "tst_citationpanel.moc"
