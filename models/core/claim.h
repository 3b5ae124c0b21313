// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QString>

/// A quantitative statement a source makes, paraphrased in both languages, with the
/// machine-checkable form of it (docs/DATA-FORMAT.md, "claims.csv"). ClaimChecker evaluates
/// `check` against the catalog's observations; ClaimReader (storage/claimreader.h) reads them.
struct Claim
{
    QString id;
    QString kind; ///< figure, total, span, ratio, change, count, comparison, rank, bound
    QString sourceId;
    QString locator;
    QString textEn;
    QString textKo;
    QString check; ///< the check expression (claimexpression.h)
    QString note;
    QString noteKo;
    QString locatorKo;

    QString text(Language language) const
    {
        return language == Language::Korean && !textKo.isEmpty() ? textKo : textEn;
    }
    QString noteIn(Language language) const { return DataText::pick(language, note, noteKo); }
    QString locatorIn(Language language) const
    {
        return Locator::display(locator, locatorKo, language);
    }
};
