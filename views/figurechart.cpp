// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurechart.h"

#include "arrivalschart.h"
#include "destinationschart.h"
#include "tradechart.h"

FigureChart* FigureChart::create(FigureKind kind, Catalog* catalog, QObject* parent)
{
    return create(Figure::create(kind, catalog), parent);
}

FigureChart* FigureChart::create(Figure* figure, QObject* parent)
{
    switch (figure->kind()) {
    case FigureKind::Arrivals:
        return new ArrivalsChart(static_cast<ArrivalsFigure*>(figure), parent);
    case FigureKind::Trade:
        return new TradeChart(static_cast<TradeFigure*>(figure), parent);
    case FigureKind::Destinations:
        return new DestinationsChart(static_cast<DestinationsFigure*>(figure), parent);
    }
    return nullptr;
}

FigureChart::FigureChart(Figure* figure, QObject* parent)
    : QObject(parent)
    , m_figure(figure)
{
    if (!m_figure->parent())
        m_figure->setParent(this);
}

void FigureChart::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    updateTheme();
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
