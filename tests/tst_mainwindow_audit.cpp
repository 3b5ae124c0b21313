// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit page in the window: it is one of the pages, and its requests select the figures a
// claim was checked against in their chart.
#include "application.h"
#include "auditpage.h"
#include "core/catalog.h"
#include "figurepage.h"
#include "itemmodels/roles.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ownsettings.h"
#include "storage/store.h"

#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
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

private:
    qint64 idOf(const QString& dataset, const QString& series, const QString& period,
                const QString& sourceId) const;
    Snapshot m_snapshot;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    AuditPage* m_audit = nullptr;
};

void tst_MainWindowAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY2(TestSupport::settingsProblem().isEmpty(), qPrintable(TestSupport::settingsProblem()));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->openInMemory(), qPrintable(m_store->errorString()));
    QVERIFY(m_store->load(&m_snapshot));
    m_language = std::make_unique<LanguageManager>();
}

void tst_MainWindowAudit::init()
{
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
    m_window = std::make_unique<MainWindow>(m_catalog.get(), m_store.get(), m_language.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_audit = m_window->findChild<AuditPage*>();
    QVERIFY(m_audit);
    m_window->showPage(0);
}

void tst_MainWindowAudit::cleanup()
{
    m_window.reset();
    m_catalog.reset();
}

qint64 tst_MainWindowAudit::idOf(const QString& dataset, const QString& series,
                                 const QString& period, const QString& sourceId) const
{
    for (const Observation& o : m_snapshot.observations) {
        if (o.dataset == dataset && o.series == series && o.period.code() == period &&
            o.sourceId == sourceId)
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

QTEST_MAIN(tst_MainWindowAudit)
#include "tst_mainwindow_audit.moc"
