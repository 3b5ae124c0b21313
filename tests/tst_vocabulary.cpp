// SPDX-License-Identifier: GPL-3.0-or-later
// The typed vocabulary (core/terms.h, issue 22 item 3): every term the bundled CSV files spell
// converts to its enum and back to the same bytes; a spelling that is no term is refused by the
// reader, which says which; the dataset registry keys what is keyed by dataset.
#include "core/csvreader.h"
#include "core/formatter.h"
#include "core/terms.h"
#include "core/vocabulary.h"
#include "storage/datasetreader.h"
#include "storage/store.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <type_traits>

using namespace Term;

namespace {

QByteArray bundled(const QString& name)
{
    QFile f(QStringLiteral(CROSSINGS_SOURCE_DIR "/resources/data/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The distinct values of a column of a bundled CSV file.
QSet<QString> spellings(const QString& file, const QString& column)
{
    CsvReader csv;
    QSet<QString> out;
    if (!csv.parse(bundled(file)) || csv.recordCount() < 2)
        return out;
    const int at = int(csv.fields(0).indexOf(column));
    if (at < 0)
        return out;
    for (qsizetype r = 1; r < csv.recordCount(); ++r)
        out.insert(csv.text(r, at).isNull() ? QString() : csv.text(r, at));
    return out;
}

template <typename E> bool roundTrips(const QString& text)
{
    const std::optional<E> term = Term::fromCsv<E>(text);
    return term && Term::csvName(*term) == text;
}

} // namespace

class tst_Vocabulary : public QObject
{
    Q_OBJECT

private slots:
    void bundledTermsRoundTrip_data();
    void bundledTermsRoundTrip();
    void everyTermHasOneSpelling();
    void eachTermRoundTrips_data();
    void eachTermRoundTrips();
    void unknownTermRefused_data();
    void unknownTermRefused();
    void unknownUnitAndKindRefused_data();
    void unknownUnitAndKindRefused();
    void storeRefusesUnknownTerm_data();
    void storeRefusesUnknownTerm();
    void recordsAreTyped();
    void datasetRegistry_data();
    void datasetRegistry();
    void displayNames_data();
    void displayNames();
};

void tst_Vocabulary::bundledTermsRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    // The distinct spellings of each typed column, as the bundled files hold them; the expected
    // sets are typed from the files (a new spelling fails here).
    const struct
    {
        const char* file;
        const char* column;
    } columns[] = {{"observations.csv", "dataset"},
                   {"observations.csv", "status"},
                   {"observations.csv", "qualifier"},
                   {"observations.csv", "unit"},
                   {"sources.csv", "kind"},
                   {"series.csv", "dataset"},
                   {"series.csv", "unit"}};
    for (const auto& c : columns) {
        const QSet<QString> values = spellings(QString::fromLatin1(c.file), c.column);
        QVERIFY2(!values.isEmpty(), c.column);
        for (const QString& v : values)
            QTest::addRow("%s %s \"%s\"", c.file, c.column, qPrintable(v))
                << QString::fromLatin1(c.file) << QString::fromLatin1(c.column) << v;
    }
}

void tst_Vocabulary::bundledTermsRoundTrip()
{
    QFETCH(QString, column);
    QFETCH(QString, text);
    bool ok = false;
    if (column == QLatin1String("dataset"))
        ok = roundTrips<Dataset>(text);
    else if (column == QLatin1String("status"))
        ok = roundTrips<Status>(text);
    else if (column == QLatin1String("qualifier"))
        ok = roundTrips<Qualifier>(text);
    else if (column == QLatin1String("unit"))
        ok = roundTrips<Unit>(text);
    else if (column == QLatin1String("kind"))
        ok = roundTrips<SourceKind>(text);
    QVERIFY2(ok, qPrintable(text));
}

void tst_Vocabulary::everyTermHasOneSpelling()
{
    // Typed from docs/DATA-FORMAT.md.
    QCOMPARE(Term::csvNames<Term::Status>(),
             QStringList({"final", "provisional", "superseded", "estimate", "derived", "erratum"}));
    QCOMPARE(Term::csvNames<Term::Qualifier>(),
             QStringList({"", "about", "over", "almost", "at_least"}));
    QCOMPARE(Term::csvNames<Term::SourceKind>(),
             QStringList({"article", "official", "press", "estimate"}));
    QCOMPARE(csvNames<Unit>(), QStringList({"persons", "usd", "percent"}));
    QCOMPARE(Datasets::names(), QStringList({"arrivals", "trade", "destinations"}));
    QCOMPARE(Term::csvName(Term::Qualifier::AtLeast), QStringLiteral("at_least"));
    QCOMPARE(Term::csvName(Term::Qualifier::Exact), QString());
    QVERIFY(!Term::fromCsv<Term::Status>(QStringLiteral("Final"))); // spellings are exact
    QVERIFY(!Term::fromCsv<Term::Dataset>(QStringLiteral("events")));
    QVERIFY(!Term::fromCsv<Term::Unit>(QString()));
    // The lists the reader checks with are the tables'.
    QCOMPARE(Vocabulary::statuses(), Term::csvNames<Term::Status>());
    QCOMPARE(Vocabulary::qualifiers(), Term::csvNames<Term::Qualifier>());
    QCOMPARE(Vocabulary::sourceKinds(), Term::csvNames<Term::SourceKind>());
    QCOMPARE(Vocabulary::datasets(), Datasets::names());
}

void tst_Vocabulary::eachTermRoundTrips_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("term");
    QTest::addColumn<QString>("text");
    // Each enumerator with its spelling, typed from docs/DATA-FORMAT.md (observations.csv:
    // dataset, qualifier, unit, status; sources.csv: kind).
    QTest::newRow("status final") << "status" << int(Status::Final) << "final";
    QTest::newRow("status provisional") << "status" << int(Status::Provisional) << "provisional";
    QTest::newRow("status superseded") << "status" << int(Status::Superseded) << "superseded";
    QTest::newRow("status estimate") << "status" << int(Status::Estimate) << "estimate";
    QTest::newRow("status derived") << "status" << int(Status::Derived) << "derived";
    QTest::newRow("status erratum") << "status" << int(Status::Erratum) << "erratum";
    QTest::newRow("qualifier exact") << "qualifier" << int(Qualifier::Exact) << "";
    QTest::newRow("qualifier about") << "qualifier" << int(Qualifier::About) << "about";
    QTest::newRow("qualifier over") << "qualifier" << int(Qualifier::Over) << "over";
    QTest::newRow("qualifier almost") << "qualifier" << int(Qualifier::Almost) << "almost";
    QTest::newRow("qualifier at_least") << "qualifier" << int(Qualifier::AtLeast) << "at_least";
    QTest::newRow("unit persons") << "unit" << int(Unit::Persons) << "persons";
    QTest::newRow("unit usd") << "unit" << int(Unit::Usd) << "usd";
    QTest::newRow("unit percent") << "unit" << int(Unit::Percent) << "percent";
    QTest::newRow("kind article") << "kind" << int(SourceKind::Article) << "article";
    QTest::newRow("kind official") << "kind" << int(SourceKind::Official) << "official";
    QTest::newRow("kind press") << "kind" << int(SourceKind::Press) << "press";
    QTest::newRow("kind estimate") << "kind" << int(SourceKind::Estimate) << "estimate";
    QTest::newRow("dataset arrivals") << "dataset" << int(Dataset::Arrivals) << "arrivals";
    QTest::newRow("dataset trade") << "dataset" << int(Dataset::Trade) << "trade";
    QTest::newRow("dataset destinations")
        << "dataset" << int(Dataset::Destinations) << "destinations";
}

void tst_Vocabulary::eachTermRoundTrips()
{
    QFETCH(QString, type);
    QFETCH(int, term);
    QFETCH(QString, text);
    // term → text → the same term, by the one conversion of each type.
    auto check = [&](auto value) {
        using E = decltype(value);
        QCOMPARE(Term::csvName(value), text);
        const std::optional<E> back = Term::fromCsv<E>(text);
        QVERIFY(back);
        QCOMPARE(int(*back), term);
        // Stored as text and read back (the store, CSV export): the same bytes.
        QCOMPARE(Term::csvName(*Term::fromCsv<E>(Term::csvName(value))).toUtf8(), text.toUtf8());
    };
    if (type == QLatin1String("status"))
        check(Status(term));
    else if (type == QLatin1String("qualifier"))
        check(Qualifier(term));
    else if (type == QLatin1String("unit"))
        check(Unit(term));
    else if (type == QLatin1String("kind"))
        check(SourceKind(term));
    else if (type == QLatin1String("dataset"))
        check(Dataset(term));
    else
        QFAIL(qPrintable(type));
}

void tst_Vocabulary::unknownUnitAndKindRefused_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    // The messages the readers give for them (unchanged by the typed records).
    QTest::newRow("unit") << "people"
                          << "official"
                          << "unit \"people\" does not match series total, which is counted in "
                             "persons";
    QTest::newRow("unit in capitals") << "Persons"
                                      << "official"
                                      << "unit \"Persons\" does not match series total, which "
                                         "is counted in persons";
    QTest::newRow("kind") << "persons"
                          << "blog"
                          << "unknown source kind \"blog\" (expected article, official, press or "
                             "estimate)";
    QTest::newRow("kind empty") << "persons"
                                << ""
                                << "unknown source kind \"\" (expected article, official, press "
                                   "or estimate)";
}

void tst_Vocabulary::unknownUnitAndKindRefused()
{
    QFETCH(QString, unit);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    DatasetReader reader;
    QVERIFY(reader.readVocabulary("code,name_en,name_ko\nKR,South Korea,대한민국\n",
                                  "dataset,series,name_en,name_ko,unit\n"
                                  "arrivals,total,Arrivals,입국자,persons\n"));
    const QList<Source> sources = reader.readSources(
        "id,kind,title_en\nseed-002," + kind.toUtf8() + ",A table\n", "sources.csv");
    const QList<Observation> read = reader.readObservations(
        "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note\n"
        "arrivals,total,2009,KR,2914,," +
            unit.toUtf8() + ",final,seed-002,line 17,\n",
        "observations.csv", {"seed-002"});
    QStringList messages;
    for (const ValidationIssue& i : reader.issues())
        messages << i.message;
    QVERIFY2(messages.contains(message), qPrintable(messages.join(QLatin1Char('|'))));
    // Only the row with the bad term is refused.
    QCOMPARE(sources.size(), kind == QLatin1String("official") ? 1 : 0);
    QCOMPARE(read.size(), unit == QLatin1String("persons") ? 1 : 0);
    if (!sources.isEmpty())
        QCOMPARE(sources.first().kind, SourceKind::Official);
    if (!read.isEmpty()) {
        QCOMPARE(read.first().unit, Unit::Persons);
        QCOMPARE(read.first().status, Status::Final);
        QCOMPARE(read.first().qualifier, Qualifier::Exact);
        QCOMPARE(read.first().dataset, Dataset::Arrivals);
        QCOMPARE(read.first().quantityKey(), QStringLiteral("arrivals|total|2009|KR"));
    }
}

void tst_Vocabulary::storeRefusesUnknownTerm_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    // A row another program (or damage) left with a term this version does not know.
    QTest::newRow("status") << "observations"
                            << "status"
                            << "revised";
    QTest::newRow("qualifier") << "observations"
                               << "qualifier"
                               << "roughly";
    QTest::newRow("unit") << "observations"
                          << "unit"
                          << "krw";
    QTest::newRow("dataset") << "observations"
                             << "dataset"
                             << "exports";
    QTest::newRow("source kind") << "sources"
                                 << "kind"
                                 << "blog";
}

void tst_Vocabulary::storeRefusesUnknownTerm()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, text);
    const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = (SELECT MIN(rowid) "
                                          "FROM %1)")
                               .arg(table, column);
    const QString message = QStringLiteral("has an unknown %1 \"%2\"").arg(column, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        Store store;
        QVERIFY2(store.open(path, Store::Mode::CreateIfMissing), qPrintable(store.errorString()));
        Snapshot s;
        QVERIFY2(store.load(&s), qPrintable(store.errorString()));
        QVERIFY(!s.observations.isEmpty());
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(update));
        q.addBindValue(text);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    Store store;
    QVERIFY2(store.open(path, Store::Mode::ReadOnly), qPrintable(store.errorString()));
    Snapshot s;
    // Refused, said so, and nothing half-read: never a default term in place of the unknown one.
    QVERIFY(!store.load(&s));
    QCOMPARE(store.error(), Store::Error::Corrupt);
    QVERIFY2(store.errorString().startsWith(QLatin1String("Cannot read the database: ")),
             qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
    QVERIFY(s.observations.isEmpty());
    QVERIFY(s.sources.isEmpty());
}

void tst_Vocabulary::recordsAreTyped()
{
    // A figure holds its terms, not their spellings (issue 23 loads up to a million of them):
    // one byte each.
    static_assert(sizeof(Status) == 1 && sizeof(Qualifier) == 1 && sizeof(Unit) == 1 &&
                  sizeof(Dataset) == 1 && sizeof(SourceKind) == 1);
    static_assert(std::is_same_v<decltype(Observation::status), Status>);
    static_assert(std::is_same_v<decltype(Observation::qualifier), Qualifier>);
    static_assert(std::is_same_v<decltype(Observation::unit), Unit>);
    static_assert(std::is_same_v<decltype(Observation::dataset), Dataset>);
    static_assert(std::is_same_v<decltype(Source::kind), SourceKind>);
    Observation o;
    o.series = QStringLiteral("total");
    o.period = Period::parse(QStringLiteral("2009"));
    o.region = QStringLiteral("KR");
    o.dataset = Dataset::Destinations;
    QCOMPARE(o.quantityKey(), QStringLiteral("destinations|total|2009|KR"));
    QVERIFY(o.isExact());
    o.qualifier = Qualifier::About;
    QVERIFY(!o.isExact());
}

void tst_Vocabulary::unknownTermRefused_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("status") << "arrivals"
                            << ""
                            << "finale"
                            << "unknown status \"finale\"";
    QTest::newRow("status in capitals") << "arrivals"
                                        << ""
                                        << "Final"
                                        << "unknown status \"Final\"";
    QTest::newRow("qualifier") << "arrivals"
                               << "around"
                               << "final"
                               << "unknown qualifier \"around\"";
    QTest::newRow("dataset") << "arrival"
                             << ""
                             << "final"
                             << "unknown dataset \"arrival\"";
}

void tst_Vocabulary::unknownTermRefused()
{
    QFETCH(QString, dataset);
    QFETCH(QString, qualifier);
    QFETCH(QString, status);
    QFETCH(QString, message);
    DatasetReader reader;
    QVERIFY(reader.readVocabulary("code,name_en,name_ko\nKR,South Korea,대한민국\n",
                                  "dataset,series,name_en,name_ko,unit\n"
                                  "arrivals,total,Arrivals,입국자,persons\n"));
    const QByteArray csv =
        "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note\n" +
        dataset.toUtf8() + ",total,2009,KR,2914," + qualifier.toUtf8() + ",persons," +
        status.toUtf8() + ",seed-002,line 17,\n";
    const QList<Observation> read = reader.readObservations(csv, "x.csv", {"seed-002"});
    QVERIFY(read.isEmpty());
    QVERIFY(reader.hasIssues());
    QStringList messages;
    for (const ValidationIssue& i : reader.issues())
        messages << i.message;
    QVERIFY2(messages.contains(message), qPrintable(messages.join(QLatin1Char('|'))));
}

void tst_Vocabulary::datasetRegistry_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("compiler");
    // Typed from docs/DATA-FORMAT.md and docs/IMPORT.md ("Periods per dataset").
    QTest::newRow("arrivals") << "arrivals"
                              << "KR"
                              << "";
    QTest::newRow("trade") << "trade"
                           << "CN"
                           << "gacc";
    QTest::newRow("destinations") << "destinations"
                                  << ""
                                  << "";
}

void tst_Vocabulary::datasetRegistry()
{
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(QString, compiler);
    const std::optional<Term::Dataset> d = Datasets::fromName(name);
    QVERIFY(d);
    QCOMPARE(Datasets::name(*d), name);
    const DatasetInfo& info = Datasets::info(*d);
    QCOMPARE(info.dataset, *d);
    QCOMPARE(QString::fromLatin1(info.region), region);
    QCOMPARE(QString::fromLatin1(info.plottedCompiler), compiler);
    QCOMPARE(Vocabulary::plottedCompiler(*d), compiler);
    QCOMPARE(QString::fromLatin1(info.file), QStringLiteral("observations.csv"));
    QVERIFY(!bundled(QString::fromLatin1(info.file)).isEmpty());
}

void tst_Vocabulary::displayNames_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("english");
    QTest::newRow("final") << Term::Status::Final << "final";
    QTest::newRow("provisional") << Term::Status::Provisional << "provisional";
    QTest::newRow("superseded") << Term::Status::Superseded << "superseded";
    QTest::newRow("estimate") << Term::Status::Estimate << "estimate";
    QTest::newRow("derived") << Term::Status::Derived << "derived";
    QTest::newRow("erratum") << Term::Status::Erratum << "erratum";
}

void tst_Vocabulary::displayNames()
{
    QFETCH(Status, status);
    QFETCH(QString, english);
    const Formatter f(QLocale(QLocale::English, QLocale::UnitedStates));
    // The text is the one place's, for the enum and for its CSV spelling alike.
    QCOMPARE(f.status(status), english);
    QCOMPARE(f.status(Term::csvName(status)), english);
}

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"
