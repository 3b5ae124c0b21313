// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exportcheck.h"

#include "core/catalog.h"
#include "core/exportmetadata.h"
#include "core/formatter.h"

#include <QHash>
#include <QLocale>

QJsonArray ExportCheck::encode(const QList<Observation>& plotted)
{
    QJsonArray out;
    for (const Observation& o : plotted)
        out.append(QJsonArray{o.quantityKey(), o.value, Term::csvName(o.status), o.sourceId});
    return out;
}

std::optional<QList<ExportCheck::Figure>> ExportCheck::decode(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<Figure> out;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 4 || !a.at(0).isString() || !a.at(1).isDouble() || !a.at(2).isString() ||
            !a.at(3).isString())
            return std::nullopt;
        out.append({a.at(0).toString(), qint64(a.at(1).toDouble()), a.at(2).toString(),
                    a.at(3).toString()});
    }
    return out;
}

QString ExportCheck::describe(const Change& c, const Catalog& catalog)
{
    const Formatter f(catalog.locale());
    const QStringList key = c.key.split(QLatin1Char('|'));
    const QString what =
        QStringLiteral("%1, %2").arg(catalog.seriesName(key.value(0), key.value(1)),
                                     Period::parse(key.value(2)).label(catalog.locale()));
    const QString before = c.before ? f.number(c.before->value) : tr("not drawn");
    QString after = tr("no longer published");
    if (c.now) {
        const Source source = catalog.source(c.now->sourceId);
        after = tr("%1 (%2; source: %3)")
                    .arg(f.number(c.now->value), f.status(c.now->status),
                         source.id.isEmpty() ? c.now->sourceId : f.citation(source));
    }
    return QStringLiteral("%1: %2 \u2192 %3").arg(what, before, after);
}

QString ExportCheck::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Current:
        return QStringLiteral("current");
    case Verdict::Outdated:
        return QStringLiteral("outdated");
    case Verdict::CannotTell:
        return QStringLiteral("cannot tell");
    case Verdict::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

ExportCheck::Result ExportCheck::check(const QJsonObject& provenance, const Catalog& catalog,
                                       const Replot& replot)
{
    Result r;
    r.provenance = provenance;
    // A briefing pack: the provenance of each figure it draws; outdated when any figure is.
    if (const QJsonValue parts = provenance.value(QStringLiteral("figures")); parts.isArray()) {
        bool outdated = false;
        for (const QJsonValue& part : parts.toArray()) {
            const Result p = check(part.toObject(), catalog, replot);
            if (p.verdict == Verdict::CannotTell || p.verdict == Verdict::Unreadable) {
                r.message = p.message;
                return r;
            }
            outdated = outdated || p.verdict == Verdict::Outdated;
            r.byChecksum = r.byChecksum || p.byChecksum;
            r.changes += p.changes;
        }
        if (parts.toArray().isEmpty()) {
            r.message = tr("the file names no figure Crossings can draw again");
            return r;
        }
        r.verdict = outdated ? Verdict::Outdated : Verdict::Current;
        return r;
    }
    const QJsonValue recorded = provenance.value(QStringLiteral("plotted"));
    const auto today = replot ? replot(provenance) : std::nullopt;

    if (recorded.isUndefined()) {
        // Crossings 0.1: only the checksum of the plotted figures.
        const QString checksum = provenance.value(QStringLiteral("dataChecksum")).toString();
        if (!today || checksum.isEmpty()) {
            r.message = tr("the file names no figure Crossings can draw again");
            return r;
        }
        r.byChecksum = true;
        r.verdict = Catalog::checksum(*today) == checksum ? Verdict::Current : Verdict::Outdated;
        return r;
    }
    const auto before = decode(recorded);
    if (!before) {
        r.message = tr("the file's record of its figures is damaged");
        return r;
    }
    // Today's figures: those the same figure plots now, or, without a way to draw it, the
    // plotted figure of each quantity the export recorded.
    QList<Observation> now;
    if (today) {
        now = *today;
    } else {
        QHash<QString, Observation> plotted;
        for (const Observation& o : catalog.snapshot().observations) {
            if (o.plotted)
                plotted.insert(o.quantityKey(), o);
        }
        for (const Figure& f : *before) {
            if (plotted.contains(f.key))
                now << plotted.value(f.key);
        }
    }
    QHash<QString, Observation> byKey;
    for (const Observation& o : std::as_const(now))
        byKey.insert(o.quantityKey(), o);
    QSet<QString> seen;
    for (const Figure& f : *before) {
        seen.insert(f.key);
        const auto it = byKey.constFind(f.key);
        if (it == byKey.cend()) {
            r.changes.append({f.key, f, std::nullopt});
            continue;
        }
        if (it->value != f.value || Term::csvName(it->status) != f.status ||
            it->sourceId != f.sourceId)
            r.changes.append({f.key, f, *it});
    }
    for (const Observation& o : std::as_const(now)) {
        if (!seen.contains(o.quantityKey()))
            r.changes.append({o.quantityKey(), std::nullopt, o});
    }
    r.verdict = r.changes.isEmpty() ? Verdict::Current : Verdict::Outdated;
    return r;
}

ExportCheck::Result ExportCheck::checkFile(const QString& path, const Catalog& catalog,
                                           const Replot& replot)
{
    const ExportMetadata::Result read = ExportMetadata::read(path);
    Result r;
    switch (read.status) {
    case ExportMetadata::Status::Unreadable:
        r.verdict = Verdict::Unreadable;
        r.message = read.error;
        return r;
    case ExportMetadata::Status::Missing:
        r.verdict = Verdict::CannotTell;
        r.message = read.error;
        r.format = read.format;
        return r;
    case ExportMetadata::Status::Found:
        break;
    }
    r = check(read.provenance, catalog, replot);
    r.format = read.format;
    return r;
}
