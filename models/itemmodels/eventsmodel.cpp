// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/eventsmodel.h"

#include "core/catalog.h"
#include "core/formatter.h"

EventsModel::EventsModel(Catalog* catalog, const QString& figure, QObject* parent)
    : CatalogTableModel(catalog, parent)
    , m_figure(figure)
{
    rebuild();
}

void EventsModel::rebuild()
{
    m_rows = catalog()->events(m_figure);
}

int EventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TimelineEvent* EventsModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant EventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& e = m_rows.at(index.row());
    if (role == roleId(DataRole::PeriodStart))
        return e.period.start().isValid() ? e.period.start() : e.period.end();
    if (role == roleId(DataRole::SourceId))
        return e.sourceId;
    if (role == Qt::ToolTipRole)
        return Formatter(locale()).citation(catalog()->source(e.sourceId));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return e.period.label(locale());
    case TextColumn:
        return e.text(language());
    case SourceColumn:
        return catalog()->source(e.sourceId).titleIn(language());
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TextColumn:
        return tr("Event");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}
