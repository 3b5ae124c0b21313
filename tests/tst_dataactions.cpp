// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "dataactions.h"
#include "figurechart.h"
#include "figurepage.h"
#include "importfixture.h"
#include "itemmodels/roles.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/csvexport.h"
#include "storage/importplan.h"

#include <QAction>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

/// File → Import Data…, Undo Last Import and Export Data… without their dialogs: the catalog
/// reloads after an import and an undo (so every view shows the new figures at once), Undo is
/// enabled only when there is an import, and the export is the import format through QSaveFile.
class tst_DataActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Application::setApplicationFont(); }
    void init();
    void cleanup();
    void importThenUndo();
    void invalidFileWritesNothing();
    void exportImportsBack();
    void exportToUnwritablePlace();
    void windowShowsTheImportAtOnce();

private:
    QString example(const char* name) const
    {
        return QStringLiteral(CROSSINGS_SOURCE_DIR "/docs/examples/") + QString::fromUtf8(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QMainWindow> m_window;
    DataActions* m_actions = nullptr;
};

void tst_DataActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    QString error;
    QVERIFY2(ImportFixture::createStore(&path, &error), qPrintable(error));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(path, Store::Mode::ReadWrite));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(*m_store));
    m_window = std::make_unique<QMainWindow>();
    m_actions = new DataActions(m_catalog.get(), m_store.get(), m_window.get());
}

void tst_DataActions::cleanup()
{
    m_window.reset();
    m_catalog.reset();
    m_store.reset();
}

void tst_DataActions::importThenUndo()
{
    QCOMPARE(m_actions->actions().size(), 3);
    QCOMPARE(m_actions->importAction()->text(), QStringLiteral("&Import Data…"));
    QCOMPARE(m_actions->exportAction()->text(), QStringLiteral("Export &Data…"));
    QCOMPARE(m_actions->undoAction()->text(), QStringLiteral("&Undo Last Import"));
    QVERIFY(!m_actions->undoAction()->isEnabled());

    QSignalSpy resets(m_catalog.get(), &Catalog::reset);
    ImportPlan plan;
    QVERIFY(m_actions->prepare(example("import-2025.csv"), &plan));
    QString error;
    QVERIFY2(m_actions->apply(plan, &error), qPrintable(error));
    QCOMPARE(resets.size(), 1);
    QVERIFY(m_actions->undoAction()->isEnabled());
    QVERIFY(m_actions->undoAction()->statusTip().startsWith(
        QStringLiteral("Take back the import of \"import-2025.csv\"")));
    // The catalog every view observes has the new year at once.
    const auto total2025 = [&]() -> const Observation* {
        for (const Observation& o : m_catalog->snapshot().observations)
            if (o.plotted && o.dataset == Term::Dataset::Arrivals &&
                o.series == QLatin1String("total") && o.period.code() == QLatin1String("2025"))
                return &o;
        return nullptr;
    };
    QVERIFY(total2025());
    QCOMPARE(total2025()->value, qint64(224));

    QVERIFY(m_actions->prepare(example("import-2025-correction.csv"), &plan));
    QCOMPARE(plan.changes().size(), 3);
    QVERIFY(m_actions->apply(plan, &error));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(total2025()->value, qint64(223));
    QCOMPARE(m_catalog->sameQuantity(*total2025()).size(), 2);

    QVERIFY(m_actions->undoLast(&error));
    QCOMPARE(resets.size(), 3);
    QCOMPARE(total2025()->value, qint64(224));
    QVERIFY(m_actions->undoLast(&error));
    QVERIFY(!total2025());
    QVERIFY(!m_actions->undoAction()->isEnabled());
    QVERIFY(!m_actions->undoLast(&error));
    QCOMPARE(error, QStringLiteral("There is no import to undo."));
}

void tst_DataActions::invalidFileWritesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note\n"
            "arrivals,total,2025,KR,-224,,persons,final,news1-2025-02-04,,\n");
    f.close();
    const QString state = m_store->stateToken();
    QSignalSpy resets(m_catalog.get(), &Catalog::reset);
    ImportPlan plan;
    QVERIFY(!m_actions->prepare(path, &plan));
    QCOMPARE(plan.issues().size(), 1);
    QString error;
    QVERIFY(!m_actions->apply(plan, &error));
    QCOMPARE(error, QStringLiteral("The file cannot be imported."));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_store->stateToken(), state);
}

void tst_DataActions::exportImportsBack()
{
    ImportPlan plan;
    QVERIFY(m_actions->prepare(example("import-2025.csv"), &plan));
    QString error;
    QVERIFY(m_actions->apply(plan, &error));
    const QString path = m_dir->filePath(QStringLiteral("all.csv"));
    QVERIFY2(m_actions->exportTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    // A byte order mark first, so that a spreadsheet reads the Hangul (issue 19.9); the import
    // reads it back below.
    QVERIFY(written.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(written.mid(3),
             CsvExport::figures(m_catalog->snapshot(), {"arrivals", "trade", "destinations"},
                                CsvExport::SourceColumns::With)
                 .toUtf8());
    QVERIFY(written.contains(
        "arrivals,total,2025,KR,224,,persons,final,mou-2025-arrivals-2026-01-20,"));
    // Into a store with the names only: the same figures and their sources come back.
    Snapshot names;
    names.vocabulary = m_catalog->snapshot().vocabulary;
    Store empty;
    QVERIFY(empty.openInMemory());
    QVERIFY(empty.seed(names, "names"));
    Snapshot before;
    QVERIFY(empty.load(&before));
    ImportPlan back;
    const bool readBack = back.readFile(path, before);
    QVERIFY2(readBack, qPrintable(back.issues().value(0).toString()));
    QVERIFY(back.apply(empty));
    Catalog again;
    QVERIFY(again.reload(empty));
    for (const QString dataset : {"arrivals", "trade", "destinations"})
        QCOMPARE(CsvExport::observations(again, dataset),
                 CsvExport::observations(*m_catalog, dataset));
}

void tst_DataActions::exportToUnwritablePlace()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/all.csv"));
    QString error;
    QVERIFY(!m_actions->exportTo(path, &error));
    // The same checks and words as the figure exports (SaveTarget).
    QVERIFY2(error.startsWith(QStringLiteral("Could not save \"") + path +
                              QStringLiteral("\": the folder \"") +
                              m_dir->filePath(QStringLiteral("no/such/folder")) +
                              QStringLiteral("\" does not exist.")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_DataActions::windowShowsTheImportAtOnce()
{
    // The real window: its File menu has the three actions, and after an import the arrivals
    // figure's model (which the chart, the table and the citation panel read) has 2025.
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    MainWindow window(m_catalog.get(), m_store.get(), &language);
    const QList<QAction*> file = window.fileMenu()->actions();
    QStringList names;
    for (QAction* a : file)
        names << a->objectName();
    QVERIFY(names.contains(QStringLiteral("importDataAction")));
    QVERIFY(names.contains(QStringLiteral("undoImportAction")));
    QVERIFY(names.contains(QStringLiteral("exportDataAction")));
    DataActions* actions = window.findChild<DataActions*>();
    QVERIFY(actions);
    FigurePage* page = window.figurePage(FigureKind::Arrivals);
    QVERIFY(page);
    const QAbstractItemModel* model = page->figure()->figure()->model();
    auto find2025 = [&]() -> QModelIndex {
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex cell = model->index(r, c);
                const Observation* o =
                    m_catalog->observation(cell.data(roleId(DataRole::ObservationId)).toLongLong());
                if (o && o->series == QLatin1String("total") &&
                    o->period.code() == QLatin1String("2025"))
                    return cell;
            }
        }
        return {};
    };
    QVERIFY(!find2025().isValid());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (qEnvironmentVariableIsSet("CROSSINGS_SHOTS"))
        window.grab().save(qEnvironmentVariable("CROSSINGS_SHOTS") +
                           QStringLiteral("/window-before-import.png"));

    QString error;
    ImportPlan plan;
    QVERIFY(actions->prepare(example("import-2025.csv"), &plan));
    QVERIFY(actions->apply(plan, &error));
    QVERIFY(actions->prepare(example("import-2025-correction.csv"), &plan));
    QVERIFY(actions->apply(plan, &error));
    QCoreApplication::processEvents();
    // The arrivals open on 1998–2022; the user extends the range to the latest year, which the
    // range control now offers.
    auto* lastYear = page->findChild<QSpinBox*>(QStringLiteral("lastYear"));
    QVERIFY(lastYear);
    QCOMPARE(lastYear->maximum(), 2025);
    FigureOptions options = page->options();
    options.lastYear = 2025;
    page->setOptions(options);
    const QModelIndex cell = find2025();
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(roleId(DataRole::Value)).toLongLong(), qint64(223));
    QCOMPARE(cell.data(roleId(DataRole::SourceId)).toString(), QStringLiteral("newsis-2026-02-04"));
    // The announced 224 is one click away, superseded, with its own source.
    const QVariantList alternatives = cell.data(roleId(DataRole::Alternatives)).toList();
    QCOMPARE(alternatives.size(), 1);
    const Observation* announced = m_catalog->observation(alternatives.first().toLongLong());
    QVERIFY(announced);
    QCOMPARE(announced->value, qint64(224));
    QCOMPARE(announced->status, Term::Status::Superseded);
    QCOMPARE(announced->sourceId, QStringLiteral("mou-2025-arrivals-2026-01-20"));
    page->setCurrentIndex(cell);
    QCoreApplication::processEvents();
    if (qEnvironmentVariableIsSet("CROSSINGS_SHOTS")) {
        QTest::qWait(200); // let Qt Charts lay out the rebuilt axes before the picture
        window.grab().save(qEnvironmentVariable("CROSSINGS_SHOTS") +
                           QStringLiteral("/window-after-import.png"));
    }
    QVERIFY(window.fileMenu()->actions().contains(actions->undoAction()));
    QVERIFY(actions->undoAction()->isEnabled());
}

QTEST_MAIN(tst_DataActions)
#include "tst_dataactions.moc"
