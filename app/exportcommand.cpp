// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

int CommandLine::runExport(const QStringList& args)
{
    Q_UNUSED(args);
    return usageError(tr("export is not available in this build"));
}
