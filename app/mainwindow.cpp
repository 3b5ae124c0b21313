// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "adaptivelayout.h"
#include "auditpage.h"
#include "briefingexport.h"
#include "checkexports.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "core/terms.h"
#include "dataactions.h"
#include "exportactions.h"
#include "exportrecipe.h"
#include "figurepage.h"
#include "helpmenu.h"
#include "itemmodels/roles.h"
#include "languagemanager.h"
#include "languagemenu.h"
#include "presenterwindow.h"
#include "storage/store.h"
#include "storeactions.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PageKey = QStringLiteral("window/page");
QString pageKey(const QWidget* page)
{
    return QStringLiteral("pages/%1").arg(page->objectName());
}
} // namespace

MainWindow::MainWindow(Catalog* catalog, Store* store, LanguageManager* language, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_language(language)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_citations(new CitationPanel(catalog, this))
    , m_dock(new QDockWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_list->setObjectName(QStringLiteral("pageList"));
    m_list->setIconSize(QSize(28, 28));
    m_list->setSpacing(2);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_list->setTextElideMode(Qt::ElideNone);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createDock();
    createMenus();
    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    // A page's figures are read when it is first shown (Catalog::require); a read that fails
    // leaves the page empty and says why (at start, Application reports it instead).
    connect(m_catalog, &Catalog::loadFailed, this, [this] {
        if (isVisible())
            QMessageBox::warning(this, tr("Crossings"), m_store->errorString());
    });
    createPages();
    retranslate();
    readSettings();
    m_started = true;
    pageChanged(currentPage());
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    for (FigureKind kind : Figure::all()) {
        auto* page = new FigurePage(FigureChart::create(kind, m_catalog), m_stack);
        connect(page, &FigurePage::currentChanged, this, [this, page](const QModelIndex& index) {
            if (m_stack->currentWidget() == page)
                m_citations->setCurrent(index);
        });
        connect(page, &FigurePage::statusMessage, this, [this](const QString& text) {
            if (text.isEmpty())
                statusBar()->clearMessage();
            else
                statusBar()->showMessage(text);
        });
        addPage(page);
    }
    auto* audit = new AuditPage(m_catalog, m_stack);
    connect(audit, &AuditPage::figuresRequested, this, &MainWindow::showObservations);
    connect(audit, &AuditPage::claimShown, this, [this, audit] {
        if (m_stack->currentWidget() == audit)
            m_citations->setClaim(audit->selectedClaim(), audit->currentFigures());
    });
    addPage(audit);
    updatePageIcons();
}

int MainWindow::addPage(QWidget* page)
{
    const int index = m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->windowIcon(),
                                     m_iconNavigation ? QString() : page->windowTitle(), m_list);
    item->setData(Qt::AccessibleTextRole, page->windowTitle());
    item->setToolTip(page->windowTitle());
    item->setSizeHint(QSize(0, 44));
    auto* action = new QAction(page->windowTitle(), this);
    action->setObjectName(QStringLiteral("showPage%1").arg(index + 1));
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this, page] { showPage(m_stack->indexOf(page)); });
    m_viewMenu->insertAction(m_pagesSeparator, action);
    addAction(action);
    m_pageActions << action;
    connect(page, &QWidget::windowTitleChanged, this, [this, item, action](const QString& title) {
        item->setData(Qt::AccessibleTextRole, title);
        item->setToolTip(title);
        item->setText(m_iconNavigation ? QString() : title);
        fitPageList();
        action->setText(title);
        action->setStatusTip(tr("Show %1").arg(title));
    });
    action->setStatusTip(tr("Show %1").arg(page->windowTitle()));
    connect(page, &QWidget::windowIconChanged, this, [item, action](const QIcon& icon) {
        item->setIcon(icon);
        action->setIcon(icon);
    });
    action->setIcon(page->windowIcon());
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    fitPageList();
    return index;
}

void MainWindow::showObservations(const QList<qint64>& ids)
{
    // The first of the figures that its chart draws with the current options; the page's own
    // details list all of them.
    for (qint64 id : ids) {
        const Observation* o = m_catalog->observation(id);
        const std::optional<FigureKind> kind =
            o ? std::optional(Figure::of(o->dataset)) : std::nullopt;
        FigurePage* page = kind ? figurePage(*kind) : nullptr;
        if (!page)
            continue;
        // The cell of this figure, else of the figure drawn for its quantity (an alternative is
        // reached through the one plotted): one column at a time, with match().
        const QAbstractItemModel* model = page->figure()->figure()->model();
        if (model->rowCount() == 0)
            continue;
        QList<qint64> candidates{id};
        for (const Observation& same : m_catalog->sameQuantity(*o))
            if (same.id != id)
                candidates << same.id;
        for (qint64 candidate : std::as_const(candidates)) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndexList hit =
                    model->match(model->index(0, c), roleId(DataRole::ObservationId),
                                 QVariant::fromValue(candidate), 1, Qt::MatchExactly);
                if (hit.isEmpty())
                    continue;
                showPage(m_stack->indexOf(page));
                page->setCurrentIndex(hit.constFirst());
                return;
            }
        }
    }
    statusBar()->showMessage(tr("The chart does not draw these figures with its current options."),
                             5000);
}

bool MainWindow::openExportedFigure(const ExportCheck::Result& result, const QString& file)
{
    const auto recipe = ExportRecipe::fromProvenance(result.provenance);
    FigurePage* page = recipe ? figurePage(recipe->kind) : nullptr;
    if (!page)
        return false;
    // The file's years and options; the window's own colours (the chart's theme).
    page->setOptions(recipe->options);
    showPage(m_stack->indexOf(page));
    ChangeMarks marks;
    marks.file = QFileInfo(file).fileName();
    for (const ExportCheck::Change& c : result.changes) {
        const QString text = ExportCheck::describe(c, *m_catalog);
        marks.all << text;
        if (c.now)
            marks.byKey.insert(c.key, text);
    }
    if (result.byChecksum)
        marks.all << tr("exported by Crossings 0.1: a figure changed, but which one cannot be "
                        "named");
    page->figure()->setChangeMarks(marks);
    m_dock->show();
    statusBar()->showMessage(
        tr("%1: the figures changed since the export are ringed in the chart").arg(marks.file),
        8000);
    return true;
}

void MainWindow::present(std::optional<FigureKind> kind)
{
    if (m_presenter) {
        m_presenter->raise();
        m_presenter->activateWindow();
        return;
    }
    if (!kind) {
        if (const FigureChart* figure = currentFigure())
            kind = figure->figure()->kind();
    }
    QList<PresenterWindow::Slide> slides;
    int first = 0;
    for (FigureKind k : Figure::all()) {
        if (FigurePage* page = figurePage(k)) {
            if (kind == k)
                first = int(slides.size());
            slides.append({k, page->options()});
        }
    }
    m_presenter = new PresenterWindow(m_catalog, slides, first, this);
    connect(m_presenter, &PresenterWindow::languageSwitchRequested, this, [this] {
        const QStringList languages = LanguageManager::available();
        const QString next = languages.value((languages.indexOf(m_language->language()) + 1) %
                                             int(languages.size()));
        if (m_language->setLanguage(next))
            m_language->save();
    });
    connect(m_presenter, &PresenterWindow::finished, this, [this](FigureKind shown) {
        if (FigurePage* page = figurePage(shown))
            showPage(m_stack->indexOf(page));
        activateWindow();
    });
    m_presenter->showFullScreen();
    m_presenter->activateWindow();
    m_presenter->setFocus();
}

PresenterWindow* MainWindow::presenter() const
{
    return m_presenter;
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

QWidget* MainWindow::page(int index) const
{
    return m_stack->widget(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_stack->count())
        m_list->setCurrentRow(index);
}

FigurePage* MainWindow::figurePage(FigureKind kind) const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        auto* page = qobject_cast<FigurePage*>(m_stack->widget(i));
        if (page && page->figure()->figure()->kind() == kind)
            return page;
    }
    return nullptr;
}

FigureChart* MainWindow::currentFigure() const
{
    auto* page = qobject_cast<FigurePage*>(m_stack->currentWidget());
    return page ? page->figure() : nullptr;
}

bool MainWindow::require(QWidget* page)
{
    if (auto* figure = qobject_cast<FigurePage*>(page))
        return figure->figure()->figure()->require(); // its datasets, or the years it shows
    if (qobject_cast<const AuditPage*>(page))
        return m_catalog->require(Datasets::names()); // the claims and conflicts of every dataset
    return true;
}

void MainWindow::pageChanged(int index)
{
    if (index < 0)
        return;
    // What the page shows is read before it is shown (nothing when it is held already); only the
    // page shown at start, not the first one added on the way.
    if (m_started)
        require(m_stack->widget(index));
    m_stack->setCurrentIndex(index);
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setChecked(i == index);
    auto* page = qobject_cast<FigurePage*>(m_stack->currentWidget());
    m_resetZoom->setEnabled(page != nullptr);
    m_citations->setFigure(page ? page->figure() : nullptr);
    // The audit page has no figure: the panel cites its selected claim.
    if (auto* audit = qobject_cast<AuditPage*>(m_stack->currentWidget()))
        m_citations->setClaim(audit->selectedClaim(), audit->currentFigures());
    if (page) {
        m_citations->setCurrent(page->currentIndex());
        const QList<Observation> shown = page->figure()->figure()->plottedObservations();
        QSet<QString> sources;
        for (const Observation& o : shown)
            sources.insert(o.sourceId);
        statusBar()->showMessage(tr("%1: %2 figures from %3 sources")
                                     .arg(page->windowTitle())
                                     .arg(shown.size())
                                     .arg(sources.size()),
                                 5000);
    }
}

void MainWindow::createDock()
{
    m_dock->setObjectName(QStringLiteral("citationDock"));
    m_dock->setWidget(m_citations);
    // A readable measure beside the chart, never a column one word wide.
    // (The text's frame, margins and scroll bar come on top of the measure.)
    m_citations->setMinimumWidth(AdaptiveLayout::readableWidth(m_citations->fontMetrics()) + 44);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                        QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    connect(m_citations, &CitationPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 4000); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setObjectName(QStringLiteral("quit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    // Import Data…, Undo Last Import, Export Data… (docs/IMPORT.md).
    auto* dataActions = new DataActions(m_catalog, m_store, this);
    m_fileMenu->insertActions(m_quit, dataActions->actions());
    // Store Location…: the user's own store, another file or a team store (docs/TEAM.md).
    auto* storeActions = new StoreActions(m_catalog, m_store, this);
    m_fileMenu->insertAction(m_quit, storeActions->chooseAction());
    connect(storeActions, &StoreActions::switched, dataActions, &DataActions::updateUndo);
    m_fileMenu->insertSeparator(m_quit);
    // Export Figure… (Ctrl+E), Copy Figure (Ctrl+Shift+C), Print Figure… (Ctrl+P).
    auto* exportActions = new ExportActions(
        m_catalog, [this] { return currentFigure(); }, this);
    m_fileMenu->insertActions(m_quit, exportActions->actions());
    // Export Briefing…: every figure as the window shows it, in one PDF (docs/EXPORT.md).
    new BriefingExport(
        m_catalog,
        [this] {
            QMap<FigureKind, FigureOptions> options;
            for (FigureKind kind : Figure::all()) {
                if (FigurePage* page = figurePage(kind))
                    options.insert(kind, page->options());
            }
            return options;
        },
        this, m_fileMenu, m_quit);
    // Check Exported Figures… (and exported files dropped on the window): docs/EXPORT.md.
    auto* checks = new CheckExports(m_catalog, this, m_fileMenu, m_quit);
    connect(checks, &CheckExports::openRequested, this, &MainWindow::openExportedFigure);
    m_fileMenu->insertSeparator(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_pagesSeparator = m_viewMenu->addSeparator(); // the pages' actions go above
    QAction* citations = m_dock->toggleViewAction();
    citations->setObjectName(QStringLiteral("toggleCitations"));
    citations->setShortcut(QKeySequence(Qt::Key_F9));
    m_viewMenu->addAction(citations);
    m_resetZoom = m_viewMenu->addAction(QString(), this, [this] {
        if (auto* page = qobject_cast<FigurePage*>(m_stack->currentWidget()))
            page->resetZoom();
    });
    m_resetZoom->setObjectName(QStringLiteral("resetZoom"));
    m_resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_present = m_viewMenu->addAction(QString(), this, [this] { present(); });
    m_present->setObjectName(QStringLiteral("present"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));

    menuBar()->addMenu(new LanguageMenu(m_language, this));

    m_helpMenu = new HelpMenu(m_catalog, this);
    menuBar()->addMenu(m_helpMenu);
}

void MainWindow::updatePageIcons()
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto* page = qobject_cast<FigurePage*>(m_stack->widget(i)))
            page->setWindowIcon(FigurePage::icon(page->figure()->figure()->kind(), palette()));
    }
    fitPageList();
}

void MainWindow::setIconNavigation(bool icons)
{
    if (icons == m_iconNavigation)
        return;
    m_iconNavigation = icons;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setText(icons ? QString() : item->data(Qt::AccessibleTextRole).toString());
    }
    fitPageList();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    setIconNavigation(AdaptiveLayout::iconNavigation(event->size().width()));
    QMainWindow::resizeEvent(event);
}

void MainWindow::fitPageList()
{
    // Never wider than the icons for the window's minimum (a window below
    // AdaptiveLayout::IconNavigationBelowWidth shows the icons only).
    const int icons = m_list->iconSize().width() + 28;
    m_list->setMinimumWidth(icons);
    if (m_iconNavigation) {
        m_list->setMaximumWidth(icons);
        return;
    }
    // As wide as the longest title, in the current language.
    int width = 0;
    const QFontMetrics fm(m_list->font());
    for (int i = 0; i < m_list->count(); ++i)
        width = std::max(width, fm.horizontalAdvance(m_list->item(i)->text()));
    m_list->setMaximumWidth(width + m_list->iconSize().width() + 40);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize screen = this->screen() ? this->screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1280, screen.width()), std::min(800, screen.height()));
        resizeDocks({m_dock}, {340}, Qt::Horizontal);
    }
    restoreState(settings.value(StateKey).toByteArray());
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto* page = qobject_cast<FigurePage*>(m_stack->widget(i)))
            page->restoreState(settings.value(pageKey(page)).toByteArray());
    }
    showPage(std::clamp(settings.value(PageKey, 0).toInt(), 0, std::max(0, m_stack->count() - 1)));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, currentPage());
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto* page = qobject_cast<FigurePage*>(m_stack->widget(i)))
            settings.setValue(pageKey(page), page->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updatePageIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Crossings"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_quit->setStatusTip(tr("Close Crossings"));
    m_viewMenu->setTitle(tr("&View"));
    m_dock->setWindowTitle(tr("Sources"));
    m_dock->toggleViewAction()->setText(tr("&Sources Panel"));
    m_dock->toggleViewAction()->setStatusTip(tr("Show or hide where the figures come from"));
    m_resetZoom->setText(tr("&Reset Zoom"));
    m_resetZoom->setStatusTip(tr("Show the whole figure again"));
    m_present->setText(tr("&Present"));
    m_present->setStatusTip(
        tr("The figure full screen for a meeting room: arrow keys step through the figures, "
           "Page Down/Up change the figure, Escape leaves"));
    m_list->setAccessibleName(tr("Figures"));
    m_list->setAccessibleDescription(tr("Ctrl+1, Ctrl+2 and Ctrl+3 open the three figures"));
}
