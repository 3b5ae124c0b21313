// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/destinationsmodel.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "core/terms.h"
#include "itemmodels/roles.h"

#include <QHash>
#include <QMap>

DestinationsModel::DestinationsModel(Catalog* catalog, QObject* parent)
    : CatalogTableModel(catalog, parent)
{
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

QStringList DestinationsModel::datasets() const
{
    return {Datasets::name(Term::Dataset::Destinations), Datasets::name(Term::Dataset::Arrivals)};
}

void DestinationsModel::rebuild()
{
    m_rows.clear();
    if (!hasData())
        return;
    const QList<Observation> all = catalog()->observations(Term::Dataset::Destinations);
    switch (m_view) {
    case View::Overview: {
        // Each country's latest headline figure: a stock or a cumulative count (not a year's
        // flow), the newest by period, provisional allowed; on a tie the first counted series in
        // this order. South Korea's cumulative arrivals are its resettled count.
        static const QStringList priority = {
            QStringLiteral("resettled"), QStringLiteral("asylum_granted"),
            QStringLiteral("citizenship"), QStringLiteral("residing"), QStringLiteral("in_hiding")};
        QList<Observation> candidates = all;
        for (const Observation& o : catalog()->observations(Term::Dataset::Arrivals)) {
            if (o.series == QLatin1String("cumulative") && o.region == QLatin1String("KR")) {
                Observation r = o;
                r.series = QStringLiteral("resettled");
                r.dataset = Term::Dataset::Destinations;
                candidates << r;
            }
        }
        const auto kindOk = [](const Period& p) {
            return p.kind() == Period::Kind::UpTo || p.kind() == Period::Kind::AsOf ||
                   p.kind() == Period::Kind::Span;
        };
        QMap<QString, Observation> best;
        for (const Observation& o : std::as_const(candidates)) {
            const int rank = priority.indexOf(o.series);
            if (!o.plotted || rank < 0 || !kindOk(o.period) || isCommunity(o.region))
                continue;
            const auto it = best.constFind(o.region);
            if (it == best.constEnd()) {
                best.insert(o.region, o);
                continue;
            }
            const QDate end = o.period.end(), bestEnd = it->period.end();
            const int bestRank = priority.indexOf(it->series);
            if (end > bestEnd || (end == bestEnd && rank < bestRank))
                best.insert(o.region, o);
        }
        // The shown figure is the stored one (its own dataset and series, for the citation).
        for (Observation& o : best) {
            if (const Observation* stored = catalog()->observation(o.id))
                o = *stored;
        }
        m_rows = best.values();
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const Observation& a, const Observation& b) { return a.value > b.value; });
        break;
    }
    case View::OverTime: {
        const auto series = yearlySeries();
        QList<Observation> rows;
        for (int i = 0; i < series.size(); ++i) {
            const QStringList key = series.at(i).second.split(QLatin1Char('|'));
            for (const Observation& o : catalog()->observations(key.at(0))) {
                const Period::Kind k = o.period.kind();
                if (o.plotted && o.series == key.at(1) && o.region == series.at(i).first &&
                    (k == Period::Kind::Year || k == Period::Kind::FiscalYear))
                    rows << o;
            }
        }
        // South Korea over the years the other countries' series cover.
        int first = 9999;
        for (const Observation& o : std::as_const(rows)) {
            if (o.region != QLatin1String("KR"))
                first = std::min(first, o.period.end().year() - 1);
        }
        for (const Observation& o : std::as_const(rows)) {
            if (o.region != QLatin1String("KR") || o.period.end().year() >= first)
                m_rows << o;
        }
        break;
    }
    case View::AsylumDecisions: {
        // Decisions: a country's applications beside its rejections of the same period (seed 003,
        // line 19); a count of applications alone (the EU's yearly series) is not a decision.
        QHash<QString, int> kinds;
        const auto isDecision = [](const Observation& o) {
            return o.plotted && (o.series == QLatin1String("asylum_applications") ||
                                 o.series == QLatin1String("asylum_rejections"));
        };
        for (const Observation& o : all) {
            if (isDecision(o))
                kinds[o.region + QLatin1Char('|') + o.period.code()] += 1;
        }
        for (const Observation& o : all) {
            if (isDecision(o) && kinds.value(o.region + QLatin1Char('|') + o.period.code()) > 1)
                m_rows.append(o);
        }
        std::stable_sort(
            m_rows.begin(), m_rows.end(), [](const Observation& a, const Observation& b) {
                return a.region != b.region ? a.region < b.region : a.series < b.series;
            });
        break;
    }
    case View::UsArrivals:
        for (const Observation& o : all) {
            if (o.plotted && o.series == QLatin1String("refugee_arrivals"))
                m_rows.append(o);
        }
        break;
    }
}

QStringList DestinationsModel::viewNames()
{
    return {QStringLiteral("overview"), QStringLiteral("asylum"), QStringLiteral("us-arrivals"),
            QStringLiteral("over-time")};
}

QList<QPair<QString, QString>> DestinationsModel::yearlySeries()
{
    return {{QStringLiteral("KR"), QStringLiteral("arrivals|total")},
            {QStringLiteral("US"), QStringLiteral("destinations|refugee_arrivals")},
            {QStringLiteral("GB"), QStringLiteral("destinations|asylum_granted")},
            {QStringLiteral("CA"), QStringLiteral("destinations|asylum_granted")},
            {QStringLiteral("EU"), QStringLiteral("destinations|citizenship")}};
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
    const Formatter f(locale());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case CountryColumn:
            return catalog()->regionName(o.region);
        case CountedColumn:
            return catalog()->seriesName(o.dataset, o.series);
        case PeriodColumn:
            return o.period.label(locale());
        case ValueColumn:
            return f.value(o);
        case StatusColumn:
            return f.status(o.status);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::ToolTipRole:
        return tr("%1 — %2, %3 (%4)\nSource: %5")
            .arg(f.value(o), catalog()->seriesName(o.dataset, o.series),
                 catalog()->regionName(o.region), o.period.label(locale()),
                 f.citation(catalog()->source(o.sourceId)));
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
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
        return Term::csvName(o.status);
    case roleId(DataRole::SourceId):
        return o.sourceId;
    case roleId(DataRole::ObservationId):
        return QVariant::fromValue(o.id);
    case roleId(DataRole::Alternatives): {
        QVariantList ids;
        for (const Observation& a : catalog()->sameQuantity(o)) {
            if (a.id != o.id)
                ids.append(a.id);
        }
        return ids;
    }
    case roleId(DataRole::HasConflict):
        return catalog()->disagrees(o);
    case roleId(DataRole::PeriodCode):
        return o.period.code();
    case roleId(DataRole::PeriodStart):
        return o.period.start();
    case roleId(DataRole::PeriodEnd):
        return o.period.end();
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
