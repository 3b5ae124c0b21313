// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/xmppacket.h"

#include <QXmlStreamWriter>

QString XmpPacket::toString() const
{
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString cr = QStringLiteral("https://example.invalid/crossings/ns/provenance/1.0/");
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeProcessingInstruction(
        QStringLiteral("xpacket"),
        QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(pdf, QStringLiteral("pdf"));
    w.writeNamespace(xmp, QStringLiteral("xmp"));
    w.writeNamespace(cr, QStringLiteral("crossings"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));
    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    const auto alt = [&](const QString& name, const QString& text) {
        w.writeStartElement(dc, name);
        w.writeStartElement(rdf, QStringLiteral("Alt"));
        w.writeStartElement(rdf, QStringLiteral("li"));
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        w.writeCharacters(text);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    alt(QStringLiteral("title"), title);
    alt(QStringLiteral("description"), description);
    w.writeStartElement(dc, QStringLiteral("language"));
    w.writeStartElement(rdf, QStringLiteral("Bag"));
    w.writeTextElement(rdf, QStringLiteral("li"), language);
    w.writeEndElement();
    w.writeEndElement();
    w.writeTextElement(dc, QStringLiteral("format"), QStringLiteral("application/pdf"));
    w.writeTextElement(pdf, QStringLiteral("Keywords"), keywords);
    w.writeTextElement(pdf, QStringLiteral("Producer"), QStringLiteral("Qt " QT_VERSION_STR));
    w.writeTextElement(xmp, QStringLiteral("CreatorTool"),
                       QStringLiteral("Crossings %1").arg(version));
    w.writeTextElement(cr, QStringLiteral("figure"), figure);
    w.writeTextElement(cr, QStringLiteral("language"), language);
    if (!years.isEmpty())
        w.writeTextElement(cr, QStringLiteral("years"), years);
    w.writeTextElement(cr, QStringLiteral("dataDate"), dataDate);
    w.writeTextElement(cr, QStringLiteral("dataChecksum"), dataChecksum);
    if (!sourceIds.isEmpty()) {
        w.writeStartElement(cr, QStringLiteral("sources"));
        w.writeStartElement(rdf, QStringLiteral("Seq"));
        for (const QString& id : sourceIds)
            w.writeTextElement(rdf, QStringLiteral("li"), id);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeTextElement(cr, QStringLiteral("version"), version);
    w.writeTextElement(cr, QStringLiteral("provenance"), provenanceJson);
    w.writeEndElement(); // Description
    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return out;
}
