// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class Catalog;
class QAction;

/// The window's Help menu: Keyboard Shortcuts (F1) and About Crossings. Each opens its dialog,
/// created afresh over the window so it shows the current data and actions.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    HelpMenu(Catalog* catalog, QWidget* window);

    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* aboutAction() const { return m_about; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showShortcuts();
    void showAbout();

    Catalog* m_catalog;
    QWidget* m_window;
    QAction* m_shortcuts;
    QAction* m_about;
};
