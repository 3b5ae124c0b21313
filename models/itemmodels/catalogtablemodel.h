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
///
/// A model shows the datasets it names (datasets()) and stays empty until the catalog holds
/// all of them (hasData()): a page not shown yet reads and builds nothing (issue 23). When the
/// catalog adds datasets (Catalog::require), only the models that show one of them fill.
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

    /// The datasets whose figures the rows are made of: every dataset unless a subclass names
    /// fewer (none: the rows come from what the catalog always holds, e.g. the events).
    virtual QStringList datasets() const;
    /// Whether the catalog holds every dataset of datasets(): rebuild() leaves the rows empty
    /// otherwise.
    virtual bool hasData() const;

protected:
    explicit CatalogTableModel(Catalog* catalog, QObject* parent = nullptr);

    /// Fills the rows from the catalog (none unless hasData()); called between beginResetModel()
    /// and endResetModel() when the catalog resets, or adds one of datasets().
    virtual void rebuild() = 0;

private:
    Catalog* m_catalog;
};
