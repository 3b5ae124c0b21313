// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figureyears.h"

#include "core/catalog.h"
#include "core/terms.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
const QString Arrivals = Datasets::name(Term::Dataset::Arrivals);
const QString Trade = Datasets::name(Term::Dataset::Trade);

/// Whether a figure of the dataset is drawn at the figure's granularity.
bool drawn(const QString& figure, const Period& p, bool quarterly)
{
    using K = Period::Kind;
    if (figure == Trade)
        return p.kind() == K::Month || (p.kind() == K::Span && p.unitKind() == K::Month);
    if (quarterly)
        return p.kind() == K::Quarter || p.kind() == K::HalfYear;
    return p.kind() == K::Year ||
           ((p.kind() == K::UpTo || p.kind() == K::Span) && p.unitKind() == K::Year);
}
} // namespace

YearRange YearRange::intersected(const YearRange& other) const
{
    if (!overlaps(other))
        return {};
    return {std::max(first, other.first), std::min(last, other.last)};
}

QString YearRange::code() const
{
    return QStringLiteral("%1-%2").arg(first).arg(last);
}

QString YearRange::label() const
{
    return first == last ? QString::number(first)
                         : QStringLiteral("%1\u2013%2").arg(first).arg(last);
}

std::optional<YearRange> YearRange::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*(?:[-\u2013\u2012~]\\s*(\\d{4}))?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    YearRange r;
    r.first = m.captured(1).toInt();
    r.last = m.captured(2).isEmpty() ? r.first : m.captured(2).toInt();
    if (!r.isValid())
        return std::nullopt;
    return r;
}

bool FigureYears::hasYears(const QString& figure)
{
    return figure == Arrivals || figure == Trade;
}

std::optional<YearRange> FigureYears::data(const Catalog& catalog, const QString& figure,
                                           bool quarterly)
{
    if (!hasYears(figure))
        return std::nullopt;
    const std::optional<Term::Dataset> dataset = Datasets::fromName(figure);
    if (!dataset)
        return std::nullopt;
    YearRange r{9999, 0};
    // The plotted figures' periods, each once (Catalog::plottedPeriods): not a copy of every
    // figure each time a page asks its years.
    for (const Catalog::PlottedPeriod& p : catalog.plottedPeriods(*dataset)) {
        if (!drawn(figure, p.period, quarterly))
            continue;
        // A span drawn across two months or years counts for the year it ends in, as the tables
        // file it (SeriesTableModel).
        r.first = std::min(r.first, p.period.end().year());
        r.last = std::max(r.last, p.period.end().year());
    }
    if (r.last == 0)
        return std::nullopt;
    return r;
}

std::optional<YearRange> FigureYears::defaultRange(const Catalog& catalog, const QString& figure,
                                                   bool quarterly)
{
    const auto data = FigureYears::data(catalog, figure, quarterly);
    if (!data)
        return std::nullopt;
    if (figure == Trade) {
        const YearRange shown = briefSpan(figure)->intersected(*data);
        return shown.isValid() ? shown : *data;
    }
    // Arrivals: up to the latest year with a final or provisional figure; estimates, derived or
    // superseded figures alone do not make a year "published".
    int latest = 0;
    for (const Catalog::PlottedPeriod& p : catalog.plottedPeriods(*Datasets::fromName(figure))) {
        if (p.period.isSingle() && drawn(figure, p.period, quarterly) &&
            (p.status == Term::Status::Final || p.status == Term::Status::Provisional))
            latest = std::max(latest, p.period.end().year());
    }
    YearRange r{std::max(briefSpan(figure)->first, data->first), latest ? latest : data->last};
    if (!r.isValid())
        return *data;
    return r;
}

std::optional<YearRange> FigureYears::briefSpan(const QString& figure)
{
    if (figure == Arrivals)
        return YearRange{1998, 2022};
    if (figure == Trade)
        return YearRange{2019, 2021};
    return std::nullopt;
}

std::optional<YearRange> FigureYears::shown(const Catalog& catalog, const QString& figure,
                                            bool quarterly, int first, int last)
{
    const auto data = FigureYears::data(catalog, figure, quarterly);
    if (!data)
        return std::nullopt;
    const auto fallback = defaultRange(catalog, figure, quarterly);
    const YearRange chosen{first > 0 ? first : fallback->first, last > 0 ? last : fallback->last};
    const YearRange r = chosen.intersected(*data);
    return r.isValid() ? r : *data;
}
