// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"

#include <QTest>

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void escapeRoundTrip_data();
    void escapeRoundTrip();
    void fileRoundTrip_data();
    void fileRoundTrip();
    void compactAccessMatchesRecords_data() { parse_data(); }
    void compactAccessMatchesRecords();
    void nullAndEmptyFields();
    void storageIsBounded_data();
    void storageIsBounded();
};

using Rows = QList<QStringList>;

void tst_CsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << Rows{{"a", "b"}, {"1", "2"}}
                              << QList<int>{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}}
                          << QList<int>{1, 2};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("two BOMs: one dropped, the first field keeps the other")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                      "a,b\n1,2\n")
        << Rows{{QStringLiteral("\uFEFFa"), "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("a lone BOM on its own line is a field") // the fuzzer's input
        << QByteArray("\n\n\n\xEF\xBB\xBF\n-") << Rows{{QStringLiteral("\uFEFF")}, {"-"}}
        << QList<int>{4, 5};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"1,5\",2\n")
                                  << Rows{{"a", "b"}, {"1,5", "2"}} << QList<int>{1, 2};
    QTest::newRow("quoted quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n")
                                  << Rows{{"a"}, {"say \"hi\""}} << QList<int>{1, 2};
    QTest::newRow("quoted newline keeps line numbers")
        << QByteArray("a,b\n\"x\ny\",2\n3,4\n") << Rows{{"a", "b"}, {"x\ny", "2"}, {"3", "4"}}
        << QList<int>{1, 2, 4};
    QTest::newRow("quoted CRLF newline")
        << QByteArray("a\r\n\"x\r\ny\"\r\n") << Rows{{"a"}, {"x\ny"}} << QList<int>{1, 2};
    QTest::newRow("quoted CR CR LF")
        << QByteArray("a\n\"x\n\r\r\ny\"\n") << Rows{{"a"}, {"x\n\ny"}} << QList<int>{1, 2};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n")
                                  << Rows{{"a", "b", "c"}, {"", "", ""}} << QList<int>{1, 2};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n1\n") << Rows{{"a"}, {"1"}} << QList<int>{1, 3};
    QTest::newRow("hangul") << QByteArray("name\n\xED\x83\x88\xEB\xB6\x81\xEB\xAF\xBC\n")
                            << Rows{{"name"}, {QString::fromUtf8("탈북민")}} << QList<int>{1, 2};
}

void tst_CsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    CsvReader reader;
    QVERIFY(reader.parse(input));
    QCOMPARE(reader.records().size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(reader.records().at(i).fields, rows.at(i));
        QCOMPARE(reader.records().at(i).line, lines.at(i));
    }
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("line");
    QTest::newRow("not UTF-8 on line 3")
        << QByteArray("a\nb\n\xFF\xFE\n") << qint64(1000) << int(CsvReader::Error::NotUtf8) << 3;
    QTest::newRow("latin-1 text") << QByteArray("a\ncaf\xE9\n") << qint64(1000)
                                  << int(CsvReader::Error::NotUtf8) << 2;
    QTest::newRow("unterminated quote") << QByteArray("a\n\"open,1\n2\n") << qint64(1000)
                                        << int(CsvReader::Error::UnterminatedQuote) << 2;
    QTest::newRow("stray quote") << QByteArray("a\nab\"c\n") << qint64(1000)
                                 << int(CsvReader::Error::StrayQuote) << 2;
    QTest::newRow("text after closing quote")
        << QByteArray("a\n\"ab\"c\n") << qint64(1000) << int(CsvReader::Error::StrayQuote) << 2;
    QTest::newRow("too large") << QByteArray(2000, 'a') << qint64(1000)
                               << int(CsvReader::Error::TooLarge) << 0;
    QTest::newRow("empty") << QByteArray() << qint64(1000) << int(CsvReader::Error::Empty) << 1;
    QTest::newRow("only newlines")
        << QByteArray("\n\n") << qint64(1000) << int(CsvReader::Error::Empty) << 1;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, limit);
    QFETCH(int, error);
    QFETCH(int, line);
    CsvReader reader(limit);
    QVERIFY(!reader.parse(input));
    QCOMPARE(int(reader.error()), error);
    QCOMPARE(reader.errorLine(), line);
    QVERIFY(reader.records().isEmpty());
}

void tst_CsvReader::escapeRoundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{"a", "b"};
    QTest::newRow("comma") << QStringList{"1,043", "x"};
    QTest::newRow("quote and newline") << QStringList{"say \"hi\"\nthen", ""};
    QTest::newRow("hangul") << QStringList{QString::fromUtf8("북한이탈주민, 탈북민"), "2"};
}

void tst_CsvReader::escapeRoundTrip()
{
    QFETCH(QStringList, fields);
    CsvReader reader;
    QVERIFY(reader.parse((CsvReader::joinRow(fields) + "\n").toUtf8()));
    QCOMPARE(reader.records().size(), 1);
    QCOMPARE(reader.records().first().fields, fields);
}

void tst_CsvReader::fileRoundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n");
    QTest::newRow("a BOM field after blank lines (found by the fuzzer)")
        << QByteArray("\n\n\n\xEF\xBB\xBF\n-");
    QTest::newRow("a BOM field first") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF\n-\n");
}

void tst_CsvReader::fileRoundTrip()
{
    // What the fuzzer checks (tests/fuzz/fuzz_import.cpp): the records written back, after a
    // BOM, read as the same records.
    QFETCH(QByteArray, input);
    CsvReader reader;
    QVERIFY(reader.parse(input));
    QString text = QString(QChar(0xFEFF));
    for (const CsvRecord& r : reader.records())
        text += CsvReader::joinRow(r.fields) + QLatin1Char('\n');
    CsvReader again;
    QVERIFY(again.parse(text.toUtf8()));
    QCOMPARE(again.records().size(), reader.records().size());
    for (qsizetype i = 0; i < reader.records().size(); ++i)
        QCOMPARE(again.records().at(i).fields, reader.records().at(i).fields);
}

void tst_CsvReader::compactAccessMatchesRecords()
{
    // The accessors an import reads with (no string per field) give what records() gives.
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    CsvReader reader;
    QVERIFY(reader.parse(input));
    QCOMPARE(reader.recordCount(), rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        QCOMPARE(reader.line(r), lines.at(r));
        QCOMPARE(reader.fieldCount(r), rows.at(r).size());
        QCOMPARE(reader.fields(r), rows.at(r));
        for (int i = 0; i < rows.at(r).size(); ++i) {
            QCOMPARE(reader.field(r, i).toString(), rows.at(r).at(i));
            QCOMPARE(reader.text(r, i), rows.at(r).at(i).trimmed());
        }
        QVERIFY(reader.field(r, rows.at(r).size()).isEmpty()); // past the last field
        QVERIFY(reader.field(r, -1).isEmpty());
    }
}

void tst_CsvReader::nullAndEmptyFields()
{
    // An empty field is a null string, a field of spaces an empty one: what is stored (NULL or
    // '') depends on it, and it is what the reader has always given.
    CsvReader reader;
    QVERIFY(reader.parse("a,b,c,d\n,\"\",  , x \n"));
    QVERIFY(reader.records().at(1).fields.at(0).isNull());
    QVERIFY(reader.records().at(1).fields.at(1).isNull());
    QVERIFY(reader.text(1, 0).isNull());
    QVERIFY(reader.text(1, 1).isNull());
    QVERIFY(!reader.text(1, 2).isNull());
    QVERIFY(reader.text(1, 2).isEmpty());
    QCOMPARE(reader.text(1, 3), QStringLiteral("x"));
    QVERIFY(reader.text(1, 9).isNull());
}

void tst_CsvReader::storageIsBounded_data()
{
    // Hostile shapes within the import limit (issue 14): the parsed records take at most eight
    // bytes per byte of input (two for the text, four per field, eight per record), where a
    // string per field took some forty.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("fieldsOfLast");
    const int mb = 1024 * 1024;
    QTest::newRow("a header of 4 M commas") << "dataset" + QByteArray(4 * mb, ',') + "\n"
                                            << 1 << 4 * mb + 1;
    QByteArray empty;
    while (empty.size() < 4 * mb)
        empty += QByteArray(13, ',') + "\n";
    QTest::newRow("4 MB of rows of empty fields") << empty << int(empty.size() / 14) << 14;
    QByteArray pairs;
    while (pairs.size() < 4 * mb)
        pairs += ",\n";
    QTest::newRow("4 MB of \",\" lines") << pairs << int(pairs.size() / 2) << 2;
    QTest::newRow("one field of 4 MB") << "a\n\"" + QByteArray(4 * mb, 'x') + "\"\n" << 2 << 1;
}

void tst_CsvReader::storageIsBounded()
{
    QFETCH(QByteArray, input);
    QFETCH(int, records);
    QFETCH(int, fieldsOfLast);
    CsvReader reader;
    QVERIFY(reader.parse(input));
    QCOMPARE(reader.recordCount(), records);
    QCOMPARE(reader.fieldCount(records - 1), fieldsOfLast);
    QVERIFY2(reader.storageBytes() <= 8 * input.size() + 64,
             qPrintable(QStringLiteral("%1 bytes held for %2 bytes of input")
                            .arg(reader.storageBytes())
                            .arg(input.size())));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
