// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "commandline.h"

#include "core/translations.h"

#include <QSettings>

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (!m_language.isEmpty())
        Translations::instance().release();
}

QString LanguageManager::systemLanguage()
{
    return Translations::code(Translations::systemLanguage());
}

QString LanguageManager::languageFor(const QStringList& arguments)
{
    const QString lang = CommandLine::languageIn(arguments);
    return available().contains(lang) ? lang : savedLanguage();
}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return available().contains(saved) ? saved : systemLanguage();
}

bool LanguageManager::setLanguage(const QString& language)
{
    const std::optional<Language> value = Translations::fromCode(language);
    if (!value)
        return false;
    if (language == m_language)
        return true;
    const bool ok = Translations::instance().setLanguage(*value);
    m_language = language;
    emit languageChanged(language);
    return ok;
}

void LanguageManager::save() const
{
    QSettings().setValue(QStringLiteral("language"), m_language);
}
