// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "itemmodels/catalogtablemodel.h"
#include "itemmodels/roles.h"

class Catalog;

/// Every quantity for which sources report different values (revisions included): one row per
/// reported value, the plotted one first in each group, with how it compares with the plotted one.
class ConflictsModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum Column {
        QuantityColumn,
        PeriodColumn,
        ValueColumn,
        DifferenceColumn,
        StatusColumn,
        PublishedColumn,
        SourceColumn,
        ColumnCount
    };

    // Roles: DataRole (roles.h), the figure roles and QuantityKey, Group, Plotted, Agrees.

    explicit ConflictsModel(Catalog* catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Observation* observation(int row) const;
    /// How many quantities have conflicting values.
    int quantityCount() const { return m_groups; }
    QModelIndex indexOf(qint64 observationId) const;

private:
    struct Row
    {
        Observation observation;
        qint64 plottedValue = 0;
        Term::Qualifier plottedQualifier = Term::Qualifier::Exact;
        int group = 0;
    };
    void rebuild() override;
    static bool agrees(const Row& row);

    QList<Row> m_rows;
    int m_groups = 0;
};
