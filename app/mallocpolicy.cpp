// SPDX-License-Identifier: GPL-3.0-or-later
#include "mallocpolicy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void MallocPolicy::returnLargeBlocks()
{
#if defined(__GLIBC__)
    // A fixed threshold also stops glibc from moving it (mallopt(3), M_MMAP_THRESHOLD).
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
