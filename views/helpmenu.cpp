// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "aboutdialog.h"
#include "core/catalog.h"
#include "core/terms.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QEvent>

HelpMenu::HelpMenu(Catalog* catalog, QWidget* window)
    : QMenu(window)
    , m_catalog(catalog)
    , m_window(window)
    , m_shortcuts(addAction(QString()))
    , m_about(addAction(QString()))
{
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_shortcuts->setMenuRole(QAction::NoRole);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    retranslate();
}

void HelpMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Crossings"));
}

void HelpMenu::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpMenu::showAbout()
{
    // It counts every figure and source: the datasets of the pages not shown yet are read now
    // (the window says why when they cannot be).
    if (!m_catalog->require(Datasets::names()))
        return;
    auto* dialog = new AboutDialog(m_catalog, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
