// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The sources of a figure, in the one order every place lists them: an export's footer and
/// metadata, the Sources panel and its copied citation, and the briefing pack (issue 20: this
/// was computed in four places, in two orders). First the sources of the figures drawn, the one
/// that gives the most figures first (a tie by id); then the sources of the event markers that
/// are not among them, in the markers' order.
namespace FigureSources {

struct Use
{
    QString id;
    int figures = 0; ///< plotted figures from this source; 0: cited for an event marker only
};

QList<Use> of(const QList<Observation>& plotted, const QStringList& eventSourceIds);
/// The ids of of(), in its order.
QStringList ids(const QList<Observation>& plotted, const QStringList& eventSourceIds);

} // namespace FigureSources
