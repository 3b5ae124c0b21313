// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/terms.h"
#include "core/datasetorder.h"

namespace Datasets {

const std::array<DatasetInfo, 3>& all()
{
    using P = DatasetInfo::Periods;
    static const std::array<DatasetInfo, 3> datasets = {{
        {Term::Dataset::Arrivals, "observations.csv", "KR", "", P::CalendarOrUpTo},
        {Term::Dataset::Trade, "observations.csv", "CN", "gacc", P::Calendar},
        {Term::Dataset::Destinations, "observations.csv", "", "", P::AnyButDay},
    }};
    return datasets;
}

const DatasetInfo& info(Term::Dataset dataset)
{
    for (const DatasetInfo& d : all()) {
        if (d.dataset == dataset)
            return d;
    }
    return all().front(); // unreachable: every dataset is in all()
}

std::optional<Term::Dataset> fromName(const QString& name)
{
    return Term::fromCsv<Term::Dataset>(name);
}

QStringList names()
{
    return Term::csvNames<Term::Dataset>();
}

} // namespace Datasets

int Datasets::nameRank(Term::Dataset dataset)
{
    static const std::array<int, 3> ranks = [] {
        std::array<int, 3> r{};
        QStringList sorted = names();
        sorted.sort();
        for (int i = 0; i < sorted.size(); ++i)
            r[std::size_t(*fromName(sorted.at(i)))] = i;
        return r;
    }();
    return ranks[std::size_t(dataset)];
}
