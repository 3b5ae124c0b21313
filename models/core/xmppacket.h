// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The XMP packet of an exported PDF, a figure's or a briefing pack's: Dublin Core title,
/// description and language, the PDF keywords and producer, and the crossings: namespace whose
/// `provenance` element ExportMetadata reads back (`verify`, `export --like`). The one writer
/// (FigureRenderer and BriefingWriter both use it).
struct XmpPacket
{
    QString title;
    QString description; ///< dc:description: the figure's sources, or the pack's subject
    QString keywords;    ///< pdf:Keywords
    QString language;    ///< "en" or "ko"
    QString figure;      ///< "arrivals", "trade", "destinations" or "briefing"
    QString years;       ///< "1998-2024"; empty: no crossings:years element
    QString dataDate;
    QString dataChecksum;
    QStringList sourceIds;  ///< crossings:sources, in order; empty: no such element
    QString version;        ///< of Crossings
    QString provenanceJson; ///< the provenance as compact JSON (crossings:provenance)

    /// The packet, from `<?xpacket begin…?>` to `<?xpacket end="w"?>`.
    QString toString() const;
};
