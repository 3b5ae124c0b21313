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

/// What a snapshot is loaded from: `Store` (storage/store.h) is one. Core declares it so that
/// `Catalog::reload()` needs nothing of the storage layer (issue 20: itemmodels → core ← storage).
class SnapshotSource
{
public:
    virtual ~SnapshotSource() = default;
    /// Reads everything, or with datasets named only their figures (and what they cite); false
    /// on failure (the source tells why).
    virtual bool load(Snapshot* out, const QStringList& datasets = {}) = 0;

protected:
    SnapshotSource() = default;
    SnapshotSource(const SnapshotSource&) = default;
    SnapshotSource& operator=(const SnapshotSource&) = default;
};
