// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "core/catalog.h"
#include "core/claimchecker.h"
#include "itemmodels/claimreport.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QTextStream>

int CommandLine::runAudit(const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty())
        return usageError(
            tr("unexpected argument \"%1\" (audit takes no arguments)").arg(args.first()));
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("csv") && format != QLatin1String("text"))
        return usageError(tr("unknown format \"%1\" (expected csv or text)").arg(format));
    Store store;
    Catalog catalog;
    if (!openCatalog(store, catalog))
        return Failure;
    const ClaimChecker checker(catalog);
    const QList<ClaimResult> results = checker.checkAll();
    // A report: claims that differ are findings, not failures (exit 0).
    out() << (format == QLatin1String("csv") ? ClaimReport::csv(results, checker)
                                             : ClaimReport::text(results, checker));
    return finishOut();
}
