// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Catalog;

/// Writes datasets as CSV in the import format (docs/DATA-FORMAT.md), so that what is
/// exported imports back to the same dataset. Observations carry two extra columns that the
/// import ignores: `period_label` (human reading of the period) and `plotted` (1 for the figure
/// drawn, 0 for an alternative).
namespace CsvExport {
QString observations(const Catalog& catalog, const QString& dataset);
QString sources(const Catalog& catalog);
QString events(const Catalog& catalog);
/// The same CSV as an aligned plain-text table, for reading in a terminal.
QString toText(const QString& csv);
} // namespace CsvExport
