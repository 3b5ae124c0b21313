// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claimchecker.h"
#include "itemmodels/catalogtablemodel.h"
#include "itemmodels/roles.h"

class Catalog;

/// The source audit: one row per claim of the catalog, with its verdict against the data.
/// Rebuilt when the catalog resets (after an import the verdicts may change); texts are computed
/// in the current language at call time.
class AuditModel : public CatalogTableModel
{
    Q_OBJECT

public:
    /// CheckColumn holds the short result per reading; the tooltip and explanation() the full one.
    enum Column { VerdictColumn, ClaimColumn, KindColumn, SourceColumn, CheckColumn, ColumnCount };

    // Roles: DataRole (roles.h), SourceId and ClaimId … Citation.

    explicit AuditModel(Catalog* catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ClaimResult* result(int row) const;
    const QList<ClaimResult>& results() const { return m_results; }
    QModelIndex indexOf(const QString& claimId) const;
    /// Explanation of a row's verdict, one line per reading (current language).
    QString explanation(int row) const;
    /// "51 claims: …" for the page's status line.
    QString summary() const;

private:
    void rebuild() override;

    QList<ClaimResult> m_results;
};
