// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class Catalog;
class ImportPlan;
class QAction;
class QWidget;
class Store;
class StoreWorker;

/// The window's data file actions (docs/IMPORT.md): Import Data… (a CSV file, checked and
/// previewed in ImportPreviewDialog, then written in one transaction), Undo Last Import, and
/// Export Data… (every figure with its source, in the import format, through QSaveFile). After
/// an import or an undo the catalog reloads, so charts, tables, the citation panel and exports
/// show the new figures at once. The window creates one and puts actions() in its File menu;
/// it follows the window's language changes by itself.
class DataActions : public QObject
{
    Q_OBJECT

public:
    DataActions(Catalog* catalog, Store* store, QWidget* window);

    QAction* importAction() const { return m_import; }
    QAction* undoAction() const { return m_undo; }
    QAction* exportAction() const { return m_export; }
    QList<QAction*> actions() const { return {m_import, m_undo, m_export}; }

    /// The actions' work, without questions and messages (tests, and the slots below).
    /// Checks the file at path against the store's current content, on this thread.
    bool prepare(const QString& path, ImportPlan* plan);
    /// prepare() in a worker thread (StoreWorker: its own connection to the store), with a
    /// progress dialog and Cancel, so that the window stays responsive on a large file (issue
    /// 23); false when the file has problems or the check was cancelled (plan->wasCancelled()).
    bool prepareInBackground(const QString& path, ImportPlan* plan);
    /// Writes a valid plan in a worker thread (one transaction; a progress dialog without
    /// Cancel), then reloads the catalog.
    bool apply(const ImportPlan& plan, QString* error);
    /// Takes the last import back in a worker thread, then reloads the catalog.
    bool undoLast(QString* error);
    /// Tests: called inside an import's transaction just before it commits, in the thread that
    /// writes (Store::setBeforeCommit); instead of BenchHooks::pauseInImport.
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }
    /// Writes every dataset with its sources to path (QSaveFile: all or nothing).
    bool exportTo(const QString& path, QString* error);
    /// Enables Undo Last Import when there is an import to undo, and names it.
    void updateUndo();
    /// After a failed import or undo: when the connection to a team store was lost, offers to
    /// connect again (Retry) until it works or the user cancels; true when connected again.
    bool offerReconnect(const QString& title);
    /// On a team store, when the window is activated: whether someone else changed the store
    /// since the window last read it (a cheap check, Store::stateToken()); if so, offers to
    /// reload. Returns whether it reloaded.
    bool checkForOthersChanges();
    /// A team store told that someone else changed it: checkForOthersChanges() unless another
    /// dialog is open.
    void othersChanged();

    /// The slots behind the actions: file dialog, preview, confirmation, messages.
    void importData();
    void undoLastImport();
    void exportData();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void showStatus(const QString& message);

    Catalog* m_catalog;
    Store* m_store;
    QWidget* m_window;
    QAction* m_import;
    QAction* m_undo;
    QAction* m_export;
    StoreWorker* m_worker;
    std::function<void()> m_beforeCommit;
    QString m_seenState; ///< the team store's state the window last showed
    bool m_checking = false;
};
