// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "core/validationissue.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// What an import would do, as its preview shows it, before anything is written: ImportPlan
/// (storage/importplan.h) works it out, the preview's table models (itemmodels) read it row by
/// row, so a file of 250,000 rows is never copied into cells.
class ImportPreview
{
public:
    /// A figure the import marks superseded, and the newer figure that corrects it. Usually the
    /// superseded figure is stored and the correction comes from the file; when the file brings
    /// a figure that a stored, newer source already corrected, it is the other way round and the
    /// file's figure is added as superseded. (Figures from the file have line > 0.)
    struct Change
    {
        Observation superseded;
        Observation by;
    };
    /// A new figure and the figures of the same quantity it disagrees with.
    struct Conflict
    {
        Observation incoming;
        QList<Observation> others; ///< at most MaxListedConflicts
        int more = 0;              ///< further differing figures, not listed
    };
    static constexpr int MaxListedConflicts = 5;
    /// A row of the file, or a new source, whose texts lack their Korean form (accepted: the
    /// Korean window shows the English, marked).
    struct MissingKorean
    {
        int line = 0;        ///< the figure's line; 0 for a source
        QString sourceId;    ///< a new source; empty for a figure
        QStringList columns; ///< missing: note_ko, locator_ko, source_title_ko, source_note_ko
    };

    virtual ~ImportPreview() = default;

    virtual bool isValid() const = 0;
    virtual QString fileName() const = 0;
    /// The first problems found, in file order, each with its line and column.
    virtual const QList<ValidationIssue>& issues() const = 0;
    /// How many problems were found in all.
    virtual int problemCount() const = 0;
    /// The problems not in issues(), counted by kind, most first.
    virtual QList<QPair<QString, int>> unlistedProblems() const = 0;

    virtual const QList<Observation>& additions() const = 0;
    virtual int newSourceCount() const = 0;
    virtual int changeCount() const = 0;
    /// Change i, 0 <= i < changeCount().
    virtual Change change(int i) const = 0;
    virtual int conflictCount() const = 0;
    /// Conflict i, 0 <= i < conflictCount().
    virtual Conflict conflict(int i) const = 0;
    /// The figures and new sources without a Korean form, in file order (sources first).
    virtual QList<MissingKorean> missingKorean() const = 0;

    /// The language of the texts below (a display setting: a preview sets it to the window's
    /// when that changes; main thread only).
    virtual void setLanguage(Language language) const = 0;
    /// "Arrivals, South Korea, 2025" in the language set.
    virtual QString quantityText(const Observation& o) const = 0;
    /// "224 people (final)" in the language set.
    virtual QString valueText(const Observation& o) const = 0;
    /// The source's title and date in the language set.
    virtual QString sourceText(const QString& sourceId) const = 0;
    /// The source's outlet (else title) and date, for the change and conflict lines.
    virtual QString shortSourceText(const QString& sourceId) const = 0;

protected:
    ImportPreview() = default;
    ImportPreview(const ImportPreview&) = default;
    ImportPreview& operator=(const ImportPreview&) = default;
    ImportPreview(ImportPreview&&) = default;
    ImportPreview& operator=(ImportPreview&&) = default;
};
