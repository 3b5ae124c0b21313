// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/claimreport.h"

#include "core/catalog.h"
#include "core/csvreader.h"
#include "core/textsafety.h"

const QStringList& ClaimReport::csvColumns()
{
    static const QStringList c = {QStringLiteral("claim_id"),        QStringLiteral("source_id"),
                                  QStringLiteral("locator"),         QStringLiteral("kind"),
                                  QStringLiteral("reading"),         QStringLiteral("verdict"),
                                  QStringLiteral("claim_verdict"),   QStringLiteral("computed"),
                                  QStringLiteral("stated"),          QStringLiteral("difference"),
                                  QStringLiteral("observation_ids"), QStringLiteral("missing"),
                                  QStringLiteral("explanation"),     QStringLiteral("claim")};
    return c;
}

QString ClaimReport::csv(const QList<ClaimResult>& results, const ClaimChecker& checker)
{
    QString out = CsvReader::joinRow(csvColumns()) + QLatin1Char('\n');
    const Language language = checker.catalog().language();
    for (const ClaimResult& r : results) {
        const Claim& c = r.claim;
        if (!r.error.isEmpty()) {
            out += CsvReader::joinRow(TextSafety::neutralisedRow(
                       {c.id, c.sourceId, c.locatorIn(language), c.kind, QString(),
                        ClaimChecker::verdictKey(r.verdict), ClaimChecker::verdictKey(r.verdict),
                        QString(), QString(), QString(), QString(), QString(), checker.explain(r),
                        c.text(language)})) +
                   QLatin1Char('\n');
            continue;
        }
        for (const ReadingResult& reading : r.readings) {
            QStringList ids, missing;
            for (const FigureUse& f : reading.figures)
                ids << QString::number(f.observationId);
            for (const QuantityRef& q : reading.missing)
                missing << q.dataset + QLatin1Char(',') + q.series + QLatin1Char(',') + q.region +
                               QLatin1Char(',') + q.period;
            out +=
                CsvReader::joinRow(TextSafety::neutralisedRow(
                    {c.id, c.sourceId, c.locatorIn(language), c.kind, reading.label,
                     ClaimChecker::verdictKey(reading.verdict), ClaimChecker::verdictKey(r.verdict),
                     checker.computedText(reading), checker.statedText(reading),
                     checker.differenceText(reading), ids.join(QLatin1Char(';')),
                     missing.join(QLatin1Char(';')), checker.explain(reading), c.text(language)})) +
                QLatin1Char('\n');
        }
    }
    return out;
}

QString ClaimReport::text(const QList<ClaimResult>& results, const ClaimChecker& checker)
{
    QString out;
    const Language language = checker.catalog().language();
    for (const ClaimResult& r : results) {
        const Claim& c = r.claim;
        out +=
            QStringLiteral("[%1] %2 (%3, %4)\n")
                .arg(ClaimChecker::verdictName(r.verdict), c.id, c.sourceId, c.locatorIn(language));
        out += QStringLiteral("    ") + c.text(language) + QLatin1Char('\n');
        const QStringList lines = checker.explain(r).split(QLatin1Char('\n'));
        for (const QString& line : lines)
            out += QStringLiteral("    ") + line + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    out += summary(results) + QLatin1Char('\n');
    return out;
}

QString ClaimReport::summary(const QList<ClaimResult>& results)
{
    int holds = 0, differs = 0, cannot = 0, mixed = 0;
    for (const ClaimResult& r : results) {
        switch (r.verdict) {
        case ClaimVerdict::Holds:
            ++holds;
            break;
        case ClaimVerdict::Differs:
            ++differs;
            break;
        case ClaimVerdict::CannotCheck:
            ++cannot;
            break;
        case ClaimVerdict::Mixed:
            ++mixed;
            break;
        }
    }
    return tr("Claims: %1 — holds: %2, differs: %3, cannot be checked: %4, depends on the reading: "
              "%5")
        .arg(results.size())
        .arg(holds)
        .arg(differs)
        .arg(cannot)
        .arg(mixed);
}
