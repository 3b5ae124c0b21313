// SPDX-License-Identifier: GPL-3.0-or-later
// crossings export <arrivals|trade|destinations> -o FILE [--lang en|ko] [--size WxH] [--dpi N]
//                  [--theme light|dark|contrast|print] [--years FROM-TO|all]
//                  [--view overview|asylum|us-arrivals|over-time]   (destinations)
// crossings export --like OLD_FILE -o FILE
// crossings export --all --output-dir DIR [--lang en|ko|both] [--format png,pdf,svg] [same options]
#include "commandline.h"

#include "briefingwriter.h"
#include "core/catalog.h"
#include "core/exportmetadata.h"
#include "core/figureyears.h"
#include "core/formatter.h"
#include "exportrecipe.h"
#include "figurerenderer.h"
#include "itemmodels/destinationsmodel.h"
#include "languagemanager.h"
#include "languagescope.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

/// A named size: "16:9", "4:3", "a4" (landscape), "a4-landscape", "a4-portrait".
std::optional<ExportPreset> presetNamed(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("16:9"))
        return ExportPreset::Slide16x9;
    if (n == QLatin1String("4:3"))
        return ExportPreset::Slide4x3;
    if (n == QLatin1String("a4") || n == QLatin1String("a4-landscape"))
        return ExportPreset::A4Landscape;
    if (n == QLatin1String("a4-portrait"))
        return ExportPreset::A4Portrait;
    return std::nullopt;
}

} // namespace

void CommandLine::enableDrawingCommands()
{
    s_export = &CommandLine::runExport;
    s_verify = &CommandLine::runVerify;
}

int CommandLine::runExport(const QCommandLineParser& parser, const QStringList& args)
{
    // The options are declared in CommandLine::commandOptions() (commandline.cpp).
    const auto value = [&parser](const char* name) { return parser.value(QLatin1String(name)); };
    if (args.size() > 1)
        return usageError(tr("unexpected argument \"%1\"").arg(args.at(1)));
    const QString figureName = args.value(0);
    const QString output = value("output");
    const QString outputDir = value("output-dir");
    const QString sizeText = value("size");
    const QString dpiText = value("dpi");
    const QString themeText = value("theme");
    const QString formatsText = value("format");
    const QString language = value("lang");
    const QString viewText = value("view"); // destinations only
    const QString yearsText = value("years");
    const QString like = value("like");
    const QString briefing = value("briefing"); // export --briefing FILE (briefingcommand.cpp)
    const QString paperText = value("paper");
    const bool all = parser.isSet(QStringLiteral("all"));

    if (!briefing.isEmpty())
        return exportBriefing(briefing, language, yearsText, paperText,
                              all || !figureName.isEmpty() ||
                                  !(output + outputDir + sizeText + dpiText + themeText +
                                    formatsText + viewText + like)
                                       .isEmpty());
    if (!paperText.isEmpty())
        return usageError(tr("--paper is only for \"export --briefing\""));
    if (!like.isEmpty())
        return exportLike(
            like, output, figureName,
            all ||
                !(outputDir + sizeText + dpiText + themeText + formatsText + yearsText).isEmpty());

    std::optional<FigureKind> figure;
    std::optional<ExportFormat> format;
    QList<ExportFormat> formats;
    if (all) {
        if (!figureName.isEmpty())
            return usageError(tr("export --all writes every figure: name no figure"));
        if (!output.isEmpty())
            return usageError(
                tr("export --all writes into a folder: use --output-dir DIR, not -o"));
        if (outputDir.isEmpty())
            return usageError(tr("export --all needs --output-dir DIR"));
        const QStringList names = formatsText.isEmpty() ? QStringList{QStringLiteral("png")}
                                                        : formatsText.split(QLatin1Char(','));
        for (const QString& name : names) {
            const auto f = ExportSettings::formatOf(QStringLiteral("x.") + name.trimmed());
            if (!f || name.trimmed().isEmpty())
                return usageError(tr("unknown format \"%1\" (expected png, pdf or svg)").arg(name));
            if (!formats.contains(*f))
                formats << *f;
        }
    } else {
        if (figureName.isEmpty())
            return usageError(tr("export needs a figure: arrivals, trade or destinations"));
        figure = Figure::fromName(figureName);
        if (!figure)
            return usageError(tr("unknown figure \"%1\" (expected arrivals, trade or destinations)")
                                  .arg(figureName));
        if (output.isEmpty())
            return usageError(tr("export needs an output file: -o FILE (.png, .pdf or .svg)"));
        format = ExportSettings::formatOf(output);
        if (!format)
            return usageError(
                tr("cannot tell the format of \"%1\": the file name must end in .png, "
                   ".pdf or .svg")
                    .arg(output));
        if (!outputDir.isEmpty())
            return usageError(tr("--output-dir is only for \"export --all\""));
        if (!formatsText.isEmpty())
            return usageError(tr("--format is only for \"export --all\"; with -o the file name's "
                                 "extension chooses the format"));
        if (language == QLatin1String("both"))
            return usageError(tr("--lang both is only for \"export --all\""));
    }

    std::optional<DestinationsView> destinationsView; // --view: the destinations figure's view
    if (!viewText.isEmpty()) {
        const int view = int(DestinationsModel::viewNames().indexOf(viewText));
        if (all || figure != FigureKind::Destinations)
            return usageError(tr("--view is only for \"export destinations\""));
        if (view < 0)
            return usageError(tr("unknown view \"%1\" (expected overview, asylum, us-arrivals or "
                                 "over-time)")
                                  .arg(viewText));
        destinationsView = static_cast<DestinationsView>(view);
    }

    ExportSettings settings;
    std::optional<ExportPreset> preset;
    if (!sizeText.isEmpty()) {
        preset = presetNamed(sizeText);
        if (!preset) {
            const QSize size = ExportSettings::parseSize(sizeText);
            if (!size.isValid() || size.isEmpty())
                return usageError(tr("invalid size \"%1\" (expected WIDTHxHEIGHT in pixels, e.g. "
                                     "1920x1080, or 16:9, 4:3, a4-landscape, a4-portrait)")
                                      .arg(sizeText));
            preset = ExportPreset::Custom;
            settings.customSize = size;
        }
    }
    if (!dpiText.isEmpty()) {
        bool ok = false;
        settings.dpi = dpiText.toInt(&ok);
        if (!ok || settings.dpi < ExportSettings::MinDpi || settings.dpi > ExportSettings::MaxDpi)
            return usageError(tr("invalid DPI \"%1\" (expected a whole number from %2 to %3)")
                                  .arg(dpiText)
                                  .arg(ExportSettings::MinDpi)
                                  .arg(ExportSettings::MaxDpi));
    }
    if (!themeText.isEmpty()) {
        const auto theme = ExportSettings::themeFromName(themeText);
        if (!theme)
            return usageError(tr("unknown theme \"%1\" (expected light, dark, contrast or print)")
                                  .arg(themeText));
        settings.theme = *theme;
    }
    // Slides by default; a PDF without a size is an A4 landscape page.
    const auto settingsFor = [&](ExportFormat f) {
        ExportSettings s = settings;
        s.format = f;
        s.preset = preset.value_or(f == ExportFormat::Pdf ? ExportPreset::A4Landscape
                                                          : ExportPreset::Slide16x9);
        // An A4 page as an image is for print (issue 19.7), as in the export dialog.
        if (dpiText.isEmpty() && s.isPage() && f == ExportFormat::Png)
            s.dpi = ExportSettings::PrintDpi;
        return s;
    };
    for (ExportFormat f : all ? formats : QList<ExportFormat>{*format}) {
        const ExportSettings s = settingsFor(f);
        if (const QString invalid = s.validate(); !invalid.isEmpty())
            return usageError(invalid);
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
    if (years && !all && !FigureYears::hasYears(figureName))
        return usageError(tr("the %1 figure has no range of years: it compares each country's "
                             "latest figure (--years all is accepted)")
                              .arg(figureName));

    Store store;
    Catalog catalog;
    // One figure: the years it shows are read once known (below); every figure: the store.
    if (all ? !openCatalog(store, catalog) : !openCatalog(store, catalog, *figure))
        return Failure;

    // The options each figure is drawn with: its default range (from the data), everything
    // (--years all) or the range asked for, which must lie within the figure's data (with
    // --all: overlap it; each figure then shows the part its data covers).
    QMap<FigureKind, FigureOptions> figureOptions;
    for (FigureKind kind : all ? Figure::all() : QList<FigureKind>{*figure}) {
        FigureOptions o;
        if (kind == FigureKind::Destinations && destinationsView)
            o.destinationsView = *destinationsView;
        const QString name = Figure::name(kind);
        const auto data = FigureYears::data(catalog, name);
        if (data && allYears) {
            o.firstYear = data->first;
            o.lastYear = data->last;
        } else if (data && years) {
            if (all ? !data->overlaps(*years) : !data->contains(*years))
                return usageError(tr("the years %1 are outside the %2 figures, which cover %3")
                                      .arg(years->label(), name, data->label()));
            const YearRange shown = years->intersected(*data);
            o.firstYear = shown.first;
            o.lastYear = shown.last;
        } else if (!data && years && !all && FigureYears::hasYears(name)) {
            return usageError(tr("the years %1 are outside the %2 figures: there are none")
                                  .arg(years->label(), name));
        }
        figureOptions.insert(kind, o);
    }

    const auto fail = [&](const QString& message) {
        err() << tr("crossings: %1").arg(message) << '\n';
        err().flush();
        return Failure;
    };

    if (!all) {
        if (!readFigure(store, catalog, *figure, figureOptions.value(*figure)))
            return Failure;
        ExportSettings s = settingsFor(*format);
        s.language = language;
        const FigureRenderer renderer(*figure, &catalog, figureOptions.value(*figure));
        QString error;
        if (!renderer.write(output, s, &error))
            return fail(error);
        return Success;
    }

    const QDir dir(outputDir);
    if (!QDir().mkpath(outputDir) || !QFileInfo(outputDir).isDir())
        return fail(
            tr("could not create the folder \"%1\"").arg(QDir::toNativeSeparators(outputDir)));
    const QStringList languages =
        language == QLatin1String("both")
            ? LanguageManager::available()
            : QStringList{language.isEmpty() ? LanguageScope::current() : language};
    for (const QString& lang : languages) {
        for (FigureKind kind : Figure::all()) {
            const FigureRenderer renderer(kind, &catalog, figureOptions.value(kind));
            for (ExportFormat f : std::as_const(formats)) {
                ExportSettings s = settingsFor(f);
                s.language = lang;
                const QString path = dir.filePath(renderer.fileName(s));
                QString error;
                if (!renderer.write(path, s, &error))
                    return fail(error);
                out() << QDir::toNativeSeparators(path) << '\n';
            }
        }
    }
    return finishOut();
}

int CommandLine::exportLike(const QString& like, const QString& output, const QString& figureName,
                            bool otherOptions)
{
    if (!figureName.isEmpty() || otherOptions)
        return usageError(tr("export --like takes the figure and its settings from the old file: "
                             "give only -o FILE"));
    if (output.isEmpty())
        return usageError(tr("export needs an output file: -o FILE (.png, .pdf or .svg)"));
    const auto format = ExportSettings::formatOf(output);
    if (!format)
        return usageError(tr("cannot tell the format of \"%1\": the file name must end in .png, "
                             ".pdf or .svg")
                              .arg(output));
    const auto fail = [&](const QString& message) {
        err() << tr("crossings: %1").arg(message) << '\n';
        err().flush();
        return Failure;
    };
    const ExportMetadata::Result old = ExportMetadata::read(like);
    // A briefing pack: the same pack (language, paper, each figure's years) on today's data.
    if (const auto briefing = old.status == ExportMetadata::Status::Found
                                  ? BriefingOptions::fromProvenance(old.provenance)
                                  : std::nullopt) {
        if (*format != ExportFormat::Pdf)
            return usageError(tr("a briefing pack is a PDF: give -o a file name ending in .pdf"));
        return writeBriefing(*briefing, output);
    }
    const auto recipe = old.status == ExportMetadata::Status::Found
                            ? ExportRecipe::fromProvenance(old.provenance)
                            : std::nullopt;
    if (!recipe)
        return fail(
            tr("cannot draw \"%1\" again: %2")
                .arg(QDir::toNativeSeparators(like),
                     old.error.isEmpty() ? tr("it names no figure Crossings draws") : old.error));
    ExportSettings settings = recipe->settings;
    settings.format = *format;
    if (!recipe->hasSettings) // Crossings 0.1 recorded no size: the defaults of the format
        settings.preset =
            *format == ExportFormat::Pdf ? ExportPreset::A4Landscape : ExportPreset::Slide16x9;

    Store store;
    Catalog catalog;
    if (!openCatalog(store, catalog, recipe->kind) ||
        !readFigure(store, catalog, recipe->kind, recipe->options))
        return Failure;
    const FigureRenderer renderer(recipe->kind, &catalog, recipe->options);
    QString error;
    if (!renderer.write(output, settings, &error))
        return fail(error);
    return Success;
}
