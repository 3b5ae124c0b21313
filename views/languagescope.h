// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translations.h"

#include <QLocale>
#include <QString>

/// Makes tr() and QLocale() speak another language ("en" or "ko") for the life of the scope, so
/// that a figure can be drawn in a language other than the UI's, then restores the UI language.
///
/// The catalogues are installed by Translations::Scope (core/translations.h), on top of the
/// window's (QCoreApplication consults the newest first). It does not go through LanguageManager
/// on purpose: the window must not rebuild twice around every export or preview. The
/// LanguageChange events that installing a translator posts to the windows are dropped when the
/// scope ends (pending ones are delivered first), so the window never notices. Main thread only;
/// nestable.
class LanguageScope
{
public:
    /// An empty or unknown code: no change.
    explicit LanguageScope(const QString& language);

    /// The language tr() and QLocale() use now: "ko" or "en".
    static QString current();
    /// The locale Crossings uses for a language (ko_KR, en_US).
    static QLocale locale(const QString& language);

private:
    Translations::Scope m_scope;
};
