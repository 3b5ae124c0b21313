// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "exportdialog.h"
#include "figurerenderer.h"
#include "languagescope.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QMainWindow>
#include <QMimeData>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

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
    m_copy->setStatusTip(tr("Put the figure on the clipboard as an image, with its sources"));
    m_print->setText(tr("&Print Figure…"));
    m_print->setStatusTip(tr("Print the figure with its title and sources"));
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
    ExportDialog dialog(figure->kind(), figure->options(), m_catalog, m_window);
    dialog.exec();
}

void ExportActions::copyFigure()
{
    const FigureChart* figure = m_current();
    if (!figure) {
        noFigure();
        return;
    }
    // A slide-sized image in the UI's language and the last theme chosen for export.
    ExportSettings settings;
    settings.theme = ExportDialog::savedSettings().theme;
    settings.language = LanguageScope::current();
    const FigureRenderer renderer(figure->kind(), m_catalog, figure->options());
    QApplication::clipboard()->setMimeData(renderer.mimeData(settings));
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(tr("Figure copied to the clipboard with its sources"),
                                         4000);
}

void ExportActions::printFigure()
{
    const FigureChart* figure = m_current();
    if (!figure) {
        noFigure();
        return;
    }
    const FigureRenderer renderer(figure->kind(), m_catalog, figure->options());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(FigureChart::name(figure->kind()));
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
