// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfixture.h"
#include "core/catalog.h"
#include "itemmodels/conflictsmodel.h"
#include "itemmodels/roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

/// The Conflicts list: every quantity sources disagree on, revisions included.
class tst_ConflictsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void revisionOf2009_data();
    void revisionOf2009();
    void boundIsConsistent();
    void agreeingSourcesAreNoConflict();
    void headers();

private:
    std::unique_ptr<Catalog> m_catalog;
    ConflictsModel* m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ConflictsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ConflictsModel::init()
{
    m_catalog = std::make_unique<Catalog>();
    m_model = new ConflictsModel(m_catalog.get(), m_catalog.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Snapshot s = AuditFixture::snapshot();
    // Yonhap's exact end-2020 cumulative beside seed-003's "over 33,000".
    s.sources.insert("yonhap-2021",
                     AuditFixture::source("yonhap-2021", "press", "2021-01-20", "Yonhap"));
    Observation o;
    o.id = 500;
    o.dataset = Term::Dataset::Arrivals;
    o.series = "cumulative";
    o.period = Period::parse("../2020");
    o.region = "KR";
    o.value = 33752;
    o.unit = Term::Unit::Persons;
    o.status = Term::Status::Final;
    o.sourceId = "yonhap-2021";
    s.observations.append(o);
    Store::choosePlotted(&s.observations, s.sources);
    m_catalog->setSnapshot(s);
}

void tst_ConflictsModel::cleanup()
{
    m_tester.reset();
    m_catalog.reset();
}

void tst_ConflictsModel::revisionOf2009_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("source");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("difference");
    QTest::addColumn<bool>("agrees");
    // The fixture's conflicts, in the catalog's order (by period): 2009 first, then end-2020.
    // The final MOU figure is plotted and comes first.
    QTest::newRow("final") << 0 << "mou-table" << qint64(2914) << "plotted" << true;
    // VOA, January 2010: 2,952 - 2,914 = +38; 38 / 2,914 = 1.304%.
    QTest::newRow("provisional 2010")
        << 1 << "voa-2010" << qint64(2952) << "+38 people (+1.30%)" << false;
    // MOU release of January 2012: 2,927 - 2,914 = +13; 13 / 2,914 = 0.446%.
    QTest::newRow("release 2012") << 2 << "mou-2012" << qint64(2927) << "+13 people (+0.45%)"
                                  << false;
    // seed-000 restates 2,914.
    QTest::newRow("seed restates") << 3 << "seed-000" << qint64(2914) << "same value" << true;
}

void tst_ConflictsModel::revisionOf2009()
{
    QFETCH(int, row);
    QFETCH(QString, source);
    QFETCH(qint64, value);
    QFETCH(QString, difference);
    QFETCH(bool, agrees);
    QCOMPARE(m_model->quantityCount(), 2);
    QCOMPARE(m_model->rowCount(), 6);
    const QModelIndex i = m_model->index(row, ConflictsModel::ValueColumn);
    QCOMPARE(i.data(roleId(DataRole::SourceId)).toString(), source);
    QCOMPARE(i.data(roleId(DataRole::Value)).toLongLong(), value);
    QCOMPARE(i.data(roleId(DataRole::PeriodCode)).toString(), QString("2009"));
    QCOMPARE(i.data(roleId(DataRole::Group)).toInt(), 0);
    QCOMPARE(i.data(roleId(DataRole::Plotted)).toBool(), row == 0);
    QCOMPARE(i.data(roleId(DataRole::Agrees)).toBool(), agrees);
    // 2,914, 2,927 and 2,952 exactly: each disagrees with another (HasConflict means that in
    // every model; here it was "listed in this table", true on every row).
    QVERIFY(i.data(roleId(DataRole::HasConflict)).toBool());
    QCOMPARE(m_model->index(row, ConflictsModel::DifferenceColumn).data().toString(), difference);
    QCOMPARE(m_model->index(row, ConflictsModel::QuantityColumn).data().toString(),
             QString("Arrivals, South Korea"));
    QCOMPARE(m_model->index(row, ConflictsModel::PeriodColumn).data().toString(), QString("2009"));
}

void tst_ConflictsModel::boundIsConsistent()
{
    // Yonhap's 33,752 is plotted; seed-003's "over 33,000" is consistent with it.
    QCOMPARE(m_model->index(4, 0).data(roleId(DataRole::SourceId)).toString(),
             QString("yonhap-2021"));
    QCOMPARE(m_model->index(5, 0).data(roleId(DataRole::SourceId)).toString(), QString("seed-003"));
    QCOMPARE(m_model->index(5, ConflictsModel::ValueColumn).data().toString(),
             QString("over 33,000 people"));
    QCOMPARE(m_model->index(5, ConflictsModel::DifferenceColumn).data().toString(),
             QString("consistent"));
    QVERIFY(m_model->index(5, 0).data(roleId(DataRole::Agrees)).toBool());
    QCOMPARE(m_model->index(5, 0).data(roleId(DataRole::Group)).toInt(), 1);
    // Issue 20: HasConflict had three meanings; here it said true for figures that agree. 33,752
    // and "over 33,000" are consistent: neither disagrees, as the arrivals table says too.
    QVERIFY(!m_model->index(4, 0).data(roleId(DataRole::HasConflict)).toBool());
    QVERIFY(!m_model->index(5, 0).data(roleId(DataRole::HasConflict)).toBool());
}

void tst_ConflictsModel::agreeingSourcesAreNoConflict()
{
    // 2017 has one figure and 2020 one; neither is listed.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString period = m_model->index(r, 0).data(roleId(DataRole::PeriodCode)).toString();
        QVERIFY2(period == "2009" || period == "../2020", qPrintable(period));
    }
    // An empty catalog has no conflicts.
    m_catalog->setSnapshot(Snapshot());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->quantityCount(), 0);
}

void tst_ConflictsModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(ConflictsModel::ColumnCount));
    QCOMPARE(m_model->headerData(ConflictsModel::DifferenceColumn, Qt::Horizontal).toString(),
             QString("Against the plotted figure"));
    QCOMPARE(m_model->headerData(ConflictsModel::PublishedColumn, Qt::Horizontal).toString(),
             QString("Published"));
    QCOMPARE(m_model->index(1, ConflictsModel::SourceColumn).data().toString(),
             QString("VOA Korean"));
    QCOMPARE(m_model->index(1, ConflictsModel::PublishedColumn).data().toString(),
             QString("6 January 2010"));
}

QTEST_GUILESS_MAIN(tst_ConflictsModel)
#include "tst_conflictsmodel.moc"
