// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace TestSupport {

QString settingsProblem()
{
    const QString home = qEnvironmentVariable("CROSSINGS_TEST_HOME");
    if (home.isEmpty())
        return QStringLiteral("CROSSINGS_TEST_HOME is not set (run the test through ctest)");
    // (Compared as written: the settings folder does not exist before the first write.)
    const QString own = QDir::cleanPath(QFileInfo(home).absoluteFilePath()) + QLatin1Char('/');
    const QString file = QDir::cleanPath(QFileInfo(QSettings().fileName()).absoluteFilePath());
    if (!file.startsWith(own))
        return QStringLiteral("the settings file %1 is outside the test's home %2").arg(file, own);
    return {};
}

} // namespace TestSupport
