// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "importfixture.h"
#include "importpreviewdialog.h"
#include "languagemanager.h"
#include "storage/importplan.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

/// The import preview: what a valid file adds, changes and conflicts with; every problem of an
/// invalid one; Import only for a valid file; in the UI language.
class tst_ImportPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Application::setApplicationFont(); }
    void init();
    void cleanup();
    void correction();
    void conflict();
    void problems();
    void manyProblems();
    void korean();
    void groupsThousands_data();
    void groupsThousands();

private:
    ImportPlan plan(const QByteArray& csv, const QString& name);
    static QStringList row(QTableView* t, int r);
    /// Every table's model passes QAbstractItemModelTester (fatal on the first fault).
    static void testModels(const ImportPreviewDialog& dialog);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<LanguageManager> m_language;
};

namespace {
const QByteArray HS =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
    "source_kind,source_title_en,source_outlet,source_published\n";
// arrivals-notes.md: 224 (F 198 / M 26) announced 2026-01-20, corrected to 223 (M 25) on
// 2026-02-04 by Newsis.
const QByteArray announced = HS +
                             "arrivals,total,2025,KR,224,,persons,final,mou-2026-01-20,,,official,["
                             "MOU: 2025 arrivals],Ministry of Unification,2026-01-20\n"
                             "arrivals,male,2025,KR,26,,persons,final,mou-2026-01-20,,,,,,\n";
const QByteArray corrected = HS +
                             "arrivals,total,2025,KR,223,,persons,final,newsis-2026-02-04,,,press,["
                             "Newsis: 2025 arrivals corrected],Newsis,2026-02-04\n"
                             "arrivals,male,2025,KR,25,,persons,final,newsis-2026-02-04,,,,,,\n"
                             "arrivals,female,2025,KR,198,,persons,final,newsis-2026-02-04,,,,,,\n";
} // namespace

void tst_ImportPreviewDialog::init()
{
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->openInMemory());
    QVERIFY(m_store->seed(ImportFixture::snapshot(), "fixture"));
}

void tst_ImportPreviewDialog::cleanup()
{
    m_language.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

ImportPlan tst_ImportPreviewDialog::plan(const QByteArray& csv, const QString& name)
{
    Snapshot s;
    if (!m_store->load(&s))
        qFatal("cannot load");
    ImportPlan p;
    p.prepare(csv, name, s, m_store->stateToken());
    return p;
}

QStringList tst_ImportPreviewDialog::row(QTableView* t, int r)
{
    QStringList out;
    for (int c = 0; c < t->model()->columnCount(); ++c)
        out << t->model()->index(r, c).data().toString();
    return out;
}

void tst_ImportPreviewDialog::testModels(const ImportPreviewDialog& dialog)
{
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        auto* table = qobject_cast<QTableView*>(dialog.tabs()->widget(i));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
}

void tst_ImportPreviewDialog::correction()
{
    const ImportPlan first = plan(announced, QStringLiteral("announced.csv"));
    QVERIFY(first.apply(*m_store));
    const ImportPlan p = plan(corrected, QStringLiteral("corrected.csv"));
    QVERIFY(p.isValid());
    ImportPreviewDialog dialog(p);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import data"));
    QCOMPARE(dialog.tabs()->count(), 4);
    QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("New figures (3)"));
    QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Changes (2)"));
    QCOMPARE(dialog.tabs()->tabText(2), QStringLiteral("Conflicts (0)"));
    // The new source's description has no Korean form: accepted, and said (issue 13).
    QCOMPARE(dialog.tabs()->tabText(3), QStringLiteral("Without Korean (1)"));
    QCOMPARE(row(dialog.missingKoreanTable(), 0),
             (QStringList{"newsis-2026-02-04", "new source", "source_title_ko"}));
    QCOMPARE(dialog.tabs()->currentIndex(), 1); // what needs a look first
    QVERIFY(!dialog.problemsTable());
    QCOMPARE(dialog.additionsTable()->model()->rowCount(), 3);
    QCOMPARE(row(dialog.additionsTable(), 0),
             (QStringList{"2", "Arrivals, South Korea, 2025", "223 people (final)",
                          "[Newsis: 2025 arrivals corrected] (Newsis, 4 February 2026)"}));
    QCOMPARE(dialog.changesTable()->model()->rowCount(), 2);
    QCOMPARE(row(dialog.changesTable(), 0),
             (QStringList{"2", "Arrivals, South Korea, 2025",
                          "224 people (Ministry of Unification, 20 January 2026)",
                          "223 people (Newsis, 4 February 2026)"}));
    QCOMPARE(row(dialog.changesTable(), 1),
             (QStringList{"3", "Arrivals, men, South Korea, 2025",
                          "26 people (Ministry of Unification, 20 January 2026)",
                          "25 people (Newsis, 4 February 2026)"}));
    QCOMPARE(dialog.conflictsTable()->model()->rowCount(), 0);
    testModels(dialog);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import"));
    QVERIFY(dialog.summaryLabel()->text().startsWith(QStringLiteral(
        "corrected.csv: figures to add: 3 · new sources: 1 · changes: 2 · conflicts: 0.")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (qEnvironmentVariableIsSet("CROSSINGS_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("CROSSINGS_SHOTS") +
                           QStringLiteral("/import-preview-en.png"));
}

void tst_ImportPreviewDialog::conflict()
{
    // Christian Today misprinted the 2024 women as 216 (arrivals-notes.md); undated: a conflict.
    const ImportPlan p = plan(HS + "arrivals,female,2024,KR,216,,persons,final,christiantoday,,,"
                                   "press,[Christian Today],Christian Today,\n",
                              QStringLiteral("t.csv"));
    QVERIFY(p.isValid());
    ImportPreviewDialog dialog(p);
    QCOMPARE(dialog.tabs()->currentIndex(), 2);
    QCOMPARE(dialog.tabs()->tabText(2), QStringLiteral("Conflicts (1)"));
    QCOMPARE(row(dialog.conflictsTable(), 0),
             (QStringList{"2", "Arrivals, women, South Korea, 2024", "216 people (Christian Today)",
                          "210 people (News1, 4 February 2025)"}));
    QVERIFY(dialog.importButton()->isEnabled()); // a conflict is not an error
}

void tst_ImportPreviewDialog::problems()
{
    const ImportPlan p =
        plan(HS + "arrivals,total,2025-13,KR,22a,,persons,final,news1-2025-02-04,,,,,,\n",
             QStringLiteral("bad.csv"));
    QVERIFY(!p.isValid());
    ImportPreviewDialog dialog(p);
    QCOMPARE(dialog.tabs()->count(), 1);
    QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("Problems (2)"));
    QVERIFY(!dialog.additionsTable());
    QCOMPARE(dialog.problemsTable()->model()->rowCount(), 2);
    QCOMPARE(row(dialog.problemsTable(), 0),
             (QStringList{"2", "3", "\"2025-13\" is not a valid period"}));
    QCOMPARE(row(dialog.problemsTable(), 1),
             (QStringList{"2", "5",
                          "\"22a\" is not a whole number in base units (persons or US dollars)"}));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importButton()->isVisibleTo(&dialog));
    QVERIFY(dialog.summaryLabel()->text().startsWith(
        QStringLiteral("bad.csv cannot be imported: problems found: 2.")));
    testModels(dialog);
}

void tst_ImportPreviewDialog::manyProblems()
{
    // 150 rows with one problem each: the first 100 are listed with their line, the other 50
    // are counted by kind in one row (ImportPlan::MaxListedProblems).
    QByteArray csv = HS;
    for (int i = 0; i < 150; ++i)
        csv += "arrivals,total,2025-13,KR,223,,persons,final,news1-2025-02-04,,,,,,\n";
    const ImportPlan p = plan(csv, QStringLiteral("many.csv"));
    ImportPreviewDialog dialog(p);
    QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("Problems (150)"));
    QCOMPARE(dialog.problemsTable()->model()->rowCount(), 101);
    QCOMPARE(row(dialog.problemsTable(), 0),
             (QStringList{"2", "3", "\"2025-13\" is not a valid period"}));
    QCOMPARE(row(dialog.problemsTable(), 99),
             (QStringList{"101", "3", "\"2025-13\" is not a valid period"}));
    QCOMPARE(row(dialog.problemsTable(), 100),
             (QStringList{"", "", "50 more: \"…\" is not a valid period"}));
    // Numbers are right-aligned and have no tooltip; a text's tooltip is the text whole.
    const QAbstractItemModel* m = dialog.problemsTable()->model();
    QCOMPARE(m->index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!m->index(0, 0).data(Qt::ToolTipRole).isValid());
    QCOMPARE(m->index(0, 2).data(Qt::ToolTipRole).toString(),
             QStringLiteral("\"2025-13\" is not a valid period"));
    testModels(dialog);
}

void tst_ImportPreviewDialog::korean()
{
    const ImportPlan first = plan(announced, QStringLiteral("announced.csv"));
    QVERIFY(first.apply(*m_store));
    const ImportPlan p = plan(corrected, QStringLiteral("corrected.csv"));
    ImportPreviewDialog dialog(p);
    QVERIFY(m_language->setLanguage(QStringLiteral("ko")));
    QCoreApplication::processEvents(); // the posted LanguageChange reaches the dialog
    QCOMPARE(dialog.windowTitle(), QStringLiteral("데이터 가져오기"));
    QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("새 수치 (3)"));
    QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("정정 (2)"));
    QCOMPARE(dialog.tabs()->tabText(2), QStringLiteral("출처 간 불일치 (0)"));
    QCOMPARE(dialog.tabs()->tabText(3), QStringLiteral("한국어 없음 (1)"));
    // A description without its Korean form is shown in English, marked.
    QCOMPARE(row(dialog.additionsTable(), 0).at(3),
             QStringLiteral("[영문] [Newsis: 2025 arrivals corrected] (Newsis, 2026년 2월 4일)"));
    QCOMPARE(dialog.changesTable()->model()->headerData(2, Qt::Horizontal).toString(),
             QStringLiteral("수정 전 수치"));
    // The value reads in Korean (Formatter) and so does the date; the outlet is the source's own.
    QVERIFY2(row(dialog.changesTable(), 0)
                 .at(2)
                 .endsWith(QStringLiteral(" (Ministry of Unification, 2026년 1월 20일)")),
             qPrintable(row(dialog.changesTable(), 0).at(2)));
    QVERIFY(dialog.summaryLabel()->text().startsWith(QStringLiteral(
        "corrected.csv: 추가할 수치 3건 · 새 출처 1건 · 정정 2건 · 출처 간 불일치 0건.")));
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("가져오기(&I)"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (qEnvironmentVariableIsSet("CROSSINGS_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("CROSSINGS_SHOTS") +
                           QStringLiteral("/import-preview-ko.png"));
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("New figures (3)"));
}

void tst_ImportPreviewDialog::groupsThousands_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("report");
    QTest::newRow("en") << "en"
                        << "many.csv: figures to add: 1,234 · new sources: 1 · "
                        << "New figures (1,234)"
                        << "many.csv: figures to add: 1,234; new sources: 1; ";
    QTest::newRow("ko") << "ko"
                        << "many.csv: 추가할 수치 1,234건 · 새 출처 1건 · "
                        << "새 수치 (1,234)"
                        << "many.csv: 추가할 수치 1,234건, 새 출처 1건, ";
}

void tst_ImportPreviewDialog::groupsThousands()
{
    // A large file's counts read as the tables' values do: 1,234, not 1234 (the summary, the tabs
    // and the command line's report).
    QFETCH(QString, language);
    QFETCH(QString, summary);
    QFETCH(QString, tab);
    QFETCH(QString, report);
    QByteArray csv = "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,"
                     "note,source_kind,source_title_en,source_outlet,source_published,compiler\n";
    const char* series[] = {"total", "china_exports", "china_imports"};
    for (int i = 0; i < 1234; ++i) {
        const QByteArray month = QByteArray::number(1990 + (i / 3) / 12) + '-' +
                                 QByteArray::number((i / 3) % 12 + 1).rightJustified(2, '0');
        csv += "trade," + QByteArray(series[i % 3]) + ',' + month + ",CN," +
               QByteArray::number(1000 + i) + ",,usd,final,many-2026,,," +
               (i == 0 ? "press,[Many],Many,2026-01-01" : ",,,") + ",gacc\n";
    }
    const ImportPlan p = plan(csv, QStringLiteral("many.csv"));
    for (const ValidationIssue& i : p.issues().mid(0, 5))
        qWarning("%s", qPrintable(i.toString()));
    QVERIFY(p.isValid());
    QCOMPARE(p.additions().size(), 1234);
    QVERIFY(m_language->setLanguage(language));
    ImportPreviewDialog dialog(p);
    QVERIFY2(dialog.summaryLabel()->text().startsWith(summary),
             qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(dialog.tabs()->tabText(0), tab);
    QVERIFY2(p.report().startsWith(report), qPrintable(p.report().left(200)));
}

QTEST_MAIN(tst_ImportPreviewDialog)
#include "tst_importpreviewdialog.moc"
