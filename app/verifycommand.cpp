// SPDX-License-Identifier: GPL-3.0-or-later
// crossings verify FILE… [--format text|csv]: is each exported figure still current?
#include "commandline.h"

#include "core/catalog.h"
#include "core/exportcheck.h"
#include "core/figureyears.h"
#include "exportrecipe.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The figures a provenance's figure plots today, drawn with its options.
std::optional<QList<Observation>> replot(Catalog* catalog, const QJsonObject& provenance)
{
    const auto recipe = ExportRecipe::fromProvenance(provenance);
    if (!recipe)
        return std::nullopt;
    return recipe->plotted(catalog);
}

} // namespace

int CommandLine::runVerify(const QCommandLineParser& parser, const QStringList& files)
{
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("csv") && format != QLatin1String("text"))
        return usageError(tr("unknown format \"%1\" (expected csv or text)").arg(format));
    if (files.isEmpty())
        return usageError(tr("verify needs one or more exported files (PNG, PDF or SVG)"));
    Store store;
    Catalog catalog;
    if (!openCatalog(store, catalog))
        return Failure;
    const ExportCheck::Replot redraw = [&catalog](const QJsonObject& provenance) {
        return replot(&catalog, provenance);
    };

    const bool csv = format == QLatin1String("csv");
    if (csv)
        out() << "file,verdict,figure,years,period,series,region,old_value,new_value,new_status,"
                 "new_source,note\n";
    bool outdated = false;
    bool failed = false;
    for (const QString& file : std::as_const(files)) {
        const ExportCheck::Result r = ExportCheck::checkFile(file, catalog, redraw);
        const QString shown = QDir::toNativeSeparators(file);
        const QString figure = r.provenance.value(QStringLiteral("figure")).toString();
        const QJsonObject options = r.provenance.value(QStringLiteral("options")).toObject();
        const int first = options.value(QStringLiteral("firstYear")).toInt();
        const YearRange years{first, options.value(QStringLiteral("lastYear")).toInt()};
        const QString yearsCode = years.isValid() ? years.code() : QString();
        QString note;
        switch (r.verdict) {
        case ExportCheck::Verdict::Current:
            break;
        case ExportCheck::Verdict::Outdated:
            outdated = true;
            note = r.byChecksum
                       ? tr("exported by Crossings %1, which recorded only a checksum of its "
                            "figures: it differs from today's, so a figure changed, but which "
                            "one cannot be named")
                             .arg(r.provenance.value(QStringLiteral("crossingsVersion")).toString())
                       : QString();
            break;
        case ExportCheck::Verdict::CannotTell:
            failed = true;
            note = r.message;
            if (r.format == QLatin1String("png"))
                note += QLatin1String("; ") +
                        tr("slide software often re-encodes images and drops their metadata: "
                           "check the PDF or SVG export, which keep it");
            break;
        case ExportCheck::Verdict::Unreadable:
            failed = true;
            note = r.message;
            break;
        }

        if (csv) {
            const QString head = csvField(file) + QLatin1Char(',') +
                                 csvField(ExportCheck::verdictCode(r.verdict)) + QLatin1Char(',') +
                                 csvField(figure) + QLatin1Char(',') + yearsCode + QLatin1Char(',');
            if (r.changes.isEmpty())
                out() << head << ",,,,,,," << csvField(note) << '\n';
            for (const ExportCheck::Change& c : r.changes) {
                const QStringList key = c.key.split(QLatin1Char('|'));
                out() << head << csvField(key.value(2)) << ',' << csvField(key.value(1)) << ','
                      << csvField(key.value(3)) << ','
                      << (c.before ? QString::number(c.before->value) : QString()) << ','
                      << (c.now ? QString::number(c.now->value) : QString()) << ','
                      << (c.now ? Term::csvName(c.now->status) : QString()) << ','
                      << csvField(c.now ? c.now->sourceId : QString()) << ',' << csvField(note)
                      << '\n';
            }
            continue;
        }

        switch (r.verdict) {
        case ExportCheck::Verdict::Current:
            out() << tr("%1: current (%2%3)")
                         .arg(shown, figure,
                              years.isValid() ? QStringLiteral(", ") + years.label() : QString())
                  << '\n';
            break;
        case ExportCheck::Verdict::Outdated:
            out() << tr("%1: outdated (%2%3)")
                         .arg(shown, figure,
                              years.isValid() ? QStringLiteral(", ") + years.label() : QString())
                  << '\n';
            if (!note.isEmpty())
                out() << QStringLiteral("  ") << note << '\n';
            for (const ExportCheck::Change& c : r.changes)
                out() << QStringLiteral("  ") << ExportCheck::describe(c, catalog) << '\n';
            out() << QStringLiteral("  ")
                  << tr("Draw it again on today's data: crossings export --like %1 -o NEW_FILE")
                         .arg(shown)
                  << '\n';
            break;
        case ExportCheck::Verdict::CannotTell:
            out() << tr("%1: cannot tell: %2").arg(shown, note) << '\n';
            break;
        case ExportCheck::Verdict::Unreadable:
            out() << tr("%1: could not be read: %2").arg(shown, note) << '\n';
            break;
        }
    }
    out().flush();
    if (failed)
        return Failure;
    return outdated ? Outdated : Success;
}
