// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace TestSupport {

/// Collects every warning logged while a test runs, so that the test can fail on one. Notices of
/// the offscreen platform about size hints of top-level windows are not ours (QT-NOTES, gotcha 6)
/// and are left out. Install once (initTestCase), clear in init(), check in cleanup().
class WarningCollector
{
public:
    static void install();
    static void clear();
    static QStringList warnings();
    static bool isEmpty() { return warnings().isEmpty(); }
    /// The warnings, one per line, for QVERIFY2.
    static QByteArray report();
};

} // namespace TestSupport
