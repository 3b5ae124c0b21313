// SPDX-License-Identifier: GPL-3.0-or-later
// crossings export --briefing FILE.pdf [--lang en|ko] [--years FROM-TO|all] [--paper a4|letter]
#include "commandline.h"

#include "briefingwriter.h"
#include "core/catalog.h"
#include "core/figureyears.h"
#include "languagescope.h"
#include "storage/store.h"

#include <QTextStream>

int CommandLine::exportBriefing(const QString& output, const QString& language,
                                const QString& yearsText, const QString& paperText,
                                bool otherOptions)
{
    if (otherOptions)
        return usageError(tr("export --briefing takes only --lang, --years and --paper"));
    if (!output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return usageError(tr("a briefing pack is a PDF: \"%1\" must end in .pdf").arg(output));
    if (language == QLatin1String("both"))
        return usageError(tr("--lang both is only for \"export --all\""));
    BriefingOptions options;
    options.language = language.isEmpty() ? LanguageScope::current() : language;
    if (!paperText.isEmpty()) {
        const auto paper = BriefingOptions::paperFromName(paperText);
        if (!paper)
            return usageError(
                tr("unknown paper size \"%1\" (expected a4 or letter)").arg(paperText));
        options.paper = *paper;
    }
    const bool allYears = yearsText.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    std::optional<YearRange> years;
    if (!yearsText.isEmpty() && !allYears) {
        years = YearRange::parse(yearsText);
        if (!years)
            return usageError(tr("invalid years \"%1\" (expected FROM-TO, e.g. 1998-2022, one "
                                 "year, or \"all\")")
                                  .arg(yearsText));
    }

    Store store;
    Catalog catalog;
    if (!openCatalog(store, catalog))
        return Failure;
    // As with --all: each figure with years draws the part of the range its data covers; a
    // range that misses a figure's data entirely is refused. Destinations have no range.
    for (FigureKind kind : Figure::all()) {
        const QString name = Figure::name(kind);
        const auto data = FigureYears::data(catalog, name);
        if (!data || !FigureYears::hasYears(name))
            continue;
        FigureOptions o;
        if (allYears) {
            o.firstYear = data->first;
            o.lastYear = data->last;
        } else if (years) {
            if (!data->overlaps(*years))
                return usageError(tr("the years %1 are outside the %2 figures, which cover %3")
                                      .arg(years->label(), name, data->label()));
            const YearRange shown = years->intersected(*data);
            o.firstYear = shown.first;
            o.lastYear = shown.last;
        }
        options.figures.insert(kind, o);
    }
    BriefingWriter writer(&catalog, options);
    QString error;
    if (!writer.write(output, &error)) {
        err() << tr("crossings: %1").arg(error) << '\n';
        err().flush();
        return Failure;
    }
    return Success;
}

int CommandLine::writeBriefing(const BriefingOptions& options, const QString& output)
{
    Store store;
    Catalog catalog;
    if (!openCatalog(store, catalog))
        return Failure;
    BriefingWriter writer(&catalog, options);
    QString error;
    if (!writer.write(output, &error)) {
        err() << tr("crossings: %1").arg(error) << '\n';
        err().flush();
        return Failure;
    }
    return Success;
}
