// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class Catalog;

/// The base of every table of the catalog (SeriesTableModel, DestinationsModel, EventsModel,
/// AuditModel, ConflictsModel): it follows the catalog, whose reload (after an import) resets
/// every model at once, and the language, whose change retranslate() announces. A subclass fills
/// its rows in rebuild() and calls it once at the end of its constructor.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    Catalog* catalog() const { return m_catalog; }

    /// The language changed: every header and cell is announced as changed (their texts are
    /// computed in the current language at call time).
    void retranslate();

protected:
    explicit CatalogTableModel(Catalog* catalog, QObject* parent = nullptr);

    /// Fills the rows from the catalog; called between beginResetModel() and endResetModel()
    /// when the catalog resets.
    virtual void rebuild() = 0;

private:
    Catalog* m_catalog;
};
