// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrecipe.h"

#include "itemmodels/destinationsmodel.h"

#include <QJsonArray>

#include <memory>

QString ExportRecipe::presetName(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Slide16x9:
        return QStringLiteral("16:9");
    case ExportPreset::Slide4x3:
        return QStringLiteral("4:3");
    case ExportPreset::A4Landscape:
        return QStringLiteral("a4-landscape");
    case ExportPreset::A4Portrait:
        return QStringLiteral("a4-portrait");
    case ExportPreset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<ExportPreset> ExportRecipe::presetFromName(const QString& name)
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
    if (n == QLatin1String("custom"))
        return ExportPreset::Custom;
    return std::nullopt;
}

QJsonObject ExportRecipe::settingsJson(const ExportSettings& settings)
{
    const QSize size = settings.pixelSize();
    return {{QStringLiteral("format"), ExportSettings::suffix(settings.format)},
            {QStringLiteral("preset"), presetName(settings.preset)},
            {QStringLiteral("size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
            {QStringLiteral("dpi"), settings.dpi}};
}

std::optional<ExportRecipe> ExportRecipe::fromProvenance(const QJsonObject& provenance)
{
    const auto kind = Figure::fromName(provenance.value(QStringLiteral("figure")).toString());
    if (!kind)
        return std::nullopt;
    ExportRecipe r;
    r.kind = *kind;
    const QJsonObject o = provenance.value(QStringLiteral("options")).toObject();
    r.options = Figure::optionsFromJson(o);
    FigureOptions& f = r.options;
    if (*kind == FigureKind::Trade && !o.contains(QStringLiteral("firstYear"))) {
        // Crossings 0.1 recorded no years for trade: its data, and so its figure, was 2019–2021.
        f.firstYear = 2019;
        f.lastYear = 2021;
    }

    ExportSettings& s = r.settings;
    s.theme = ExportSettings::themeFromName(o.value(QStringLiteral("theme")).toString())
                  .value_or(Theme::Light);
    const QString language = provenance.value(QStringLiteral("language")).toString();
    if (language == QLatin1String("en") || language == QLatin1String("ko"))
        s.language = language;
    const QJsonObject e = provenance.value(QStringLiteral("export")).toObject();
    if (!e.isEmpty()) {
        r.hasSettings = true;
        if (const auto format = ExportSettings::formatOf(
                QStringLiteral("x.") + e.value(QStringLiteral("format")).toString()))
            s.format = *format;
        s.preset = presetFromName(e.value(QStringLiteral("preset")).toString())
                       .value_or(ExportPreset::Custom);
        const int dpi = e.value(QStringLiteral("dpi")).toInt(96);
        s.dpi = std::clamp(dpi, ExportSettings::MinDpi, ExportSettings::MaxDpi);
        const QSize size = ExportSettings::parseSize(e.value(QStringLiteral("size")).toString());
        if (size.isValid() && !size.isEmpty())
            s.customSize = size;
        else if (s.preset == ExportPreset::Custom)
            s.preset = ExportPreset::Slide16x9;
    }
    return r;
}

QList<Observation> ExportRecipe::plotted(Catalog* catalog) const
{
    // The figure alone: what it plots needs no chart.
    const std::unique_ptr<Figure> figure(Figure::create(kind, catalog));
    figure->setOptions(options);
    return figure->plottedObservations();
}
