// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/importclassifier.h"

#include "core/terms.h"

#include <QHashFunctions>

#include <algorithm>
#include <vector>

size_t qHash(const QuantityKey& k, size_t seed)
{
    return qHashMulti(seed, int(k.dataset), k.series, k.period, k.region);
}

size_t qHash(const FigureKey& k, size_t seed)
{
    return qHashMulti(seed, k.quantity, k.sourceId, k.value);
}

namespace {

bool correctable(Term::Status status)
{
    return status == Term::Status::Final || status == Term::Status::Provisional;
}

/// Whether date a (YYYY, YYYY-MM or YYYY-MM-DD) is known to be later than b: compared at the
/// precision both have, so "2026" is not later than "2026-01-20".
bool later(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const qsizetype n = std::min(a.size(), b.size());
    return QStringView(a).left(n) > QStringView(b).left(n);
}

/// A stored figure as the classification reads it: numbers, not strings.
struct Stored
{
    qint64 id = 0;
    qint64 value = 0;
    int source = 0;             ///< index of its source (Sources)
    qint32 ref = -1;            ///< its index in Result::stored once a change names it
    bool correctable = false;   ///< final or provisional
    bool exact = false;         ///< no qualifier
    bool superseded = false;    ///< stored as superseded
    bool supersededNow = false; ///< marked superseded by an earlier row of the file
};

/// Per quantity: its stored figures in id order, the file's earlier figures that can conflict
/// (one per distinct value, in file order: a file with many values for one quantity stays linear)
/// and the last conflict's list of differing figures by identity (a stored figure's id, an
/// addition's -(index + 1)), shared by the next conflict that lists the same figures.
struct Quantity
{
    std::vector<Stored> stored;
    QList<int> earlierOrder;
    QHash<qint64, int> earlierByValue;
    int listed = -1; ///< its last conflict's figures in Result::listed
};

/// The sources by index, and later() between their dates computed once per pair.
class Sources
{
public:
    explicit Sources(const QHash<QString, Source>& sources)
        : m_sources(sources)
    {}
    int index(const QString& id)
    {
        const auto it = m_index.constFind(id);
        if (it != m_index.constEnd())
            return *it;
        const int i = int(m_published.size());
        m_index.insert(id, i);
        m_published.append(m_sources.value(id).published);
        return i;
    }
    /// Call once every source is indexed.
    void freeze()
    {
        const qsizetype n = m_published.size();
        if (n <= 4096)
            m_later.assign(size_t(n * n), -1);
    }
    /// Whether source a's date is known to be later than source b's.
    bool later(int a, int b)
    {
        if (m_later.empty())
            return ::later(m_published.at(a), m_published.at(b));
        qint8& known = m_later[size_t(a) * size_t(m_published.size()) + size_t(b)];
        if (known < 0)
            known = ::later(m_published.at(a), m_published.at(b)) ? 1 : 0;
        return known == 1;
    }

private:
    const QHash<QString, Source>& m_sources;
    QHash<QString, int> m_index;
    QList<QString> m_published;
    std::vector<qint8> m_later;
};

} // namespace

struct ImportClassifier::State
{
    State(QList<Observation>* additionsList, const QHash<QString, Source>& sourceTable)
        : additions(additionsList)
        , sources(sourceTable)
    {}
    QList<Observation>* additions;
    Sources sources;
    QHash<QuantityKey, int> quantityIndex;
    std::vector<Quantity> quantities;
    std::vector<int> quantity; ///< of each addition
    std::vector<int> source;   ///< of each addition
};

ImportClassifier::ImportClassifier(QList<Observation>* additions,
                                   const QHash<QString, Source>& sources)
    : d(std::make_unique<State>(additions, sources))
{
    // The quantities the file names: a stored figure of another one is not kept.
    const qsizetype count = additions->size();
    d->quantity.resize(size_t(count));
    d->source.resize(size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        const Observation& o = additions->at(i);
        const QuantityKey key = QuantityKey::of(o);
        auto it = d->quantityIndex.constFind(key);
        if (it == d->quantityIndex.constEnd()) {
            it = d->quantityIndex.insert(key, int(d->quantities.size()));
            d->quantities.emplace_back();
        }
        d->quantity[size_t(i)] = *it;
        d->source[size_t(i)] = d->sources.index(o.sourceId);
    }
}

ImportClassifier::~ImportClassifier() = default;

void ImportClassifier::addStored(const Observation& e)
{
    const auto it = d->quantityIndex.constFind(QuantityKey::of(e));
    if (it == d->quantityIndex.constEnd())
        return;
    Stored s;
    s.id = e.id;
    s.value = e.value;
    s.source = d->sources.index(e.sourceId);
    s.correctable = correctable(e.status);
    s.exact = e.isExact();
    s.superseded = e.status == Term::Status::Superseded;
    d->quantities[size_t(*it)].stored.push_back(s);
}

QList<qint64> ImportClassifier::Result::storedNamed() const
{
    QList<qint64> ids = stored;
    for (const QList<qint64>& others : listed) {
        for (qint64 id : others) {
            if (id > 0)
                ids.append(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

ImportClassifier::Result ImportClassifier::classify(QList<Observation>* additions,
                                                    const QList<Observation>& stored,
                                                    const QHash<QString, Source>& sources,
                                                    int maxListed)
{
    ImportClassifier classifier(additions, sources);
    for (const Observation& e : stored)
        classifier.addStored(e);
    return classifier.classify(maxListed);
}

ImportClassifier::Result ImportClassifier::classify(int maxListed)
{
    Result result;
    const QList<Observation>& additions = *d->additions;
    const Term::Status supersededStatus = Term::Status::Superseded;
    Sources& sources = d->sources;
    std::vector<Quantity>& quantities = d->quantities;
    for (Quantity& q : quantities)
        std::sort(q.stored.begin(), q.stored.end(),
                  [](const Stored& a, const Stored& b) { return a.id < b.id; });
    const qsizetype count = additions.size();
    sources.freeze();

    std::vector<bool> demoted(static_cast<size_t>(count), false);
    QList<int> demotedOrder;
    auto remember = [&](Quantity& q, int i) {
        const Observation& a = additions.at(i);
        if (a.status == supersededStatus || demoted[size_t(i)])
            return;
        if (!q.earlierByValue.contains(a.value)) {
            q.earlierByValue.insert(a.value, i);
            q.earlierOrder.append(i);
        }
    };
    // A change names its figures (ChangeRef): a file of many figures correcting the same stored
    // ones holds two numbers per change, not two copies of figures.
    auto storedRef = [&result](Stored& e) {
        if (e.ref < 0) {
            e.ref = qint32(result.stored.size());
            result.stored.append(e.id);
        }
        return e.ref;
    };
    QList<qint64> ids; // a conflict's figures: a stored figure's id, an addition's -(index + 1)
    for (int i = 0; i < count; ++i) {
        const Observation& o = additions.at(i);
        Quantity& q = quantities[size_t(d->quantity[size_t(i)])];
        if (o.status == supersededStatus) {
            remember(q, i);
            continue;
        }
        const int src = d->source[size_t(i)];
        const bool correctableRow = correctable(o.status);
        // A stored, exact, newer figure corrects this one: it is added as superseded.
        if (correctableRow) {
            Stored* newest = nullptr;
            for (Stored& e : q.stored) {
                if (e.correctable && e.exact && e.value != o.value && e.source != src &&
                    !e.supersededNow && sources.later(e.source, src) &&
                    (!newest || sources.later(e.source, newest->source)))
                    newest = &e;
            }
            if (newest) {
                result.changes.append({-(i + 1), storedRef(*newest)});
                result.statusBefore.insert(i, o.status);
                demoted[size_t(i)] = true;
                demotedOrder.append(i);
                continue; // remember() skips a demoted figure
            }
        }
        // In one pass: the older stored final or provisional figures this exact figure corrects,
        // then (the same figure, once marked) whether it conflicts.
        const bool corrects = correctableRow && o.isExact();
        ids.clear();
        int more = 0;
        for (Stored& e : q.stored) {
            if (corrects && e.correctable && e.value != o.value && e.source != src &&
                sources.later(src, e.source)) {
                result.changes.append({storedRef(e), -(i + 1)});
                if (!e.supersededNow) {
                    e.supersededNow = true;
                    result.supersede.append(e.id);
                }
            }
            if (e.superseded || e.value == o.value || e.supersededNow)
                continue;
            if (ids.size() < maxListed)
                ids.append(e.id);
            else
                ++more;
        }
        if (!q.earlierOrder.isEmpty()) {
            const bool same = q.earlierByValue.contains(o.value);
            int fromFile = 0;
            for (int j : std::as_const(q.earlierOrder)) {
                if (ids.size() >= maxListed)
                    break;
                if (additions.at(j).value != o.value) {
                    ids.append(-(j + 1));
                    ++fromFile;
                }
            }
            more += int(q.earlierOrder.size()) - (same ? 1 : 0) - fromFile;
        }
        if (!ids.isEmpty()) {
            if (q.listed < 0 || result.listed.at(q.listed) != ids) {
                q.listed = int(result.listed.size());
                result.listed.append(ids);
            }
            result.conflicts.append(ConflictRef{i, q.listed, more});
        }
        remember(q, i);
    }
    for (int i : std::as_const(demotedOrder))
        (*d->additions)[i].status = supersededStatus;
    return result;
}
