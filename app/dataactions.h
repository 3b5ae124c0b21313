// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Catalog;
class ImportPlan;
class QAction;
class QWidget;
class Store;

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

    /// The actions' work, without dialogs (tests, and the slots below).
    /// Checks the file at path against the store's current content.
    bool prepare(const QString& path, ImportPlan* plan);
    /// prepare() in a worker thread, with a progress dialog and Cancel, so that the window stays
    /// responsive on a large file; false when the file has problems or the check was cancelled
    /// (plan->wasCancelled()). The store is read on this (the main) thread before and written
    /// only by apply(), in one transaction.
    bool prepareInBackground(const QString& path, ImportPlan* plan);
    /// Writes a valid plan, then reloads the catalog.
    bool apply(const ImportPlan& plan, QString* error);
    /// Takes the last import back, then reloads the catalog.
    bool undoLast(QString* error);
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
    QString m_seenState; ///< the team store's state the window last showed
    bool m_checking = false;
};
