// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plottingrule.h"

#include "core/vocabulary.h" // Vocabulary::plottedCompiler

#include <QStringList>

namespace {

int statusRank(const QString& status)
{
    static const QStringList order = {QStringLiteral("final"),      QStringLiteral("provisional"),
                                      QStringLiteral("estimate"),   QStringLiteral("derived"),
                                      QStringLiteral("superseded"), QStringLiteral("erratum")};
    const int i = order.indexOf(status);
    return i < 0 ? order.size() : i;
}

int kindRank(const QString& kind)
{
    static const QStringList order = {QStringLiteral("official"), QStringLiteral("press"),
                                      QStringLiteral("estimate"), QStringLiteral("article")};
    const int i = order.indexOf(kind);
    return i < 0 ? order.size() : i;
}

} // namespace

void PlottingRule::choose(QList<Observation>* observations, const QHash<QString, Source>& sources)
{
    QHash<QString, int> best;
    // A series plots the figures of one compiler (Vocabulary::plottedCompiler): the others are
    // alternatives, shown in the citation panel with their compiler named.
    auto eligible = [](const Observation& o) {
        const QString c = Vocabulary::plottedCompiler(o.dataset);
        return c.isEmpty() || o.compiler == c;
    };
    auto better = [&](const Observation& a, const Observation& b) {
        if (statusRank(a.status) != statusRank(b.status))
            return statusRank(a.status) < statusRank(b.status);
        if (a.qualifier.isEmpty() != b.qualifier.isEmpty())
            return a.qualifier.isEmpty();
        const Source sa = sources.value(a.sourceId);
        const Source sb = sources.value(b.sourceId);
        if (kindRank(sa.kind) != kindRank(sb.kind))
            return kindRank(sa.kind) < kindRank(sb.kind);
        if (sa.published != sb.published)
            return sa.published > sb.published;
        return a.id < b.id;
    };
    for (int i = 0; i < observations->size(); ++i) {
        Observation& o = (*observations)[i];
        o.plotted = false;
        // A misprint is kept and shown, never plotted, even when it is the only figure.
        if (o.status == QLatin1String("erratum") || !eligible(o))
            continue;
        const QString key = o.quantityKey();
        const auto it = best.constFind(key);
        if (it == best.constEnd() || better(o, observations->at(*it)))
            best.insert(key, i);
    }
    for (int i : std::as_const(best))
        (*observations)[i].plotted = true;
}
