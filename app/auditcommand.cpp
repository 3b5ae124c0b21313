// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

int CommandLine::runAudit(const QStringList& args)
{
    Q_UNUSED(args);
    return usageError(tr("audit is not available in this build"));
}
