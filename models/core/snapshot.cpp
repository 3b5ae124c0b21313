// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/snapshot.h"

#include "core/terms.h"

#include <QSet>

bool SnapshotSource::loadPeriods(Term::Dataset dataset, QList<DatasetPeriod>* out)
{
    Snapshot s;
    if (!load(&s, {Datasets::name(dataset)}))
        return false;
    out->clear();
    QSet<QString> seen;
    for (const Observation& o : std::as_const(s.observations)) {
        const QString key = o.period.code() + QLatin1Char('|') + Term::csvName(o.status) +
                            QLatin1Char('|') + o.compiler;
        if (o.dataset == dataset && !seen.contains(key)) {
            seen.insert(key);
            out->append({o.period, o.status, o.compiler});
        }
    }
    return true;
}

bool SnapshotSource::loadPeriodFigures(Snapshot* out, Term::Dataset dataset,
                                       const QList<Period>& periods)
{
    if (!load(out, {Datasets::name(dataset)}))
        return false;
    QSet<QString> wanted;
    for (const Period& p : periods)
        wanted.insert(p.code());
    out->observations.removeIf([&](const Observation& o) {
        return o.dataset != dataset || !wanted.contains(o.period.code());
    });
    return true;
}
