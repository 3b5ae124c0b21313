// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exportcheck.h"
#include "figurechart.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class Catalog;
class CitationPanel;
class FigurePage;
class HelpMenu;
class LanguageManager;
class QAction;
class QDockWidget;
class QListWidget;
class QMenu;
class QStackedWidget;
class Store;

/// Builds the window and wires models, views and services; holds no logic of its own.
///
/// Pages sit in a stack with a list on the left (Ctrl+1…9 reach the first nine); each page
/// names itself by its windowTitle and windowIcon. The three figures come first; other pages
/// (the audit) are added with addPage(). Menus are created in one place (createMenus) and
/// reachable for the services that add to them (fileMenu(), viewMenu(), insert before
/// quitAction()). The citation panel is a dock that follows the current figure and selection.
class PresenterWindow;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Catalog* catalog, Store* store, LanguageManager* language,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a page at the end of the list and returns its index.
    int addPage(QWidget* page);
    int pageCount() const;
    QWidget* page(int index) const;
    int currentPage() const;
    void showPage(int index);

    FigurePage* figurePage(FigureKind kind) const;
    /// The figure on the current page, or nullptr when the page shows none.
    FigureChart* currentFigure() const;
    CitationPanel* citationPanel() const { return m_citations; }
    QDockWidget* citationDock() const { return m_dock; }

    /// Shows an exported figure that File → Check Exported Figures… found outdated: its page
    /// with the file's years and options, the figures changed since ringed in the chart (old →
    /// new in their tooltip) and listed in the Sources panel. False when the file's figure
    /// cannot be shown (a briefing pack, a figure this version does not draw).
    bool openExportedFigure(const ExportCheck::Result& result, const QString& file);

    /// View → Present (F5): the figure full screen for a room (PresenterWindow), starting on
    /// this figure, or on the current page's when none is given; the main window follows the
    /// figure shown last when the presenter leaves.
    void present(std::optional<FigureKind> kind = std::nullopt);
    /// The presenter while it is open, else nullptr.
    PresenterWindow* presenter() const;

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QAction* quitAction() const { return m_quit; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Reads what a page shows from the store when it is shown, unless it is held (issue 23): a
    /// figure's datasets or years (Figure::require), every dataset for the audit.
    bool require(QWidget* page);
    void createPages();
    void createDock();
    void createMenus();
    void readSettings();
    void writeSettings() const;
    void retranslate();
    void pageChanged(int index);
    void updatePageIcons();
    void fitPageList();
    /// The page list as icons only (titles in tooltips) in a narrow window
    /// (AdaptiveLayout::iconNavigation), with titles otherwise.
    void setIconNavigation(bool icons);
    /// Shows the first of these observations that a figure draws, selected (audit requests).
    void showObservations(const QList<qint64>& ids);

    Catalog* m_catalog;
    Store* m_store;
    LanguageManager* m_language;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QList<QAction*> m_pageActions;
    CitationPanel* m_citations;
    QDockWidget* m_dock;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    HelpMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_resetZoom = nullptr;
    QAction* m_pagesSeparator = nullptr;
    QAction* m_present = nullptr;
    bool m_iconNavigation = false;
    bool m_started = false; ///< the pages and settings are in place: pages may read their data
    QPointer<PresenterWindow> m_presenter;
};
