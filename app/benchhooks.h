// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Instrumentation for the benchmark (tests/bench, docs/PERFORMANCE.md); off unless asked for.
///
/// CROSSINGS_BENCH_FIRST_PAINT=1: when the first chart view's viewport has finished its first
/// paint, the window prints "first-paint <microseconds since the epoch>" (CLOCK_REALTIME) on
/// standard output and quits. The benchmark compares it with the time it started the process.
class Store;

namespace BenchHooks {

constexpr const char* FirstPaintVariable = "CROSSINGS_BENCH_FIRST_PAINT";

/// Installs the hooks the environment asks for (nothing when no variable is set).
void install();

/// CROSSINGS_TEST_PAUSE_IN_IMPORT=FILE (tests of a killed import): an import through this store
/// creates FILE inside its transaction, just before committing, then waits a minute, so that the
/// test kills the process there (Store::setBeforeCommit). Nothing when the variable is not set.
constexpr const char* PauseInImportVariable = "CROSSINGS_TEST_PAUSE_IN_IMPORT";
void pauseInImport(Store* store);

} // namespace BenchHooks
