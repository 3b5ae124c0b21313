// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

/// Owns Crossings' and Qt's own translators and the default QLocale. Switching installs the
/// new catalogues, which makes Qt send QEvent::LanguageChange to every widget.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("ko")}; }
    /// "ko" when the system locale is Korean, else "en".
    static QString systemLanguage();
    /// The language saved in the settings, else the system's.
    static QString savedLanguage();

    QString language() const { return m_language; }
    /// Installs the language ("en" or "ko"); false if it is unknown or its catalogue is missing.
    bool setLanguage(const QString& language);
    void save() const;

signals:
    void languageChanged(const QString& language);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};
