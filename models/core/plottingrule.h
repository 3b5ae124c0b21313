// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QHash>
#include <QList>
#include <QString>

/// The plotting rule (docs/DATA-FORMAT.md): which one figure of a quantity is plotted. A pure
/// function of the figures and their sources, with no store behind it: the store applies it to
/// the quantities an import or undo touches (Store::applyImport, Store::undoLastImport), a
/// snapshot of any subset of quantities gets the same choice as the whole store would.
namespace PlottingRule {

/// Sets `plotted` on every figure given: true for the one chosen per quantity, false for the
/// others. Only figures of the dataset's plotted compiler (Vocabulary::plottedCompiler) are
/// eligible; then by status (final, provisional, estimate, derived, superseded), then exact over
/// approximate, then source kind (official, press, estimate, article), then the newer source,
/// then the lower id. A misprint (erratum) is never plotted. `sources` needs the kind and
/// publication date of the sources the figures cite.
void choose(QList<Observation>* observations, const QHash<QString, Source>& sources);

} // namespace PlottingRule
