// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;
class QAction;

/// Copying a table's selection for a spreadsheet: tab-separated, rows in the order shown,
/// figures as plain numbers in base units (DataRole::Value), with a header row when more than
/// one cell is copied.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    static QString selectionAsTsv(const QAbstractItemView* view);
    /// Adds a "Copy" action (the platform's copy shortcut, Ctrl+C) to the view.
    static QAction* install(QAbstractItemView* view);
};
