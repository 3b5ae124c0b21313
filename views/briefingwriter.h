// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechart.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QPageSize>

#include <memory>
#include <optional>

class Catalog;

/// What a briefing pack contains and how it is laid out.
struct BriefingOptions
{
    QString language = QStringLiteral("en");     ///< "en" or "ko": always given (never the UI's)
    QPageSize::PageSizeId paper = QPageSize::A4; ///< A4 or Letter
    /// Each figure's options (years, view…); a figure not named gets its defaults.
    QMap<FigureKind, FigureOptions> figures;
    QDate date = QDate::currentDate(); ///< the date on the title page

    /// "a4", "letter"; nullopt for other names.
    static std::optional<QPageSize::PageSizeId> paperFromName(const QString& name);
    static QString paperName(QPageSize::PageSizeId paper);
    /// The options a briefing's provenance records (export --like, Export Again); nullopt when
    /// the provenance is not a briefing's.
    static std::optional<BriefingOptions> fromProvenance(const QJsonObject& provenance);
};

/// The briefing pack: one PDF a staffer hands a minister. A title page (title, date, data
/// version, contents), then for each figure a landscape page with the figure as exported (the
/// FigureRenderer draws it) and, on the next pages, the table of the values it plots; the
/// caveats; the audit summary (claims checked against the data); every source of every figure
/// with the locators of the figures it gives. Page numbers on every page, an outline (bookmarks)
/// entry per section and figure, Hangul embedded, and a provenance in the XMP metadata that
/// names each figure's plotted values, so that `crossings verify` checks the pack as a whole.
///
/// Drawing happens page by page on the GUI thread (Qt Charts and LanguageScope need it), so a
/// window can draw one page per event-loop turn and show progress: start(), then drawNext()
/// until atEnd(), then finish(). encode() and write() do it all at once (command line). Nothing
/// is written to disk before finish(): write() is atomic (QSaveFile).
class BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(BriefingWriter)

public:
    BriefingWriter(Catalog* catalog, const BriefingOptions& options);
    ~BriefingWriter();
    BriefingWriter(const BriefingWriter&) = delete;
    BriefingWriter& operator=(const BriefingWriter&) = delete;

    /// Lays the pack out (every page's content) and opens the PDF in memory.
    bool start(QString* error = nullptr);
    int pageCount() const;
    int pagesDrawn() const;
    bool atEnd() const { return pagesDrawn() >= pageCount(); }
    /// Draws the next page; false when there is none or drawing failed.
    bool drawNext();
    /// The finished PDF (outline, information, provenance); empty and *error set on failure.
    QByteArray finish(QString* error = nullptr);

    /// start(), every page, finish().
    QByteArray encode(QString* error = nullptr);
    /// Checks the target, draws the pack and writes it atomically; *error in the UI language.
    bool write(const QString& path, QString* error = nullptr);

    /// The titles of the outline entries and their pages (after start()).
    QList<std::pair<QString, int>> outline() const;
    /// The provenance recorded in the file (after start()).
    QJsonObject provenance() const;
    /// "briefing-en.pdf".
    static QString fileName(const QString& language);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
