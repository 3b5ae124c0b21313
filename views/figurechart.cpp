// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurechart.h"

#include "arrivalschart.h"
#include "destinationschart.h"
#include "tradechart.h"

QString FigureChart::name(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Arrivals:
        return QStringLiteral("arrivals");
    case FigureKind::Trade:
        return QStringLiteral("trade");
    case FigureKind::Destinations:
        return QStringLiteral("destinations");
    }
    return {};
}

std::optional<FigureKind> FigureChart::fromName(const QString& name)
{
    for (FigureKind kind : all()) {
        if (FigureChart::name(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QStringList FigureChart::datasets(FigureKind kind)
{
    if (kind == FigureKind::Destinations)
        return {name(kind), name(FigureKind::Arrivals)};
    return {name(kind)};
}

FigureChart* FigureChart::create(FigureKind kind, Catalog* catalog, QObject* parent)
{
    switch (kind) {
    case FigureKind::Arrivals:
        return new ArrivalsChart(catalog, parent);
    case FigureKind::Trade:
        return new TradeChart(catalog, parent);
    case FigureKind::Destinations:
        return new DestinationsChart(catalog, parent);
    }
    return nullptr;
}

void FigureChart::clickAt(const QPointF& position)
{
    const QModelIndex index = indexAt(position);
    if (index.isValid())
        emit clicked(index);
}

void FigureChart::setChangeMarks(const ChangeMarks& marks)
{
    m_changes = marks;
    updateChangeMarks();
    emit changeMarksChanged();
}
