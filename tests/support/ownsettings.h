// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TestSupport {

/// Empty when the settings file (QSettings, with QStandardPaths' test mode on or off) lies in this
/// test's own home (tests/CMakeLists.txt gives each executable one); else what is wrong. Tests that
/// run at the same time never share a settings file: in test mode Qt puts it under
/// $HOME/.qttest, not under XDG_CONFIG_HOME.
QString settingsProblem();

} // namespace TestSupport
