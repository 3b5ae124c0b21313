// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through CsvReader, the dataset reader (observations, sources,
// events) and ImportPlan against a store holding the bundled dataset. Besides crashes, leaks
// and undefined behaviour it checks two properties and aborts when one fails:
// - what CsvReader parses, written back with CsvReader::joinRow, parses to the same fields;
// - a valid ImportPlan adds every figure it read, each with a line inside the file;
// - the problems listed are bounded (ImportPlan::MaxListedProblems), the report holds no control
//   character but the line feed, and a valid plan has no formula-like free text;
// - a valid plan applies to a store (in memory) in one transaction, and undo takes it back to the
//   same state.
#include "core/csvreader.h"
#include "core/textsafety.h"
#include "storage/datasetreader.h"
#include "storage/importplan.h"
#include "storage/store.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

struct Context
{
    Snapshot snapshot;
    QSet<QString> sourceIds;
    Store* store = nullptr; ///< the bundled dataset in memory; every import is undone
};

const Context& context()
{
    static const Context c = [] {
        Context out;
        out.store = new Store; // lives as long as the process
        Store& store = *out.store;
        if (!store.openInMemory() || !store.load(&out.snapshot)) {
            std::fprintf(stderr, "fuzz_import: cannot load the bundled dataset\n");
            std::abort();
        }
        for (auto it = out.snapshot.sources.cbegin(); it != out.snapshot.sources.cend(); ++it)
            out.sourceIds.insert(it.key());
        return out;
    }();
    return c;
}

[[noreturn]] void violated(const char* what)
{
    std::fprintf(stderr, "fuzz_import: property violated: %s\n", what);
    std::abort();
}

void checkCsvRoundTrip(const QByteArray& bytes)
{
    CsvReader reader;
    if (!reader.parse(bytes))
        return;
    QString text = QString(QChar(0xFEFF)); // parse() drops one leading BOM: keep a field's own
    for (const CsvRecord& r : reader.records())
        text += CsvReader::joinRow(r.fields) + QLatin1Char('\n');
    CsvReader again;
    if (!again.parse(text.toUtf8()))
        violated("written CSV does not parse");
    if (again.records().size() != reader.records().size())
        violated("written CSV has another number of records");
    for (qsizetype i = 0; i < reader.records().size(); ++i) {
        if (again.records().at(i).fields != reader.records().at(i).fields)
            violated("written CSV has other fields");
        if (i > 0 && reader.records().at(i).line <= reader.records().at(i - 1).line)
            violated("record lines do not increase");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // The SQL driver wants an application object; it lives as long as the process.
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    context();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Context& c = context();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    checkCsvRoundTrip(bytes);

    ImportPlan plan;
    const bool valid = plan.prepare(bytes, QStringLiteral("fuzz.csv"), c.snapshot);
    if (valid != plan.issues().isEmpty())
        violated("validity disagrees with the issues");
    for (const ValidationIssue& i : plan.issues()) {
        if (i.line < 0 || i.column < 0 || i.message.isEmpty())
            violated("an issue without a place or a message");
    }
    if (plan.issues().size() > ImportPlan::MaxListedProblems)
        violated("more problems listed than the bound");
    if (plan.problemCount() < plan.issues().size() || valid != (plan.problemCount() == 0))
        violated("the problem count disagrees with the problems");
    if (valid) {
        for (const Observation& o : plan.additions()) {
            for (const QString& text : {o.locator, o.note}) {
                if (TextSafety::startsLikeFormula(text) ||
                    !TextSafety::firstControl(text, true).isNull())
                    violated("a valid plan holds formula-like or control text");
            }
        }
        const ImportBatch batch = plan.batch();
        if (batch.observations.size() != plan.additions().size())
            violated("the batch does not hold every addition");
        for (const Observation& o : batch.observations) {
            if (o.line < 2 || o.value < 0 || o.sourceId.isEmpty() || !o.period.isValid())
                violated("an addition without a line, a value, a source or a period");
        }
    }
    const QString report = plan.report();
    for (QChar ch : report) {
        if (TextSafety::isControl(ch) && ch != QLatin1Char('\n'))
            violated("the report holds a control character");
    }
    if (valid && !plan.isEmpty()) {
        // The write path: one transaction, then undo back to the same state.
        Store& store = *c.store;
        qint64 id = 0;
        if (!plan.apply(store, &id))
            violated("a valid plan does not apply");
        ImportRecord undone;
        if (!store.undoLastImport(&undone) || undone.id != id)
            violated("an applied import cannot be undone");
        Snapshot after;
        if (!store.load(&after) || after.observations.size() != c.snapshot.observations.size() ||
            after.sources.size() != c.snapshot.sources.size())
            violated("undo does not restore the store");
    }

    DatasetReader reader;
    reader.setVocabulary(c.snapshot.vocabulary);
    (void)reader.readSources(bytes, QStringLiteral("sources.csv"));
    (void)reader.readEvents(bytes, QStringLiteral("events.csv"), c.sourceIds);
    return 0;
}
