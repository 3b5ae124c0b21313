// SPDX-License-Identifier: GPL-3.0-or-later
// A Korean figure says what the English one says: the same figures, the same sources.
#include "core/csvreader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_LanguageParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameNumbersAndSources_data();
    void sameNumbersAndSources();

private:
    QString run(const QString& program, const QStringList& args, int* code = nullptr);
    QTemporaryDir m_dir;
};

QString tst_LanguageParity::run(const QString& program, const QStringList& args, int* code)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void tst_LanguageParity::initTestCase()
{
    int code = 0;
    run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}, &code);
    QVERIFY2(code == 0, "pdftotext (poppler-utils) is needed: see the README's test command");
}

void tst_LanguageParity::sameNumbersAndSources_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<int>("atLeast");
    // At least these many plotted figures are written out in full on each figure (labels).
    QTest::newRow("arrivals") << "arrivals"
                              << "arrivals" << 2;
    QTest::newRow("trade") << "trade"
                           << "trade" << 2;
    QTest::newRow("destinations") << "destinations"
                                  << "destinations" << 5;
}

void tst_LanguageParity::sameNumbersAndSources()
{
    QFETCH(QString, figure);
    QFETCH(QString, dataset);
    QFETCH(int, atLeast);
    const QString binary = QStringLiteral(CROSSINGS_BINARY);
    int code = -1;
    // The values of the plotted figures, as the data command gives them.
    const QString csv = run(binary, {QStringLiteral("data"), dataset}, &code);
    QCOMPARE(code, 0);
    CsvReader reader;
    QVERIFY(reader.parse(csv.toUtf8()));
    const QStringList header = reader.records().first().fields;
    const int value = int(header.indexOf(QStringLiteral("value")));
    const int plotted = int(header.indexOf(QStringLiteral("plotted")));
    QSet<qint64> plottedValues;
    for (const CsvRecord& r : reader.records().mid(1)) {
        if (r.fields.at(plotted) == QLatin1String("1"))
            plottedValues.insert(r.fields.at(value).toLongLong());
    }
    QVERIFY(!plottedValues.isEmpty());

    QHash<QString, QSet<qint64>> numbers;
    QHash<QString, QString> provenance;
    static const QRegularExpression grouped(QStringLiteral("\\d{1,3}(?:,\\d{3})+|\\b\\d{1,3}\\b"));
    static const QRegularExpression sources(QStringLiteral("crossings:sources=([^;<]*)"));
    static const QRegularExpression checksum(QStringLiteral("crossings:data-checksum=([0-9a-f]+)"));
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
        const QString pdf =
            m_dir.filePath(figure + QLatin1Char('-') + lang + QStringLiteral(".pdf"));
        run(binary,
            {QStringLiteral("export"), figure, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
             lang},
            &code);
        QCOMPARE(code, 0);
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(!text.isEmpty());
        auto it = grouped.globalMatch(text);
        while (it.hasNext()) {
            const qint64 n = it.next().captured(0).remove(QLatin1Char(',')).toLongLong();
            if (plottedValues.contains(n) && n >= 10)
                numbers[lang].insert(n);
        }
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        const QString ids = sources.match(meta).captured(1);
        const QString sum = checksum.match(meta).captured(1);
        QVERIFY2(!ids.isEmpty() && !sum.isEmpty(), qPrintable(meta.left(500)));
        provenance[lang] = ids + QLatin1Char('|') + sum;
    }
    QVERIFY2(numbers.value(QStringLiteral("en")).size() >= atLeast,
             qPrintable(QString::number(numbers.value(QStringLiteral("en")).size())));
    QCOMPARE(numbers.value(QStringLiteral("ko")), numbers.value(QStringLiteral("en")));
    QCOMPARE(provenance.value(QStringLiteral("ko")), provenance.value(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(tst_LanguageParity)
#include "tst_languageparity.moc"
