// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Catalog;
class QAction;
class QWidget;
class Store;

/// File → Store Location…: switches the window to another store (the user's own file, another
/// file, or a team store on a PostgreSQL server) without a restart, and remembers the choice
/// (the setting `database/location`, which the command line reads too). The new store is opened
/// and read before the old one is let go: a store that cannot be opened or read changes nothing.
class StoreActions : public QObject
{
    Q_OBJECT

public:
    /// The setting that holds the chosen location ("" or absent: the user's own store).
    static const QString SettingKey;

    StoreActions(Catalog* catalog, Store* store, QWidget* window);

    QAction* chooseAction() const { return m_choose; }

    /// The location in use: "" for the user's own store, else the file or the URI.
    QString currentLocation() const;
    /// Opens location ("" for the user's own store; a missing file is created with the bundled
    /// figures), reloads the catalog from it and saves the setting; false with *error, leaving
    /// the store, the catalog and the setting as they were.
    bool switchTo(const QString& location, QString* error);

    /// The slot behind the action: the dialog, then switchTo() with its messages.
    void chooseStore();

signals:
    /// The window now shows another store (what the user may do there can differ).
    void switched();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    Catalog* m_catalog;
    Store* m_store;
    QWidget* m_window;
    QAction* m_choose;
};
