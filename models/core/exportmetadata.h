// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

/// Reads back the provenance Crossings writes into its exported figures (docs/EXPORT.md), from
/// the file's bytes alone: no image decoder, painter or widget. PNG: the "Crossings-Provenance"
/// text chunk (tEXt, zTXt or iTXt); PDF: the XMP packet's crossings:provenance; SVG: the
/// <metadata>'s crossings:json. Malformed input is never trusted: lengths are bounded, a chunk
/// that runs past the end stops the reading.
class ExportMetadata
{
    Q_DECLARE_TR_FUNCTIONS(ExportMetadata)

public:
    enum class Status {
        Found,      ///< the provenance JSON is in provenance
        Missing,    ///< a PNG, PDF or SVG without Crossings' provenance (stripped, or not ours)
        Unreadable, ///< the file cannot be opened, or is no PNG, PDF or SVG
    };
    struct Result
    {
        Status status = Status::Unreadable;
        QString format; ///< "png", "pdf", "svg"; empty when unknown
        QJsonObject provenance;
        QString error; ///< why Unreadable or Missing, in the UI language
    };

    static Result read(const QString& path);
    static Result fromBytes(const QByteArray& bytes);

    /// The text of a PNG text chunk with this keyword (tEXt Latin-1, zTXt, iTXt UTF-8, compressed
    /// or not); nullopt when absent or when the PNG is malformed.
    static std::optional<QString> pngText(const QByteArray& png, const QByteArray& keyword);
    /// Whether the bytes are a PNG with only well-formed chunks up to IEND.
    static bool isPng(const QByteArray& bytes);
    /// The PNG without its text chunks (tEXt, zTXt, iTXt), as slide software re-encodes images.
    static QByteArray withoutPngText(const QByteArray& png);

    /// The largest file read (a figure is a few megabytes; a 10,000-pixel PNG stays below).
    static constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;
};
