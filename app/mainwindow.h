// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class Catalog;
class LanguageManager;
class Store;

/// Builds the window and wires models, views and services; holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Catalog* catalog, Store* store, LanguageManager* language, QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Catalog* m_catalog;
    Store* m_store;
    LanguageManager* m_language;
};
