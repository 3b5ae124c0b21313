// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog.h"
#include "importfixture.h"
#include "storage/csvexport.h"
#include "storage/datasetreader.h"
#include "storage/importplan.h"
#include "storage/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The Korean forms of the data's texts (issue 13): read from the dataset and from imports,
/// kept by the store (schema 3, migrated from 2), chosen by language with the English marked
/// where the Korean is missing, listed by the import preview, written by `data`.
class tst_KoreanForms : public QObject
{
    Q_OBJECT

private slots:
    void readerReadsKoreanColumns();
    void readerAcceptsFilesWithoutThem();
    void sourceTexts_data();
    void sourceTexts();
    void observationTexts_data();
    void observationTexts();
    void storeKeepsKoreanForms();
    void migrationFromSchema2();
    void importReadsKoreanColumns();
    void importPreviewListsMissingKorean();
    void dataExportCarriesKoreanForms();
};

namespace {

const QByteArray Regions = "code,name_en,name_ko\nKR,South Korea,대한민국\n";
const QByteArray Series =
    "dataset,series,name_en,name_ko,unit\narrivals,total,Arrivals,입국자,persons\n";
const QByteArray Sources =
    "id,kind,title_en,title_ko,outlet,author,published,url,language,unconfirmed,note,outlet_ko,"
    "note_ko\n"
    "mou,official,[MOU statistics page],[통일부 통계 페이지],Ministry of Unification,,2020,,ko,,"
    "Table of arrivals.,통일부,입국 현황 표.\n";
const QByteArray Observations =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,value_to,"
    "compiler,derived_from,note_ko,locator_ko\n"
    "arrivals,total,2009,KR,2914,,persons,final,mou,\"table, column '09\",Peak year.,,,,"
    "정점을 찍은 해.,\n"
    "arrivals,total,2010,KR,2402,,persons,final,mou,MOU comparison,,,,,,통일부 비교\n";
const QByteArray Events =
    "id,period,text_en,text_ko,source_id,locator,figures,note,note_ko,locator_ko\n"
    "e1,2011-12,Kim Jong-il dies,김정일 사망,mou,line 3,arrivals,Border tightened.,국경 통제 "
    "강화.,\n";

Source source(const QString& title, const QString& titleKo, const QString& language)
{
    Source s;
    s.id = QStringLiteral("s");
    s.titleEn = title;
    s.titleKo = titleKo;
    s.language = language;
    return s;
}

} // namespace

void tst_KoreanForms::readerReadsKoreanColumns()
{
    DatasetReader reader;
    QVERIFY(reader.readVocabulary(Regions, Series));
    const QList<Source> sources = reader.readSources(Sources, QStringLiteral("sources.csv"));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().outletKo, QStringLiteral("통일부"));
    QCOMPARE(sources.first().noteKo, QStringLiteral("입국 현황 표."));
    const QList<Observation> obs = reader.readObservations(
        Observations, QStringLiteral("observations.csv"), {QStringLiteral("mou")});
    QVERIFY2(!reader.hasIssues(), qPrintable(reader.issues().value(0).toString()));
    QCOMPARE(obs.size(), 2);
    QCOMPARE(obs.at(0).noteKo.toString(), QStringLiteral("정점을 찍은 해."));
    QCOMPARE(obs.at(0).locatorKo.toString(), QString());
    QCOMPARE(obs.at(1).locatorKo.toString(), QStringLiteral("통일부 비교"));
    const QList<TimelineEvent> events =
        reader.readEvents(Events, QStringLiteral("events.csv"), {QStringLiteral("mou")});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().noteKo, QStringLiteral("국경 통제 강화."));
}

void tst_KoreanForms::readerAcceptsFilesWithoutThem()
{
    DatasetReader reader;
    QVERIFY(reader.readVocabulary(Regions, Series));
    const QList<Observation> obs = reader.readObservations(
        "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note\n"
        "arrivals,total,2009,KR,2914,,persons,final,mou,line 7,Peak year.\n",
        QStringLiteral("old.csv"), {QStringLiteral("mou")});
    QVERIFY(!reader.hasIssues());
    QCOMPARE(obs.size(), 1);
    QVERIFY(obs.first().noteKo.isEmpty());
    QVERIFY(!obs.first().hasKorean());
}

void tst_KoreanForms::sourceTexts_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("gloss");
    // No translator is loaded: the mark is the catalogue's source text, "[English] %1".
    QTest::newRow("description with its Korean")
        << source("[MOU statistics page]", "[통일부 통계 페이지]", "zh") << "[통일부 통계 페이지]"
        << "";
    QTest::newRow("description without: marked")
        << source("[MOU statistics page]", "", "zh") << "[English] [MOU statistics page]"
        << "";
    QTest::newRow("Korean article: its headline")
        << source("[Daily NK report]", "지난해 입국 탈북민 67명", "ko") << "지난해 입국 탈북민 67명"
        << "";
    QTest::newRow("English article keeps its title")
        << source("Number of N.K. defectors plunges", "", "en")
        << "Number of N.K. defectors plunges"
        << "";
    QTest::newRow("English article with a gloss")
        << source("Number of N.K. defectors plunges", "탈북민 수 급감", "en")
        << "Number of N.K. defectors plunges"
        << "탈북민 수 급감";
}

void tst_KoreanForms::sourceTexts()
{
    QFETCH(Source, source);
    QFETCH(QString, title);
    QFETCH(QString, gloss);
    QCOMPARE(source.titleIn(Language::Korean), title);
    QCOMPARE(source.titleGloss(Language::Korean), gloss);
    QCOMPARE(source.titleIn(Language::English), source.titleEn);
    QVERIFY(source.titleGloss(Language::English).isEmpty());
    Source s = source;
    s.outlet = QStringLiteral("Yonhap News Agency");
    QCOMPARE(s.outletIn(Language::Korean), QStringLiteral("Yonhap News Agency")); // a name: no mark
    s.outletKo = QStringLiteral("연합뉴스");
    QCOMPARE(s.outletIn(Language::Korean), QStringLiteral("연합뉴스"));
    QCOMPARE(s.outletIn(Language::English), QStringLiteral("Yonhap News Agency"));
}

void tst_KoreanForms::observationTexts_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("noteKo");
    QTest::addColumn<QString>("locator");
    QTest::addColumn<QString>("locatorKo");
    QTest::addColumn<QString>("expectedNote");
    QTest::addColumn<QString>("expectedLocator");
    QTest::addColumn<bool>("complete");
    QTest::newRow("both Korean") << "Peak year."
                                 << "정점을 찍은 해."
                                 << "line 7"
                                 << ""
                                 << "정점을 찍은 해."
                                 << "7행" << true;
    QTest::newRow("note missing") << "Peak year."
                                  << ""
                                  << "passage on March 2020"
                                  << ""
                                  << "[English] Peak year."
                                  << "2020년 3월 관련 대목" << false;
    QTest::newRow("locator outside the grammar") << ""
                                                 << ""
                                                 << "MOU comparison"
                                                 << "통일부 비교"
                                                 << ""
                                                 << "통일부 비교" << true;
    QTest::newRow("locator missing") << ""
                                     << ""
                                     << "MOU comparison"
                                     << ""
                                     << ""
                                     << "[English] MOU comparison" << false;
}

void tst_KoreanForms::observationTexts()
{
    QFETCH(QString, note);
    QFETCH(QString, noteKo);
    QFETCH(QString, locator);
    QFETCH(QString, locatorKo);
    QFETCH(QString, expectedNote);
    QFETCH(QString, expectedLocator);
    QFETCH(bool, complete);
    Observation o;
    o.note = note;
    o.noteKo = noteKo;
    o.locator = locator;
    o.locatorKo = locatorKo;
    QCOMPARE(o.noteIn(Language::Korean), expectedNote);
    QCOMPARE(o.locatorIn(Language::Korean), expectedLocator);
    QCOMPARE(o.noteIn(Language::English), note);
    QCOMPARE(o.locatorIn(Language::English), locator);
    QCOMPARE(o.hasKorean(), complete);
}

void tst_KoreanForms::storeKeepsKoreanForms()
{
    Snapshot s = ImportFixture::snapshot();
    s.sources[QStringLiteral("voa-2020-04")].outletKo = QStringLiteral("미국의소리(VOA)");
    s.sources[QStringLiteral("voa-2020-04")].noteKo = QStringLiteral("중국 해관총서 자료 인용.");
    s.observations[0].noteKo = QStringLiteral("정점을 찍은 해.");
    s.observations[0].locatorKo = QStringLiteral("통일부 표");
    Store store;
    QVERIFY(store.openInMemory());
    QVERIFY2(store.seed(s, "korean"), qPrintable(store.errorString()));
    Snapshot loaded;
    QVERIFY(store.load(&loaded));
    QCOMPARE(loaded.sources.value(QStringLiteral("voa-2020-04")).outletKo,
             QStringLiteral("미국의소리(VOA)"));
    QCOMPARE(loaded.sources.value(QStringLiteral("voa-2020-04")).noteKo,
             QStringLiteral("중국 해관총서 자료 인용."));
    bool found = false;
    for (const Observation& o : loaded.observations) {
        if (o.value == 2914) {
            found = true;
            QCOMPARE(o.noteKo.toString(), QStringLiteral("정점을 찍은 해."));
            QCOMPARE(o.locatorKo.toString(), QStringLiteral("통일부 표"));
        }
    }
    QVERIFY(found);
}

void tst_KoreanForms::migrationFromSchema2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    QString error;
    QVERIFY2(ImportFixture::createStore(path, &error), qPrintable(error));
    // Make it a schema-2 file, as Crossings 0.1 wrote it: no Korean columns.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char* statement :
             {"ALTER TABLE sources DROP COLUMN outlet_ko",
              "ALTER TABLE sources DROP COLUMN note_ko",
              "ALTER TABLE observations DROP COLUMN note_ko",
              "ALTER TABLE observations DROP COLUMN locator_ko",
              "ALTER TABLE events DROP COLUMN note_ko", "ALTER TABLE events DROP COLUMN locator_ko",
              "ALTER TABLE claims DROP COLUMN note_ko", "ALTER TABLE claims DROP COLUMN locator_ko",
              "PRAGMA user_version = 2"})
            QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    {
        // Read-only use does not upgrade.
        Store store;
        QVERIFY(!store.open(path, Store::Mode::ReadOnly));
        QCOMPARE(store.error(), Store::Error::NewerSchema);
    }
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::ReadWrite), qPrintable(store.errorString()));
        Snapshot s;
        QVERIFY2(store.load(&s), qPrintable(store.errorString()));
        // The figures are all still there, without Korean forms.
        QCOMPARE(s.observations.size(), ImportFixture::snapshot().observations.size());
        for (const Observation& o : std::as_const(s.observations))
            QVERIFY(o.noteKo.isEmpty());
        // And an import now keeps its Korean forms.
        ImportPlan plan;
        QVERIFY(plan.prepare("dataset,series,period,region,value,qualifier,unit,status,source_id,"
                             "locator,note,note_ko\n"
                             "arrivals,total,2025,KR,224,,persons,final,news1-2025-02-04,,"
                             "Provisional.,잠정치.\n",
                             "k.csv", s, store.stateToken()));
        QVERIFY2(plan.apply(store), qPrintable(store.errorString()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Store::SchemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT note_ko FROM observations WHERE value = 224")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("잠정치."));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_KoreanForms::importReadsKoreanColumns()
{
    const Snapshot current = ImportFixture::snapshot();
    ImportPlan plan;
    QVERIFY2(
        plan.prepare("dataset,series,period,region,value,qualifier,unit,status,source_id,"
                     "locator,note,note_ko,locator_ko,source_kind,source_title_en,"
                     "source_title_ko,source_outlet,source_outlet_ko,source_note,source_note_ko\n"
                     "arrivals,total,2025,KR,224,,persons,final,yna-2026,MOU comparison,"
                     "Provisional.,잠정치.,통일부 비교,press,[Yonhap report],[연합뉴스 보도],"
                     "Yonhap,연합뉴스,From MOU.,통일부 자료.\n",
                     "k.csv", current),
        qPrintable(plan.report()));
    QCOMPARE(plan.additions().size(), 1);
    QCOMPARE(plan.additions().first().noteKo.toString(), QStringLiteral("잠정치."));
    QCOMPARE(plan.additions().first().locatorKo.toString(), QStringLiteral("통일부 비교"));
    QCOMPARE(plan.newSources().size(), 1);
    QCOMPARE(plan.newSources().first().outletKo, QStringLiteral("연합뉴스"));
    QCOMPARE(plan.newSources().first().noteKo, QStringLiteral("통일부 자료."));
    QVERIFY(plan.missingKorean().isEmpty());
    QVERIFY(!plan.report().contains(QStringLiteral("Without a Korean form")));
}

void tst_KoreanForms::importPreviewListsMissingKorean()
{
    const Snapshot current = ImportFixture::snapshot();
    ImportPlan plan;
    // Line 2: complete. Line 3: no note_ko. Line 4: a locator outside the grammar without
    // locator_ko. Line 5: nothing to translate. The new source's description has no title_ko.
    QVERIFY2(
        plan.prepare("dataset,series,period,region,value,qualifier,unit,status,source_id,"
                     "locator,note,note_ko,source_kind,source_title_en,source_note\n"
                     "arrivals,total,2025,KR,224,,persons,final,yna-2026,line 3,Final.,확정치.,"
                     "press,[Yonhap report],Cites MOU.\n"
                     "arrivals,male,2025,KR,25,,persons,final,yna-2026,line 4,Men.,,,,\n"
                     "arrivals,female,2025,KR,199,,persons,final,yna-2026,MOU comparison,,,,,\n"
                     "arrivals,total,2025-Q1,KR,38,,persons,final,yna-2026,line 5,,,,,\n",
                     "k.csv", current),
        qPrintable(plan.report()));
    const QList<ImportPlan::MissingKorean> missing = plan.missingKorean();
    QCOMPARE(missing.size(), 3);
    QCOMPARE(missing.at(0).sourceId, QStringLiteral("yna-2026"));
    QCOMPARE(missing.at(0).columns, (QStringList{"source_title_ko", "source_note_ko"}));
    QCOMPARE(missing.at(1).line, 3);
    QCOMPARE(missing.at(1).columns, QStringList{"note_ko"});
    QCOMPARE(missing.at(2).line, 4);
    QCOMPARE(missing.at(2).columns, QStringList{"locator_ko"});
    const QString report = plan.report();
    QVERIFY2(
        report.contains(QStringLiteral("Without a Korean form (accepted; the Korean window "
                                       "shows the English, marked):\n"
                                       "  source yna-2026: no source_title_ko, source_note_ko\n"
                                       "  line 3: no note_ko\n"
                                       "  line 4: no locator_ko\n")),
        qPrintable(report));
    QVERIFY(plan.isValid()); // accepted
}

void tst_KoreanForms::dataExportCarriesKoreanForms()
{
    Snapshot s = ImportFixture::snapshot();
    for (Observation& o : s.observations) {
        if (o.value == 2914) {
            o.locator = QStringLiteral("table, column '09");
            o.note = QStringLiteral("Peak year.");
            o.noteKo = QStringLiteral("정점을 찍은 해.");
        }
        if (o.value == 196) {
            o.locator = QStringLiteral("Seoul Economic Daily comparison");
            o.note = QStringLiteral("Final.");
        }
    }
    Store::choosePlotted(&s.observations, s.sources);
    Catalog catalog;
    catalog.setSnapshot(s);
    catalog.setLanguage(Language::Korean); // the period labels and reading texts in Korean
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QString data = CsvExport::observations(catalog, QStringLiteral("arrivals"));
    const QString reading =
        CsvExport::observations(catalog, QStringLiteral("arrivals"), CsvExport::Layout::Reading);
    QLocale::setDefault(before);
    // The data keep the English texts and add the Korean columns; the period label is Korean.
    QVERIFY(data.startsWith(QStringLiteral("dataset,series,period,region,value,qualifier,unit,"
                                           "status,source_id,locator,note,period_label,plotted,"
                                           "value_to,compiler,derived_from,note_ko,locator_ko\n")));
    QVERIFY2(
        data.contains(QStringLiteral("arrivals,total,2009,KR,2914,,persons,final,mou-table-2020,"
                                     "\"table, column '09\",Peak year.,2009년,1,,,,정점을 찍은 해.,"
                                     "\"표, '09 열\"\n")),
        qPrintable(data));
    QVERIFY(data.contains(
        QStringLiteral("../2024,KR,34314,,persons,final,news1-2025-02-04,,,2024년까지,1,,,,,\n")));
    // Reading: the Korean forms in place of the English ones, the English marked where missing.
    QVERIFY2(reading.contains(
                 QStringLiteral("mou-table-2020,\"표, '09 열\",정점을 찍은 해.,2009년,1,,,\n")),
             qPrintable(reading));
    QVERIFY2(reading.contains(QStringLiteral("sedaily-2024-01-18,[English] Seoul Economic Daily "
                                             "comparison,[English] Final.,2023년,1,,,\n")),
             qPrintable(reading));
    QVERIFY(!reading.contains(QStringLiteral("note_ko")));
}

QTEST_GUILESS_MAIN(tst_KoreanForms)
#include "tst_koreanforms.moc"
