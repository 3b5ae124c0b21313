// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

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
/// The stored figures are given one at a time (addStored) and kept as numbers, per quantity of the
/// file, in id order (id, value, source, whether correctable and exact): a store's figures are
/// never held whole (issue 23). A row of the file then walks its quantity's list comparing
/// numbers, the sources' dates compared once per pair of sources (a large file on a large store,
/// 250,000 rows × 350 stored figures per quantity).
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
    /// The figures are named by id: a stored figure by its id (> 0), an addition by
    /// -(index + 1). The caller reads the stored ones it shows (storedNamed()).
    struct Result
    {
        QList<ChangeRef> changes;
        QList<qint64> stored;                  ///< the stored figures the changes name, once each
        QHash<int, Term::Status> statusBefore; ///< demoted additions → their status in the file
        QList<ConflictRef> conflicts;
        QList<QList<qint64>> listed; ///< the others the conflicts list (ConflictRef::others)
        QList<qint64> supersede;     ///< stored figures to mark superseded, in the order found

        /// The stored figures that stored and listed name, once each, in id order.
        QList<qint64> storedNamed() const;
    };

    /// Ready for the stored figures of additions' quantities (the file's figures, in file order),
    /// the sources' dates from sources; both must outlive the classifier.
    ImportClassifier(QList<Observation>* additions, const QHash<QString, Source>& sources);
    ~ImportClassifier();
    ImportClassifier(const ImportClassifier&) = delete;
    ImportClassifier& operator=(const ImportClassifier&) = delete;

    /// A stored figure (in any order): its numbers are kept if an addition has its quantity.
    void addStored(const Observation& stored);
    /// Classifies the additions against the stored figures added. The additions a stored newer
    /// figure corrects get status superseded. maxListed: the figures a conflict lists (the others
    /// are counted). Once.
    Result classify(int maxListed);

    /// All in one: classify(maxListed) after addStored() of each of stored.
    static Result classify(QList<Observation>* additions, const QList<Observation>& stored,
                           const QHash<QString, Source>& sources, int maxListed);

private:
    struct State;
    std::unique_ptr<State> d;
};
