// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class LanguageManager;
class QActionGroup;

/// The Language menu: one checkable entry per language, each named in its own language
/// ("English", "한국어"); choosing one switches the whole window at once and is remembered.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(LanguageManager* manager, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateChecks();

    LanguageManager* m_manager;
    QActionGroup* m_group;
};
