// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/conflictsmodel.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "itemmodels/roles.h"

#include <QSet>

ConflictsModel::ConflictsModel(Catalog* catalog, QObject* parent)
    : CatalogTableModel(catalog, parent)
{
    rebuild();
}

void ConflictsModel::rebuild()
{
    m_rows.clear();
    m_groups = 0;
    if (!hasData())
        return;
    QSet<QString> seen;
    // The catalog's order: dataset, then period, then series.
    for (const Observation& o : catalog()->snapshot().observations) {
        const QString key = o.quantityKey();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (!catalog()->hasConflict(o))
            continue;
        const QList<Observation> same = catalog()->sameQuantity(o); // plotted first
        const Observation& plotted = same.first();
        for (const Observation& a : same)
            m_rows.append({a, plotted.value, plotted.qualifier, m_groups});
        ++m_groups;
    }
}

bool ConflictsModel::agrees(const Row& row)
{
    const Observation& o = row.observation;
    if (o.plotted || o.value == row.plottedValue)
        return true;
    if (row.plottedQualifier != Term::Qualifier::Exact)
        return false;
    return Catalog::agrees(o, row.plottedValue);
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Observation* ConflictsModel::observation(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).observation : nullptr;
}

QModelIndex ConflictsModel::indexOf(qint64 observationId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).observation.id == observationId)
            return index(r, ValueColumn);
    }
    return {};
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Observation& o = row.observation;
    const Formatter f(locale());
    const Source source = catalog()->source(o.sourceId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case QuantityColumn:
            return tr("%1, %2").arg(catalog()->seriesName(o.dataset, o.series),
                                    catalog()->regionName(o.region));
        case PeriodColumn:
            return o.period.label(locale());
        case ValueColumn:
            return f.value(o);
        case DifferenceColumn: {
            if (o.plotted)
                return tr("plotted");
            if (agrees(row))
                return o.value == row.plottedValue ? tr("same value") : tr("consistent");
            const qint64 d = o.value - row.plottedValue;
            const QLocale locale = this->locale();
            const QString sign = d > 0 ? locale.positiveSign() : locale.negativeSign();
            QString text = sign + f.value(d < 0 ? -d : d, o.unit);
            if (row.plottedValue != 0)
                text += QStringLiteral(" (%1%2%)")
                            .arg(sign, locale.toString(100.0 * double(d < 0 ? -d : d) /
                                                           double(row.plottedValue),
                                                       'f', 2));
            return text;
        }
        case StatusColumn:
            return f.status(o.status);
        case PublishedColumn:
            return source.published.isEmpty() ? tr("date unknown") : f.date(source.published);
        case SourceColumn: {
            const Language language = this->language();
            const QString name =
                source.outlet.isEmpty() ? source.titleIn(language) : source.outletIn(language);
            return name.isEmpty() ? o.sourceId : name;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nSource: %2").arg(f.value(o), f.citation(source));
        const Language language = this->language();
        if (!o.locator.isEmpty())
            tip += QLatin1Char('\n') + tr("Where: %1").arg(o.locatorIn(language));
        if (!o.note.isEmpty())
            tip += QLatin1Char('\n') + tr("Note: %1").arg(o.noteIn(language));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn || index.column() == DifferenceColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case roleId(DataRole::Value):
        return QVariant::fromValue(o.value);
    case roleId(DataRole::Status):
        return Term::csvName(o.status);
    case roleId(DataRole::SourceId):
        return o.sourceId;
    case roleId(DataRole::ObservationId):
        return QVariant::fromValue(o.id);
    case roleId(DataRole::HasConflict): // as in SeriesTableModel: this figure disagrees
        return catalog()->disagrees(o);
    case roleId(DataRole::PeriodCode):
        return o.period.code();
    case roleId(DataRole::Qualifier):
        return Term::csvName(o.qualifier);
    case roleId(DataRole::Unit):
        return Term::csvName(o.unit);
    case roleId(DataRole::Note):
        return o.noteIn(language());
    case roleId(DataRole::Series):
        return o.series;
    case roleId(DataRole::Region):
        return o.region;
    case roleId(DataRole::Sort):
        switch (index.column()) {
        case PeriodColumn:
            return o.period.end();
        case PublishedColumn:
            return source.published;
        case ValueColumn:
            return QVariant::fromValue(o.value);
        case DifferenceColumn:
            return QVariant::fromValue(o.value - row.plottedValue);
        default:
            return data(index, Qt::DisplayRole);
        }
    case roleId(DataRole::QuantityKey):
        return o.quantityKey();
    case roleId(DataRole::Group):
        return row.group;
    case roleId(DataRole::Plotted):
        return o.plotted;
    case roleId(DataRole::Agrees):
        return agrees(row);
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuantityColumn:
        return tr("Quantity");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Reported value");
    case DifferenceColumn:
        return tr("Against the plotted figure");
    case StatusColumn:
        return tr("Status");
    case PublishedColumn:
        return tr("Published");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}
