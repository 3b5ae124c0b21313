// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class Catalog;

/// A span of whole years, both ends included: 1998–2022.
struct YearRange
{
    int first = 0;
    int last = 0;

    bool isValid() const { return first > 0 && first <= last; }
    bool contains(const YearRange& other) const
    {
        return other.first >= first && other.last <= last;
    }
    bool overlaps(const YearRange& other) const
    {
        return other.first <= last && other.last >= first;
    }
    /// The years both cover; invalid when they do not overlap.
    YearRange intersected(const YearRange& other) const;
    /// "1998-2022" (ASCII, for metadata and the command line).
    QString code() const;
    /// "1998–2022" (en dash, for people); one year alone: "2020".
    QString label() const;
    /// "1998-2022", "1998–2022" or "2020" (that year alone); nullopt when malformed or
    /// backwards. "all" is the caller's to handle.
    static std::optional<YearRange> parse(const QString& text);

    bool operator==(const YearRange& o) const { return first == o.first && last == o.last; }
    bool operator!=(const YearRange& o) const { return !(*this == o); }
};

/// Which years a figure covers and which it opens on, from the data in the catalog (never a
/// year typed into the code, except the span of the original briefs). Figures are named as on
/// the command line: "arrivals", "trade", "destinations". The destinations figure has no year
/// range (it compares each country's latest figure): every function returns nullopt for it.
class FigureYears
{
    Q_DECLARE_TR_FUNCTIONS(FigureYears)

public:
    /// Whether the figure has a range of years at all.
    static bool hasYears(const QString& figure);
    /// The years of the plotted figures at the figure's granularity (arrivals: years, or
    /// quarters when `quarterly`; trade: months); nullopt when there are none.
    static std::optional<YearRange> data(const Catalog& catalog, const QString& figure,
                                         bool quarterly = false);
    /// The range a figure opens on. Arrivals: from 1998 to the latest year with a final or
    /// provisional figure at the granularity, so that an import of a later year extends it.
    /// Trade: 2019–2021, the border closure and the two years around it. Both within the data.
    static std::optional<YearRange> defaultRange(const Catalog& catalog, const QString& figure,
                                                 bool quarterly = false);
    /// The span of the original briefs: arrivals 1998–2022, trade 2019–2021.
    static std::optional<YearRange> briefSpan(const QString& figure);
    /// The years a figure shows for the options' years (0 and 0: the default range): the part of
    /// the chosen range the data covers, the whole data when they do not overlap.
    static std::optional<YearRange> shown(const Catalog& catalog, const QString& figure,
                                          bool quarterly, int first, int last);
};
