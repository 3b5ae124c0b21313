// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog.h"
#include "importfixture.h"
#include "storage/csvexport.h"
#include "storage/datasetreader.h"
#include "storage/importplan.h"
#include "storage/store.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

/// ImportPlan: validation (every bad-input class with its exact message), the preview's
/// additions, changes and conflicts, the all-or-nothing apply, undo and the CSV round trip.
class tst_ImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rejects_data();
    void rejects();
    void reportsEveryProblem();
    void readsTheFileOnce_data();
    void readsTheFileOnce();
    void sourceRulesAgree_data();
    void sourceRulesAgree();
    void refusesOversizedFile();
    void refusesMissingFile();
    void accepts_data();
    void accepts();
    void correctionEndToEnd();
    void correctionInReverseOrder();
    void preview_data();
    void preview();
    void conflictListIsCapped();
    void refusesStalePlan();
    void applyIsAllOrNothing();
    void undoWithNothingToUndo();
    void reseedKeepsImportedCorrections();
    void plottedOnlyWhereTouched();
    void writesEveryFieldAsGiven_data();
    void writesEveryFieldAsGiven();
    void writesManyFiguresInOrder();
    void supersedesManyFigures_data();
    void supersedesManyFigures();
    void loadsOneDataset_data();
    void loadsOneDataset();
    void checksAgainstTheQuantitiesItNames();
    void readsStoredFiguresOnceParsed();
    void loadsQuantitiesWholeSeriesOrOneByOne_data();
    void loadsQuantitiesWholeSeriesOrOneByOne();
    void roundTripDataCsv_data();
    void roundTripDataCsv();
    void roundTripExportWithSources();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Snapshot current();
    /// Imports the announced 2025 figures, then writes contents to corrected.csv: its path, or
    /// empty when either failed.
    QString announcedThenFile(const QByteArray& contents);
    static Snapshot fixture();
};

namespace {

const QByteArray H =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note\n";
/// H with the compiler, which a trade figure needs.
const QByteArray HC =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,compiler\n";
/// H with the source columns this test uses.
const QByteArray HS =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
    "source_kind,source_title_en,source_outlet,source_published\n";

using ImportFixture::figure;
using ImportFixture::source;

QList<Observation> find(const Snapshot& s, const QString& series, const QString& period)
{
    QList<Observation> out;
    for (const Observation& o : s.observations) {
        if (o.dataset == Term::Dataset::Arrivals && o.series == series && o.period.code() == period)
            out.append(o);
    }
    std::sort(out.begin(), out.end(),
              [](const Observation& a, const Observation& b) { return a.id < b.id; });
    return out;
}

const Observation* plottedOf(const QList<Observation>& list)
{
    const Observation* p = nullptr;
    for (const Observation& o : list) {
        if (o.plotted) {
            if (p)
                return nullptr; // two plotted: a failure the caller sees as null
            p = &o;
        }
    }
    return p;
}

/// The two files of the 2025 correction (docs/examples), typed here from arrivals-notes.md:
/// 224 (F 198 / M 26) announced 2026-01-20, corrected to 223 (F 198 / M 25) on 2026-02-04
/// (Newsis), cumulative 34,538 → 34,537.
const QByteArray announced =
    HS + "arrivals,total,2025,KR,224,,persons,final,mou-2026-01-20,,,official,[MOU: 2025 "
         "arrivals],Ministry of Unification,2026-01-20\n"
         "arrivals,female,2025,KR,198,,persons,final,mou-2026-01-20,,,,,,\n"
         "arrivals,male,2025,KR,26,,persons,final,mou-2026-01-20,,,,,,\n"
         "arrivals,cumulative,../2025,KR,34538,,persons,final,mou-2026-01-20,,,,,,\n";
const QByteArray corrected =
    HS + "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,press,[Newsis: 2025 "
         "arrivals corrected],Newsis,2026-02-04\n"
         "arrivals,female,2025,KR,198,,persons,final,newsis-2026-02-04,,,,,,\n"
         "arrivals,male,2025,KR,25,,persons,final,newsis-2026-02-04,,,,,,\n"
         "arrivals,cumulative,../2025,KR,34537,,persons,final,newsis-2026-02-04,,,,,,\n";

} // namespace

namespace {

/// A partial read gives the figures of a whole read that it selects, in the same order, with the
/// same ids, values, sources and plotted figure.
void compareWithWholeRead(const Snapshot& some, const Snapshot& all,
                          const std::function<bool(const Observation&)>& selects)
{
    QList<Observation> expected;
    for (const Observation& o : all.observations) {
        if (selects(o))
            expected << o;
    }
    QCOMPARE(some.observations.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(some.observations.at(i).id, expected.at(i).id);
        QCOMPARE(some.observations.at(i).value, expected.at(i).value);
        QCOMPARE(some.observations.at(i).plotted, expected.at(i).plotted);
        QCOMPARE(some.observations.at(i).sourceId, expected.at(i).sourceId);
    }
}

/// What differs between two figures' numbers, terms, quantity and source ("" when nothing).
QString numbersDiffer(const Observation& a, const Observation& b)
{
    QStringList d;
    if (a.quantityKey() != b.quantityKey())
        d << a.quantityKey() + QStringLiteral(" / ") + b.quantityKey();
    if (a.value != b.value || a.valueTo != b.valueTo)
        d << QStringLiteral("value of %1").arg(a.id);
    if (a.sourceId != b.sourceId)
        d << QStringLiteral("source of %1").arg(a.id);
    if (a.status != b.status || a.qualifier != b.qualifier || a.unit != b.unit)
        d << QStringLiteral("terms of %1").arg(a.id);
    return d.join(QStringLiteral(", "));
}

} // namespace

Snapshot tst_ImportPlan::fixture()
{
    return ImportFixture::snapshot();
}

void tst_ImportPlan::initTestCase()
{
    // One fixture store, copied for every test (seeding it each time is slow under sanitizers).
    QVERIFY(m_dir.isValid());
    if (ImportFixture::onServer())
        return; // a new database on the test server for each test (init)
    QString error;
    QVERIFY2(ImportFixture::createStore(m_dir.filePath(QStringLiteral("fixture.sqlite")), &error),
             qPrintable(error));
}

void tst_ImportPlan::init()
{
    m_store.reset();
    QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
    if (ImportFixture::onServer()) {
        QString error;
        QVERIFY2(ImportFixture::createStore(&path, &error), qPrintable(error));
    } else {
        QFile::remove(path);
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("fixture.sqlite")), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(path, Store::Mode::ReadWrite), qPrintable(m_store->errorString()));
}

Snapshot tst_ImportPlan::current()
{
    Snapshot s;
    if (!m_store->load(&s))
        qFatal("cannot load: %s", qPrintable(m_store->errorString()));
    return s;
}

void tst_ImportPlan::rejects_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");

    const QByteArray ok = "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,\n";
    QTest::newRow("value not a number")
        << H + "arrivals,total,2025,KR,22a,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 5: \"22a\" is not a whole number in base units "
                       "(persons or US dollars)"};
    QTest::newRow("value with a thousands separator")
        << HC + "trade,china_exports,2020-04,CN,\"1,234\",,usd,final,voa-2020-04,,,gacc\n"
        << QStringList{"t.csv, line 2, column 5: \"1,234\" is not a whole number in base units "
                       "(persons or US dollars)"};
    QTest::newRow("value with decimals")
        << H + "arrivals,total,2025,KR,12.5,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 5: \"12.5\" is not a whole number in base units "
                       "(persons or US dollars)"};
    QTest::newRow("negative value")
        << H + "arrivals,total,2025,KR,-5,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 5: negative value \"-5\""};
    QTest::newRow("missing value")
        << H + "arrivals,total,2025,KR,,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 5: the value is missing"};
    QTest::newRow("unknown dataset")
        << H + "refugees,total,2025,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 1: unknown dataset \"refugees\""};
    QTest::newRow("unknown series")
        << H + "arrivals,children,2025,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 2: unknown series \"children\" for dataset arrivals"};
    QTest::newRow("unknown unit")
        << H + "arrivals,total,2025,KR,224,,thousands,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 7: unit \"thousands\" does not match series total, "
                       "which is counted in persons"};
    QTest::newRow("unit of another series")
        << HC + "trade,china_exports,2020-04,CN,253000,,persons,final,voa-2020-04,,,gacc\n"
        << QStringList{"t.csv, line 2, column 7: unit \"persons\" does not match series "
                       "china_exports, which is counted in usd"};
    QTest::newRow("unknown country")
        << H + "arrivals,total,2025,XX,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 4: unknown country or region \"XX\""};
    QTest::newRow("country does not fit the dataset")
        << HC + "trade,china_exports,2020-04,KR,253000,,usd,final,voa-2020-04,,,gacc\n"
        << QStringList{"t.csv, line 2, column 4: region \"KR\" does not fit the trade dataset, "
                       "which has CN only"};
    QTest::newRow("month 13")
        << H + "arrivals,total,2025-13,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: \"2025-13\" is not a valid period"};
    QTest::newRow("30 February")
        << H + "arrivals,total,2021-02-30,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: \"2021-02-30\" is not a valid period"};
    QTest::newRow("span ending before it starts")
        << H + "arrivals,total,2025/2024,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: \"2025/2024\" is not a valid period"};
    QTest::newRow("fiscal year in the monthly trade dataset")
        << HC + "trade,china_exports,FY2019,CN,253000,,usd,final,voa-2020-04,,,gacc\n"
        << QStringList{"t.csv, line 2, column 3: period \"FY2019\" is a US fiscal year; the trade "
                       "dataset is counted in calendar years, quarters and months"};
    QTest::newRow("fiscal years in a span")
        << H + "arrivals,total,FY2019/FY2020,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: period \"FY2019/FY2020\" is a US fiscal year; the "
                       "arrivals dataset is counted in calendar years, quarters and months"};
    QTest::newRow("a day")
        << H + "arrivals,total,2025-01-15,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: period \"2025-01-15\" is a single day; figures "
                       "are counted per year, quarter or month"};
    QTest::newRow("a stock in a flow dataset")
        << H + "arrivals,total,@2025,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: period \"@2025\" is a date (a stock); the "
                       "arrivals dataset counts what happened in a period"};
    QTest::newRow("cumulative trade")
        << HC + "trade,china_exports,../2020,CN,253000,,usd,final,voa-2020-04,,,gacc\n"
        << QStringList{"t.csv, line 2, column 3: period \"../2020\" is cumulative; the trade "
                       "dataset has no cumulative figures"};
    QTest::newRow("cumulative series for one year")
        << H + "arrivals,cumulative,2025,KR,34537,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: a cumulative figure needs a period up to a date, "
                       "like ../2025, not \"2025\""};
    QTest::newRow("period not begun")
        << H + "arrivals,total,2099,KR,224,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 3: period \"2099\" has not begun yet"};
    QTest::newRow("unknown qualifier")
        << H + "arrivals,total,2025,KR,224,circa,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 6: unknown qualifier \"circa\""};
    QTest::newRow("unknown status")
        << H + "arrivals,total,2025,KR,224,,persons,revised,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2, column 8: unknown status \"revised\""};
    QTest::newRow("missing source")
        << H + "arrivals,total,2025,KR,224,,persons,final,,,\n"
        << QStringList{"t.csv, line 2, column 9: the figure has no source"};
    QTest::newRow("unknown source")
        << H + "arrivals,total,2025,KR,224,,persons,final,newsis-2026-02-04,,\n"
        << QStringList{
               "t.csv, line 2, column 9: unknown source \"newsis-2026-02-04\": the database does "
               "not have it and no row of this file describes it (source_kind, source_title_en)"};
    QTest::newRow("duplicate row in the file")
        << H + ok + ok << QStringList{"t.csv, line 3: duplicate of line 2"};
    QTest::newRow("the same figure twice, with another status")
        << H + ok + "arrivals,total,2025,KR,224,,persons,provisional,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 3: duplicate of line 2"};
    QTest::newRow("three times, each a duplicate of the first")
        << H + ok + ok + ok
        << QStringList{"t.csv, line 3: duplicate of line 2", "t.csv, line 4: duplicate of line 2"};
    QTest::newRow("twice in the file and already stored")
        << H + "arrivals,total,2024,KR,236,,persons,final,news1-2025-02-04,,\n" + ok +
               "arrivals,total,2024,KR,236,,persons,provisional,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2: the database already has this figure: 236 people from "
                       "source \"news1-2025-02-04\" (final)",
                       "t.csv, line 4: duplicate of line 2",
                       "t.csv, line 4: the database already has this figure: 236 people from "
                       "source \"news1-2025-02-04\" (final)"};
    QTest::newRow("row the database already has")
        << H + "arrivals,total,2024,KR,236,,persons,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 2: the database already has this figure: 236 people from "
                       "source \"news1-2025-02-04\" (final)"};
    QTest::newRow("superseded figure the database already has")
        << H + "arrivals,total,2009,KR,2927,,persons,superseded,mou-release-2012-01-11,,\n"
        << QStringList{"t.csv, line 2: the database already has this figure: 2,927 people from "
                       "source \"mou-release-2012-01-11\" (superseded)"};
    QTest::newRow("too few columns")
        << H + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,\n"
        << QStringList{"t.csv, line 2: 10 columns where the header has 11"};
    QTest::newRow("too many columns")
        << H + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,,x\n"
        << QStringList{"t.csv, line 2: 12 columns where the header has 11"};
    QTest::newRow("unknown column")
        << QByteArray("dataset,series,period,region,value,qualifier,unit,status,source_id,locator,"
                      "note,sorce\n") +
               "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,,x\n"
        << QStringList{"t.csv, line 1, column 12: unknown column \"sorce\" (docs/IMPORT.md lists "
                       "the columns)"};
    QTest::newRow("column twice")
        << QByteArray("dataset,series,period,region,value,qualifier,unit,status,source_id,locator,"
                      "note,note\n") +
               "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,,\n"
        << QStringList{"t.csv, line 1, column 12: column \"note\" appears twice"};
    QTest::newRow("missing column")
        << QByteArray(
               "dataset,series,period,region,value,qualifier,status,source_id,locator,note\n") +
               "arrivals,total,2025,KR,224,,final,news1-2025-02-04,,\n"
        << QStringList{"t.csv, line 1: the header has no column \"unit\""};
    QTest::newRow("not UTF-8")
        << H + ok + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,caf\xE9\n"
        << QStringList{"t.csv, line 3: the text is not valid UTF-8"};
    QTest::newRow("unterminated quote")
        << H + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,\"no end\n"
        << QStringList{"t.csv, line 2: a quoted field is never closed"};
    QTest::newRow("stray quote")
        << H + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,say \"hi\"\n"
        << QStringList{"t.csv, line 2: a quote character stands inside an unquoted field"};
    QTest::newRow("empty file") << QByteArray() << QStringList{"t.csv, line 1: the file is empty"};
    QTest::newRow("header only") << H << QStringList{"t.csv: the file has no figures"};

    // Sources given in the same rows.
    QTest::newRow("new source without kind")
        << HS + "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,,[Newsis],Newsis,"
                "2026-02-04\n"
        << QStringList{"t.csv, line 2, column 12: source \"newsis-2026-02-04\" is new: give its "
                       "kind (article, official, press or estimate)"};
    QTest::newRow("new source without title")
        << HS + "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,press,,Newsis,2026-"
                "02-04\n"
        << QStringList{
               "t.csv, line 2, column 13: source \"newsis-2026-02-04\" is new: give its title"};
    QTest::newRow("new source: bad id, kind and date")
        << HS + "arrivals,total,2025,KR,223,,persons,final,Newsis_2026,,,newspaper,[Newsis],Newsis,"
                "2026-02-30\n"
        << QStringList{"t.csv, line 2, column 9: source id \"Newsis_2026\" must be lower-case "
                       "letters, digits and hyphens",
                       "t.csv, line 2, column 12: unknown source kind \"newspaper\" (expected "
                       "article, official, press or estimate)",
                       "t.csv, line 2, column 15: date \"2026-02-30\" is not a date written YYYY, "
                       "YYYY-MM or YYYY-MM-DD"};
    QTest::newRow("new source: bad language, address and detail")
        << QByteArray(
               "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
               "source_kind,source_title_en,source_url,source_language,source_unconfirmed\n") +
               "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,press,[Newsis],www."
               "newsis.com,kr,title\n"
        << QStringList{
               "t.csv, line 2, column 14: address \"www.newsis.com\" does not start with https:// "
               "or http://",
               "t.csv, line 2, column 15: unknown language \"kr\" (expected en, ko, ja or zh)",
               "t.csv, line 2, column 16: unknown detail \"title\" in unconfirmed (expected "
               "author, outlet, published or url)"};
    QTest::newRow("known source described differently")
        << HS + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,,,,Yonhap,\n"
        << QStringList{
               "t.csv, line 2, column 14: source \"news1-2025-02-04\" is already in the database "
               "with source_outlet \"News1\"; leave the column empty or give the same"};
    QTest::newRow("new source described twice differently")
        << HS + "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,press,[Newsis],"
                "Newsis,2026-02-04\n"
                "arrivals,male,2025,KR,25,,persons,final,newsis-2026-02-04,,,,,Newsis,2026-02-05\n"
        << QStringList{"t.csv, line 3, column 15: source_published of source \"newsis-2026-02-04\" "
                       "differs from line 2"};
}

void tst_ImportPlan::rejects()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    const Snapshot before = current();
    const QString state = m_store->stateToken();
    ImportPlan plan;
    QVERIFY(!plan.prepare(csv, QStringLiteral("t.csv"), before, state));
    QVERIFY(!plan.isValid());
    QStringList got;
    for (const ValidationIssue& i : plan.issues())
        got << i.toString();
    QCOMPARE(got, expected);
    QVERIFY(plan.additions().isEmpty());
    QVERIFY(!plan.apply(*m_store));
    QCOMPARE(m_store->stateToken(), state);
    QVERIFY(plan.report().contains(QStringLiteral("nothing was imported")));
}

void tst_ImportPlan::reportsEveryProblem()
{
    const QByteArray csv = H + "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,\n"
                               "arrivals,total,2025-13,XX,-1,,persons,final,news1-2025-02-04,,\n"
                               "trade,china_exports,FY2020,CN,12x,,usd,final,nobody,,\n"
                               "arrivals,total,2024,KR,236,,persons,final,news1-2025-02-04,,\n";
    // (The trade row has no compiler either: the file has no such column.)
    ImportPlan plan;
    QVERIFY(!plan.prepare(csv, QStringLiteral("t.csv"), current()));
    QStringList got;
    for (const ValidationIssue& i : plan.issues())
        got << i.toString();
    const QStringList expected = {
        "t.csv, line 3, column 3: \"2025-13\" is not a valid period",
        "t.csv, line 3, column 4: unknown country or region \"XX\"",
        "t.csv, line 3, column 5: negative value \"-1\"",
        "t.csv, line 4: a trade figure needs its compiler (gacc, itc, kita, kotra, ibk, comtrade, "
        "mofcom)",
        "t.csv, line 4, column 3: period \"FY2020\" is a US fiscal year; the trade dataset is "
        "counted in calendar years, quarters and months",
        "t.csv, line 4, column 5: \"12x\" is not a whole number in base units (persons or US "
        "dollars)",
        "t.csv, line 4, column 9: unknown source \"nobody\": the database does not have it and no "
        "row of this file describes it (source_kind, source_title_en)",
        "t.csv, line 5: the database already has this figure: 236 people from source "
        "\"news1-2025-02-04\" (final)",
    };
    QCOMPARE(got, expected);
}

void tst_ImportPlan::readsTheFileOnce_data()
{
    // prepare() parses the file once: the checks and the dataset reader read the same parsed
    // records (a second parse doubled the memory of a large import, issue 14).
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("valid") << H + "arrivals,total,2024,KR,999,,persons,final,news1-2025-02-04,,\n"
                                  "arrivals,total,2023,KR,998,,persons,final,news1-2025-02-04,,\n"
                           << true << QStringList();
    // Rows of another width are reported, and the rows around them still checked, each at its
    // own line (the dataset reader used to be given a rewritten copy of the file).
    QTest::newRow("ragged rows")
        << H + "arrivals,total,2024,KR,999,,persons,final\n"
               "arrivals,total,2024,KR,-5,,persons,final,news1-2025-02-04,,\n"
               "\n"
               "arrivals,\"total\n\",2024\n"
               "arrivals,total,2024,KR,7,,persons,final,nobody,,\n"
        << false
        << QStringList{"t.csv, line 2: 8 columns where the header has 11",
                       "t.csv, line 3, column 5: negative value \"-5\"",
                       "t.csv, line 5: 3 columns where the header has 11",
                       "t.csv, line 7, column 9: unknown source \"nobody\": the database does not "
                       "have it and no row of this file describes it (source_kind, "
                       "source_title_en)"};
    QTest::newRow("unclosed quote")
        << H + "arrivals,\"total,2025\n"
        << false << QStringList{"t.csv, line 2: a quoted field is never closed"};
    QTest::newRow("header too wide")
        << "dataset" + QByteArray(200, ',') + "\n"
        << false
        << QStringList{"t.csv, line 1: the header has 201 columns; an import file has at most 30 "
                       "(docs/IMPORT.md lists them)"};
}

void tst_ImportPlan::readsTheFileOnce()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, valid);
    QFETCH(QStringList, expected);
    const Snapshot before = current();
    const qint64 parsedBefore = CsvReader::bytesParsed();
    ImportPlan plan;
    QCOMPARE(plan.prepare(csv, QStringLiteral("t.csv"), before), valid);
    QCOMPARE(CsvReader::bytesParsed() - parsedBefore, qint64(csv.size()));
    QStringList got;
    for (const ValidationIssue& i : plan.issues())
        got << i.toString();
    QCOMPARE(got, expected);
}

void tst_ImportPlan::sourceRulesAgree_data()
{
    // One set of rules for a source in the bundled sources.csv and in an import (issue 20): the
    // bundled reader accepted "2020-13" and any language, which imports refused.
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // empty: accepted
    QTest::newRow("month 13") << "published"
                              << "2020-13"
                              << "date \"2020-13\" is not a date written YYYY, YYYY-MM or "
                                 "YYYY-MM-DD";
    QTest::newRow("30 February") << "published"
                                 << "2021-02-30"
                                 << "date \"2021-02-30\" is not a date written YYYY, YYYY-MM or "
                                    "YYYY-MM-DD";
    QTest::newRow("in the future")
        << "published"
        << "2999-01-01"
        << "date \"2999-01-01\" is after today: a source cannot be published in the future";
    QTest::newRow("a real month") << "published"
                                  << "2020-12" << QString();
    QTest::newRow("language kr") << "language"
                                 << "kr"
                                 << "unknown language \"kr\" (expected en, ko, ja or zh)";
    QTest::newRow("language zh") << "language"
                                 << "zh" << QString();
    QTest::newRow("address without scheme")
        << "url"
        << "www.newsis.com"
        << "address \"www.newsis.com\" does not start with https:// or http://";
    QTest::newRow("unconfirmed title")
        << "unconfirmed"
        << "title"
        << "unknown detail \"title\" in unconfirmed (expected author, outlet, published or url)";
    QTest::newRow("kind blog")
        << "kind"
        << "blog"
        << "unknown source kind \"blog\" (expected article, official, press or estimate)";
}

void tst_ImportPlan::sourceRulesAgree()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QStringList columns = {"kind", "title_en", "published", "language", "url", "unconfirmed"};
    QStringList values = {"press", "A title", "2020", "en", "https://x.org/a", ""};
    values[columns.indexOf(column)] = value;

    // The bundled data: a row of sources.csv.
    DatasetReader bundled;
    const QByteArray sourcesCsv =
        ("id," + columns.join(',') + "\nnew-source," + values.join(',') + "\n").toUtf8();
    const QList<Source> read = bundled.readSources(sourcesCsv, QStringLiteral("sources.csv"));
    QStringList bundledMessages;
    for (const ValidationIssue& i : bundled.issues())
        bundledMessages << i.message;

    // An import: the same source described in the source columns of a figure's row.
    QStringList importColumns;
    for (const QString& c : columns)
        importColumns << "source_" + c;
    const QByteArray importCsv =
        ("dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note," +
         importColumns.join(',') + "\narrivals,total,2024,KR,999,,persons,final,new-source,,," +
         values.join(',') + "\n")
            .toUtf8();
    ImportPlan plan;
    plan.prepare(importCsv, QStringLiteral("t.csv"), current());
    QStringList importMessages;
    for (const ValidationIssue& i : plan.issues())
        importMessages << i.message;

    const QStringList want = expected.isEmpty() ? QStringList() : QStringList{expected};
    QCOMPARE(bundledMessages, want);
    QCOMPARE(importMessages, want);
    QCOMPARE(read.size(), expected.isEmpty() ? 1 : 0);
    QCOMPARE(plan.isValid(), expected.isEmpty());
}

void tst_ImportPlan::refusesOversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(CsvReader::DefaultMaxBytes + 1));
    }
    ImportPlan plan;
    QVERIFY(!plan.readFile(path, current()));
    QCOMPARE(plan.issues().size(), 1);
    QCOMPARE(plan.issues().first().toString(),
             QStringLiteral("big.csv: the file is larger than 16 MB"));

    // The same limit when the bytes come from elsewhere (the reader's own check).
    ImportPlan inMemory;
    QVERIFY(!inMemory.prepare(H + QByteArray(CsvReader::DefaultMaxBytes, 'x'),
                              QStringLiteral("t.csv"), current()));
    QCOMPARE(inMemory.issues().first().toString(),
             QStringLiteral("t.csv: the file is larger than 16 MB"));
}

void tst_ImportPlan::refusesMissingFile()
{
    QTemporaryDir dir;
    ImportPlan plan;
    QVERIFY(!plan.readFile(dir.filePath(QStringLiteral("nothing.csv")), current()));
    QCOMPARE(plan.issues().first().toString(),
             QStringLiteral("nothing.csv: the file does not exist"));
    QVERIFY(!plan.readFile(dir.path(), current()));
    QVERIFY(plan.issues().first().toString().endsWith(
        QStringLiteral(": this is a folder, not a file")));
}

void tst_ImportPlan::accepts_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("figures");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("lastNote");

    const QByteArray rows =
        "arrivals,total,2025-Q1,KR,38,,persons,provisional,news1-2025-02-04,,Q1\n"
        "arrivals,male,2025-Q1,KR,1,,persons,provisional,news1-2025-02-04,,M\n";
    QTest::newRow("LF") << H + rows << 2 << QList<int>{2, 3} << "M";
    QByteArray crlf = H + rows;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF") << crlf << 2 << QList<int>{2, 3} << "M";
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + H + rows << 2 << QList<int>{2, 3} << "M";
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + crlf << 2 << QList<int>{2, 3}
                                  << "M";
    QTest::newRow("no final newline") << H + rows.chopped(1) << 2 << QList<int>{2, 3} << "M";
    QTest::newRow("quoted commas and newlines")
        << H + "arrivals,total,2025-Q1,KR,38,,persons,provisional,news1-2025-02-04,\"2nd "
               "paragraph, table\",\"Quarterly figure,\nmay change; \"\"provisional\"\"\"\n"
               "arrivals,male,2025-Q1,KR,1,,persons,provisional,news1-2025-02-04,,\"a, b\"\n"
        << 2 << QList<int>{2, 4} << "a, b";
    QTest::newRow("Hangul") << H + "arrivals,female,2025-Q1,KR,37,,persons,provisional,news1-2025-"
                                   "02-04,,\xEC\x97\xAC\xEC\x84\xB1\n"
                            << 1 << QList<int>{2} << QString::fromUtf8("여성");
    QTest::newRow("columns in another order, with the ignored export columns")
        << QByteArray(
               "plotted,value,dataset,series,region,period,period_label,unit,qualifier,status,"
               "source_id,note,locator\n"
               "1,38,arrivals,total,KR,2025-Q1,Q1 2025,persons,,provisional,news1-2025-02-04,Q1,\n")
        << 1 << QList<int>{2} << "Q1";
    QTest::newRow("a new source and its figures")
        << HS + "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,press,[Newsis],"
                "Newsis,2026-02-04\n"
                "arrivals,male,2025,KR,25,,persons,final,newsis-2026-02-04,,,,,,\n"
                "arrivals,female,2025,KR,198,,persons,final,newsis-2026-02-04,,x,press,[Newsis],"
                "Newsis,2026-02-04\n"
        << 3 << QList<int>{2, 3, 4} << "x";
    QTest::newRow("blank lines skipped") << H + "\n" + rows + "\n\n"
                                         << 2 << QList<int>{3, 4} << "M";
}

void tst_ImportPlan::accepts()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, figures);
    QFETCH(QList<int>, lines);
    QFETCH(QString, lastNote);
    ImportPlan plan;
    const bool ok = plan.prepare(csv, QStringLiteral("t.csv"), current());
    for (const ValidationIssue& i : plan.issues())
        qWarning("%s", qPrintable(i.toString()));
    QVERIFY(ok);
    QCOMPARE(plan.additions().size(), figures);
    QList<int> got;
    for (const Observation& o : plan.additions())
        got << o.line;
    QCOMPARE(got, lines);
    QCOMPARE(plan.additions().last().note, lastNote);
    if (QTest::currentDataTag() == QLatin1String("quoted commas and newlines")) {
        QCOMPARE(plan.additions().first().note,
                 QStringLiteral("Quarterly figure,\nmay change; \"provisional\""));
        QCOMPARE(plan.additions().first().locator, QStringLiteral("2nd paragraph, table"));
    }
    QVERIFY(plan.changes().isEmpty());
    QVERIFY(plan.conflicts().isEmpty());
    qint64 id = 0;
    QVERIFY2(plan.apply(*m_store, &id), qPrintable(m_store->errorString()));
    QCOMPARE(id, qint64(1));
    const Snapshot after = current();
    QCOMPARE(after.observations.size(), fixture().observations.size() + figures);
}

void tst_ImportPlan::correctionEndToEnd()
{
    Catalog catalog;
    QVERIFY(catalog.reload(*m_store));
    const int base = catalog.snapshot().observations.size();

    // The announcement: the curve gains 2025.
    ImportPlan first;
    QVERIFY(first.prepare(announced, QStringLiteral("announced.csv"), current(),
                          m_store->stateToken()));
    QCOMPARE(first.additions().size(), 4);
    QCOMPARE(first.newSources().size(), 1);
    QCOMPARE(first.newSources().first().id, QStringLiteral("mou-2026-01-20"));
    QCOMPARE(first.newSources().first().kind, Term::SourceKind::Official);
    QCOMPARE(first.newSources().first().published, QStringLiteral("2026-01-20"));
    QVERIFY(first.changes().isEmpty());
    QVERIFY(first.conflicts().isEmpty());
    QCOMPARE(
        first.additionText(first.additions().first()),
        QStringLiteral(
            "line 2: Arrivals, South Korea, 2025: 224 people (final), from [MOU: 2025 arrivals] "
            "(Ministry of Unification, 20 January 2026)"));
    QVERIFY(first.apply(*m_store));
    QVERIFY(catalog.reload(*m_store));
    {
        const QList<Observation> total =
            find(catalog.snapshot(), QStringLiteral("total"), QStringLiteral("2025"));
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().value, qint64(224));
        QVERIFY(total.first().plotted);
    }

    // The correction: three changes (total, men, cumulative); the women's 198 is confirmed.
    ImportPlan second;
    QVERIFY(second.prepare(corrected, QStringLiteral("corrected.csv"), current(),
                           m_store->stateToken()));
    QCOMPARE(second.additions().size(), 4);
    QCOMPARE(second.conflicts().size(), 0);
    QCOMPARE(second.changes().size(), 3);
    QStringList changes;
    for (const ImportPlan::Change& c : second.changes())
        changes << second.changeText(c);
    QCOMPARE(changes,
             (QStringList{
                 "line 2: Arrivals, South Korea, 2025: 224 people (Ministry of Unification, 20 "
                 "January 2026) → superseded by 223 people (Newsis, 4 February 2026)",
                 "line 4: Arrivals, men, South Korea, 2025: 26 people (Ministry of Unification, 20 "
                 "January 2026) → superseded by 25 people (Newsis, 4 February 2026)",
                 "line 5: Cumulative arrivals, South Korea, up to 2025: 34,538 people (Ministry of "
                 "Unification, 20 January 2026) → superseded by 34,537 people (Newsis, 4 February "
                 "2026)"}));
    QVERIFY(second.report().contains(changes.first()));
    qint64 secondId = 0;
    QSignalSpy resets(&catalog, &Catalog::reset);
    QVERIFY(second.apply(*m_store, &secondId));
    QCOMPARE(secondId, qint64(2));
    QVERIFY(catalog.reload(*m_store));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(catalog.snapshot().observations.size(), base + 8);

    struct Expect
    {
        const char* series;
        const char* period;
        qint64 plotted;
        qint64 superseded; // 0: none
    };
    for (const Expect& e : {Expect{"total", "2025", 223, 224}, Expect{"male", "2025", 25, 26},
                            Expect{"cumulative", "../2025", 34537, 34538}}) {
        const QList<Observation> list =
            find(catalog.snapshot(), QString::fromUtf8(e.series), QString::fromUtf8(e.period));
        QCOMPARE(list.size(), 2);
        const Observation* p = plottedOf(list);
        QVERIFY(p);
        QCOMPARE(p->value, e.plotted);
        QCOMPARE(p->status, Term::Status::Final);
        QCOMPARE(p->sourceId, QStringLiteral("newsis-2026-02-04"));
        const Observation& old = p == &list.first() ? list.last() : list.first();
        QCOMPARE(old.value, e.superseded);
        QCOMPARE(old.status, Term::Status::Superseded);
        QCOMPARE(old.sourceId, QStringLiteral("mou-2026-01-20"));
        QVERIFY(catalog.hasConflict(*p));
        QCOMPARE(catalog.sameQuantity(*p).first().value, e.plotted);
    }
    // The women: two final figures of 198; the official one is plotted, both kept.
    const QList<Observation> women =
        find(catalog.snapshot(), QStringLiteral("female"), QStringLiteral("2025"));
    QCOMPARE(women.size(), 2);
    QCOMPARE(plottedOf(women)->value, qint64(198));
    QCOMPARE(women.first().status, Term::Status::Final);
    QCOMPARE(women.last().status, Term::Status::Final);
    QCOMPARE(catalog.source(QStringLiteral("newsis-2026-02-04")).outlet, QStringLiteral("Newsis"));
    QCOMPARE(catalog.source(QStringLiteral("mou-2026-01-20")).outlet,
             QStringLiteral("Ministry of Unification"));
    // The export shows it at once (no Korean note or locator: the last two columns are empty).
    const QString csv = CsvExport::observations(catalog, QStringLiteral("arrivals"));
    // (value_to, compiler, derived_from, note_ko and locator_ko are empty)
    QVERIFY(csv.contains(QStringLiteral(
        "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,2025,1,,,,,\n")));
    QVERIFY(csv.contains(QStringLiteral(
        "arrivals,total,2025,KR,224,,persons,superseded,mou-2026-01-20,,,2025,0,,,,,\n")));

    // Undo the correction: 224 is final and plotted again, the Newsis source is gone.
    ImportRecord last;
    QVERIFY(m_store->lastImport(&last));
    QCOMPARE(last.id, qint64(2));
    QCOMPARE(last.file, QStringLiteral("corrected.csv"));
    QCOMPARE(last.observations, 4);
    QCOMPARE(last.sources, 1);
    QCOMPARE(last.statusChanges, 3);
    // Without its counts (the window's Undo action): the same import, nothing counted.
    ImportRecord named;
    QVERIFY(m_store->lastImport(&named, Store::Counts::Skip));
    QCOMPARE(named.id, qint64(2));
    QCOMPARE(named.file, QStringLiteral("corrected.csv"));
    QCOMPARE(named.importedAt, last.importedAt);
    QCOMPARE(named.who, last.who);
    QCOMPARE(named.observations, 0);
    QCOMPARE(named.statusChanges, 0);
    ImportRecord undone;
    QVERIFY2(m_store->undoLastImport(&undone), qPrintable(m_store->errorString()));
    QCOMPARE(undone.id, qint64(2));
    QVERIFY(catalog.reload(*m_store));
    for (const char* series : {"total", "male"}) {
        const QList<Observation> list =
            find(catalog.snapshot(), QString::fromUtf8(series), QStringLiteral("2025"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().status, Term::Status::Final);
        QVERIFY(list.first().plotted);
    }
    QCOMPARE(
        find(catalog.snapshot(), QStringLiteral("total"), QStringLiteral("2025")).first().value,
        qint64(224));
    QVERIFY(!catalog.snapshot().sources.contains(QStringLiteral("newsis-2026-02-04")));

    // Undo the announcement: back to the fixture exactly.
    QVERIFY(m_store->undoLastImport());
    QVERIFY(catalog.reload(*m_store));
    QCOMPARE(catalog.snapshot().observations.size(), base);
    QVERIFY(find(catalog.snapshot(), QStringLiteral("total"), QStringLiteral("2025")).isEmpty());
    QVERIFY(!catalog.snapshot().sources.contains(QStringLiteral("mou-2026-01-20")));
    QVERIFY(!m_store->lastImport(&last));
    QCOMPARE(int(m_store->error()), int(Store::Error::None));
}

void tst_ImportPlan::correctionInReverseOrder()
{
    // The correction arrives first; the earlier announcement then comes in as superseded.
    ImportPlan first;
    QVERIFY(first.prepare(corrected, QStringLiteral("corrected.csv"), current()));
    QVERIFY(first.apply(*m_store));
    ImportPlan second;
    QVERIFY(second.prepare(announced, QStringLiteral("announced.csv"), current()));
    QCOMPARE(second.conflicts().size(), 0);
    QCOMPARE(second.changes().size(), 3);
    QCOMPARE(second.changeText(second.changes().first()),
             QStringLiteral("line 2: Arrivals, South Korea, 2025: 224 people (Ministry of "
                            "Unification, 20 January 2026) "
                            "→ superseded by 223 people (Newsis, 4 February 2026)"));
    QCOMPARE(second.additions().first().status, Term::Status::Superseded);
    QCOMPARE(second.additions().at(1).status, Term::Status::Final); // the women's 198
    // A change names its figures (issue 14.1: no copies per change): the superseded figure of
    // the file is named as the file gave it, final, and the one correcting it is the stored one.
    QCOMPARE(second.changeCount(), 3);
    for (int i = 0; i < second.changeCount(); ++i) {
        const ImportPlan::Change c = second.change(i);
        QCOMPARE(c.superseded.status, Term::Status::Final);
        QCOMPARE(c.superseded.sourceId, QStringLiteral("mou-2026-01-20"));
        QVERIFY(c.superseded.line > 0);
        QCOMPARE(c.by.sourceId, QStringLiteral("newsis-2026-02-04"));
        QCOMPARE(c.by.line, 0); // stored
        QCOMPARE(second.changeText(second.changes().at(i)), second.changeText(c));
        QCOMPARE(second.changes().at(i).superseded.value, c.superseded.value);
        QCOMPARE(second.changes().at(i).by.id, c.by.id);
    }
    QVERIFY(second.apply(*m_store));
    const Snapshot after = current();
    const QList<Observation> total = find(after, QStringLiteral("total"), QStringLiteral("2025"));
    QCOMPARE(total.size(), 2);
    QCOMPARE(plottedOf(total)->value, qint64(223));
    QCOMPARE(total.last().status, Term::Status::Superseded);
    QCOMPARE(total.last().sourceId, QStringLiteral("mou-2026-01-20"));
}

void tst_ImportPlan::preview_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QList<qint64>>("plotted2024");

    // Christian Today misprinted the 2024 women as 216 (arrivals-notes.md); its date is not
    // given there, so it neither corrects nor is corrected: a conflict.
    QTest::newRow("another source, another value, no date")
        << HS + "arrivals,female,2024,KR,216,,persons,final,christiantoday-366438,,,press,["
                "Christian Today],Christian Today,\n"
        << QStringList{}
        << QStringList{"line 2: Arrivals, women, South Korea, 2024: 216 people (Christian Today) "
                       "differs from 210 people (News1, 4 February 2025)"}
        << QList<qint64>{236, 26, 210};
    QTest::newRow("another source, the same value")
        << HS + "arrivals,female,2024,KR,210,,persons,final,snkpress-1788,,,press,[SNK Press],SNK "
                "Press,\n"
        << QStringList{} << QStringList{} << QList<qint64>{236, 26, 210};
    QTest::newRow("an estimate that differs")
        << HS + "arrivals,total,2024,KR,240,,persons,estimate,ngo-2026,,,estimate,[NGO "
                "estimate],NGO,2026\n"
        << QStringList{}
        << QStringList{"line 2: Arrivals, South Korea, 2024: 240 people (NGO, 2026) differs from "
                       "236 people (News1, 4 February 2025)"}
        << QList<qint64>{236, 26, 210};
    QTest::newRow("a newer but approximate figure")
        << HS + "arrivals,total,2024,KR,240,about,persons,final,ngo-2026,,,press,[Press],Press,"
                "2026\n"
        << QStringList{}
        << QStringList{"line 2: Arrivals, South Korea, 2024: about 240 people (Press, 2026) "
                       "differs from 236 people (News1, 4 February 2025)"}
        << QList<qint64>{236, 26, 210};
    QTest::newRow("a newer exact figure corrects")
        << HS + "arrivals,total,2024,KR,237,,persons,final,later-2026-03,,,press,[Later],Later,"
                "2026-03\n"
        << QStringList{"line 2: Arrivals, South Korea, 2024: 236 people (News1, 4 February 2025) → "
                       "superseded by 237 people (Later, March 2026)"}
        << QStringList{} << QList<qint64>{237, 26, 210};
    QTest::newRow("the same month is not newer than a day in it")
        << HS + "arrivals,total,2024,KR,237,,persons,final,same-2025-02,,,press,[Same],Same,2025-"
                "02\n"
        << QStringList{}
        << QStringList{"line 2: Arrivals, South Korea, 2024: 237 people (Same, February 2025) "
                       "differs from 236 people (News1, 4 February 2025)"}
        << QList<qint64>{236, 26, 210};
    QTest::newRow("an older figure comes in superseded")
        << HS + "arrivals,total,2024,KR,235,,persons,provisional,early-2024-12,,,press,[Early],"
                "Early,2024-12\n"
        << QStringList{"line 2: Arrivals, South Korea, 2024: 235 people (Early, December 2024) → "
                       "superseded by 236 people (News1, 4 February 2025)"}
        << QStringList{} << QList<qint64>{236, 26, 210};
    QTest::newRow("a superseded figure is history, not a conflict")
        << HS + "arrivals,total,2024,KR,235,,persons,superseded,early-2024-12,,,press,[Early],"
                "Early,2024-12\n"
        << QStringList{} << QStringList{} << QList<qint64>{236, 26, 210};
    QTest::newRow("two sources in the file disagree")
        << HS + "arrivals,total,2025,KR,224,,persons,final,a-2026,,,press,[A],A,2026\n"
                "arrivals,total,2025,KR,225,,persons,final,b-2026,,,press,[B],B,2026\n"
        << QStringList{}
        << QStringList{"line 3: Arrivals, South Korea, 2025: 225 people (B, 2026) differs from 224 "
                       "people (A, 2026, line 2)"}
        << QList<qint64>{236, 26, 210};
}

void tst_ImportPlan::preview()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, changes);
    QFETCH(QStringList, conflicts);
    QFETCH(QList<qint64>, plotted2024);
    ImportPlan plan;
    const bool ok = plan.prepare(csv, QStringLiteral("t.csv"), current());
    for (const ValidationIssue& i : plan.issues())
        qWarning("%s", qPrintable(i.toString()));
    QVERIFY(ok);
    QStringList gotChanges, gotConflicts;
    for (const ImportPlan::Change& c : plan.changes())
        gotChanges << plan.changeText(c);
    for (const ImportPlan::Conflict& c : plan.conflicts())
        gotConflicts << plan.conflictText(c);
    QCOMPARE(gotChanges, changes);
    QCOMPARE(gotConflicts, conflicts);
    for (const QString& line : changes + conflicts)
        QVERIFY(plan.report().contains(line));
    // A conflict is not an error: the file imports, both figures are kept.
    QVERIFY(plan.apply(*m_store));
    const Snapshot after = current();
    const QStringList series = {"total", "male", "female"};
    for (int i = 0; i < series.size(); ++i) {
        const QList<Observation> list = find(after, series.at(i), QStringLiteral("2024"));
        const Observation* p = plottedOf(list);
        QVERIFY(p);
        QCOMPARE(p->value, plotted2024.at(i));
    }
    QCOMPARE(after.observations.size(), fixture().observations.size() + plan.additions().size());
}

void tst_ImportPlan::conflictListIsCapped()
{
    // Many values for one quantity: each conflict lists five figures and counts the rest, so a
    // long file stays linear in time and memory.
    QByteArray csv = HS + "arrivals,total,2025,KR,224,,persons,final,a-2026,,,press,[A],A,2026\n";
    for (int v = 225; v <= 231; ++v)
        csv += "arrivals,total,2025,KR," + QByteArray::number(v) + ",,persons,final,a-2026,,,,,,\n";
    ImportPlan plan;
    QVERIFY(plan.prepare(csv, QStringLiteral("t.csv"), current()));
    QCOMPARE(plan.conflicts().size(), 7);
    const ImportPlan::Conflict& last = plan.conflicts().last();
    QCOMPARE(last.others.size(), ImportPlan::MaxListedConflicts);
    QCOMPARE(last.more, 2);
    QCOMPARE(
        plan.conflictText(last),
        QStringLiteral("line 9: Arrivals, South Korea, 2025: 231 people (A, 2026) differs from "
                       "224 people (A, 2026, line 2); 225 people (A, 2026, line 3); 226 people (A, "
                       "2026, line 4); "
                       "227 people (A, 2026, line 5); 228 people (A, 2026, line 6); 2 more"));
    QCOMPARE(plan.conflicts().first().others.size(), 1);
    QCOMPARE(plan.conflicts().first().more, 0);
}

void tst_ImportPlan::refusesStalePlan()
{
    ImportPlan plan;
    QVERIFY(
        plan.prepare(corrected, QStringLiteral("corrected.csv"), current(), m_store->stateToken()));
    // Something else imports in between.
    ImportPlan other;
    QVERIFY(other.prepare(announced, QStringLiteral("announced.csv"), current(),
                          m_store->stateToken()));
    QVERIFY(other.apply(*m_store));
    const QString state = m_store->stateToken();
    QVERIFY(!plan.apply(*m_store));
    QCOMPARE(int(m_store->error()), int(Store::Error::Changed));
    QCOMPARE(
        m_store->errorString(),
        QStringLiteral("The database changed after the file was checked; check the file again."));
    QCOMPARE(m_store->stateToken(), state);
}

void tst_ImportPlan::applyIsAllOrNothing()
{
    const Snapshot before = current();
    const QString state = m_store->stateToken();
    ImportBatch batch;
    batch.file = QStringLiteral("broken.csv");
    Source s = source("newsis-2026-02-04", "press", "[Newsis]", "Newsis", "2026-02-04", "");
    batch.sources = {s};
    batch.observations = {
        figure("arrivals", "total", "2025", "KR", 223, "persons", "final", "newsis-2026-02-04"),
        figure("arrivals", "male", "2025", "KR", -1, "persons", "final", "newsis-2026-02-04")};
    batch.supersede = {before.observations.first().id};
    QVERIFY(!m_store->applyImport(batch));
    QCOMPARE(int(m_store->error()), int(Store::Error::Io));
    QCOMPARE(m_store->stateToken(), state);
    const Snapshot after = current();
    QCOMPARE(after.observations.size(), before.observations.size());
    QVERIFY(!after.sources.contains(QStringLiteral("newsis-2026-02-04")));
    QCOMPARE(after.observations.first().status, before.observations.first().status);
    ImportRecord r;
    QVERIFY(!m_store->lastImport(&r));
}

void tst_ImportPlan::undoWithNothingToUndo()
{
    const QString state = m_store->stateToken();
    QVERIFY(!m_store->undoLastImport());
    QCOMPARE(int(m_store->error()), int(Store::Error::NothingToUndo));
    QCOMPARE(m_store->errorString(), QStringLiteral("There is no import to undo."));
    QCOMPARE(m_store->stateToken(), state);
}

void tst_ImportPlan::reseedKeepsImportedCorrections()
{
    // An import corrects a bundled figure; seeding the bundled dataset again (a new version
    // of the app) must keep the correction, and undo must still restore the figure.
    const QByteArray csv =
        HS +
        "arrivals,total,2024,KR,237,,persons,final,later-2026-03,,,press,[Later],Later,2026-03\n"
        "arrivals,total,2023,KR,197,,persons,final,news1-2025-02-04,,,,,,\n";
    ImportPlan plan;
    QVERIFY(plan.prepare(csv, QStringLiteral("t.csv"), current()));
    QCOMPARE(plan.changes().size(), 2);
    QVERIFY(plan.apply(*m_store));
    QVERIFY2(m_store->seed(fixture(), "fixture again"), qPrintable(m_store->errorString()));
    Snapshot s = current();
    QList<Observation> total = find(s, QStringLiteral("total"), QStringLiteral("2024"));
    QCOMPARE(total.size(), 2);
    QCOMPARE(plottedOf(total)->value, qint64(237));
    for (const Observation& o : total)
        QCOMPARE(o.status, o.value == 236 ? Term::Status::Superseded : Term::Status::Final);
    QVERIFY(m_store->undoLastImport());
    s = current();
    total = find(s, QStringLiteral("total"), QStringLiteral("2024"));
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.first().value, qint64(236));
    QCOMPARE(total.first().status, Term::Status::Final);
    QVERIFY(total.first().plotted);
    const QList<Observation> y2023 = find(s, QStringLiteral("total"), QStringLiteral("2023"));
    QCOMPARE(y2023.size(), 1);
    QCOMPARE(y2023.first().status, Term::Status::Final);
    QVERIFY(s.sources.contains(QStringLiteral("news1-2025-02-04")));
    QVERIFY(!s.sources.contains(QStringLiteral("later-2026-03")));
}

void tst_ImportPlan::plottedOnlyWhereTouched()
{
    // Issue 23: the plotted figure is chosen when figures are read (data format 5 stores no
    // flag), so an import or undo moves it only in the quantities whose figures it changes.
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    {
        QSqlQuery q(db);
        // (Both engines: the columns of an empty result.)
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM observations WHERE id < 0")));
        QVERIFY(q.record().indexOf(QStringLiteral("status")) >= 0);
        QCOMPARE(q.record().indexOf(QStringLiteral("plotted")), -1);
    }
    Snapshot s = current();
    QCOMPARE(plottedOf(find(s, QStringLiteral("total"), QStringLiteral("2009")))->value,
             qint64(2914));
    auto plottedIds = [](const Snapshot& snap) {
        QMap<QString, qint64> out;
        for (const Observation& o : snap.observations) {
            if (o.plotted)
                out.insert(o.quantityKey(), o.id);
        }
        return out;
    };
    s = current();
    const QMap<QString, qint64> before = plottedIds(s);
    const QList<Observation> y2023 = find(s, QStringLiteral("total"), QStringLiteral("2023"));
    QCOMPARE(y2023.size(), 1);
    QCOMPARE(y2023.first().value, qint64(196));
    QVERIFY(y2023.first().plotted);

    // An official source's 195 for 2023, correcting the press figure 196 (superseded).
    ImportBatch batch;
    batch.file = QStringLiteral("official-2023.csv");
    batch.sources = {source("mou-2024-02-01", "official", "[MOU: 2023 arrivals]",
                            "Ministry of Unification", "2024-02-01", "")};
    batch.observations = {
        figure("arrivals", "total", "2023", "KR", 195, "persons", "final", "mou-2024-02-01")};
    batch.supersede = {y2023.first().id};
    QVERIFY2(m_store->applyImport(batch), qPrintable(m_store->errorString()));
    s = current();
    const QList<Observation> after2023 = find(s, QStringLiteral("total"), QStringLiteral("2023"));
    QCOMPARE(after2023.size(), 2);
    QCOMPARE(plottedOf(after2023)->value, qint64(195));
    QCOMPARE(after2023.first().status, Term::Status::Superseded);
    QMap<QString, qint64> expected = before;
    expected.insert(after2023.first().quantityKey(), plottedOf(after2023)->id);
    QCOMPARE(plottedIds(s), expected);
    QCOMPARE(plottedOf(find(s, QStringLiteral("total"), QStringLiteral("2009")))->value,
             qint64(2914));

    // Undo: 196 is final and plotted again; nothing else moved.
    QVERIFY2(m_store->undoLastImport(), qPrintable(m_store->errorString()));
    s = current();
    const QList<Observation> undone2023 = find(s, QStringLiteral("total"), QStringLiteral("2023"));
    QCOMPARE(undone2023.size(), 1);
    QCOMPARE(undone2023.first().status, Term::Status::Final);
    QCOMPARE(plottedIds(s), before);
}

void tst_ImportPlan::writesEveryFieldAsGiven_data()
{
    // Texts that the engines' writers must carry unchanged (PostgreSQL writes an import's figures
    // as array literals, issue 23): the array syntax's own characters, quotes, backslashes, line
    // breaks, the word NULL, Hangul, and a range and a derived figure's formula.
    QTest::addColumn<QString>("locator");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("noteKo");
    QTest::addColumn<qint64>("valueTo");
    QTest::addColumn<QString>("derivedFrom");
    QTest::newRow("plain") << "p. 3"
                           << ""
                           << "" << qint64(-1) << "";
    QTest::newRow("array syntax") << "table {2}, row \"total\""
                                  << "a, b} {c"
                                  << "" << qint64(-1) << "";
    QTest::newRow("backslashes") << "C:\\reports\\2024\\"
                                 << "\\\"quoted\\\""
                                 << "" << qint64(-1) << "";
    QTest::newRow("line breaks") << "para 2"
                                 << "first line\nsecond line\r\nthird"
                                 << "" << qint64(-1) << "";
    QTest::newRow("the word NULL") << "NULL"
                                   << "null"
                                   << "NULL" << qint64(-1) << "";
    QTest::newRow("hangul") << "3쪽"
                            << "It's \"about\""
                            << "통일부 발표, '약' 200명" << qint64(-1) << "";
    QTest::newRow("range") << ""
                           << ""
                           << "" << qint64(2000000) << "";
    QTest::newRow("derived") << ""
                             << ""
                             << "" << qint64(-1) << "total-2023 - female-2023";
}

void tst_ImportPlan::writesEveryFieldAsGiven()
{
    QFETCH(QString, locator);
    QFETCH(QString, note);
    QFETCH(QString, noteKo);
    QFETCH(qint64, valueTo);
    QFETCH(QString, derivedFrom);
    ImportBatch batch;
    batch.file = QStringLiteral("texts.csv");
    batch.sources = {source("texts-2026", "press", "[Texts]", "Texts", "2026-01-01", "")};
    Observation o =
        figure("arrivals", "total", "2030", "KR", 1000000, "persons", "final", "texts-2026");
    o.locator = locator;
    o.note = note;
    o.noteKo = noteKo;
    o.locatorKo = QStringLiteral("표 2");
    o.valueTo = valueTo;
    o.qualifier = Term::Qualifier::About;
    if (!derivedFrom.isEmpty()) {
        o.status = Term::Status::Derived;
        o.derivedFrom = derivedFrom;
    }
    batch.observations = {o};
    QVERIFY2(m_store->applyImport(batch), qPrintable(m_store->errorString()));
    const QList<Observation> stored =
        find(current(), QStringLiteral("total"), QStringLiteral("2030"));
    QCOMPARE(stored.size(), 1);
    const Observation& back = stored.first();
    QCOMPARE(back.value, qint64(1000000));
    QCOMPARE(back.valueTo, valueTo);
    QCOMPARE(back.region, QStringLiteral("KR"));
    QCOMPARE(back.sourceId, QStringLiteral("texts-2026"));
    QCOMPARE(back.locator, locator);
    QCOMPARE(back.note, note);
    QCOMPARE(back.noteKo.toString(), noteKo);
    QCOMPARE(back.locatorKo.toString(), QStringLiteral("표 2"));
    QCOMPARE(back.derivedFrom.toString(), derivedFrom);
    QCOMPARE(back.qualifier, Term::Qualifier::About);
    QCOMPARE(back.status, derivedFrom.isEmpty() ? Term::Status::Final : Term::Status::Derived);
    QCOMPARE(back.unit, Term::Unit::Persons);
}

void tst_ImportPlan::writesManyFiguresInOrder()
{
    // More figures than one statement of either engine's writer holds (64 rows; 4,096 on
    // PostgreSQL): every one is written, its id in the batch's order.
    ImportBatch batch;
    batch.file = QStringLiteral("many.csv");
    batch.sources = {source("many-2026", "press", "[Many]", "Many", "2026-01-01", "")};
    const int count = 2 * 4096 + 65;
    for (int i = 0; i < count; ++i) {
        // The months of 1945-2024 over and over (a store takes several figures of a quantity).
        const QString month = QStringLiteral("%1-%2")
                                  .arg(1945 + (i / 12) % 80)
                                  .arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        batch.observations << figure("trade", "total", qPrintable(month), "CN", 1000 + i, "usd",
                                     "final", "many-2026");
    }
    qint64 importId = 0;
    QVERIFY2(m_store->applyImport(batch, &importId), qPrintable(m_store->errorString()));
    QList<Observation> written;
    for (const Observation& o : current().observations) {
        if (o.importId == importId)
            written << o;
    }
    QCOMPARE(written.size(), count);
    std::sort(written.begin(), written.end(),
              [](const Observation& a, const Observation& b) { return a.id < b.id; });
    for (int i = 0; i < count; ++i) {
        QCOMPARE(written.at(i).value, qint64(1000 + i));
        QCOMPARE(written.at(i).period.code(), batch.observations.at(i).period.code());
        QCOMPARE(written.at(i).compiler, QStringLiteral("gacc"));
        QVERIFY(written.at(i).locator.isEmpty());
    }
}

void tst_ImportPlan::supersedesManyFigures_data()
{
    // More figures than one statement marks (200 ids a statement), once each however often the
    // batch names them; one that is no longer stored refuses the whole import.
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("repeated");
    QTest::addColumn<bool>("oneGone");
    QTest::newRow("one") << 1 << false << false;
    QTest::newRow("two slices and a part") << 450 << false << false;
    QTest::newRow("named twice") << 450 << true << false;
    QTest::newRow("one gone") << 450 << false << true;
}

void tst_ImportPlan::supersedesManyFigures()
{
    QFETCH(int, count);
    QFETCH(bool, repeated);
    QFETCH(bool, oneGone);
    ImportBatch first;
    first.file = QStringLiteral("first.csv");
    first.sources = {source("first-2026", "press", "[First]", "First", "2026-01-01", "")};
    for (int i = 0; i < count; ++i) {
        const QString month =
            QStringLiteral("%1-%2").arg(1950 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        first.observations << figure("trade", "china_exports", qPrintable(month), "CN", 100 + i,
                                     "usd", "final", "first-2026");
    }
    qint64 firstId = 0;
    QVERIFY2(m_store->applyImport(first, &firstId), qPrintable(m_store->errorString()));
    QList<qint64> ids;
    for (const Observation& o : current().observations) {
        if (o.importId == firstId)
            ids << o.id;
    }
    QCOMPARE(ids.size(), count);

    ImportBatch second;
    second.file = QStringLiteral("second.csv");
    second.sources = {source("second-2026", "official", "[Second]", "Second", "2026-02-01", "")};
    second.observations = {
        figure("trade", "china_exports", "1950-01", "CN", 99, "usd", "final", "second-2026")};
    second.supersede = ids;
    if (repeated)
        second.supersede += ids;
    if (oneGone)
        second.supersede.insert(count / 2, ids.last() + 1000000); // no such figure
    const QString before = m_store->stateToken();
    qint64 secondId = 0;
    if (oneGone) {
        QVERIFY(!m_store->applyImport(second, &secondId));
        QCOMPARE(int(m_store->error()), int(Store::Error::Changed));
        QCOMPARE(m_store->stateToken(), before); // nothing written
        for (const Observation& o : current().observations) {
            if (o.importId == firstId)
                QCOMPARE(o.status, Term::Status::Final);
        }
        return;
    }
    QVERIFY2(m_store->applyImport(second, &secondId), qPrintable(m_store->errorString()));
    ImportRecord record;
    QVERIFY(m_store->lastImport(&record));
    QCOMPARE(record.statusChanges, count);
    for (const Observation& o : current().observations) {
        if (o.importId == firstId)
            QCOMPARE(o.status, Term::Status::Superseded);
    }
    QVERIFY2(m_store->undoLastImport(), qPrintable(m_store->errorString()));
    int restored = 0;
    for (const Observation& o : current().observations) {
        if (o.importId == firstId) {
            QCOMPARE(o.status, Term::Status::Final);
            ++restored;
        }
    }
    QCOMPARE(restored, count);
}

void tst_ImportPlan::loadsOneDataset_data()
{
    QTest::addColumn<QStringList>("datasets");
    QTest::addColumn<int>("figures");       // typed from importfixture.h
    QTest::addColumn<QStringList>("cited"); // the sources they cite
    QTest::newRow("arrivals") << QStringList{"arrivals"} << 9
                              << QStringList{"mou-release-2012-01-11", "mou-table-2020",
                                             "news1-2025-02-04", "sedaily-2024-01-18"};
    QTest::newRow("trade") << QStringList{"trade"} << 1 << QStringList{"voa-2020-04"};
    QTest::newRow("destinations and arrivals")
        << QStringList{"destinations", "arrivals"} << 9
        << QStringList{"mou-release-2012-01-11", "mou-table-2020", "news1-2025-02-04",
                       "sedaily-2024-01-18"};
    QTest::newRow("none stored") << QStringList{"destinations"} << 0 << QStringList{};
}

void tst_ImportPlan::loadsOneDataset()
{
    // Issue 23: a command drawing one figure loads that figure's datasets only, through the
    // index, with the sources they cite; the figures as a whole load gives them, in its order.
    QFETCH(QStringList, datasets);
    QFETCH(int, figures);
    QFETCH(QStringList, cited);
    const Snapshot all = current();
    Snapshot some;
    QVERIFY2(m_store->load(&some, datasets), qPrintable(m_store->errorString()));
    QCOMPARE(some.observations.size(), figures);
    compareWithWholeRead(some, all, [&datasets](const Observation& o) {
        return datasets.contains(Datasets::name(o.dataset));
    });
    if (QTest::currentTestFailed())
        return;
    QStringList ids = some.sources.keys();
    ids.sort();
    QCOMPARE(ids, cited);
    for (const QString& id : ids)
        QCOMPARE(some.sources.value(id).titleEn, all.sources.value(id).titleEn);
    QCOMPARE(some.vocabulary.regionNames.size(), all.vocabulary.regionNames.size());
    QCOMPARE(some.events.size(), all.events.size());
    QCOMPARE(some.claims.size(), all.claims.size());
}

QString tst_ImportPlan::announcedThenFile(const QByteArray& contents)
{
    ImportPlan first;
    if (!first.prepare(announced, QStringLiteral("announced.csv"), current()) ||
        !first.apply(*m_store))
        return {};
    const QString path = m_dir.filePath(QStringLiteral("corrected.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        return {};
    return path;
}

void tst_ImportPlan::checksAgainstTheQuantitiesItNames()
{
    // Issue 23: an import is checked against the stored figures of the quantities it names
    // (Store::loadQuantities), and finds the same changes as against the whole store.
    // A blank line and a short row: read leniently (prepare() reports the short row).
    const QString path = announcedThenFile(corrected + "\narrivals,total\n");
    QVERIFY(!path.isEmpty());
    const QSet<QString> quantities{"arrivals|total|2025|KR", "arrivals|female|2025|KR",
                                   "arrivals|male|2025|KR", "arrivals|cumulative|../2025|KR"};
    Snapshot some;
    QVERIFY2(m_store->loadQuantities(&some, quantities), qPrintable(m_store->errorString()));
    QCOMPARE(some.observations.size(), 4); // the announcement's four figures
    QCOMPARE(some.sources.size(), current().sources.size());
    ImportPlan partial, whole;
    QVERIFY(!partial.readFile(path, some));
    QVERIFY(!whole.readFile(path, current()));
    QCOMPARE(partial.report(), whole.report());
    QVERIFY(QFile::resize(path, corrected.size()));
    QVERIFY(partial.readFile(path, some));
    QVERIFY(whole.readFile(path, current()));
    QCOMPARE(partial.changes().size(), 3);
    QCOMPARE(partial.report(), whole.report());
}

void tst_ImportPlan::readsStoredFiguresOnceParsed()
{
    // Issue 23: the stored figures are asked for once, after the file is parsed, for exactly the
    // quantities its rows name; the plan is the one a check against them read first gives; a
    // store that cannot be read leaves an invalid plan that says so.
    const QString path = announcedThenFile(corrected);
    QVERIFY(!path.isEmpty());
    Snapshot names;
    QVERIFY2(m_store->loadQuantities(&names, {}), qPrintable(m_store->errorString()));
    QCOMPARE(names.observations.size(), 0);
    QList<QSet<QString>> asked;
    int visited = 0;
    QList<QList<qint64>> fetched;
    const ImportPlan::StoredFigures store = ImportPlan::StoredFigures::in(*m_store);
    ImportPlan::StoredFigures stored;
    stored.visit = [&](const QSet<QString>& quantities,
                       const std::function<bool(const Observation&)>& visit) {
        asked << quantities;
        return store.visit(quantities, [&](const Observation& o) {
            ++visited;
            return visit(o);
        });
    };
    stored.byId = [&](const QList<qint64>& ids, QList<Observation>* out) {
        fetched << ids;
        return store.byId(ids, out);
    };
    ImportPlan later;
    QVERIFY(later.readFile(path, names, stored));
    QVERIFY(!later.storeFailed());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first(),
             (QSet<QString>{"arrivals|total|2025|KR", "arrivals|female|2025|KR",
                            "arrivals|male|2025|KR", "arrivals|cumulative|../2025|KR"}));
    QCOMPARE(visited, 4);                // the announcement's four figures, each once
    QCOMPARE(later.changes().size(), 3); // total, male, cumulative corrected; female the same
    QCOMPARE(later.changes().first().superseded.value, qint64(224));
    QCOMPARE(later.changes().first().superseded.sourceId, QStringLiteral("mou-2026-01-20"));
    QCOMPARE(later.changes().first().by.value, qint64(223));
    // Whole, once: only the three stored figures the changes name.
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(fetched.first().size(), 3);
    for (const ImportPlan::Change& c : later.changes())
        QVERIFY(fetched.first().contains(c.superseded.id));
    ImportPlan whole;
    QVERIFY(whole.readFile(path, current()));
    QCOMPARE(later.report(), whole.report());
    ImportPlan direct; // as the command line and the window read it
    QVERIFY(direct.readFile(path, *m_store));
    QCOMPARE(direct.report(), whole.report());
    // Cancel while the stored figures are read: asked at the first one, the read stops there.
    ImportPlan cancelled;
    visited = 0;
    cancelled.setProgress([&visited](int) { return visited == 0; });
    QVERIFY(!cancelled.readFile(path, names, stored));
    QVERIFY(cancelled.wasCancelled());
    QVERIFY(!cancelled.storeFailed());
    QVERIFY(!cancelled.isValid());
    QCOMPARE(visited, 1);
    QCOMPARE(cancelled.issues().size(), 1);
    QCOMPARE(cancelled.issues().first().message, QStringLiteral("the check was cancelled"));
    QCOMPARE(cancelled.additions().size(), 0);
    ImportPlan unnamed; // the figures the changes name cannot be read
    ImportPlan::StoredFigures noneById = store;
    noneById.byId = [](const QList<qint64>&, QList<Observation>*) { return false; };
    QVERIFY(!unnamed.readFile(path, names, noneById));
    QVERIFY(unnamed.storeFailed());
    QVERIFY(!unnamed.isValid());
    QVERIFY(!unnamed.apply(*m_store));
    QVERIFY(later.apply(*m_store));

    ImportPlan failed;
    ImportPlan::StoredFigures unreadable = store;
    unreadable.visit = [](const QSet<QString>&, const std::function<bool(const Observation&)>&) {
        return false;
    };
    QVERIFY(!failed.readFile(path, names, unreadable));
    QVERIFY(failed.storeFailed());
    QVERIFY(!failed.isValid());
    QVERIFY(!failed.apply(*m_store));
    Store closed; // its names and sources cannot be read either
    ImportPlan none;
    QVERIFY(!none.readFile(path, closed));
    QVERIFY(none.storeFailed());
    QVERIFY(!none.isValid());
    QVERIFY(none.issues().isEmpty());
}

void tst_ImportPlan::loadsQuantitiesWholeSeriesOrOneByOne_data()
{
    // Store::loadQuantities reads a series whole when most of its stored figures are asked for
    // (16 periods or more, at most 4 stored figures per period asked), else quantity by
    // quantity. Either way it gives exactly the figures of the quantities named. The counts are
    // those of resources/data/observations.csv (trade total CN: 128 figures in 98 periods).
    QTest::addColumn<QStringList>("quantities");
    QTest::addColumn<int>("figures");
    auto months = [](const QString& series, int year, int count) {
        QStringList out;
        for (int m = 1; m <= count; ++m)
            out << QStringLiteral("trade|%1|%2-%3|CN")
                       .arg(series)
                       .arg(year)
                       .arg(m, 2, 10, QLatin1Char('0'));
        return out;
    };
    const QStringList threeYears =
        months("total", 2019, 12) + months("total", 2020, 12) + months("total", 2021, 12);
    QTest::newRow("three months, one by one")
        << QStringList{"trade|total|2019-05|CN", "trade|total|2019-06|CN", "trade|total|2020-04|CN"}
        << 7;
    QTest::newRow("16 months of 128 figures, one by one")
        << months("total", 2019, 12) + months("total", 2020, 4) << 21;
    QTest::newRow("36 months of 128 figures, whole") << threeYears << 44;
    QTest::newRow("a whole series and one by one")
        << threeYears + months("china_exports", 2020, 12) << 44 + 18;
    QTest::newRow("quantities with no figure")
        << threeYears + QStringList{"trade|total|2030-01|CN", "trade|total|2019-01|KR",
                                    "trade|nonsense|2019-01|CN", "not a quantity"}
        << 44;
}

void tst_ImportPlan::loadsQuantitiesWholeSeriesOrOneByOne()
{
    QFETCH(QStringList, quantities);
    QFETCH(int, figures);
    const QSet<QString> asked(quantities.cbegin(), quantities.cend());
    Store bundled; // the bundled figures, not the fixture's few
    QVERIFY(bundled.openInMemory());
    Snapshot some, all;
    QVERIFY2(bundled.loadQuantities(&some, asked), qPrintable(bundled.errorString()));
    QVERIFY2(bundled.load(&all), qPrintable(bundled.errorString()));
    QCOMPARE(some.observations.size(), figures);
    compareWithWholeRead(
        some, all, [&asked](const Observation& o) { return asked.contains(o.quantityKey()); });
    if (QTest::currentTestFailed())
        return;
    // The same figures one at a time, as an import's check reads them (issue 23): their numbers,
    // terms, quantity and source, no texts; then whole by id, as the preview reads them.
    QHash<qint64, Observation> byId;
    for (const Observation& o : std::as_const(all.observations))
        byId.insert(o.id, o);
    QList<Observation> read;
    QVERIFY2(bundled.visitQuantities(asked,
                                     [&read](const Observation& o) {
                                         read << o;
                                         return true;
                                     }),
             qPrintable(bundled.errorString()));
    QList<qint64> visited;
    for (const Observation& o : std::as_const(read)) {
        const QString d = numbersDiffer(o, byId.value(o.id));
        QVERIFY2(d.isEmpty(), qPrintable(d));
        QVERIFY(asked.contains(o.quantityKey()));
        QVERIFY(o.locator.isEmpty() && o.note.isEmpty());
        visited << o.id;
    }
    QCOMPARE(visited.size(), figures);
    int calls = 0; // a visit that returns false stops the read, which is no failure
    QVERIFY(!bundled.visitQuantities(asked, [&calls](const Observation&) { return ++calls > 1; }));
    QCOMPARE(calls, 1);
    QCOMPARE(bundled.error(), Store::Error::None);
    QList<Observation> whole;
    QVERIFY2(bundled.loadFigures(visited, &whole), qPrintable(bundled.errorString()));
    QCOMPARE(whole.size(), figures);
    QList<Observation> gone; // an id no longer stored: the store changed since it was named
    QVERIFY(!bundled.loadFigures(visited + QList<qint64>{999'999'999}, &gone));
    QCOMPARE(bundled.error(), Store::Error::Changed);
    QVERIFY(gone.isEmpty());
    for (const Observation& o : std::as_const(whole)) {
        const Observation& w = byId.value(o.id);
        QVERIFY(visited.contains(o.id));
        const QString d = numbersDiffer(o, w);
        QVERIFY2(d.isEmpty(), qPrintable(d));
        QCOMPARE(o.locator, w.locator);
        QCOMPARE(o.note, w.note);
        QCOMPARE(QString(o.noteKo), QString(w.noteKo));
        QCOMPARE(QString(o.locatorKo), QString(w.locatorKo));
        QCOMPARE(o.compiler, w.compiler);
    }
}

void tst_ImportPlan::roundTripDataCsv_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::newRow("arrivals") << "arrivals";
    QTest::newRow("trade") << "trade";
    QTest::newRow("destinations") << "destinations";
}

void tst_ImportPlan::roundTripDataCsv()
{
    // `crossings data <dataset> --format csv`, imported into a fresh store built from the same
    // sources but without that dataset's figures, gives back the same dataset.
    QFETCH(QString, dataset);
    Store full;
    QVERIFY(full.openInMemory());
    Catalog original;
    QVERIFY(original.reload(full));
    const QString exported = CsvExport::observations(original, dataset);
    QVERIFY(exported.count(QLatin1Char('\n')) > 5);

    Snapshot bundled;
    QList<ValidationIssue> issues;
    QByteArray checksum;
    QVERIFY(Store::readBundled(&bundled, &issues, &checksum));
    Snapshot without = bundled;
    without.observations.erase(
        std::remove_if(without.observations.begin(), without.observations.end(),
                       [&](const Observation& o) { return Datasets::name(o.dataset) == dataset; }),
        without.observations.end());
    Store fresh;
    QVERIFY(fresh.openInMemory());
    QVERIFY(fresh.seed(without, "without"));
    Snapshot before;
    QVERIFY(fresh.load(&before));
    for (const Observation& o : bundled.observations) {
        if (Datasets::name(o.dataset) == dataset)
            QVERIFY2(before.sources.contains(o.sourceId), qPrintable(o.sourceId));
    }

    ImportPlan plan;
    const bool ok =
        plan.prepare(exported.toUtf8(), QStringLiteral("export.csv"), before, fresh.stateToken());
    for (const ValidationIssue& i : plan.issues())
        qWarning("%s", qPrintable(i.toString()));
    QVERIFY(ok);
    QVERIFY(plan.changes().isEmpty());
    QVERIFY(plan.newSources().isEmpty());
    QVERIFY2(plan.apply(fresh), qPrintable(fresh.errorString()));
    Catalog again;
    QVERIFY(again.reload(fresh));
    QCOMPARE(CsvExport::observations(again, dataset), exported);
    // Issue 20: `data` and File → Export Data… had two writers, which differed in column order
    // and locator_ko, so a file imported from one came back different from the other. One
    // writer: the export with sources is the same after the round trip through `data`.
    QCOMPARE(CsvExport::figures(again.snapshot(), {dataset}, CsvExport::SourceColumns::With),
             CsvExport::figures(original.snapshot(), {dataset}, CsvExport::SourceColumns::With));
}

void tst_ImportPlan::roundTripExportWithSources()
{
    // File → Export data… writes every dataset with its sources' details: it imports into a
    // store that has the names only, and gives back the same figures and sources.
    Store full;
    QVERIFY(full.openInMemory());
    Snapshot original;
    QVERIFY(full.load(&original));
    const QStringList datasets = {"arrivals", "trade", "destinations"};
    const QString exported = CsvExport::figures(original, datasets, CsvExport::SourceColumns::With);
    QVERIFY(
        exported.startsWith(ImportPlan::allColumns().join(QLatin1Char(',')) + QLatin1Char('\n')));

    Snapshot names;
    names.vocabulary = original.vocabulary;
    Store empty;
    QVERIFY(empty.openInMemory());
    QVERIFY(empty.seed(names, "names only"));
    Snapshot before;
    QVERIFY(empty.load(&before));
    QVERIFY(before.observations.isEmpty());
    QVERIFY(before.sources.isEmpty());

    ImportPlan plan;
    const bool ok = plan.prepare(exported.toUtf8(), QStringLiteral("all.csv"), before);
    for (const ValidationIssue& i : plan.issues().mid(0, 10))
        qWarning("%s", qPrintable(i.toString()));
    QVERIFY(ok);
    QVERIFY(plan.apply(empty));
    Snapshot after;
    QVERIFY(empty.load(&after));
    QCOMPARE(CsvExport::figures(after, datasets, CsvExport::SourceColumns::With), exported);
    QSet<QString> cited;
    for (const Observation& o : original.observations)
        cited.insert(o.sourceId);
    QCOMPARE(after.sources.size(), cited.size());
    for (const QString& id : std::as_const(cited)) {
        const Source a = original.sources.value(id);
        const Source b = after.sources.value(id);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.titleEn, a.titleEn);
        QCOMPARE(b.titleKo, a.titleKo);
        QCOMPARE(b.outlet, a.outlet);
        QCOMPARE(b.author, a.author);
        QCOMPARE(b.published, a.published);
        QCOMPARE(b.url, a.url);
        QCOMPARE(b.language, a.language);
        QCOMPARE(b.unconfirmed, a.unconfirmed);
        QCOMPARE(b.note, a.note);
    }
}

QTEST_GUILESS_MAIN(tst_ImportPlan)
#include "tst_importplan.moc"
