// SPDX-License-Identifier: GPL-3.0-or-later
#include "warningcollector.h"

#include <QtGlobal>

namespace TestSupport {
namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;
bool g_installed = false;

bool isOffscreenNotice(const QString& message)
{
    return message.startsWith(QLatin1String("This plugin does not support")) ||
           message.contains(QLatin1String("propagateSizeHints"));
}

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !isOffscreenNotice(message))
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void WarningCollector::install()
{
    if (g_installed)
        return;
    g_installed = true;
    g_previous = qInstallMessageHandler(collect);
}

void WarningCollector::clear()
{
    g_warnings.clear();
}

QStringList WarningCollector::warnings()
{
    return g_warnings;
}

QByteArray WarningCollector::report()
{
    return g_warnings.join(QLatin1Char('\n')).toLocal8Bit();
}

} // namespace TestSupport
