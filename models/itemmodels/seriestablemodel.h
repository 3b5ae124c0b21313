// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "itemmodels/catalogtablemodel.h"

class Catalog;

/// A dataset as a table: one row per period, one column per series, each cell the plotted
/// figure of that quantity (alternatives reachable through DataRole::Alternatives).
/// Column 0 is the period. Rows can be limited to a granularity and a range of years.
class SeriesTableModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum class Granularity { Year, Quarter, Month };
    /// Whether the catalog holds the dataset's figures of the years shown (all its figures, or
    /// a range covering the years, Catalog::requireYears).
    bool hasData() const override;

    SeriesTableModel(Catalog* catalog, Term::Dataset dataset, const QStringList& series,
                     QObject* parent = nullptr);

    Term::Dataset dataset() const { return m_dataset; }
    QStringList series() const { return m_series; }
    Granularity granularity() const { return m_granularity; }
    void setGranularity(Granularity g);
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    void setYearRange(int first, int last);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Period period(int row) const;
    /// The plotted observation in a cell, or nullptr.
    const Observation* observation(int row, int column) const;
    /// The cell holding an observation, invalid if not shown.
    QModelIndex indexOf(qint64 observationId) const;
    /// All plotted observations shown (for citations and export provenance).
    QList<Observation> shownObservations() const;

private:
    bool accepts(const Period& p) const;
    void rebuild() override;
    QStringList datasets() const override { return {Datasets::name(m_dataset)}; }

    Term::Dataset m_dataset;
    QStringList m_series;
    Granularity m_granularity = Granularity::Year;
    int m_firstYear = 0;
    int m_lastYear = 9999;
    struct Row
    {
        Period period;
        QList<Observation> cells; ///< one per series; id 0 = nothing known
    };
    QList<Row> m_rows;
};
