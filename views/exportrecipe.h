// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurerenderer.h"

#include <QJsonObject>

#include <optional>

class Catalog;

/// What an exported file records of how it was made (its provenance, docs/EXPORT.md): the
/// figure, its options (years, theme…), the language and the export settings (format, preset,
/// size, DPI). Read back, it draws the same figure again on today's data (`export --like`) and
/// tells what that figure plots today (`verify`).
struct ExportRecipe
{
    FigureKind kind = FigureKind::Arrivals;
    FigureOptions options;
    ExportSettings settings;
    bool hasSettings = false; ///< false for exports of Crossings 0.1 (figure and options only)

    /// nullopt when the provenance names no figure.
    static std::optional<ExportRecipe> fromProvenance(const QJsonObject& provenance);
    /// The figures drawn with these options on the catalog's data today.
    QList<Observation> plotted(Catalog* catalog) const;

    /// {"format":"png","preset":"16:9","size":"1920x1080","dpi":96}
    static QJsonObject settingsJson(const ExportSettings& settings);
    /// "16:9", "4:3", "a4-landscape", "a4-portrait", "custom"
    static QString presetName(ExportPreset preset);
    /// Also "a4" (landscape); nullopt when unknown.
    static std::optional<ExportPreset> presetFromName(const QString& name);
};
