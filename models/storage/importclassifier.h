// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QHash>
#include <QList>
#include <QString>

/// A figure's quantity as a key without building a string ("dataset|series|period|region"):
/// the four codes, shared with the figure (issue 23: a key per row of a large file).
struct QuantityKey
{
    Term::Dataset dataset = Term::Dataset::Arrivals;
    QString series;
    QString period;
    QString region;

    static QuantityKey of(const Observation& o)
    {
        return {o.dataset, o.series, o.period.code(), o.region};
    }
    bool operator==(const QuantityKey& k) const
    {
        return dataset == k.dataset && series == k.series && period == k.period &&
               region == k.region;
    }
};
size_t qHash(const QuantityKey& k, size_t seed = 0);

/// A figure as the duplicate checks compare it: its quantity, its source and its value.
struct FigureKey
{
    QuantityKey quantity;
    QString sourceId;
    qint64 value = 0;

    static FigureKey of(const Observation& o) { return {QuantityKey::of(o), o.sourceId, o.value}; }
    bool operator==(const FigureKey& k) const
    {
        return value == k.value && sourceId == k.sourceId && quantity == k.quantity;
    }
};
size_t qHash(const FigureKey& k, size_t seed = 0);

/// ImportPlan's classification of a valid file's figures against the stored figures of their
/// quantities (docs/IMPORT.md, "Changes and conflicts"): which stored figures a figure of the file
/// corrects, which stored figure corrects it (it is then added as superseded) and which figures
/// it conflicts with.
///
/// One pass over the stored figures builds, per quantity, a lean list of them in id order (id,
/// value, source, whether correctable and exact); a row of the file then walks its quantity's
/// list comparing numbers, the sources' dates compared once per pair of sources (issue 23: a
/// large file on a large store, 250,000 rows × 350 stored figures per quantity).
class ImportClassifier
{
public:
    /// A change by its figures: >= 0 a stored figure in Result::stored, < 0 the addition
    /// -(index + 1).
    struct ChangeRef
    {
        qint32 superseded = 0;
        qint32 by = 0;
    };
    /// A conflict by its new figure (an index in the additions) and the figures it lists (an
    /// index in Result::listed, shared by the conflicts of a quantity that list the same ones):
    /// 12 bytes, where a file whose every row conflicts has one per row (issue 23).
    struct ConflictRef
    {
        int addition = 0;
        int others = 0;
        int more = 0;
    };
    struct Result
    {
        QList<ChangeRef> changes;
        QList<Observation> stored;             ///< the stored figures the changes name, once each
        QHash<int, Term::Status> statusBefore; ///< demoted additions → their status in the file
        QList<ConflictRef> conflicts;
        QList<QList<Observation>> listed; ///< the others the conflicts list (ConflictRef::others)
        QList<qint64> supersede;          ///< stored figures to mark superseded, in the order found
    };

    /// Classifies additions (the file's figures, in file order) against stored (the store's
    /// figures of their quantities, in any order), the sources' dates from sources. The additions
    /// a stored newer figure corrects get status superseded. maxListed: the figures a conflict
    /// lists (the others are counted).
    static Result classify(QList<Observation>* additions, const QList<Observation>& stored,
                           const QHash<QString, Source>& sources, int maxListed);
};
