// SPDX-License-Identifier: GPL-3.0-or-later
#include "destinationsmodel.h"

#include "catalog.h"
#include "formatter.h"
#include "roles.h"

#include <QMap>

DestinationsModel::DestinationsModel(Catalog* catalog, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    connect(m_catalog, &Catalog::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_catalog, &Catalog::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

void DestinationsModel::setView(View view)
{
    if (view == m_view)
        return;
    beginResetModel();
    m_view = view;
    rebuild();
    endResetModel();
}

void DestinationsModel::rebuild()
{
    m_rows.clear();
    const QList<Observation> all = m_catalog->observations(QStringLiteral("destinations"));
    switch (m_view) {
    case View::Overview: {
        // The headline figure per country: the first counted series in this order, newest period.
        static const QStringList priority = {
            QStringLiteral("resettled"), QStringLiteral("asylum_granted"),
            QStringLiteral("citizenship"), QStringLiteral("residing"), QStringLiteral("in_hiding")};
        QMap<QString, Observation> best;
        for (const Observation& o : all) {
            const int rank = priority.indexOf(o.series);
            if (!o.plotted || rank < 0)
                continue;
            const auto it = best.constFind(o.region);
            if (it == best.constEnd()) {
                best.insert(o.region, o);
                continue;
            }
            const int bestRank = priority.indexOf(it->series);
            if (rank < bestRank || (rank == bestRank && it->period < o.period))
                best.insert(o.region, o);
        }
        m_rows = best.values();
        std::sort(m_rows.begin(), m_rows.end(), [](const Observation& a, const Observation& b) {
            return a.value > b.value;
        });
        break;
    }
    case View::AsylumDecisions:
        for (const Observation& o : all) {
            if (o.plotted && (o.series == QLatin1String("asylum_applications")
                              || o.series == QLatin1String("asylum_rejections")))
                m_rows.append(o);
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Observation& a, const Observation& b) {
            return a.region != b.region ? a.region < b.region : a.series < b.series;
        });
        break;
    case View::UsArrivals:
        for (const Observation& o : all) {
            if (o.plotted && o.series == QLatin1String("refugee_arrivals"))
                m_rows.append(o);
        }
        break;
    }
}

int DestinationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DestinationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Observation* DestinationsModel::observation(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QModelIndex DestinationsModel::indexOf(qint64 observationId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == observationId)
            return index(r, ValueColumn);
    }
    return {};
}

QVariant DestinationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Observation& o = m_rows.at(index.row());
    const Formatter f;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case CountryColumn:
            return m_catalog->regionName(o.region);
        case CountedColumn:
            return m_catalog->seriesName(o.dataset, o.series);
        case PeriodColumn:
            return o.period.label(QLocale());
        case ValueColumn:
            return f.value(o.value, o.unit, o.qualifier);
        case StatusColumn:
            return f.status(o.status);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::ToolTipRole:
        return tr("%1 — %2, %3 (%4)\nSource: %5")
            .arg(f.value(o.value, o.unit, o.qualifier), m_catalog->seriesName(o.dataset, o.series),
                 m_catalog->regionName(o.region), o.period.label(QLocale()),
                 f.citation(m_catalog->source(o.sourceId)));
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case roleId(DataRole::Value):
        return QVariant::fromValue(o.value);
    case roleId(DataRole::Sort):
        switch (index.column()) {
        case ValueColumn:
            return QVariant::fromValue(o.value);
        case PeriodColumn:
            return o.period.end();
        default:
            return data(index, Qt::DisplayRole);
        }
    case roleId(DataRole::Status):
        return o.status;
    case roleId(DataRole::SourceId):
        return o.sourceId;
    case roleId(DataRole::ObservationId):
        return QVariant::fromValue(o.id);
    case roleId(DataRole::Alternatives): {
        QVariantList ids;
        for (const Observation& a : m_catalog->sameQuantity(o)) {
            if (a.id != o.id)
                ids.append(a.id);
        }
        return ids;
    }
    case roleId(DataRole::HasConflict):
        return m_catalog->disagrees(o);
    case roleId(DataRole::PeriodCode):
        return o.period.code();
    case roleId(DataRole::PeriodStart):
        return o.period.start();
    case roleId(DataRole::PeriodEnd):
        return o.period.end();
    case roleId(DataRole::Qualifier):
        return o.qualifier;
    case roleId(DataRole::Unit):
        return o.unit;
    case roleId(DataRole::Note):
        return o.noteIn(languageOf(Catalog::korean()));
    case roleId(DataRole::Series):
        return o.series;
    case roleId(DataRole::Region):
        return o.region;
    default:
        return {};
    }
}

QVariant DestinationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CountryColumn:
        return tr("Country");
    case CountedColumn:
        return tr("What is counted");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Figure");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void DestinationsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
