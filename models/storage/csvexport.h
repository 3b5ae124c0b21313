// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QString>
#include <QStringList>

class Catalog;
struct Snapshot;

/// Writes datasets as CSV in the import format (docs/DATA-FORMAT.md), so that what is
/// exported imports back to the same dataset. Observations carry two extra columns that the
/// import ignores: `period_label` (human reading of the period, in the run's language) and
/// `plotted` (1 for the figure drawn, 0 for an alternative); then the Korean forms `note_ko` and
/// `locator_ko` (the locator as the Korean window shows it: the parsed locator written in Korean,
/// else the row's own locator_ko). Sources end with `outlet_ko,note_ko`, events with
/// `note_ko,locator_ko`.
///
/// With `Layout::Reading` (`crossings data … --format text`) the texts are those a reader of the
/// run's language sees: in Korean the note, locator, outlet and descriptive title are the Korean
/// forms (the English, marked, where one is missing), and the Korean columns are left out.
namespace CsvExport {
enum class Layout { Data, Reading };
enum class SourceColumns { Without, With };
/// The one writer of figures in the import format (`crossings data`, File → Export Data…):
/// the observation columns, `period_label` and `plotted`, the optional columns, with
/// SourceColumns::With each figure's source in the source columns (source_kind …
/// source_note_ko, so that the file imports into a store without the sources), then `note_ko`
/// and `locator_ko`. The datasets one after another, each in the snapshot's order. The period
/// labels are in `language`, and so are the texts with Layout::Reading.
QString figures(const Snapshot& snapshot, const QStringList& datasets, SourceColumns sources,
                Layout layout = Layout::Data, Language language = Language::English);
/// figures() of one dataset, without the source columns, in the catalog's language.
QString observations(const Catalog& catalog, const QString& dataset, Layout layout = Layout::Data);
QString sources(const Catalog& catalog, Layout layout = Layout::Data);
QString events(const Catalog& catalog, Layout layout = Layout::Data);
/// The same CSV as an aligned plain-text table, for reading in a terminal.
QString toText(const QString& csv);
} // namespace CsvExport
