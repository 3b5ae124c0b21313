// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <array>
#include <optional>
#include <utility>

/// The vocabulary of the data as types (docs/DATA-FORMAT.md, docs/GLOSSARY.md): each term has
/// exactly one spelling in the CSV files and the store, written once in its table below
/// (Term::Table<E>::table); csvName() and fromCsv() are the only conversions, used at the edges
/// only: the CSV readers (DatasetReader, ImportPlan), the store's reads and writes, the CSV
/// writer (CsvExport). The records hold the terms and everything else compares them. The texts
/// a reader sees are Formatter's (status(), sourceKind(), the qualifiers in value()), translated.
namespace Term {

/// How final a figure is (`status`).
enum class Status : quint8 { Final, Provisional, Superseded, Estimate, Derived, Erratum };
/// How a figure is stated (`qualifier`): exactly, or "about", "over", "almost", "at least".
enum class Qualifier : quint8 { Exact, About, Over, Almost, AtLeast };
/// What a source is (`kind` of sources.csv).
enum class SourceKind : quint8 { Article, Official, Press, Estimate };
/// What a figure counts (`unit`): people, US dollars, or a share in percent.
enum class Unit : quint8 { Persons, Usd, Percent };
/// The three datasets, each drawn as one figure (DatasetInfo below).
enum class Dataset : quint8 { Arrivals, Trade, Destinations };

template <typename E> struct Table;

template <> struct Table<Status>
{
    static constexpr std::array<std::pair<Status, const char*>, 6> table = {{
        {Status::Final, "final"},
        {Status::Provisional, "provisional"},
        {Status::Superseded, "superseded"},
        {Status::Estimate, "estimate"},
        {Status::Derived, "derived"},
        {Status::Erratum, "erratum"},
    }};
};

template <> struct Table<Qualifier>
{
    static constexpr std::array<std::pair<Qualifier, const char*>, 5> table = {{
        {Qualifier::Exact, ""},
        {Qualifier::About, "about"},
        {Qualifier::Over, "over"},
        {Qualifier::Almost, "almost"},
        {Qualifier::AtLeast, "at_least"},
    }};
};

template <> struct Table<SourceKind>
{
    static constexpr std::array<std::pair<SourceKind, const char*>, 4> table = {{
        {SourceKind::Article, "article"},
        {SourceKind::Official, "official"},
        {SourceKind::Press, "press"},
        {SourceKind::Estimate, "estimate"},
    }};
};

template <> struct Table<Unit>
{
    static constexpr std::array<std::pair<Unit, const char*>, 3> table = {{
        {Unit::Persons, "persons"},
        {Unit::Usd, "usd"},
        {Unit::Percent, "percent"},
    }};
};

template <> struct Table<Dataset>
{
    static constexpr std::array<std::pair<Dataset, const char*>, 3> table = {{
        {Dataset::Arrivals, "arrivals"},
        {Dataset::Trade, "trade"},
        {Dataset::Destinations, "destinations"},
    }};
};

/// The term's spelling in the CSV files and the store ("final", "at_least", "" for Exact).
template <typename E> QString csvName(E value)
{
    for (const auto& [term, name] : Table<E>::table) {
        if (term == value)
            return QString::fromLatin1(name);
    }
    return QString(); // unreachable: every enumerator is in its table
}

/// The term a CSV spelling names; nullopt for anything else (a reader refuses it, saying so).
template <typename E> std::optional<E> fromCsv(const QString& text)
{
    for (const auto& [term, name] : Table<E>::table) {
        if (text == QLatin1String(name))
            return term;
    }
    return std::nullopt;
}

/// Every spelling, in the table's order (messages, completers).
template <typename E> QStringList csvNames()
{
    QStringList out;
    for (const auto& entry : Table<E>::table)
        out << QString::fromLatin1(entry.second);
    return out;
}

/// Whether `text` spells `value`: `o.status` compared with a term, never with a literal.
template <typename E> bool spells(const QString& text, E value)
{
    return text == csvName(value);
}

} // namespace Term

/// What Crossings keys by dataset, in one place (its name, the `dataset` column and the figure's
/// name on the command line, is Term::Table<Term::Dataset>'): the file its figures are in, the one
/// region it has (empty: any), the compiler whose figures its series plot (empty: any) and the
/// period kinds it is counted in.
struct DatasetInfo
{
    Term::Dataset dataset;
    const char* file;            ///< the bundled CSV of its figures (resources/data)
    const char* region;          ///< arrivals: KR, trade: CN; destinations: any
    const char* plottedCompiler; ///< trade: gacc (China's customs); else any
    /// The periods it is counted in (docs/IMPORT.md, "Periods per dataset").
    enum class Periods { Calendar, CalendarOrUpTo, AnyButDay } periods;
};

namespace Datasets {
/// The three, in the order of the window and of `export --all`.
const std::array<DatasetInfo, 3>& all();
const DatasetInfo& info(Term::Dataset dataset);
/// The dataset a name (the `dataset` column, a figure's name) names; nullopt for any other text.
std::optional<Term::Dataset> fromName(const QString& name);
inline QString name(Term::Dataset dataset)
{
    return Term::csvName(dataset);
}
/// "arrivals", "trade", "destinations".
QStringList names();
} // namespace Datasets
