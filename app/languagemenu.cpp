// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "languagemanager.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>

LanguageMenu::LanguageMenu(LanguageManager* manager, QWidget* parent)
    : QMenu(parent)
    , m_manager(manager)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString& code : LanguageManager::available()) {
        // Each language is named in itself, as every desktop does, whatever the UI language.
        const QLocale locale(code);
        // English is "English", not the "American English" that Qt names en_US in itself.
        QString name = locale.language() == QLocale::English ? QStringLiteral("English")
                                                             : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        QAction* action = addAction(name);
        action->setObjectName(QStringLiteral("language-%1").arg(code));
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_manager && m_manager->setLanguage(code))
                m_manager->save();
        });
    }
    if (m_manager)
        connect(m_manager, &LanguageManager::languageChanged, this, &LanguageMenu::updateChecks);
    updateChecks();
    retranslate();
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    setToolTip(tr("The language of the window, the figures and their exports"));
}

void LanguageMenu::updateChecks()
{
    const QString current = m_manager ? m_manager->language() : QString();
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == current);
}
