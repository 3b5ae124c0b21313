// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A publication a figure comes from.
struct Source
{
    QString id;
    QString kind; ///< article, official, press, estimate
    QString titleEn;
    QString titleKo;
    QString outlet;
    QString author;
    QString published; ///< YYYY, YYYY-MM or YYYY-MM-DD
    QString url;
    QString language;
    QStringList unconfirmed; ///< author, outlet, published, url
    QString note;

    bool isUnconfirmed(const QString& detail) const { return unconfirmed.contains(detail); }
    QString title(bool korean) const { return korean && !titleKo.isEmpty() ? titleKo : titleEn; }
};

/// One reported figure of one quantity, from one source.
struct Observation
{
    qint64 id = 0;
    QString dataset;
    QString series;
    Period period;
    QString region;
    qint64 value = 0;
    QString qualifier; ///< empty, about, over, almost, at_least
    QString unit;      ///< persons, usd
    QString status;    ///< final, provisional, superseded, estimate, derived
    QString sourceId;
    QString locator;
    QString note;
    QString compiler;    ///< who compiled the figure (Vocabulary::compilers()); trade: required
    QString derivedFrom; ///< status derived: the formula over other figures (DerivedFormula)
    bool plotted = false;
    qint64 importId = 0;
    int line = 0; ///< the CSV line it was read from (validation messages); 0 when from the store

    /// Identifies the quantity: observations sharing it are alternatives of each other.
    QString quantityKey() const
    {
        return dataset + QLatin1Char('|') + series + QLatin1Char('|') + period.code()
               + QLatin1Char('|') + region;
    }
};

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

    QString text(bool korean) const { return korean && !textKo.isEmpty() ? textKo : textEn; }
};

/// Bilingual name of a region or a series.
struct Name
{
    QString en;
    QString ko;
    QString text(bool korean) const { return korean && !ko.isEmpty() ? ko : en; }
};

Q_DECLARE_METATYPE(Observation)
