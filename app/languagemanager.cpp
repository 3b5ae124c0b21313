// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return available().contains(saved) ? saved : systemLanguage();
}

bool LanguageManager::setLanguage(const QString& language)
{
    if (!available().contains(language))
        return false;
    if (language == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    const QLocale locale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                         language == QLatin1String("ko") ? QLocale::SouthKorea
                                                         : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    bool ok = m_appTranslator.load(QStringLiteral(":/i18n/crossings_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(&m_appTranslator);
    else
        qWarning("Crossings: the %s translation is missing", qPrintable(language));
    if (language != QLatin1String("en") &&
        m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_language = language;
    emit languageChanged(language);
    return ok;
}

void LanguageManager::save() const
{
    QSettings().setValue(QStringLiteral("language"), m_language);
}
