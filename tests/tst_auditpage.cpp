// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfixture.h"
#include "auditpage.h"
#include "core/catalog.h"
#include "itemmodels/auditmodel.h"
#include "itemmodels/conflictsmodel.h"

#include <QComboBox>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

/// The Audit page: filtering by verdict, the details of a claim, and the requests it sends to
/// the window (figures to select in their chart) and the source it opens.
class tst_AuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterByVerdict_data();
    void filterByVerdict();
    void figuresOfAClaim();
    void openSource_data();
    void openSource();
    void titleAndIcon();
    void details();
    void selectHiddenClaim();
    void conflictFigure();
    void languageChangeKeepsFilter();

private:
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<AuditPage> m_page;
    QTableView* claims() const { return m_page->findChild<QTableView*>("claimsView"); }
    QComboBox* filter() const { return m_page->findChild<QComboBox*>("verdictFilter"); }
};

void tst_AuditPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_AuditPage::init()
{
    m_catalog = std::make_unique<Catalog>();
    Snapshot s = AuditFixture::snapshot();
    s.claims = AuditFixture::claims();
    s.sources["seed-001"].url = "https://example.org/seed-001";
    s.sources["seed-000"].url = "https://example.org/seed-000";
    s.sources["seed-000"].unconfirmed = QStringList{"url"};
    m_catalog->setSnapshot(s);
    m_page = std::make_unique<AuditPage>(m_catalog.get());
    m_page->resize(1200, 800);
}

void tst_AuditPage::cleanup()
{
    m_page.reset();
    m_catalog.reset();
}

void tst_AuditPage::filterByVerdict_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("ids");
    // The fixture's claims: total holds, imports depends, q1 and uk cannot be checked, low differs.
    QTest::newRow("all") << "" << QStringList{"total", "imports", "q1", "uk", "low"};
    QTest::newRow("holds") << "holds" << QStringList{"total"};
    QTest::newRow("differs") << "differs" << QStringList{"low"};
    QTest::newRow("cannot be checked") << "cannot_check" << QStringList{"q1", "uk"};
    QTest::newRow("depends") << "depends" << QStringList{"imports"};
}

void tst_AuditPage::filterByVerdict()
{
    QFETCH(QString, verdict);
    QFETCH(QStringList, ids);
    const int item = filter()->findData(verdict);
    QVERIFY(item >= 0);
    filter()->setCurrentIndex(item);
    QStringList shown;
    for (int r = 0; r < claims()->model()->rowCount(); ++r)
        shown << claims()->model()->index(r, 0).data(roleId(DataRole::ClaimId)).toString();
    QCOMPARE(shown, ids);
}

void tst_AuditPage::figuresOfAClaim()
{
    QSignalSpy spy(m_page.get(), &AuditPage::figuresRequested);
    QVERIFY(m_page->selectClaim("imports"));
    QCOMPARE(m_page->currentClaim(), QString("imports"));
    auto* show = m_page->findChild<QPushButton*>("showFigures");
    QVERIFY(show && show->isEnabled());
    show->click();
    QCOMPARE(spy.count(), 1);
    // March 2020, February 2020 (from the previous month), then March 2019 (from a year earlier).
    const Snapshot s = AuditFixture::snapshot();
    const QList<qint64> expected = {
        AuditFixture::idOf(s, "trade", "china_exports", "2020-03", "voa-2020"),
        AuditFixture::idOf(s, "trade", "china_exports", "2020-02", "asiae-2021"),
        AuditFixture::idOf(s, "trade", "china_exports", "2019-03", "voa-2020")};
    QCOMPARE(spy.first().first().value<QList<qint64>>(), expected);
}

void tst_AuditPage::openSource_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<bool>("enabled");
    // init() gives seed-001 a confirmed address and seed-000 an unconfirmed one.
    QTest::newRow("confirmed address") << "uk" << true;
    QTest::newRow("unconfirmed address") << "total" << false;
    QTest::newRow("no address") << "q1" << false;
}

void tst_AuditPage::openSource()
{
    QFETCH(QString, claim);
    QFETCH(bool, enabled);
    QVERIFY(m_page->selectClaim(claim));
    auto* open = m_page->findChild<QPushButton*>("openSource");
    QVERIFY(open);
    QCOMPARE(open->isEnabled(), enabled);
}

void tst_AuditPage::titleAndIcon()
{
    QCOMPARE(m_page->windowTitle(), QString("Audit"));
    QVERIFY(!m_page->windowIcon().isNull());
}

void tst_AuditPage::details()
{
    QVERIFY(m_page->selectClaim("imports"));
    const QString text = m_page->findChild<QTextBrowser*>("claimDetails")->toPlainText();
    QVERIFY2(text.contains("from the previous month — differs: +74.30% against the stated -91%"),
             qPrintable(text));
    QVERIFY2(text.contains("Figures used:"), qPrintable(text));
    QVERIFY2(text.contains("China's exports to North Korea, China, Feb 2020: $10,345,000"),
             qPrintable(text));
    QVERIFY2(text.contains("KEI"), qPrintable(text));
}

void tst_AuditPage::selectHiddenClaim()
{
    filter()->setCurrentIndex(filter()->findData("holds"));
    QCOMPARE(claims()->model()->rowCount(), 1);
    // "low" differs: selecting it shows all claims again.
    QVERIFY(m_page->selectClaim("low"));
    QCOMPARE(filter()->currentIndex(), 0);
    QCOMPARE(m_page->currentClaim(), QString("low"));
    QVERIFY(!m_page->selectClaim("no-such-claim"));
}

void tst_AuditPage::conflictFigure()
{
    QSignalSpy spy(m_page.get(), &AuditPage::figuresRequested);
    m_page->showTab(1);
    auto* view = m_page->findChild<QTableView*>("conflictsView");
    // The fixture's one conflict: 2009 reported as 2,914 (final, MOU and seed-000), 2,952 and
    // 2,927.
    QCOMPARE(view->model()->rowCount(), 4);
    const QModelIndex second = view->model()->index(1, ConflictsModel::ValueColumn);
    view->setCurrentIndex(second);
    emit view->doubleClicked(second);
    QCOMPARE(spy.count(), 1);
    const Snapshot s = AuditFixture::snapshot();
    QCOMPARE(spy.first().first().value<QList<qint64>>(),
             QList<qint64>{AuditFixture::idOf(s, "arrivals", "total", "2009", "voa-2010")});
    QCOMPARE(m_page->findChild<QTabWidget*>()->tabText(1), QString("Conflicts (1)"));
}

void tst_AuditPage::languageChangeKeepsFilter()
{
    filter()->setCurrentIndex(filter()->findData("differs"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_page.get(), &change);
    QCOMPARE(filter()->count(), 5);
    QCOMPARE(filter()->currentData().toString(), QString("differs"));
    QCOMPARE(claims()->model()->rowCount(), 1);
}

QTEST_MAIN(tst_AuditPage)
#include "tst_auditpage.moc"
