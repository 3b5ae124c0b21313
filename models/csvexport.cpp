// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "catalog.h"
#include "csvreader.h"
#include "datasetreader.h"

#include <QLocale>

namespace CsvExport {

QString observations(const Catalog& catalog, const QString& dataset)
{
    QStringList header = DatasetReader::observationColumns();
    header << QStringLiteral("compiler") << QStringLiteral("derived_from") << QStringLiteral("period_label")
           << QStringLiteral("plotted");
    QString out = CsvReader::joinRow(header) + QLatin1Char('\n');
    const QLocale english(QLocale::English);
    for (const Observation& o : catalog.observations(dataset)) {
        out += CsvReader::joinRow({o.dataset, o.series, o.period.code(), o.region,
                                   QString::number(o.value), o.qualifier, o.unit, o.status,
                                   o.sourceId, o.locator, o.note, o.compiler, o.derivedFrom,
                                   o.period.label(english),
                                   o.plotted ? QStringLiteral("1") : QStringLiteral("0")})
               + QLatin1Char('\n');
    }
    return out;
}

QString sources(const Catalog& catalog)
{
    QString out = CsvReader::joinRow(DatasetReader::sourceColumns()) + QLatin1Char('\n');
    QList<Source> all = catalog.snapshot().sources.values();
    std::sort(all.begin(), all.end(), [](const Source& a, const Source& b) { return a.id < b.id; });
    for (const Source& s : std::as_const(all)) {
        out += CsvReader::joinRow({s.id, s.kind, s.titleEn, s.titleKo, s.outlet, s.author,
                                   s.published, s.url, s.language,
                                   s.unconfirmed.join(QLatin1Char(';')), s.note})
               + QLatin1Char('\n');
    }
    return out;
}

QString events(const Catalog& catalog)
{
    QString out = CsvReader::joinRow(DatasetReader::eventColumns()) + QLatin1Char('\n');
    for (const TimelineEvent& e : catalog.snapshot().events) {
        out += CsvReader::joinRow({e.id, e.period.code(), e.textEn, e.textKo, e.sourceId,
                                   e.locator, e.figures.join(QLatin1Char(';')), e.note})
               + QLatin1Char('\n');
    }
    return out;
}

QString toText(const QString& csv)
{
    CsvReader reader;
    if (!reader.parse(csv.toUtf8()))
        return csv;
    QList<int> widths;
    for (const CsvRecord& r : reader.records()) {
        for (int i = 0; i < r.fields.size(); ++i) {
            const int w = int(r.fields.at(i).simplified().size());
            if (i >= widths.size())
                widths.append(w);
            else
                widths[i] = std::max(widths[i], std::min(w, 60));
        }
    }
    QString out;
    for (const CsvRecord& r : reader.records()) {
        QStringList cells;
        for (int i = 0; i < r.fields.size(); ++i) {
            QString f = r.fields.at(i).simplified();
            if (f.size() > 60)
                f = f.left(59) + QChar(0x2026);
            cells << f.leftJustified(widths.at(i));
        }
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace CsvExport
