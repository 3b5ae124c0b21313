// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/csvexport.h"

#include "core/catalog.h"
#include "core/csvreader.h"
#include "core/textsafety.h"
#include "core/translations.h"
#include "storage/datasetreader.h"
#include "storage/importplan.h"

#include <QLocale>

namespace CsvExport {

QString figures(const Snapshot& snapshot, const QStringList& datasets, SourceColumns sources,
                Layout layout, Language runLanguage)
{
    const bool reading = layout == Layout::Reading;
    const bool withSources = sources == SourceColumns::With && !reading;
    const Language language = reading ? runLanguage : Language::English;
    QStringList header = DatasetReader::observationColumns();
    header << ImportPlan::ignoredColumns() << DatasetReader::optionalObservationColumns();
    if (withSources)
        header << ImportPlan::sourceColumns();
    if (!reading)
        header << ImportPlan::koreanColumns();
    QString out = CsvReader::joinRow(header) + QLatin1Char('\n');
    const QLocale locale = Translations::locale(runLanguage);
    for (const QString& name : datasets) {
        const std::optional<Term::Dataset> dataset = Datasets::fromName(name);
        for (const Observation& o : snapshot.observations) {
            if (o.dataset != dataset)
                continue;
            QStringList row = {Term::csvName(o.dataset),
                               o.series,
                               o.period.code(),
                               o.region,
                               QString::number(o.value),
                               Term::csvName(o.qualifier),
                               Term::csvName(o.unit),
                               Term::csvName(o.status),
                               o.sourceId,
                               o.locatorIn(language),
                               o.noteIn(language),
                               o.period.label(locale),
                               o.plotted ? QStringLiteral("1") : QStringLiteral("0"),
                               o.isRange() ? QString::number(o.valueTo) : QString(),
                               o.compiler,
                               o.derivedFrom};
            if (withSources) {
                const Source s = snapshot.sources.value(o.sourceId);
                for (const QString& c : ImportPlan::sourceColumns())
                    row << ImportPlan::sourceField(s, c);
            }
            if (!reading) {
                // The locator as the Korean window writes it: the same after an import.
                const Locator parsed = Locator::parse(o.locator);
                row << o.noteKo
                    << (parsed.isValid() ? parsed.text(Language::Korean) : o.locatorKo.toString());
            }
            out += CsvReader::joinRow(TextSafety::neutralisedRow(row)) + QLatin1Char('\n');
        }
    }
    return out;
}

QString observations(const Catalog& catalog, const QString& dataset, Layout layout)
{
    return figures(catalog.snapshot(), {dataset}, SourceColumns::Without, layout,
                   catalog.language());
}

QString sources(const Catalog& catalog, Layout layout)
{
    const bool reading = layout == Layout::Reading;
    const Language language = reading ? catalog.language() : Language::English;
    QStringList header = DatasetReader::sourceColumns();
    if (!reading)
        header << QStringLiteral("outlet_ko") << QStringLiteral("note_ko");
    QString out = CsvReader::joinRow(header) + QLatin1Char('\n');
    QList<Source> all = catalog.snapshot().sources.values();
    std::sort(all.begin(), all.end(), [](const Source& a, const Source& b) { return a.id < b.id; });
    for (const Source& s : std::as_const(all)) {
        // In Korean reading, title_en keeps the original title; a description comes from title_ko.
        const QString title = reading && language == Language::Korean && s.hasDescriptiveTitle()
                                  ? s.titleIn(language)
                                  : s.titleEn;
        QStringList row = {s.id,
                           Term::csvName(s.kind),
                           title,
                           s.titleKo,
                           s.outletIn(language),
                           s.author,
                           s.published,
                           s.url,
                           s.language,
                           s.unconfirmed.join(QLatin1Char(';')),
                           s.noteIn(language)};
        if (!reading)
            row << s.outletKo << s.noteKo;
        out += CsvReader::joinRow(TextSafety::neutralisedRow(row)) + QLatin1Char('\n');
    }
    return out;
}

QString events(const Catalog& catalog, Layout layout)
{
    const bool reading = layout == Layout::Reading;
    const Language language = reading ? catalog.language() : Language::English;
    QStringList header = DatasetReader::eventColumns();
    if (!reading)
        header << QStringLiteral("note_ko") << QStringLiteral("locator_ko");
    QString out = CsvReader::joinRow(header) + QLatin1Char('\n');
    for (const TimelineEvent& e : catalog.snapshot().events) {
        QStringList row = {e.id,
                           e.period.code(),
                           e.textEn,
                           e.textKo,
                           e.sourceId,
                           e.locatorIn(language),
                           e.figures.join(QLatin1Char(';')),
                           e.noteIn(language)};
        if (!reading) {
            const Locator parsed = Locator::parse(e.locator);
            row << e.noteKo << (parsed.isValid() ? parsed.text(Language::Korean) : e.locatorKo);
        }
        out += CsvReader::joinRow(TextSafety::neutralisedRow(row)) + QLatin1Char('\n');
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
