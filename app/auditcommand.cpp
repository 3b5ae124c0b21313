// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "catalog.h"
#include "claimchecker.h"
#include "claimreport.h"
#include "store.h"

#include <QTextStream>

int CommandLine::runAudit(const QStringList& args)
{
    QString format = QStringLiteral("text");
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--lang")) {
            ++i;
        } else if (a == QLatin1String("--format") || a.startsWith(QLatin1String("--format="))) {
            if (a.contains(QLatin1Char('=')))
                format = a.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size())
                format = args.at(++i);
            else
                return usageError(tr("--format needs a format: csv or text"));
            if (format != QLatin1String("csv") && format != QLatin1String("text"))
                return usageError(tr("unknown format \"%1\" (expected csv or text)").arg(format));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(tr("unknown option \"%1\" for audit").arg(a));
        } else {
            return usageError(tr("unexpected argument \"%1\" (audit takes no arguments)").arg(a));
        }
    }
    Store store;
    if (!openStore(store, false))
        return Failure;
    Catalog catalog;
    if (!catalog.reload(store)) {
        err() << tr("crossings: %1").arg(store.errorString()) << '\n';
        err().flush();
        return Failure;
    }
    const ClaimChecker checker(catalog);
    const QList<ClaimResult> results = checker.checkAll();
    // A report: claims that differ are findings, not failures (exit 0).
    out() << (format == QLatin1String("csv") ? ClaimReport::csv(results, checker)
                                             : ClaimReport::text(results, checker));
    return finishOut();
}
