// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include <QAbstractTableModel>

class Catalog;

/// Where defectors live, one figure per row: what is counted, where, as of when.
/// The overview keeps one headline figure per country; the other views list the 2013 asylum
/// decisions and the US refugee arrivals by fiscal year.
class DestinationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class View { Overview, AsylumDecisions, UsArrivals };
    enum Column { CountryColumn, CountedColumn, PeriodColumn, ValueColumn, StatusColumn, ColumnCount };

    explicit DestinationsModel(Catalog* catalog, QObject* parent = nullptr);

    View view() const { return m_view; }
    void setView(View view);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Observation* observation(int row) const;
    QModelIndex indexOf(qint64 observationId) const;
    QList<Observation> shownObservations() const { return m_rows; }
    void retranslate();

private:
    void rebuild();

    Catalog* m_catalog;
    View m_view = View::Overview;
    QList<Observation> m_rows;
};
