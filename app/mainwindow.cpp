// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "catalog.h"
#include "languagemanager.h"
#include "store.h"

#include <QEvent>

MainWindow::MainWindow(Catalog* catalog, Store* store, LanguageManager* language, QWidget* parent)
    : QMainWindow(parent), m_catalog(catalog), m_store(store), m_language(language)
{
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Crossings"));
}
