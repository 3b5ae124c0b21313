// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTranslator;

/// The one owner of the language the process speaks: it loads and installs Crossings' and Qt's
/// translators and sets the default QLocale, for the window (setLanguage(), through
/// LanguageManager) and for a while (Scope, through LanguageScope: a figure drawn in a language
/// other than the window's). Nobody else installs a translator or sets the default locale.
///
/// The language is a value (Language), read from here (language()) or given to whom needs it: a
/// Catalog and its item models follow it unless given one of their own; work on another thread
/// gets it passed in. Main thread only.
class Translations : public QObject
{
    Q_OBJECT

public:
    static Translations& instance();

    /// The language tr() and QLocale() speak now: the window's, or a Scope's while one is alive.
    Language language() const { return m_language; }

    /// The window's language: installs its catalogues (replacing the previous ones) and sets the
    /// default locale; emits languageChanged() once when the language changes. False when the
    /// application's catalogue is missing (the language is set all the same).
    bool setLanguage(Language language);
    /// Removes the window's catalogues (LanguageManager's end); the language is English again.
    void release();

    /// The locale Crossings uses for a language (ko_KR, en_US).
    static QLocale locale(Language language);
    /// "en" or "ko": the code of the command line (--lang), the settings and the file names.
    static QString code(Language language);
    /// The language of a code ("en", "ko"); nullopt for any other text.
    static std::optional<Language> fromCode(const QString& code);
    /// Korean when the system's locale is Korean, else English.
    static Language systemLanguage();

    /// Makes tr() and QLocale() speak another language for its life, then restores the previous
    /// one; languageChanged() is not emitted (the window does not rebuild around an export).
    /// For English it installs a translator that answers every string, so nothing falls through
    /// to a Korean catalogue below. Nestable.
    class Scope
    {
    public:
        explicit Scope(Language language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        bool m_active = false;
        Language m_previous = Language::English;
        QLocale m_previousLocale;
        std::unique_ptr<QTranslator> m_app;
        std::unique_ptr<QTranslator> m_qt;
    };

signals:
    void languageChanged(Language language);

private:
    Translations() = default;
    ~Translations() override;
    /// Loads and installs the catalogues of a language into app and qt. With everyString, the
    /// English one answers every string (Scope). False when the application's is missing.
    static bool install(Language language, bool everyString, std::unique_ptr<QTranslator>& app,
                        std::unique_ptr<QTranslator>& qt);
    static void remove(std::unique_ptr<QTranslator>& app, std::unique_ptr<QTranslator>& qt);

    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
