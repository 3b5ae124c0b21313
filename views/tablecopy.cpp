// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecopy.h"

#include "roles.h"

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

QString TableCopy::selectionAsTsv(const QAbstractItemView* view)
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
    if (selected.size() > 1) {
        QStringList header;
        for (int column : columns)
            header << clean(model->headerData(column, Qt::Horizontal).toString());
        lines << header.join(QLatin1Char('\t'));
    }
    for (int row : rows) {
        QStringList fields;
        for (int column : columns)
            fields << (cells.contains({row, column}) ? cellText(model->index(row, column))
                                                     : QString());
        lines << fields.join(QLatin1Char('\t'));
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
