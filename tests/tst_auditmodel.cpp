// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfixture.h"
#include "core/catalog.h"
#include "itemmodels/auditmodel.h"
#include "itemmodels/roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

/// The Audit page's table: one row per claim with its verdict, roles for the view.
class tst_AuditModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rows_data();
    void rows();
    void figuresOfATotal();
    void missingData();
    void displayAndHeaders();
    void retranslateSignals();
    void importChangesAVerdict();

private:
    static Snapshot withClaims();
    std::unique_ptr<Catalog> m_catalog;
    AuditModel* m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

Snapshot tst_AuditModel::withClaims()
{
    Snapshot s = AuditFixture::snapshot();
    s.claims = AuditFixture::claims();
    return s;
}

void tst_AuditModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_AuditModel::init()
{
    m_catalog = std::make_unique<Catalog>();
    m_model = new AuditModel(m_catalog.get(), m_catalog.get());
    // Attached before the model is filled.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 0);
    m_catalog->setSnapshot(withClaims());
}

void tst_AuditModel::cleanup()
{
    m_tester.reset();
    m_catalog.reset();
}

void tst_AuditModel::rows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("readings");
    // The sum of the finals to 2020 is 33,752.
    QTest::newRow("total") << 0 << "total"
                           << "holds" << QStringList{"holds"};
    // +74.30% from February, -90.89% from March 2019.
    QTest::newRow("imports") << 1 << "imports"
                             << "depends" << QStringList{"differs", "holds"};
    // No Q1 2017.
    QTest::newRow("q1") << 2 << "q1"
                        << "cannot_check" << QStringList{"cannot_check"};
    // Only seed-001 reports 544.
    QTest::newRow("uk") << 3 << "uk"
                        << "cannot_check" << QStringList{"cannot_check"};
    // 1999's 148 is below 2020's 229.
    QTest::newRow("low") << 4 << "low"
                         << "differs" << QStringList{"differs"};
}

void tst_AuditModel::rows()
{
    QFETCH(int, row);
    QFETCH(QString, id);
    QFETCH(QString, verdict);
    QFETCH(QStringList, readings);
    QCOMPARE(m_model->rowCount(), 5);
    const QModelIndex i = m_model->index(row, AuditModel::VerdictColumn);
    QCOMPARE(i.data(roleId(DataRole::ClaimId)).toString(), id);
    QCOMPARE(i.data(roleId(DataRole::VerdictKey)).toString(), verdict);
    QCOMPARE(i.data(roleId(DataRole::ReadingVerdicts)).toStringList(), readings);
    QCOMPARE(m_model->indexOf(id).row(), row);
}

void tst_AuditModel::figuresOfATotal()
{
    // ../1998 and the 22 years 1999..2020: 23 figures, all selectable in the arrivals chart.
    const QVariantList ids =
        m_model->index(0, AuditModel::ClaimColumn).data(roleId(DataRole::ObservationIds)).toList();
    QCOMPARE(ids.size(), 23);
    for (const QVariant& v : ids) {
        const Observation* o = m_catalog->observation(v.toLongLong());
        QVERIFY(o);
        QCOMPARE(o->dataset, Term::Dataset::Arrivals);
    }
    // The 1999-2001 singles, not the grouped column.
    const Snapshot s = AuditFixture::snapshot();
    QVERIFY(ids.contains(AuditFixture::idOf(s, "arrivals", "total", "2000", "sedaily-2003")));
    QVERIFY(!ids.contains(AuditFixture::idOf(s, "arrivals", "total", "1999/2001", "mou-table")));
}

void tst_AuditModel::missingData()
{
    QCOMPARE(m_model->index(2, 0).data(roleId(DataRole::Missing)).toStringList(),
             QStringList{"Arrivals, South Korea, Q1 2017"});
    QVERIFY(m_model->index(0, 0).data(roleId(DataRole::Missing)).toStringList().isEmpty());
}

void tst_AuditModel::displayAndHeaders()
{
    QCOMPARE(m_model->columnCount(), int(AuditModel::ColumnCount));
    QCOMPARE(m_model->headerData(AuditModel::VerdictColumn, Qt::Horizontal).toString(),
             QString("Verdict"));
    QCOMPARE(m_model->headerData(AuditModel::CheckColumn, Qt::Horizontal).toString(),
             QString("Check against the data"));
    QCOMPARE(m_model->index(0, AuditModel::VerdictColumn).data().toString(), QString("holds"));
    QCOMPARE(m_model->index(1, AuditModel::VerdictColumn).data().toString(),
             QString("depends on the reading"));
    QCOMPARE(m_model->index(2, AuditModel::VerdictColumn).data().toString(),
             QString("cannot be checked"));
    QCOMPARE(m_model->index(0, AuditModel::KindColumn).data().toString(), QString("total"));
    QCOMPARE(m_model->index(0, AuditModel::SourceColumn).data().toString(), QString("KEI, line 1"));
    QCOMPARE(
        m_model->index(0, AuditModel::SourceColumn).data(roleId(DataRole::SourceId)).toString(),
        QString("seed-000"));
    // Two readings, two lines, each named, with the numbers: 18,031,000 / 10,345,000 - 1 = +74.30%
    // and 18,031,000 / 197,960,000 - 1 = -90.89%.
    const QStringList lines =
        m_model->index(1, AuditModel::CheckColumn).data().toString().split('\n');
    QCOMPARE(lines, (QStringList{"from the previous month: differs — +74.30% (stated -91%)",
                                 "from a year earlier: holds — -90.89% (stated -91%)"}));
    // The full explanation is the tooltip.
    const QString tip = m_model->index(1, AuditModel::CheckColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith("from the previous month — differs: +74.30% against the stated -91%, "
                            "off by 165.30 percentage points"),
             qPrintable(tip));
    // 229 (2020) is not below 148 (1999).
    QCOMPARE(m_model->index(4, AuditModel::CheckColumn).data().toString(),
             QString("229 people (2020), not < 148 people (1999)"));
    QCOMPARE(m_model->index(2, AuditModel::CheckColumn).data().toString(),
             QString("not in the data: Arrivals, South Korea, Q1 2017"));
    QCOMPARE(m_model->index(3, AuditModel::CheckColumn).data().toString(),
             QString("only the claim's own source reports it"));
    // total holds; low differs; q1 and uk cannot be checked; imports depends.
    QCOMPARE(
        m_model->summary(),
        QString(
            "Claims: 5 — holds: 1, differs: 1, cannot be checked: 2, depends on the reading: 1"));
}

void tst_AuditModel::retranslateSignals()
{
    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(m_model, &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.first().at(1).toModelIndex(), m_model->index(4, AuditModel::ColumnCount - 1));
}

void tst_AuditModel::importChangesAVerdict()
{
    // An import adds 278 for Q1 2017: 192 / 278 - 1 = -30.94%, which rounds to the stated -31%.
    Snapshot s = withClaims();
    Source src = AuditFixture::source("test-import", "press", "2018-04", "Test");
    s.sources.insert(src.id, src);
    Observation o;
    o.id = 1000;
    o.dataset = Term::Dataset::Arrivals;
    o.series = "total";
    o.period = Period::parse("2017-Q1");
    o.region = "KR";
    o.value = 278;
    o.unit = Term::Unit::Persons;
    o.status = Term::Status::Provisional;
    o.sourceId = src.id;
    s.observations.append(o);
    Store::choosePlotted(&s.observations, s.sources);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_catalog->setSnapshot(s);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->index(2, 0).data(roleId(DataRole::VerdictKey)).toString(), QString("holds"));
}

QTEST_GUILESS_MAIN(tst_AuditModel)
#include "tst_auditmodel.moc"
