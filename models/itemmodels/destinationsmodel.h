// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "itemmodels/catalogtablemodel.h"

class Catalog;

/// Where defectors live, one figure per row: what is counted, where, as of when.
/// The overview keeps each country's latest headline figure (a stock or cumulative count, the
/// newest by period, provisional allowed; South Korea's from the arrivals' cumulative series);
/// the other views list the asylum decisions, the US refugee arrivals by fiscal year, and the
/// yearly series per country beside South Korea's arrivals (over time).
class DestinationsModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum class View { Overview, AsylumDecisions, UsArrivals, OverTime };
    static constexpr int ViewCount = 4;
    /// The views' names on the command line: overview, asylum, us-arrivals, over-time.
    static QStringList viewNames();
    /// The yearly series of the over-time view, in drawing order: region and "dataset|series".
    static QList<QPair<QString, QString>> yearlySeries();
    /// A region that is a community inside a country ("GB-NMD", New Malden), not a country.
    static bool isCommunity(const QString& region) { return region.contains(QLatin1Char('-')); }
    enum Column {
        CountryColumn,
        CountedColumn,
        PeriodColumn,
        ValueColumn,
        StatusColumn,
        ColumnCount
    };

    explicit DestinationsModel(Catalog* catalog, QObject* parent = nullptr);

    View view() const { return m_view; }
    void setView(View view);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Observation* observation(int row) const;
    QModelIndex indexOf(qint64 observationId) const;
    QList<Observation> shownObservations() const { return m_rows; }

private:
    void rebuild() override;
    /// The destinations and, beside them, South Korea's arrivals.
    QStringList datasets() const override;

    View m_view = View::Overview;
    QList<Observation> m_rows;
};
