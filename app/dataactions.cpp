// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataactions.h"

#include "benchhooks.h"
#include "core/catalog.h"
#include "core/formatter.h"
#include "importpreviewdialog.h"
#include "storage/csvexport.h"
#include "storage/importplan.h"
#include "storage/savetarget.h"
#include "storage/store.h"
#include "storeworker.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace {
const QString kImportFolder = QStringLiteral("import/folder");
const QString kExportFolder = QStringLiteral("export/dataFolder");
} // namespace

DataActions::DataActions(Catalog* catalog, Store* store, QWidget* window)
    : QObject(window)
    , m_catalog(catalog)
    , m_store(store)
    , m_window(window)
    , m_worker(new StoreWorker(store, window))
{
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importDataAction"));
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoImportAction"));
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportDataAction"));
    connect(m_import, &QAction::triggered, this, &DataActions::importData);
    connect(m_undo, &QAction::triggered, this, &DataActions::undoLastImport);
    connect(m_export, &QAction::triggered, this, &DataActions::exportData);
    // While a worker uses the store, import and undo are off; after, as the store says.
    connect(m_worker, &StoreWorker::running, this, [this](bool on) {
        if (!on) {
            updateUndo();
            return;
        }
        m_import->setEnabled(false);
        m_undo->setEnabled(false);
    });
    window->installEventFilter(this);
    // A team store tells when a colleague imports or undoes: offer to reload at once.
    QPointer<DataActions> self(this);
    m_store->watchOthersChanges([self] {
        if (self)
            QTimer::singleShot(0, self, &DataActions::othersChanged);
    });
    retranslate();
}

void DataActions::othersChanged()
{
    // Not over another dialog: the check when the window is activated again follows it.
    if (QApplication::activeModalWidget())
        return;
    checkForOthersChanges();
}

bool DataActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == m_window && event->type() == QEvent::WindowActivate && m_store->isTeamStore())
        QTimer::singleShot(0, this, &DataActions::checkForOthersChanges);
    return QObject::eventFilter(watched, event);
}

bool DataActions::checkForOthersChanges()
{
    if (m_checking || m_worker->isRunning() || !m_store->isOpen())
        return false;
    const QString state = m_store->stateToken();
    if (state.isEmpty() || m_seenState.isEmpty() || state == m_seenState) {
        if (!state.isEmpty())
            m_seenState = state;
        return false;
    }
    m_checking = true;
    m_seenState = state;
    QMessageBox box(QMessageBox::Question, tr("Crossings"),
                    tr("Someone else imported figures or took an import back since the window "
                       "last read %1.")
                        .arg(m_store->describe()),
                    QMessageBox::Yes | QMessageBox::No, m_window);
    box.setObjectName(QStringLiteral("othersChangesBox"));
    box.setInformativeText(tr("Reload the data now? (Exports always use the data shown.)"));
    const bool reload = box.exec() == QMessageBox::Yes;
    m_checking = false;
    if (!reload)
        return false;
    if (!m_catalog->reload()) {
        offerReconnect(tr("Crossings"));
        return false;
    }
    updateUndo();
    showStatus(tr("Reloaded the data of %1.").arg(m_store->describe()));
    return true;
}

void DataActions::retranslate()
{
    m_import->setText(tr("&Import Data…"));
    m_export->setText(tr("Export &Data…"));
    m_export->setStatusTip(tr("Save every figure with its source as CSV, in the import format"));
    updateUndo();
}

void DataActions::updateUndo()
{
    if (m_store->isTeamStore() && m_store->isOpen())
        m_seenState = m_store->stateToken(); // what the window shows now
    m_undo->setText(tr("&Undo Last Import"));
    // A team store's reader may look but not change: import and undo are off, and say why.
    const bool mayWrite = m_store->mayWrite();
    m_import->setEnabled(mayWrite);
    m_import->setStatusTip(
        mayWrite ? tr("Add figures and their sources from a CSV file, after a preview")
                 : Store::readerRefusal());
    ImportRecord last;
    // The action names the file, its time and author; the counts are the confirmation's.
    const bool any = m_store->isOpen() && m_store->lastImport(&last, Store::Counts::Skip);
    const bool mine = last.who.isEmpty() || last.who == m_store->userName();
    m_undo->setEnabled(any && mayWrite && mine);
    if (!mayWrite)
        m_undo->setStatusTip(Store::readerRefusal());
    else if (any && !mine)
        m_undo->setStatusTip(tr("The last import (\"%1\") was made by %2: only %2 can take it back")
                                 .arg(last.file, last.who));
    else
        m_undo->setStatusTip(
            any ? tr("Take back the import of \"%1\" (%2)")
                      .arg(last.file, Formatter().dateTime(last.importedAt.toLocalTime()))
                : tr("There is no import to undo"));
}

bool DataActions::offerReconnect(const QString& title)
{
    while (m_store->error() == Store::Error::ConnectionLost ||
           m_store->error() == Store::Error::Unreachable) {
        QMessageBox box(QMessageBox::Warning, title, m_store->errorString(),
                        QMessageBox::Retry | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("reconnectBox"));
        box.setInformativeText(tr("Nothing was changed. Retry when the server is back."));
        if (box.exec() != QMessageBox::Retry)
            return false;
        if (m_store->reconnect()) {
            if (m_catalog->reload()) {
                updateUndo();
                showStatus(tr("Connected again to %1.").arg(m_store->describe()));
                return true;
            }
        }
    }
    return false;
}

void DataActions::showStatus(const QString& message)
{
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(message, 10000);
}

bool DataActions::prepare(const QString& path, ImportPlan* plan)
{
    plan->setLanguage(m_catalog->language());
    return plan->readFile(path, *m_store);
}

bool DataActions::prepareInBackground(const QString& path, ImportPlan* plan)
{
    // The worker's texts are in the plan's language, passed in here (LanguageScope is for the
    // main thread only); its messages go through the translators installed for the window's.
    plan->setLanguage(m_catalog->language());
    const StoreWorker::Texts texts{QStringLiteral("importProgress"), tr("Import Data"),
                                   tr("Checking \"%1\"…").arg(QFileInfo(path).fileName())};
    m_worker->run(texts, StoreWorker::Cancel::Allowed,
                  [plan, &path](Store& store, const StoreWorker::Progress& progress) {
                      plan->setProgress(progress);
                      plan->readFile(path, store);
                      plan->setProgress({});
                      // The file's problems are the plan's; a failed read is the store's.
                      return !plan->storeFailed();
                  });
    return !plan->wasCancelled() && plan->isValid();
}

bool DataActions::apply(const ImportPlan& plan, QString* error)
{
    if (!plan.isValid() || plan.isEmpty()) {
        *error = tr("The file cannot be imported.");
        return false;
    }
    // No Cancel while writing: the transaction commits or rolls back whole.
    const StoreWorker::Texts texts{QStringLiteral("importProgress"), tr("Import Data"),
                                   tr("Writing the figures of \"%1\"…").arg(plan.fileName())};
    const bool written = m_worker->run(
        texts, StoreWorker::Cancel::Refused, [this, &plan](Store& store, const auto&) {
            if (m_beforeCommit)
                store.setBeforeCommit(m_beforeCommit);
            else
                BenchHooks::pauseInImport(&store); // tests kill an import inside its transaction
            const bool ok = plan.apply(store);
            store.setBeforeCommit({}); // (the window's own store, when it is in memory)
            return ok;
        });
    if (!written || !m_catalog->reload()) {
        *error = m_store->errorString();
        return false;
    }
    updateUndo();
    return true;
}

bool DataActions::undoLast(QString* error)
{
    const StoreWorker::Texts texts{QStringLiteral("undoProgress"), tr("Undo Last Import"),
                                   tr("Taking the last import back…")};
    if (!m_worker->run(texts, StoreWorker::Cancel::Refused,
                       [](Store& store, const auto&) { return store.undoLastImport(); })) {
        *error = m_store->errorString();
        return false;
    }
    const bool reloaded = m_catalog->reload();
    if (!reloaded)
        *error = m_store->errorString();
    updateUndo();
    return reloaded;
}

bool DataActions::exportTo(const QString& path, QString* error)
{
    // Every figure: the datasets of the pages not shown yet are read now.
    if (!m_catalog->require(Datasets::names())) {
        *error = m_store->errorString();
        return false;
    }
    const QString csv =
        CsvExport::figures(m_catalog->snapshot(), Datasets::names(), CsvExport::SourceColumns::With,
                           CsvExport::Layout::Data, m_catalog->language());
    // A byte order mark so that spreadsheets read the Hangul as UTF-8; the import reads it too.
    return SaveTarget::write(path, QByteArray("\xEF\xBB\xBF") + csv.toUtf8(), error);
}

void DataActions::importData()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Data"), settings.value(kImportFolder, QDir::homePath()).toString(),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kImportFolder, QFileInfo(path).absolutePath());
    ImportPlan plan;
    if (!prepareInBackground(path, &plan) && plan.issues().isEmpty()) {
        if (!offerReconnect(tr("Import Data")) && m_store->error() != Store::Error::ConnectionLost)
            QMessageBox::critical(m_window, tr("Import Data"), m_store->errorString());
        return;
    }
    if (plan.wasCancelled()) {
        showStatus(tr("Import cancelled: nothing was written."));
        return;
    }
    ImportPreviewDialog preview(plan, m_window);
    if (preview.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!apply(plan, &error)) {
        if (m_store->error() == Store::Error::ConnectionLost) {
            offerReconnect(tr("Import Data"));
            return;
        }
        QMessageBox::critical(m_window, tr("Import Data"),
                              tr("Nothing was imported: %1").arg(error));
        return;
    }
    const Formatter counts; // the window's language: 250,000 rather than 250000
    showStatus(tr("Imported %1: figures added: %2; corrected: %3.")
                   .arg(plan.fileName(), counts.number(plan.additions().size()),
                        counts.number(plan.changes().size())));
}

void DataActions::undoLastImport()
{
    ImportRecord last;
    if (!m_store->lastImport(&last)) {
        updateUndo();
        return;
    }
    const Formatter counts; // the window's language
    const auto answer = QMessageBox::question(
        m_window, tr("Undo Last Import"),
        tr("Take back the import of \"%1\" (%2)? Its figures (%3) and new sources (%4) are "
           "removed, "
           "and the figures it marked superseded (%5) get their status back.")
            .arg(last.file, counts.dateTime(last.importedAt.toLocalTime()),
                 counts.number(last.observations), counts.number(last.sources),
                 counts.number(last.statusChanges)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!undoLast(&error)) {
        if (m_store->error() == Store::Error::ConnectionLost) {
            offerReconnect(tr("Undo Last Import"));
            return;
        }
        QMessageBox::critical(m_window, tr("Undo Last Import"), error);
        return;
    }
    showStatus(tr("The import of %1 was taken back.").arg(last.file));
}

void DataActions::exportData()
{
    QSettings settings;
    const QString folder = settings.value(kExportFolder, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Data"), folder + QStringLiteral("/crossings-data.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(kExportFolder, QFileInfo(path).absolutePath());
    // Every dataset, also of the pages not shown yet; the window says why when it cannot be read
    // (Catalog::loadFailed).
    if (!m_catalog->require(Datasets::names()))
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::critical(m_window, tr("Export Data"), error);
        return;
    }
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}
