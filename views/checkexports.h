// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exportcheck.h"

#include <QDialog>

class Catalog;
class QAction;
class QLabel;
class QMainWindow;
class QPushButton;
class QTreeWidget;

/// File → Check Exported Figures… and exported files dropped on the window: a small report with
/// the verdict of each file (current, outdated with every changed value, cannot tell), and
/// "Export Again" for an outdated one, written next to it as NAME-current.EXT.
class CheckExportsDialog : public QDialog
{
    Q_OBJECT

public:
    CheckExportsDialog(Catalog* catalog, const QStringList& files, QWidget* parent = nullptr);

    QTreeWidget* report() const { return m_report; }
    QList<ExportCheck::Result> results() const { return m_results; }
    /// Draws the file of a row again on today's data, next to it as NAME-current.EXT (or
    /// NAME-current-2.EXT…: an existing file is never replaced); returns the new file's path
    /// (empty and the reason shown on failure). A briefing pack is drawn again as a pack.
    QString exportAgain(int row);
    /// Asks the window to show the figure of an outdated row with its changes marked.
    void openFigure(int row);
    /// NAME-current.EXT next to the file, or the first of NAME-current-2.EXT, -3… not taken.
    static QString againPath(const QString& file);

signals:
    void openRequested(const ExportCheck::Result& result, const QString& file);

private:
    void fill();
    int selectedRow() const;

    Catalog* m_catalog;
    QStringList m_files;
    QList<ExportCheck::Result> m_results;
    QTreeWidget* m_report;
    QLabel* m_status;
    QPushButton* m_again;
    QPushButton* m_open;
};

/// Adds "Check Exported Figures…" to a window's File menu (before `before`) and accepts exported
/// files dropped on the window.
class CheckExports : public QObject
{
    Q_OBJECT

public:
    CheckExports(Catalog* catalog, QMainWindow* window, QMenu* menu, QAction* before);
    QAction* action() const { return m_action; }
    /// Opens the report for these files (also what a drop does); returns the dialog, or nullptr
    /// when the figures to check against cannot be read (every dataset, Catalog::require).
    CheckExportsDialog* check(const QStringList& files);

signals:
    /// "Open This Figure" in a report: the window shows it with its changes marked.
    void openRequested(const ExportCheck::Result& result, const QString& file);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    static QStringList exportedFiles(const class QMimeData* mime);

    Catalog* m_catalog;
    QMainWindow* m_window;
    QAction* m_action;
};
