// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figuresources.h"

#include <QHash>

#include <algorithm>

namespace FigureSources {

QList<Use> of(const QList<Observation>& plotted, const QStringList& eventSourceIds)
{
    QHash<QString, int> figures;
    for (const Observation& o : plotted)
        ++figures[o.sourceId];
    QList<Use> out;
    out.reserve(figures.size() + eventSourceIds.size());
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const Use& a, const Use& b) {
        return a.figures != b.figures ? a.figures > b.figures : a.id < b.id;
    });
    for (const QString& id : eventSourceIds) {
        if (!id.isEmpty() && !figures.contains(id) &&
            std::none_of(out.cbegin(), out.cend(), [&](const Use& u) { return u.id == id; }))
            out.append({id, 0});
    }
    return out;
}

QStringList ids(const QList<Observation>& plotted, const QStringList& eventSourceIds)
{
    QStringList out;
    for (const Use& u : of(plotted, eventSourceIds))
        out << u.id;
    return out;
}

} // namespace FigureSources
