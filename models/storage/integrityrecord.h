// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// When an SQLite store needs its full integrity check on opening (PRAGMA quick_check, which
/// reads the whole file: about 1.2 s for 128 MB). The check runs when the file is not the one
/// Crossings last checked or wrote on this machine: its fingerprint (inode, size, modification
/// and status-change times in nanoseconds, and SQLite's own file change counter in the header)
/// differs from the one recorded then, or none was recorded. Any write to the file by another
/// program, a copy or a restore over it, a crash that left a journal (checked by the caller), a
/// new machine or a cleared cache all lead to the full check. The record lives in the user's
/// cache folder (<CacheLocation>/checked-stores.ini), never beside the store: losing it costs one
/// check. docs/ARCHITECTURE.md ("Opening a store") gives the policy.
namespace IntegrityRecord {

/// The file's fingerprint now; empty when it cannot be read.
QString fingerprint(const QString& path);
/// Whether the fingerprint is the one recorded for the file.
bool matches(const QString& path, const QString& fingerprint);
/// Records the fingerprint: the file passed the check, or Crossings just wrote it.
void record(const QString& path, const QString& fingerprint);
/// How many full checks this process has run (SqliteEngine counts them), for the tests.
int checksRun();
void countCheck();

} // namespace IntegrityRecord
