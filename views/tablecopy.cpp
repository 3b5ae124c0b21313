// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecopy.h"

#include "itemmodels/roles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace {
QString clean(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString cellText(const QModelIndex& index)
{
    const QVariant value = index.data(roleId(DataRole::Value));
    if (value.isValid() && value.canConvert<qint64>())
        return QString::number(value.toLongLong());
    return clean(index.data(Qt::DisplayRole).toString());
}
} // namespace

namespace {
/// The selection as rows of cells, in the order shown; sources collects each row's source ids.
QStringList selectionLines(const QAbstractItemView* view, bool header, bool withSources,
                           const TableCopy::Citation& citation, QStringList* sources)
{
    if (!view || !view->selectionModel() || !view->model())
        return {};
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    const auto* table = qobject_cast<const QTableView*>(view);
    auto visualRow = [table](int row) {
        return table ? table->verticalHeader()->visualIndex(row) : row;
    };
    auto visualColumn = [table](int column) {
        return table ? table->horizontalHeader()->visualIndex(column) : column;
    };
    QList<int> rows;
    QList<int> columns;
    QSet<std::pair<int, int>> cells;
    for (const QModelIndex& index : selected) {
        if (!rows.contains(index.row()))
            rows << index.row();
        if (!columns.contains(index.column()))
            columns << index.column();
        cells.insert({index.row(), index.column()});
    }
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return visualRow(a) < visualRow(b); });
    std::sort(columns.begin(), columns.end(),
              [&](int a, int b) { return visualColumn(a) < visualColumn(b); });
    const QAbstractItemModel* model = view->model();
    QStringList lines;
    if (header || selected.size() > 1) {
        QStringList fields;
        for (int column : columns)
            fields << clean(model->headerData(column, Qt::Horizontal).toString());
        if (withSources)
            fields << TableCopy::tr("Sources");
        lines << fields.join(QLatin1Char('\t'));
    }
    for (int row : rows) {
        QStringList fields;
        QStringList numbers;
        for (int column : columns) {
            if (!cells.contains({row, column})) {
                fields << QString();
                continue;
            }
            const QModelIndex index = model->index(row, column);
            fields << cellText(index);
            const QString id = index.data(roleId(DataRole::SourceId)).toString();
            if (!withSources || id.isEmpty() || citation(id).isEmpty())
                continue;
            if (!sources->contains(id))
                sources->append(id);
            const QString number = QString::number(sources->indexOf(id) + 1);
            if (!numbers.contains(number))
                numbers << number;
        }
        if (withSources)
            fields << numbers.join(QStringLiteral("; "));
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines;
}
} // namespace

QString TableCopy::selectionAsTsv(const QAbstractItemView* view)
{
    const QStringList lines = selectionLines(view, false, false, {}, nullptr);
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableCopy::selectionWithSources(const QAbstractItemView* view, const Citation& citation)
{
    QStringList sources;
    QStringList lines = selectionLines(view, true, bool(citation), citation, &sources);
    if (lines.isEmpty())
        return {};
    if (!sources.isEmpty()) {
        lines << QString();
        for (int i = 0; i < sources.size(); ++i)
            lines << QString::number(i + 1) + QLatin1Char('\t') + clean(citation(sources.at(i)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QAction* TableCopy::install(QAbstractItemView* view)
{
    auto* copy = new QAction(tr("Copy"), view);
    copy->setObjectName(QStringLiteral("copyCells"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(copy);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectionAsTsv(view);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    return copy;
}

QAction* TableCopy::installWithSources(QAbstractItemView* view, const Citation& citation)
{
    auto* copy = new QAction(tr("Copy with Sources"), view);
    copy->setObjectName(QStringLiteral("copyWithSources"));
    // No key of its own: Ctrl+Shift+C copies the figure (File menu); the table's context menu has
    // it.
    view->addAction(copy);
    QObject::connect(copy, &QAction::triggered, view, [view, citation] {
        const QString text = selectionWithSources(view, citation);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    return copy;
}
