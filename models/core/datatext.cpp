// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/language.h"

#include <QCoreApplication>

namespace {
struct DataTextTr
{
    Q_DECLARE_TR_FUNCTIONS(DataText)
};
} // namespace

namespace DataText {

QString markUntranslated(const QString& english)
{
    if (english.isEmpty())
        return english;
    //: Shown before a text of the dataset that has no Korean form yet (the English is shown).
    return DataTextTr::tr("[English] %1").arg(english);
}

QString pick(Language language, const QString& english, const QString& korean)
{
    if (language == Language::English)
        return english;
    if (!korean.isEmpty())
        return korean;
    return markUntranslated(english);
}

} // namespace DataText
