// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importpreview.h"

#include <QAbstractTableModel>

/// One table of the import preview (new figures, changes, conflicts, rows without Korean, or
/// problems) read from the preview row by row: a cell's text is made when a view asks for it,
/// so a file of 250,000 rows costs what the plan already holds, not a million table items.
/// Texts are in the current UI language; retranslate() announces a change of language.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Part { Additions, Changes, Conflicts, MissingKorean, Problems };

    /// preview must outlive the model.
    ImportPreviewModel(const ImportPreview& preview, Part part, QObject* parent = nullptr);

    Part part() const { return m_part; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The language changed: every header and cell is announced as changed.
    void retranslate();

private:
    /// The text of a cell; a number column's 0 is empty.
    QString text(int row, int column) const;
    /// Whether a column holds a line or column number (right-aligned, no tooltip).
    bool isNumber(int row, int column) const;

    const ImportPreview& m_preview;
    Part m_part;
    QList<ImportPreview::MissingKorean> m_missing; ///< Part::MissingKorean's rows
    QList<QPair<QString, int>> m_unlisted;         ///< Part::Problems' rows after the listed
};
