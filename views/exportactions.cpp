// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "exportdialog.h"
#include "figurerenderer.h"
#include "languagescope.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMimeData>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

ExportActions::ExportActions(Catalog* catalog, CurrentFigure current, QWidget* window)
    : QObject(window)
    , m_catalog(catalog)
    , m_current(std::move(current))
    , m_window(window)
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
    , m_print(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("exportFigure"));
    m_copy->setObjectName(QStringLiteral("copyFigure"));
    m_print->setObjectName(QStringLiteral("printFigure"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_print->setShortcut(QKeySequence::Print);
    for (QAction* action : actions())
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_export, &QAction::triggered, this, &ExportActions::exportFigure);
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyFigure);
    connect(m_print, &QAction::triggered, this, &ExportActions::printFigure);
    window->addActions(actions());
    window->installEventFilter(this);
    retranslate();
}

bool ExportActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExportActions::retranslate()
{
    m_export->setText(tr("&Export Figure…"));
    m_export->setStatusTip(tr("Save the figure as PNG, PDF or SVG, with its title and sources"));
    m_copy->setText(tr("Copy &Figure"));
    m_copy->setStatusTip(tr(
        "Put the figure on the clipboard as an image in the window's colours, with its sources"));
    m_print->setText(tr("&Print Figure…"));
    m_print->setStatusTip(tr("Print the figure with its title and sources"));
    if (m_openFolder) {
        m_openFolder->setText(tr("Open Folder"));
        m_openFolder->setToolTip(tr("Show the exported file's folder in the file manager"));
    }
}

void ExportActions::updateActions()
{
    const bool figure = m_current() != nullptr;
    for (QAction* action : actions())
        action->setEnabled(figure);
}

void ExportActions::noFigure()
{
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(tr("This page shows no figure: open a figure first"),
                                         4000);
}

void ExportActions::exportFigure()
{
    const FigureChart* figure = m_current();
    if (!figure) {
        noFigure();
        return;
    }
    ExportDialog dialog(figure->figure()->kind(), figure->figure()->options(), m_catalog, m_window);
    if (dialog.exec() == QDialog::Accepted)
        exported(dialog.path());
}

void ExportActions::exported(const QString& path)
{
    auto* window = qobject_cast<QMainWindow*>(m_window);
    if (!window)
        return;
    QStatusBar* bar = window->statusBar();
    m_exportedFolder = QFileInfo(path).absolutePath();
    if (!m_openFolder) {
        // A button beside the message, gone with it.
        m_openFolder = new QToolButton(bar);
        m_openFolder->setObjectName(QStringLiteral("openExportFolder"));
        m_openFolder->setAutoRaise(true);
        m_openFolder->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(m_openFolder, &QToolButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedFolder)); });
        connect(bar, &QStatusBar::messageChanged, m_openFolder, [this](const QString& message) {
            m_openFolder->setVisible(!message.isEmpty() && message == m_exportedMessage);
        });
        retranslate();                         // its text before the status bar lays it out
        bar->addPermanentWidget(m_openFolder); // normal widgets hide under a message
    }
    m_exportedMessage = tr("Figure exported to %1").arg(QDir::toNativeSeparators(path));
    bar->showMessage(m_exportedMessage, 15000);
    m_openFolder->show();
}

void ExportActions::copyFigure()
{
    const FigureChart* figure = m_current();
    if (!figure) {
        noFigure();
        return;
    }
    // A slide-sized image in the UI's language and the window's theme (what the user sees), not
    // the last export's: a dark export once must not make every later copy dark.
    ExportSettings settings;
    settings.theme = figure->theme();
    settings.language = LanguageScope::current();
    const FigureRenderer renderer(figure->figure()->kind(), m_catalog, figure->figure()->options());
    QApplication::clipboard()->setMimeData(renderer.mimeData(settings));
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(
            settings.theme == Theme::Dark
                ? tr("Figure copied to the clipboard with its sources (dark, as the window)")
                : tr("Figure copied to the clipboard with its sources (light, as the window)"),
            4000);
}

void ExportActions::printFigure()
{
    const FigureChart* figure = m_current();
    if (!figure) {
        noFigure();
        return;
    }
    const FigureRenderer renderer(figure->figure()->kind(), m_catalog, figure->figure()->options());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(Figure::name(figure->figure()->kind()));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Figure"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&renderer](QPrinter* p) {
        ExportSettings settings;
        settings.theme = Theme::Print;
        settings.language = LanguageScope::current();
        renderer.print(p, settings);
    });
    preview.exec();
}
