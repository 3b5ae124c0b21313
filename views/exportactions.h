// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class Catalog;
class FigureChart;
class QAction;
class QPrinter;
class QToolButton;
class QWidget;

/// The window's way out for figures: Export Figure… (Ctrl+E), Copy Figure (Ctrl+Shift+C: the
/// image, with its title and sources as text, on the clipboard) and Print… (Ctrl+P, with a
/// preview). All three draw through FigureRenderer with the figure's current options, so what
/// leaves the window carries its title, unit, period and sources. The window creates one and puts
/// actions() in its File menu; the actions are also added to the window, so their shortcuts work
/// from every page. Follows the window's language changes by itself.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    /// The figure on screen, or nullptr when the current page shows none (the actions then say
    /// so in the status bar).
    using CurrentFigure = std::function<FigureChart*()>;

    ExportActions(Catalog* catalog, CurrentFigure current, QWidget* window);

    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }
    QAction* printAction() const { return m_print; }
    QList<QAction*> actions() const { return {m_export, m_copy, m_print}; }

    void exportFigure();
    void copyFigure();
    void printFigure();
    /// Enables the actions only while a figure is on screen (optional: for a window that calls it
    /// when the page changes).
    void updateActions();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void noFigure();
    /// After a successful export: the path in the status bar, with an Open Folder button.
    void exported(const QString& path);

    Catalog* m_catalog;
    CurrentFigure m_current;
    QWidget* m_window;
    QAction* m_export;
    QAction* m_copy;
    QAction* m_print;
    QToolButton* m_openFolder = nullptr;
    QString m_exportedFolder;
    QString m_exportedMessage;
};
