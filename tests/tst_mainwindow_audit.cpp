// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit page in the window: it is one of the pages, and its requests select the figures a
// claim was checked against in their chart.
#include "auditpage.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "figurepage.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "windowfixture.h"

#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <memory>

class tst_MainWindowAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void auditIsAPage();
    void requestSelectsTheFigure_data();
    void requestSelectsTheFigure();
    void figureNotDrawn();
    void claimButtonSelectsItsFirstFigure();
    void sourcesPanelCitesTheClaim_data();
    void sourcesPanelCitesTheClaim();

private:
    qint64 idOf(const QString& dataset, const QString& series, const QString& period,
                const QString& sourceId) const;
    WindowFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    AuditPage* m_audit = nullptr;
};

void tst_MainWindowAudit::initTestCase()
{
    const QString problem = m_fixture.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_MainWindowAudit::init()
{
    const QString problem = m_fixture.reset();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = m_fixture.makeWindow();
    QVERIFY(m_window);
    m_audit = m_window->findChild<AuditPage*>();
    QVERIFY(m_audit);
    m_window->showPage(0);
}

void tst_MainWindowAudit::cleanup()
{
    m_window.reset();
    m_fixture.catalog.reset();
}

qint64 tst_MainWindowAudit::idOf(const QString& dataset, const QString& series,
                                 const QString& period, const QString& sourceId) const
{
    for (const Observation& o : m_fixture.snapshot.observations) {
        if (Datasets::name(o.dataset) == dataset && o.series == series &&
            o.period.code() == period && o.sourceId == sourceId)
            return o.id;
    }
    return 0;
}

void tst_MainWindowAudit::auditIsAPage()
{
    const int index = m_window->pageCount() - 1;
    QCOMPARE(m_window->page(index), static_cast<QWidget*>(m_audit));
    QCOMPARE(m_window->findChild<QListWidget*>("pageList")->item(index)->text(), QString("Audit"));
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), index);
    QVERIFY(!m_window->currentFigure());
}

void tst_MainWindowAudit::requestSelectsTheFigure_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("source");
    // The plotted 2009 figure (MOU's final 2,914) is selected as itself.
    QTest::newRow("plotted figure") << "2009"
                                    << "mou-table-2020";
    // The superseded 2,927 of the 2012 release is an alternative of the same cell.
    QTest::newRow("alternative figure") << "2009"
                                        << "mou-release-2012-01-11";
}

void tst_MainWindowAudit::requestSelectsTheFigure()
{
    QFETCH(QString, period);
    QFETCH(QString, source);
    const qint64 id = idOf("arrivals", "total", period, source);
    QVERIFY(id != 0);
    emit m_audit->figuresRequested({id});
    FigurePage* arrivals = m_window->figurePage(FigureKind::Arrivals);
    QCOMPARE(m_window->page(m_window->currentPage()), static_cast<QWidget*>(arrivals));
    const QModelIndex cell = arrivals->currentIndex();
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(roleId(DataRole::PeriodCode)).toString(), period);
    QCOMPARE(cell.data(roleId(DataRole::ObservationId)).toLongLong(),
             idOf("arrivals", "total", period, "mou-table-2020"));
}

void tst_MainWindowAudit::figureNotDrawn()
{
    // No figure draws an unknown observation: the window says so and stays where it is.
    m_window->showPage(m_window->pageCount() - 1);
    emit m_audit->figuresRequested({-1});
    QCOMPARE(m_window->currentPage(), m_window->pageCount() - 1);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
}

void tst_MainWindowAudit::claimButtonSelectsItsFirstFigure()
{
    // "2021 was two percent of the 2009 peak": 63 (2021) is the first figure of the check.
    m_window->showPage(m_window->pageCount() - 1);
    QVERIFY(m_audit->selectClaim("s002-2021-two-percent"));
    auto* show = m_audit->findChild<QPushButton*>("showFigures");
    QVERIFY(show && show->isEnabled());
    show->click();
    FigurePage* arrivals = m_window->figurePage(FigureKind::Arrivals);
    QCOMPARE(m_window->page(m_window->currentPage()), static_cast<QWidget*>(arrivals));
    QCOMPARE(arrivals->currentIndex().data(roleId(DataRole::PeriodCode)).toString(),
             QString("2021"));
}

void tst_MainWindowAudit::sourcesPanelCitesTheClaim_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QString>("citation");
    // "2021 was two percent of the 2009 peak" (claims.csv): ASIAPRESS (Ishimaru, line 7), checked
    // against 63 (2021, Dong-A Ilbo/Newsis) and 2,914 (2009, the Ministry's table).
    QTest::newRow("en") << "en"
                        << QStringList{"The 2021 arrivals were just two percent of the 2009 "
                                       "highpoint.",
                                       "Source of the claim",
                                       "ASIAPRESS International, Rimjin-gang English site",
                                       "line 7",
                                       "Sources of the figures it was checked against",
                                       "Ministry of Unification (MOU), Republic of Korea",
                                       "Dong-A Ilbo (동아일보), Newsis"}
                        << "Claim: The 2021 arrivals were just two percent of the 2009 highpoint.";
    QTest::newRow("ko") << "ko"
                        << QStringList{"2021년 입국자 수는 2009년 정점의 2%에 불과했다.",
                                       "주장의 출처", "아시아프레스 인터내셔널(림진강 영문 사이트)",
                                       "대한민국 통일부", "동아일보(뉴시스)"}
                        << "주장: 2021년 입국자 수는 2009년 정점의 2%에 불과했다.";
}

void tst_MainWindowAudit::sourcesPanelCitesTheClaim()
{
    // The audit page has no chart: the Sources panel cites the selected claim instead of saying
    // only that there is no figure.
    QFETCH(QString, language);
    QFETCH(QStringList, shown);
    QFETCH(QString, citation);
    QVERIFY(m_fixture.language->setLanguage(language));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_window->showPage(m_window->pageCount() - 1);
    QVERIFY(m_audit->selectClaim("s002-2021-two-percent"));
    CitationPanel* panel = m_window->citationPanel();
    QVERIFY(!panel->figure());
    const QString text = panel->text();
    for (const QString& part : std::as_const(shown))
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
    QVERIFY2(panel->citation().startsWith(citation), qPrintable(panel->citation()));
    auto* copy = panel->findChild<QPushButton*>("copyCitation");
    QVERIFY(copy && copy->isEnabled());
    // Back on a chart, the panel cites the chart again.
    m_window->showPage(0);
    QVERIFY(panel->figure());
    QVERIFY(!panel->text().contains(shown.constFirst()));
}

QTEST_MAIN(tst_MainWindowAudit)
#include "tst_mainwindow_audit.moc"
