// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plottingrule.h"

#include "core/terms.h"
#include "core/vocabulary.h" // Vocabulary::plottedCompiler

#include <algorithm>
#include <array>

namespace {

/// The place of a term in an order of preference; none (a figure without its source) comes last.
template <typename E, std::size_t N> int rank(std::optional<E> term, const std::array<E, N>& order)
{
    const auto it = term ? std::find(order.begin(), order.end(), *term) : order.end();
    return int(it - order.begin());
}

int statusRank(Term::Status status)
{
    static constexpr std::array<Term::Status, 6> order = {
        Term::Status::Final,   Term::Status::Provisional, Term::Status::Estimate,
        Term::Status::Derived, Term::Status::Superseded,  Term::Status::Erratum};
    return rank(std::optional(status), order);
}

int kindRank(std::optional<Term::SourceKind> kind)
{
    static constexpr std::array<Term::SourceKind, 4> order = {
        Term::SourceKind::Official, Term::SourceKind::Press, Term::SourceKind::Estimate,
        Term::SourceKind::Article};
    return rank(kind, order);
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
    auto sourceRank = [&sources](const Observation& o, const Source& s) {
        return kindRank(sources.contains(o.sourceId) ? std::optional(s.kind) : std::nullopt);
    };
    auto better = [&](const Observation& a, const Observation& b) {
        if (statusRank(a.status) != statusRank(b.status))
            return statusRank(a.status) < statusRank(b.status);
        if (a.isExact() != b.isExact())
            return a.isExact();
        const Source sa = sources.value(a.sourceId);
        const Source sb = sources.value(b.sourceId);
        if (sourceRank(a, sa) != sourceRank(b, sb))
            return sourceRank(a, sa) < sourceRank(b, sb);
        if (sa.published != sb.published)
            return sa.published > sb.published;
        return a.id < b.id;
    };
    for (int i = 0; i < observations->size(); ++i) {
        Observation& o = (*observations)[i];
        o.plotted = false;
        // A misprint is kept and shown, never plotted, even when it is the only figure.
        if (o.status == Term::Status::Erratum || !eligible(o))
            continue;
        const QString key = o.quantityKey();
        const auto it = best.constFind(key);
        if (it == best.constEnd() || better(o, observations->at(*it)))
            best.insert(key, i);
    }
    for (int i : std::as_const(best))
        (*observations)[i].plotted = true;
}
