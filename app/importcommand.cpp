// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

int CommandLine::runImport(const QStringList& args)
{
    Q_UNUSED(args);
    return usageError(tr("import is not available in this build"));
}
