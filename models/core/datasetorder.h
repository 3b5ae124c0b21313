// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/terms.h"

namespace Datasets {
/// A dataset's place in the order of the names ("arrivals" < "destinations" < "trade"): the
/// order the store reads figures in (Store::read), which a catalog keeps when it adds a dataset
/// (Catalog::require).
int nameRank(Term::Dataset dataset);
} // namespace Datasets
