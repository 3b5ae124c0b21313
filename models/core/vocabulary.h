// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "core/terms.h"

#include <QHash>
#include <QString>
#include <QStringList>

/// What the data may name: datasets, their series and units, regions, statuses, qualifiers. The
/// fixed terms are typed (core/terms.h); the lists here are their CSV spellings.
struct Vocabulary
{
    QHash<QString, QString> seriesUnit; ///< "dataset|series" → unit
    QHash<QString, Name> seriesNames;   ///< "dataset|series" → names
    QHash<QString, Name> regionNames;   ///< code → names

    static QStringList datasets();
    static QStringList statuses();
    static QStringList qualifiers();
    static QStringList sourceKinds();
    /// Who compiled a figure: gacc (China's customs), itc, kita, kotra, ibk, comtrade, mofcom.
    static QStringList compilers();
    /// The compiler's name for display ("China customs (GACC)", "중국 해관총서").
    static QString compilerName(const QString& code, Language language);
    /// The one compiler whose figures a dataset's series plot; empty: any.
    static QString plottedCompiler(Term::Dataset dataset);
    bool hasSeries(const QString& dataset, const QString& series) const
    {
        return seriesUnit.contains(dataset + QLatin1Char('|') + series);
    }
    bool hasSeries(Term::Dataset dataset, const QString& series) const
    {
        return hasSeries(Term::csvName(dataset), series);
    }
};
