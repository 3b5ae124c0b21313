// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/seriestablemodel.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "itemmodels/roles.h"

#include <QDate>
#include <QMap>

SeriesTableModel::SeriesTableModel(Catalog* catalog, Term::Dataset dataset,
                                   const QStringList& series, QObject* parent)
    : CatalogTableModel(catalog, parent)
    , m_dataset(dataset)
    , m_series(series)
{
    rebuild();
}

bool SeriesTableModel::accepts(const Period& p) const
{
    using K = Period::Kind;
    const K unit = p.unitKind();
    switch (m_granularity) {
    case Granularity::Year:
        if (!(p.kind() == K::Year || (p.kind() == K::UpTo && unit == K::Year) ||
              (p.kind() == K::Span && unit == K::Year)))
            return false;
        break;
    case Granularity::Quarter:
        // Half-years (the Ministry's releases since August 2025) are listed with the quarters.
        if (p.kind() != K::Quarter && p.kind() != K::HalfYear)
            return false;
        break;
    case Granularity::Month:
        if (!(p.kind() == K::Month || (p.kind() == K::Span && unit == K::Month)))
            return false;
        break;
    }
    return p.end().year() >= m_firstYear && p.end().year() <= m_lastYear;
}

bool SeriesTableModel::hasData() const
{
    return catalog()->holdsYears(m_dataset, YearRange{m_firstYear, m_lastYear});
}

void SeriesTableModel::rebuild()
{
    m_rows.clear();
    if (!hasData())
        return;
    QMap<Period, Row> rows;
    for (const Observation& o : catalog()->snapshot().observations) {
        if (o.dataset != m_dataset || !o.plotted || !accepts(o.period))
            continue;
        const int column = m_series.indexOf(o.series);
        if (column < 0)
            continue;
        Row& row = rows[o.period];
        if (row.cells.isEmpty()) {
            row.period = o.period;
            row.cells.resize(m_series.size());
        }
        row.cells[column] = o;
    }
    m_rows = rows.values();
}

void SeriesTableModel::setGranularity(Granularity g)
{
    if (g == m_granularity)
        return;
    beginResetModel();
    m_granularity = g;
    rebuild();
    endResetModel();
}

void SeriesTableModel::setYearRange(int first, int last)
{
    if (first == m_firstYear && last == m_lastYear)
        return;
    beginResetModel();
    m_firstYear = first;
    m_lastYear = last;
    rebuild();
    endResetModel();
}

int SeriesTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_series.size()) + 1;
}

Period SeriesTableModel::period(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).period : Period();
}

const Observation* SeriesTableModel::observation(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 1 || column > m_series.size())
        return nullptr;
    const Observation& o = m_rows.at(row).cells.at(column - 1);
    return o.id == 0 ? nullptr : &o;
}

QModelIndex SeriesTableModel::indexOf(qint64 observationId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_series.size(); ++c) {
            if (m_rows.at(r).cells.at(c).id == observationId)
                return index(r, c + 1);
        }
    }
    return {};
}

QList<Observation> SeriesTableModel::shownObservations() const
{
    QList<Observation> out;
    for (const Row& row : m_rows) {
        for (const Observation& o : row.cells) {
            if (o.id != 0)
                out.append(o);
        }
    }
    return out;
}

QVariant SeriesTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.period.label(locale());
        case roleId(DataRole::PeriodCode):
            return row.period.code();
        case roleId(DataRole::PeriodStart):
            return row.period.start();
        case roleId(DataRole::PeriodEnd):
            return row.period.end();
        case roleId(DataRole::Sort):
            return row.period.end().toJulianDay() * 100 - row.period.monthCount();
        default:
            return {};
        }
    }
    const Observation& o = row.cells.at(index.column() - 1);
    const bool known = o.id != 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return known ? Formatter(locale()).value(o) : QVariant();
    case Qt::ToolTipRole: {
        if (!known)
            return tr("No figure published or found for %1").arg(row.period.label(locale()));
        const Formatter f(locale());
        QString tip =
            tr("%1 — %2, %3\nSource: %4")
                .arg(f.value(o), catalog()->seriesName(o.dataset, o.series),
                     row.period.label(locale()), f.citation(catalog()->source(o.sourceId)));
        if (catalog()->disagrees(o))
            tip += QLatin1Char('\n') +
                   tr("Other sources report a different figure; see the citation panel.");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return {};
    case roleId(DataRole::Value):
    case roleId(DataRole::Sort):
        return known ? QVariant::fromValue(o.value) : QVariant();
    case roleId(DataRole::Status):
        return known ? Term::csvName(o.status) : QVariant();
    case roleId(DataRole::SourceId):
        return known ? o.sourceId : QVariant();
    case roleId(DataRole::ObservationId):
        return known ? QVariant::fromValue(o.id) : QVariant();
    case roleId(DataRole::Alternatives): {
        if (!known)
            return {};
        QVariantList ids;
        for (const Observation& a : catalog()->sameQuantity(o)) {
            if (a.id != o.id)
                ids.append(a.id);
        }
        return ids;
    }
    case roleId(DataRole::HasConflict):
        return known && catalog()->disagrees(o);
    case roleId(DataRole::PeriodCode):
        return row.period.code();
    case roleId(DataRole::PeriodStart):
        return row.period.start();
    case roleId(DataRole::PeriodEnd):
        return row.period.end();
    case roleId(DataRole::Qualifier):
        return known ? Term::csvName(o.qualifier) : QVariant();
    case roleId(DataRole::Unit):
        return known ? Term::csvName(o.unit) : QVariant();
    case roleId(DataRole::Note):
        return known ? o.noteIn(language()) : QVariant();
    case roleId(DataRole::Series):
        return m_series.at(index.column() - 1);
    case roleId(DataRole::Region):
        return known ? o.region : QVariant();
    default:
        return {};
    }
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_series.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == roleId(DataRole::Series))
        return section == 0 ? QString() : m_series.at(section - 1);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Period");
    return catalog()->seriesName(m_dataset, m_series.at(section - 1));
}
