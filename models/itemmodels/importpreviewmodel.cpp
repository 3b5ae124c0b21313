// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/importpreviewmodel.h"

#include "core/formatter.h"

namespace {
QString number(int n)
{
    return n > 0 ? QString::number(n) : QString();
}
} // namespace

ImportPreviewModel::ImportPreviewModel(const ImportPreview& preview, Part part, QObject* parent)
    : QAbstractTableModel(parent)
    , m_preview(preview)
    , m_part(part)
{
    if (part == Part::MissingKorean)
        m_missing = preview.missingKorean();
    else if (part == Part::Problems)
        m_unlisted = preview.unlistedProblems();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_part) {
    case Part::Additions:
        return int(m_preview.additions().size());
    case Part::Changes:
        return m_preview.changeCount();
    case Part::Conflicts:
        return m_preview.conflictCount();
    case Part::MissingKorean:
        return int(m_missing.size());
    case Part::Problems:
        return int(m_preview.issues().size() + m_unlisted.size());
    }
    return 0;
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_part == Part::MissingKorean || m_part == Part::Problems ? 3 : 4;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return {};
    switch (m_part) {
    case Part::Additions:
        return QStringList{tr("Line"), tr("Figure"), tr("Value"), tr("Source")}.at(section);
    case Part::Changes:
        return QStringList{tr("Line"), tr("Figure"), tr("Superseded"), tr("Corrected by")}.at(
            section);
    case Part::Conflicts:
        return QStringList{tr("Line"), tr("Figure"), tr("New figure"), tr("Differs from")}.at(
            section);
    case Part::MissingKorean:
        return QStringList{tr("Line or source"), tr("Row"), tr("Korean form missing")}.at(section);
    case Part::Problems:
        return QStringList{tr("Line"), tr("Column"), tr("Problem")}.at(section);
    }
    return {};
}

bool ImportPreviewModel::isNumber(int row, int column) const
{
    switch (m_part) {
    case Part::Additions:
    case Part::Changes:
    case Part::Conflicts:
        return column == 0;
    case Part::MissingKorean:
        return column == 0 && m_missing.at(row).sourceId.isEmpty();
    case Part::Problems:
        return column < 2 && row < m_preview.issues().size();
    }
    return false;
}

QString ImportPreviewModel::text(int row, int column) const
{
    const ImportPreview& p = m_preview;
    const Formatter f;
    // "224 people (final) (Newsis, 2026-02-04)": a value with its source's short name.
    auto withSource = [&](const Observation& o) {
        return tr("%1 (%2)").arg(f.value(o), p.shortSourceText(o.sourceId));
    };
    switch (m_part) {
    case Part::Additions: {
        const Observation& o = p.additions().at(row);
        switch (column) {
        case 0:
            return number(o.line);
        case 1:
            return p.quantityText(o);
        case 2:
            return p.valueText(o);
        default:
            return p.sourceText(o.sourceId);
        }
    }
    case Part::Changes: {
        const ImportPreview::Change c = p.change(row);
        switch (column) {
        case 0:
            return number(c.superseded.line > 0 ? c.superseded.line : c.by.line);
        case 1:
            return p.quantityText(c.by);
        case 2:
            return withSource(c.superseded);
        default:
            return withSource(c.by);
        }
    }
    case Part::Conflicts: {
        const ImportPreview::Conflict c = p.conflict(row);
        switch (column) {
        case 0:
            return number(c.incoming.line);
        case 1:
            return p.quantityText(c.incoming);
        case 2:
            return withSource(c.incoming);
        default: {
            QStringList others;
            for (const Observation& o : c.others)
                others << withSource(o);
            if (c.more > 0)
                others << tr("%1 more").arg(c.more);
            return others.join(QLatin1Char('\n'));
        }
        }
    }
    case Part::MissingKorean: {
        const ImportPreview::MissingKorean& m = m_missing.at(row);
        switch (column) {
        case 0:
            return m.sourceId.isEmpty() ? number(m.line) : m.sourceId;
        case 1:
            return m.sourceId.isEmpty() ? tr("figure") : tr("new source");
        default:
            return m.columns.join(QStringLiteral(", "));
        }
    }
    case Part::Problems: {
        const QList<ValidationIssue>& issues = p.issues();
        if (row < issues.size()) {
            const ValidationIssue& i = issues.at(row);
            return column == 0 ? number(i.line) : column == 1 ? number(i.column) : i.message;
        }
        // Beyond the first problems, their kinds and how many of each.
        const auto& [kind, count] = m_unlisted.at(row - issues.size());
        return column == 2 ? tr("%1 more: %2").arg(count).arg(kind) : QString();
    }
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        // A long text that the column cuts or wraps reads whole in its tooltip.
        if (isNumber(index.row(), index.column()))
            return {};
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (isNumber(index.row(), index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

void ImportPreviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
