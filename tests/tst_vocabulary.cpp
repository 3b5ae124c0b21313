// SPDX-License-Identifier: GPL-3.0-or-later
// The typed vocabulary (core/terms.h, issue 22 item 3): every term the bundled CSV files spell
// converts to its enum and back to the same bytes; a spelling that is no term is refused by the
// reader, which says which; the dataset registry keys what is keyed by dataset.
#include "core/csvreader.h"
#include "core/formatter.h"
#include "core/terms.h"
#include "core/vocabulary.h"
#include "storage/datasetreader.h"

#include <QFile>
#include <QSet>
#include <QTest>

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
    void unknownTermRefused_data();
    void unknownTermRefused();
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
    QCOMPARE(Vocabulary::plottedCompiler(name), compiler);
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
