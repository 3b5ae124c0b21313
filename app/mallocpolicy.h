// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// How the C library hands memory back (docs/PERFORMANCE.md, "Import memory").
namespace MallocPolicy {
/// Blocks of 128 KiB and more get their own mapping, returned whole when freed. glibc otherwise
/// raises that threshold to the largest block freed so far (up to 32 MiB), after which an
/// import's large lists and texts came from the heap, whose freed gaps counted in the process's
/// memory until it ended: about 16 MiB of a 250,000-row import's peak (issue 23).
void returnLargeBlocks();
} // namespace MallocPolicy
