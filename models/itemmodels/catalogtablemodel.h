// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QAbstractTableModel>
#include <QLocale>

class Catalog;

/// The base of every table of the catalog (SeriesTableModel, DestinationsModel, EventsModel,
/// AuditModel, ConflictsModel): it follows the catalog, whose reload (after an import) resets
/// every model at once, and the catalog's language (Catalog::language(): the window's, or one
/// given to the catalog), whose change retranslate() announces. A subclass fills its rows in
/// rebuild() and calls it once at the end of its constructor; its texts are in language() and
/// its numbers and period labels in locale(), never in the default QLocale.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    Catalog* catalog() const { return m_catalog; }
    /// The language of the texts shown: the catalog's.
    Language language() const;
    /// The locale of language(): numbers and period labels.
    QLocale locale() const;

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
