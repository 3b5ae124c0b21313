// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exportmetadata.h"

#include <QFile>
#include <QJsonDocument>
#include <QXmlStreamReader>

namespace {
const QByteArray PngSignature("\x89PNG\r\n\x1a\n", 8);
const QByteArray ProvenanceKey("Crossings-Provenance");
const QString CrossingsNs = QStringLiteral("https://example.invalid/crossings/ns/provenance/1.0/");

quint32 bigEndian(const char* p)
{
    const auto* u = reinterpret_cast<const uchar*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

/// A zlib stream inflated (qUncompress wants the size first; it grows a guess that is short).
std::optional<QByteArray> inflate(const QByteArray& zlib)
{
    if (zlib.isEmpty())
        return std::nullopt;
    const quint32 guess = quint32(std::min<qint64>(qint64(zlib.size()) * 8, 64 * 1024 * 1024));
    QByteArray input(4, '\0');
    input[0] = char(guess >> 24);
    input[1] = char(guess >> 16);
    input[2] = char(guess >> 8);
    input[3] = char(guess);
    input += zlib;
    const QByteArray out = qUncompress(input);
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

struct Chunk
{
    QByteArray type;
    qsizetype start = 0; ///< of the whole chunk (length field)
    qsizetype size = 0;  ///< of the whole chunk: 12 + data
    QByteArray data;
};

/// The chunks up to IEND; nullopt when the PNG is malformed (a chunk past the end, no IEND).
std::optional<QList<Chunk>> pngChunks(const QByteArray& png)
{
    if (!png.startsWith(PngSignature))
        return std::nullopt;
    QList<Chunk> chunks;
    qsizetype at = PngSignature.size();
    while (at + 12 <= png.size()) {
        const quint32 length = bigEndian(png.constData() + at);
        if (length > quint32(0x7fffffff) || qint64(length) > qint64(png.size()) - at - 12)
            return std::nullopt;
        Chunk c;
        c.type = png.mid(at + 4, 4);
        c.start = at;
        c.size = 12 + qsizetype(length);
        c.data = png.mid(at + 8, length);
        chunks << c;
        at += c.size;
        if (c.type == "IEND")
            return chunks;
    }
    return std::nullopt;
}

QString xmlText(const QByteArray& fragment)
{
    // The element's text with its entities resolved, read as XML, not by string replacement.
    QXmlStreamReader xml("<x>" + fragment + "</x>");
    if (!xml.readNextStartElement())
        return {};
    const QString text = xml.readElementText();
    return xml.hasError() ? QString() : text;
}

std::optional<QJsonObject> json(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("figure")).isString())
        return std::nullopt;
    return o;
}
} // namespace

bool ExportMetadata::isPng(const QByteArray& bytes)
{
    return pngChunks(bytes).has_value();
}

std::optional<QString> ExportMetadata::pngText(const QByteArray& png, const QByteArray& keyword)
{
    const auto chunks = pngChunks(png);
    if (!chunks)
        return std::nullopt;
    for (const Chunk& c : *chunks) {
        const qsizetype nul = c.data.indexOf('\0');
        if (nul < 0 || c.data.left(nul) != keyword)
            continue;
        if (c.type == "tEXt")
            return QString::fromLatin1(c.data.mid(nul + 1));
        if (c.type == "zTXt") {
            if (c.data.size() < nul + 2 || c.data.at(nul + 1) != 0)
                continue;
            if (const auto text = inflate(c.data.mid(nul + 2)))
                return QString::fromLatin1(*text);
            continue;
        }
        if (c.type == "iTXt") {
            // keyword \0 compressed method language \0 translated keyword \0 text
            if (c.data.size() < nul + 3)
                continue;
            const bool compressed = c.data.at(nul + 1) != 0;
            const qsizetype language = c.data.indexOf('\0', nul + 3);
            const qsizetype translated = language < 0 ? -1 : c.data.indexOf('\0', language + 1);
            if (translated < 0)
                continue;
            const QByteArray text = c.data.mid(translated + 1);
            if (!compressed)
                return QString::fromUtf8(text);
            if (const auto inflated = inflate(text))
                return QString::fromUtf8(*inflated);
        }
    }
    return std::nullopt;
}

QByteArray ExportMetadata::withoutPngText(const QByteArray& png)
{
    const auto chunks = pngChunks(png);
    if (!chunks)
        return png;
    QByteArray out = PngSignature;
    for (const Chunk& c : *chunks) {
        if (c.type != "tEXt" && c.type != "zTXt" && c.type != "iTXt")
            out += png.mid(c.start, c.size);
    }
    return out;
}

ExportMetadata::Result ExportMetadata::read(const QString& path)
{
    QFile file(path);
    Result r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.error =
            file.exists() ? tr("cannot be read: %1").arg(file.errorString()) : tr("no such file");
        return r;
    }
    if (file.size() > MaxFileSize) {
        r.error = tr("too large for an exported figure");
        return r;
    }
    return fromBytes(file.readAll());
}

ExportMetadata::Result ExportMetadata::fromBytes(const QByteArray& bytes)
{
    Result r;
    const auto missing = [&r] {
        r.status = Status::Missing;
        r.error = tr("no Crossings provenance in the file: not exported by Crossings, or its "
                     "metadata was stripped");
        return r;
    };
    if (bytes.startsWith(PngSignature)) {
        if (!isPng(bytes)) {
            r.error = tr("a damaged PNG file");
            return r;
        }
        r.format = QStringLiteral("png");
        const auto text = pngText(bytes, ProvenanceKey);
        const auto o = text ? json(*text) : std::nullopt;
        if (!o)
            return missing();
        r.status = Status::Found;
        r.provenance = *o;
        return r;
    }
    if (bytes.startsWith("%PDF-")) {
        r.format = QStringLiteral("pdf");
        // The XMP packet is an uncompressed metadata stream (QPdfWriter); the last packet wins,
        // as in an incrementally updated PDF.
        const QByteArray open("<crossings:provenance>");
        const QByteArray close("</crossings:provenance>");
        const qsizetype start = bytes.lastIndexOf(open);
        const qsizetype end = start < 0 ? -1 : bytes.indexOf(close, start);
        if (start < 0 || end < 0 || end - start > 4 * 1024 * 1024)
            return missing();
        const auto o = json(xmlText(bytes.mid(start + open.size(), end - start - open.size())));
        if (!o)
            return missing();
        r.status = Status::Found;
        r.provenance = *o;
        return r;
    }
    QXmlStreamReader xml(bytes);
    bool svg = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (!svg) {
            if (xml.name() != QLatin1String("svg")) {
                break;
            }
            svg = true;
            r.format = QStringLiteral("svg");
            continue;
        }
        if (xml.namespaceUri() == CrossingsNs && xml.name() == QLatin1String("json")) {
            const auto o = json(xml.readElementText());
            if (!o)
                return missing();
            r.status = Status::Found;
            r.provenance = *o;
            return r;
        }
    }
    if (svg)
        return missing();
    r.error = tr("not a PNG, PDF or SVG file");
    return r;
}
