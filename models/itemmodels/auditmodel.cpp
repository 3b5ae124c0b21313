// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/auditmodel.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "itemmodels/claimreport.h"
#include "itemmodels/roles.h"

#include <QRegularExpression>

AuditModel::AuditModel(Catalog* catalog, QObject* parent)
    : CatalogTableModel(catalog, parent)
{
    rebuild();
}

void AuditModel::rebuild()
{
    // Every dataset: the claims and the conflicts (below) are checked against all of them.
    m_results.clear();
    if (hasData())
        m_results = ClaimChecker(*catalog()).checkAll();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClaimResult* AuditModel::result(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

QModelIndex AuditModel::indexOf(const QString& claimId) const
{
    for (int r = 0; r < m_results.size(); ++r) {
        if (m_results.at(r).claim.id == claimId)
            return index(r, ClaimColumn);
    }
    return {};
}

QString AuditModel::explanation(int row) const
{
    const ClaimResult* r = result(row);
    return r ? ClaimChecker(*catalog()).explain(*r) : QString();
}

QString AuditModel::summary() const
{
    return ClaimReport::summary(m_results);
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimResult& r = m_results.at(index.row());
    const Claim& c = r.claim;
    const Source source = catalog()->source(c.sourceId);
    const Language language = this->language();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case VerdictColumn:
            return ClaimChecker::verdictName(r.verdict);
        case ClaimColumn:
            return c.text(language);
        case KindColumn:
            return ClaimChecker::kindName(c.kind);
        case SourceColumn: {
            // Short for the table: the outlet without its parenthetical details (the tooltip and
            // the page's details give the full citation).
            static const QRegularExpression aside(QStringLiteral("\\s*\\([^)]*\\)"));
            const QString outlet = source.outletIn(language).remove(aside).trimmed();
            const QString name = outlet.isEmpty() ? source.titleIn(language) : outlet;
            return tr("%1, %2").arg(name.isEmpty() ? c.sourceId : name, c.locatorIn(language));
        }
        case CheckColumn:
            return ClaimChecker(*catalog()).brief(r);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ClaimColumn:
            return c.note.isEmpty()
                       ? c.text(language)
                       : tr("%1\n\nNote: %2").arg(c.text(language), c.noteIn(language));
        case SourceColumn:
            return Formatter(locale()).citation(source);
        default:
            return explanation(index.row());
        }
    case roleId(DataRole::SourceId):
        return c.sourceId;
    case roleId(DataRole::Sort):
        if (index.column() == VerdictColumn)
            return int(r.verdict);
        return data(index, Qt::DisplayRole);
    case roleId(DataRole::ClaimId):
        return c.id;
    case roleId(DataRole::VerdictKey):
        return ClaimChecker::verdictKey(r.verdict);
    case roleId(DataRole::ReadingVerdicts): {
        QStringList keys;
        for (const ReadingResult& reading : r.readings)
            keys << ClaimChecker::verdictKey(reading.verdict);
        return keys;
    }
    case roleId(DataRole::Locator):
        return c.locator;
    case roleId(DataRole::ClaimKind):
        return c.kind;
    case roleId(DataRole::ObservationIds): {
        QVariantList ids;
        for (qint64 id : r.observationIds())
            ids.append(id);
        return ids;
    }
    case roleId(DataRole::Missing): {
        QStringList missing;
        const ClaimChecker checker(*catalog());
        for (const ReadingResult& reading : r.readings) {
            for (const QuantityRef& q : reading.missing) {
                const QString name = checker.quantityName(q);
                if (!missing.contains(name))
                    missing << name;
            }
        }
        return missing;
    }
    case roleId(DataRole::Url):
        return source.url;
    case roleId(DataRole::Citation):
        return Formatter(locale()).citation(source);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case ClaimColumn:
        return tr("Claim");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case CheckColumn:
        return tr("Check against the data");
    default:
        return {};
    }
}
