// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// What Qt 6.4's QPdfWriter cannot write: a document outline (bookmarks), the /PageMode that
/// opens it, and /Subject and /Keywords in the document information dictionary. Added as an
/// incremental update appended to the file (a new catalog and information dictionary, the
/// outline objects, a cross-reference section for them and a trailer pointing at the previous
/// one), as PDF readers apply the revisions of a document: the bytes Qt wrote stay as they are,
/// so no offset of theirs needs to move.
class PdfOutline
{
public:
    struct Entry
    {
        QString title;
        int page = 0;  ///< 0-based page index
        int level = 0; ///< 0 top level, 1 under the previous top-level entry
    };

    /// The PDF with the outline and the information added; an empty array when the PDF is not
    /// laid out as expected (no trailer, catalog, page tree or information dictionary), or an
    /// entry names a page the document does not have.
    static QByteArray add(const QByteArray& pdf, const QList<Entry>& entries,
                          const QString& subject, const QString& keywords);

    /// A PDF text string: UTF-16BE with its byte order mark, in hex ("<FEFF…>").
    static QByteArray textString(const QString& text);
    /// The object numbers of the document's pages, in order (a flat or nested page tree).
    static QList<int> pages(const QByteArray& pdf);
};
