// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

class Catalog;

/// Whether an exported figure is still current against the store: the figures it plotted, read
/// from its provenance, compared with what the same figure plots today. Exports that record
/// their plotted figures (Crossings 0.2 on) are compared value by value, so every change is
/// named; those of 0.1 record only a checksum, which is compared with today's.
class ExportCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExportCheck)

public:
    /// One plotted figure as an export records it.
    struct Figure
    {
        QString key; ///< Observation::quantityKey(): "arrivals|total|2025|KR"
        qint64 value = 0;
        QString status;
        QString sourceId;
    };
    enum class Verdict { Current, Outdated, CannotTell, Unreadable };
    struct Change
    {
        QString key;
        std::optional<Figure> before;   ///< none: a figure the export did not plot
        std::optional<Observation> now; ///< none: no longer plotted
    };
    struct Result
    {
        Verdict verdict = Verdict::CannotTell;
        QList<Change> changes;   ///< Outdated (by value): every figure that changed
        bool byChecksum = false; ///< an 0.1 export: the changed values cannot be named
        QString message;         ///< why CannotTell or Unreadable, in the UI language
        QJsonObject provenance;
        QString format; ///< "png", "pdf", "svg"
    };
    /// What the figure described by a provenance plots today (views draw it; the models cannot);
    /// nullopt when the provenance names no figure that can be drawn.
    using Replot = std::function<std::optional<QList<Observation>>(const QJsonObject&)>;

    /// Compact record of plotted figures: [["arrivals|total|2025|KR",223,"final","src"],…].
    static QJsonArray encode(const QList<Observation>& plotted);
    /// nullopt when malformed.
    static std::optional<QList<Figure>> decode(const QJsonValue& value);

    static Result check(const QJsonObject& provenance, const Catalog& catalog,
                        const Replot& replot);
    /// Reads the file's provenance (ExportMetadata) and checks it.
    static Result checkFile(const QString& path, const Catalog& catalog, const Replot& replot);

    /// "Arrivals, 2025: 224 → 223 (final; source: …)", in the UI language.
    static QString describe(const Change& change, const Catalog& catalog);
    /// "current", "outdated", "cannot tell", "unreadable" (stable, for CSV and scripts).
    static QString verdictCode(Verdict verdict);
};
