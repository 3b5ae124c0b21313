// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsmodel.h"

#include "catalog.h"
#include "formatter.h"

EventsModel::EventsModel(Catalog* catalog, const QString& figure, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_figure(figure)
{
    connect(m_catalog, &Catalog::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_catalog, &Catalog::reset, this, [this] {
        m_rows = m_catalog->events(m_figure);
        endResetModel();
    });
    m_rows = m_catalog->events(m_figure);
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
    if (role == PeriodStartRole)
        return e.period.start().isValid() ? e.period.start() : e.period.end();
    if (role == SourceIdRole)
        return e.sourceId;
    if (role == Qt::ToolTipRole)
        return Formatter().citation(m_catalog->source(e.sourceId));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return e.period.label(QLocale());
    case TextColumn:
        return e.text(Catalog::korean());
    case SourceColumn:
        return m_catalog->source(e.sourceId).title(Catalog::korean());
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

void EventsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

SourcesModel::SourcesModel(Catalog* catalog, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    connect(m_catalog, &Catalog::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_catalog, &Catalog::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

void SourcesModel::rebuild()
{
    m_rows = m_catalog->snapshot().sources.values();
    std::sort(m_rows.begin(), m_rows.end(), [](const Source& a, const Source& b) { return a.id < b.id; });
}

int SourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source& s = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return Formatter().citation(s);
    if (role != Qt::DisplayRole)
        return {};
    const Formatter f;
    auto mark = [&](const QString& text, const QString& detail) {
        return s.isUnconfirmed(detail) && !text.isEmpty() ? tr("inferred: %1").arg(text) : text;
    };
    switch (index.column()) {
    case IdColumn:
        return s.id;
    case KindColumn:
        return f.sourceKind(s.kind);
    case TitleColumn:
        return s.title(Catalog::korean());
    case OutletColumn:
        return mark(s.outlet, QStringLiteral("outlet"));
    case AuthorColumn:
        return mark(s.author, QStringLiteral("author"));
    case DateColumn:
        return mark(f.date(s.published), QStringLiteral("published"));
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

void SourcesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
