// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/catalogtablemodel.h"

#include "core/catalog.h"
#include "core/terms.h"

#include <algorithm>

CatalogTableModel::CatalogTableModel(Catalog* catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(m_catalog, &Catalog::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_catalog, &Catalog::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(m_catalog, &Catalog::datasetsLoaded, this, [this](const QStringList& added) {
        const QStringList mine = datasets();
        if (!std::any_of(added.cbegin(), added.cend(),
                         [&mine](const QString& d) { return mine.contains(d); }))
            return;
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(m_catalog, &Catalog::languageChanged, this, &CatalogTableModel::retranslate);
}

QStringList CatalogTableModel::datasets() const
{
    return Datasets::names();
}

bool CatalogTableModel::hasData() const
{
    return m_catalog->holds(datasets());
}

Language CatalogTableModel::language() const
{
    return m_catalog->language();
}

QLocale CatalogTableModel::locale() const
{
    return m_catalog->locale();
}

void CatalogTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns <= 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
}
