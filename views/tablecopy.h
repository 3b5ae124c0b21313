// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;

/// Copying a table's selection for a spreadsheet: tab-separated, rows in the order shown,
/// figures as plain numbers in base units (DataRole::Value), with a header row when more than
/// one cell is copied. With sources: a last column numbers each row's sources, listed in full
/// below the table.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    /// The full citation of a source id (empty: unknown).
    using Citation = std::function<QString(const QString& sourceId)>;

    static QString selectionAsTsv(const QAbstractItemView* view);
    /// The selection with a "Sources" column ("1; 2": the sources of the row's copied figures)
    /// and, after an empty line, each source numbered with its citation.
    static QString selectionWithSources(const QAbstractItemView* view, const Citation& citation);
    /// Adds a "Copy" action (the platform's copy shortcut, Ctrl+C) to the view.
    static QAction* install(QAbstractItemView* view);
    /// Adds a "Copy with Sources" action (no key: Ctrl+Shift+C is Copy Figure) to the view.
    static QAction* installWithSources(QAbstractItemView* view, const Citation& citation);
};
