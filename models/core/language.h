// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The language a text of the dataset is shown in. The data carries both forms side by side
/// (docs/DATA-FORMAT.md): `note` and `note_ko`, `locator` and `locator_ko`, `outlet` and
/// `outlet_ko`, `title_en` and `title_ko`.
enum class Language { English, Korean };

namespace DataText {
/// The English text shown where the Korean form is missing, with a visible mark ("[영문] …").
QString markUntranslated(const QString& english);
/// The Korean form when set, else the English one, marked in Korean. Empty stays empty.
QString pick(Language language, const QString& english, const QString& korean);
} // namespace DataText
