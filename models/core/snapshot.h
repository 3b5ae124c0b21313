// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"
#include "core/records.h"
#include "core/vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Everything the store holds, read in one go.
struct Snapshot
{
    Vocabulary vocabulary;
    QHash<QString, Source> sources;
    QList<Observation> observations; ///< ordered by dataset, series, period end, id
    QList<TimelineEvent> events;
    QList<Claim> claims; ///< the sources' checkable statements (claims.csv)
};

/// A period of a dataset's figures with a status and a compiler one of them has: each
/// combination once (SnapshotSource::loadPeriods). What a figure's years are computed from
/// without reading its figures (issue 23).
struct DatasetPeriod
{
    Period period;
    Term::Status status = Term::Status::Final;
    QString compiler;
};

/// What a snapshot is loaded from: `Store` (storage/store.h) is one. Core declares it so that
/// `Catalog::reload()` needs nothing of the storage layer (issue 20: itemmodels → core ← storage).
class SnapshotSource
{
public:
    virtual ~SnapshotSource() = default;
    /// Reads everything, or with datasets named only their figures (and what they cite); false
    /// on failure (the source tells why).
    virtual bool load(Snapshot* out, const QStringList& datasets = {}) = 0;
    /// Each period of a dataset's figures with each status and compiler its figures have, once;
    /// false on failure. The Store reads them through an index, never the figures; this default
    /// reads the dataset.
    virtual bool loadPeriods(Term::Dataset dataset, QList<DatasetPeriod>* out);
    /// The figures of a dataset whose periods are among `periods` (every figure of each quantity
    /// read, so the plotted figure is the one a whole read chooses), with the names, events,
    /// claims and sources, as load() gives them; false on failure. The Store reads them through
    /// an index; this default reads the dataset and keeps those.
    virtual bool loadPeriodFigures(Snapshot* out, Term::Dataset dataset,
                                   const QList<Period>& periods);

protected:
    SnapshotSource() = default;
    SnapshotSource(const SnapshotSource&) = default;
    SnapshotSource& operator=(const SnapshotSource&) = default;
};
