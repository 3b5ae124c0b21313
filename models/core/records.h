// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "core/locator.h"
#include "core/period.h"
#include "core/sparsetext.h"
#include "core/terms.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A publication a figure comes from.
struct Source
{
    QString id;
    Term::SourceKind kind = Term::SourceKind::Article;
    QString titleEn;
    QString titleKo;
    QString outlet;
    QString author;
    QString published; ///< YYYY, YYYY-MM or YYYY-MM-DD
    QString url;
    QString language;
    QStringList unconfirmed; ///< author, outlet, published, url
    QString note;
    QString outletKo; ///< the outlet's Korean name (통일부, 연합뉴스), empty when it has none
    QString noteKo;

    bool isUnconfirmed(const QString& detail) const { return unconfirmed.contains(detail); }
    QString title(Language language) const
    {
        return language == Language::Korean && !titleKo.isEmpty() ? titleKo : titleEn;
    }
    /// A title in brackets describes a page that has no title of its own (or none in English).
    bool hasDescriptiveTitle() const { return titleEn.startsWith(QLatin1Char('[')); }
    /// The title a reader sees. English: title_en. Korean: title_ko when set (a Korean article's
    /// headline or a description); an original title in another language stays as it is, with the
    /// Korean gloss after it when title_ko holds one; a description or a Korean article without
    /// title_ko shows the English, marked.
    QString titleIn(Language language) const
    {
        if (language == Language::English)
            return titleEn;
        if (hasDescriptiveTitle() || this->language == QLatin1String("ko"))
            return DataText::pick(language, titleEn, titleKo);
        return titleEn;
    }
    /// The Korean gloss of an original non-Korean title, shown beside it in Korean.
    QString titleGloss(Language language) const
    {
        return language == Language::Korean && !hasDescriptiveTitle() &&
                       this->language != QLatin1String("ko")
                   ? titleKo
                   : QString();
    }
    /// An outlet is a name: its Korean form when it has one, else as written (never marked).
    QString outletIn(Language language) const
    {
        return language == Language::Korean && !outletKo.isEmpty() ? outletKo : outlet;
    }
    QString noteIn(Language language) const { return DataText::pick(language, note, noteKo); }
    /// Whether every text a Korean reader sees has its Korean form.
    bool hasKorean() const
    {
        return (note.isEmpty() || !noteKo.isEmpty()) &&
               (!hasDescriptiveTitle() || !titleKo.isEmpty());
    }
};

/// One reported figure of one quantity, from one source.
struct Observation
{
    qint64 id = 0;
    QString series;
    Period period;
    QString region;
    qint64 value = 0;
    /// The upper end of a stated range ("one to two million": value 1,000,000, valueTo
    /// 2,000,000); -1 when the figure is a single number.
    qint64 valueTo = -1;
    QString sourceId;
    QString locator;
    QString note;
    QString compiler;       ///< who compiled the figure (Vocabulary::compilers()); trade: required
    SparseText derivedFrom; ///< status derived: the formula over other figures (DerivedFormula)
    SparseText locatorKo;   ///< the Korean locator where `locator` does not parse (Locator)
    SparseText noteKo;
    qint64 importId = 0;
    // The terms (core/terms.h), one byte each, together after the wider fields.
    Term::Dataset dataset = Term::Dataset::Arrivals;
    Term::Qualifier qualifier = Term::Qualifier::Exact;
    Term::Unit unit = Term::Unit::Persons;
    Term::Status status = Term::Status::Final;
    bool plotted = false;
    int line = 0; ///< the CSV line it was read from (validation messages); 0 when from the store

    bool isRange() const { return valueTo >= 0; }
    bool isExact() const { return qualifier == Term::Qualifier::Exact; }

    /// Identifies the quantity: observations sharing it are alternatives of each other.
    QString quantityKey() const
    {
        return Term::csvName(dataset) + QLatin1Char('|') + series + QLatin1Char('|') +
               period.code() + QLatin1Char('|') + region;
    }
    QString noteIn(Language language) const { return DataText::pick(language, note, noteKo); }
    QString locatorIn(Language language) const
    {
        return Locator::display(locator, locatorKo, language);
    }
    bool hasKorean() const
    {
        return (note.isEmpty() || !noteKo.isEmpty()) && Locator::hasKorean(locator, locatorKo);
    }
};
// Texts, numbers and terms, each movable in memory as it is: a QList of a million figures grows
// by realloc instead of moving each figure (Store::read appends them one by one; issue 23).
Q_DECLARE_TYPEINFO(Observation, Q_RELOCATABLE_TYPE);

/// A dated event usable as a chart annotation.
struct TimelineEvent
{
    QString id;
    Period period;
    QString textEn;
    QString textKo;
    QString sourceId;
    QString locator;
    QStringList figures;
    QString note;
    QString locatorKo;
    QString noteKo;

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

/// Bilingual name of a region or a series.
struct Name
{
    QString en;
    QString ko;
    QString text(Language language) const
    {
        return language == Language::Korean && !ko.isEmpty() ? ko : en;
    }
};

Q_DECLARE_METATYPE(Observation)
