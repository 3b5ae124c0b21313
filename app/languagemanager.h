// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QObject>

/// The window's language as the user chooses it (the Language menu, the presenter's switch,
/// --lang) and saves it. Installing the catalogues is Translations' (core/translations.h), which
/// makes Qt send QEvent::LanguageChange to every widget and tells the catalog and its models
/// (Translations::languageChanged).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("ko")}; }
    /// "ko" when the system locale is Korean, else "en".
    static QString systemLanguage();
    /// The language saved in the settings, else the system's.
    static QString savedLanguage();
    /// The language a start with these arguments speaks: --lang's, else the saved one.
    static QString languageFor(const QStringList& arguments);

    QString language() const { return m_language; }
    /// Installs the language ("en" or "ko"); false if it is unknown or its catalogue is missing.
    bool setLanguage(const QString& language);
    void save() const;

signals:
    void languageChanged(const QString& language);

private:
    QString m_language;
};
