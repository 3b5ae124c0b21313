// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

/// Makes tr() and QLocale() speak another language ("en" or "ko") for the life of the scope, so
/// that a figure can be drawn in a language other than the UI's, then restores the UI language.
///
/// It installs its own translators on top of the application's (QCoreApplication consults the
/// newest first): Crossings' and Qt's Korean catalogues for "ko"; for "en", a translator that
/// answers every string, with the English catalogue or else the source text, so that nothing
/// falls through to a Korean catalogue below. It does not go through LanguageManager on purpose:
/// the window must not rebuild twice around every export or preview. The LanguageChange events
/// that installing a translator posts to the windows are dropped when the scope ends (pending ones
/// are delivered first), so the window never notices. Main thread only; nestable.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

    /// The language tr() and QLocale() use now: "ko" or "en".
    static QString current();
    /// The locale Crossings uses for a language (ko_KR, en_US).
    static QLocale locale(const QString& language);

private:
    bool m_active = false;
    QLocale m_previous;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
