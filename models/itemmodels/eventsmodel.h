// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "itemmodels/catalogtablemodel.h"
#include "itemmodels/roles.h"

class Catalog;

/// The dated events that annotate a figure, in the UI language.
class EventsModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TextColumn, SourceColumn, ColumnCount };
    // Roles: DataRole::PeriodStart (QDate) and DataRole::SourceId (roles.h).

    /// figure: "arrivals", "trade", "destinations", or empty for all events.
    EventsModel(Catalog* catalog, const QString& figure, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    const TimelineEvent* eventAt(int row) const;

private:
    void rebuild() override;
    /// None: the catalog holds the events whatever its datasets.
    QStringList datasets() const override { return {}; }

    QString m_figure;
    QList<TimelineEvent> m_rows;
};
