// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagescope.h"

LanguageScope::LanguageScope(const QString& language)
    : m_scope(Translations::fromCode(language).value_or(Translations::instance().language()))
{}

QString LanguageScope::current()
{
    return Translations::code(Translations::instance().language());
}

QLocale LanguageScope::locale(const QString& language)
{
    return Translations::locale(Translations::fromCode(language).value_or(Language::English));
}
