// SPDX-License-Identifier: GPL-3.0-or-later
// The China–North Korea trade figures of the bundled dataset, checked as a whole: a customs
// series holds one compiler; derived figures recompute exactly from the figures they name;
// rounded press figures are qualified; every change a note states is recomputed from the
// figures (docs/DATA-FORMAT.md, "Compilers", "Derived figures", "Rounded figures", "Changes in
// notes"). Expected values are typed from the cited articles.
#include "storage/datasetreader.h"
#include "storage/store.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

namespace {

/// Half a unit of the last non-zero digit: the precision a stated figure carries.
double halfUnit(qint64 v)
{
    if (v == 0)
        return 0.5;
    double unit = 1;
    while (v % 10 == 0) {
        v /= 10;
        unit *= 10;
    }
    return unit / 2;
}

QString monthCode(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace

class tst_TradeData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customsSeriesHoldOneCompiler();
    void derivedFiguresRecompute();
    void roundedFiguresQualified();
    void notesChangesRecompute();
    void plottedFigures_data();
    void plottedFigures();
    void monthsCovered();
    void readerRejects_data();
    void readerRejects();

private:
    const Observation* plotted(const QString& series, const QString& period) const;
    /// The base period a note names, relative to the figure's own; invalid when unparsed.
    static Period base(const QString& text, const Period& own);

    Snapshot m_data;
    QHash<QString, int> m_plotted; ///< quantity key → index
};

void tst_TradeData::initTestCase()
{
    QList<ValidationIssue> issues;
    QByteArray checksum;
    QVERIFY2(Store::readBundled(&m_data, &issues, &checksum),
             qPrintable(issues.value(0).toString()));
    Store::choosePlotted(&m_data.observations, m_data.sources);
    for (int i = 0; i < m_data.observations.size(); ++i)
        if (m_data.observations.at(i).plotted)
            m_plotted.insert(m_data.observations.at(i).quantityKey(), i);
    QVERIFY(m_plotted.size() > 100);
}

const Observation* tst_TradeData::plotted(const QString& series, const QString& period) const
{
    const QString key = QStringLiteral("trade|%1|%2|CN").arg(series, period);
    const auto it = m_plotted.constFind(key);
    return it == m_plotted.constEnd() ? nullptr : &m_data.observations.at(*it);
}

void tst_TradeData::customsSeriesHoldOneCompiler()
{
    int trade = 0;
    for (const Observation& o : std::as_const(m_data.observations)) {
        if (o.dataset != Term::Dataset::Trade)
            continue;
        ++trade;
        QVERIFY2(Vocabulary::compilers().contains(o.compiler),
                 qPrintable(o.quantityKey() + QStringLiteral(": compiler ") + o.compiler));
        if (o.plotted)
            QVERIFY2(o.compiler == QLatin1String("gacc"),
                     qPrintable(o.quantityKey() + QStringLiteral(" plots compiler ") + o.compiler));
    }
    QVERIFY(trade > 200);
    // The ITC figure of March 2019 (Aju News) is kept, but not plotted in the customs series.
    bool itcKept = false;
    for (const Observation& o : std::as_const(m_data.observations))
        if (o.quantityKey() == QLatin1String("trade|china_imports|2019-03|CN") &&
            o.value == 16210000)
            itcKept = o.compiler == QLatin1String("itc") && !o.plotted;
    QVERIFY(itcKept);
}

void tst_TradeData::derivedFiguresRecompute()
{
    int derived = 0;
    for (const Observation& o : std::as_const(m_data.observations)) {
        if (o.status != Term::Status::Derived)
            continue;
        ++derived;
        DerivedFormula f;
        QString error;
        QVERIFY2(f.parse(o.derivedFrom, &error), qPrintable(error));
        qint64 sum = 0;
        bool approximate = false;
        for (const DerivedFormula::Term& t : std::as_const(f.terms)) {
            const Period p = t.period.isValid() ? t.period : o.period;
            const QString key = Datasets::name(o.dataset) + QLatin1Char('|') + t.series +
                                QLatin1Char('|') + p.code() + QLatin1Char('|') + o.region;
            const auto it = m_plotted.constFind(key);
            QVERIFY2(it != m_plotted.constEnd(),
                     qPrintable(o.quantityKey() + QStringLiteral(": no plotted ") + key));
            const Observation& in = m_data.observations.at(*it);
            QVERIFY2(in.status != Term::Status::Derived || in.quantityKey() != o.quantityKey(),
                     "a derived figure cannot be its own input");
            sum += t.sign * in.value;
            approximate = approximate || !in.isExact();
        }
        QVERIFY2(sum == o.value, qPrintable(QStringLiteral("%1: %2 recomputes to %3")
                                                .arg(o.quantityKey(), QString::number(o.value),
                                                     QString::number(sum))));
        // Arithmetic on a rounded figure is itself approximate, and on exact ones exact.
        QCOMPARE(o.qualifier, approximate ? Term::Qualifier::About : Term::Qualifier::Exact);
    }
    QVERIFY(derived >= 13);
}

void tst_TradeData::roundedFiguresQualified()
{
    // A dollar figure not given to the thousand (China customs publishes thousands) is a
    // rounded press figure: it carries a qualifier.
    for (const Observation& o : std::as_const(m_data.observations)) {
        if (o.unit != Term::Unit::Usd || o.status == Term::Status::Derived)
            continue;
        if (o.value % 10000 == 0)
            QVERIFY2(!o.isExact(),
                     qPrintable(o.quantityKey() + QStringLiteral(" ") + QString::number(o.value) +
                                QStringLiteral(" is rounded but not qualified")));
    }
}

Period tst_TradeData::base(const QString& text, const Period& own)
{
    static const QStringList months = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
    if (text == QLatin1String("a year earlier")) {
        if (own.kind() == Period::Kind::Year)
            return Period::parse(QString::number(own.year() - 1));
        if (own.kind() == Period::Kind::Month)
            return Period::parse(monthCode(own.start().year() - 1, own.start().month()));
        if (own.kind() == Period::Kind::Span)
            return Period::parse(monthCode(own.start().year() - 1, own.start().month()) +
                                 QLatin1Char('/') +
                                 monthCode(own.end().year() - 1, own.end().month()));
        return {};
    }
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    if (year.match(text).hasMatch())
        return Period::parse(text);
    static const QRegularExpression month(QStringLiteral("^([A-Z][a-z]+)(?: (\\d{4}))?$"));
    const QRegularExpressionMatch m = month.match(text);
    if (m.hasMatch() && months.contains(m.captured(1))) {
        const int mo = months.indexOf(m.captured(1)) + 1;
        int y = m.captured(2).isEmpty() ? own.start().year() : m.captured(2).toInt();
        if (m.captured(2).isEmpty() && mo >= own.start().month())
            --y; // the latest such month before the figure's own
        return Period::parse(monthCode(y, mo));
    }
    return {};
}

void tst_TradeData::notesChangesRecompute()
{
    // "up 28.7% on March", "down 80.67% on 2019", "42% below October", "82.3% of 2019":
    // the figure of the row against the plotted figure of the same series at the base.
    static const QRegularExpression change(
        QStringLiteral(
            "(?:\\b(up|down) (\\d+(?:\\.\\d+)?)% on|(\\d+(?:\\.\\d+)?)% (below|above|of)) "
            "(a year earlier|\\d{4}|[A-Z][a-z]+(?: \\d{4})?)"),
        QRegularExpression::CaseInsensitiveOption);
    int checked = 0;
    int named = 0;
    for (const Observation& o : std::as_const(m_data.observations)) {
        QRegularExpressionMatchIterator it = change.globalMatch(o.note);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString word =
                (m.captured(1).isEmpty() ? m.captured(4) : m.captured(1)).toLower();
            const QString number = m.captured(1).isEmpty() ? m.captured(3) : m.captured(2);
            const Period b = base(m.captured(5), o.period);
            if (!b.isValid())
                continue; // not a base ("of these people")
            const QString key = Datasets::name(o.dataset) + QLatin1Char('|') + o.series +
                                QLatin1Char('|') + b.code() + QLatin1Char('|') + o.region;
            const auto found = m_plotted.constFind(key);
            if (found == m_plotted.constEnd()) {
                ++named; // the note names a base the data do not hold
                continue;
            }
            const Observation& ref = m_data.observations.at(*found);
            const int decimals =
                number.contains(QLatin1Char('.')) ? number.section(QLatin1Char('.'), 1).size() : 0;
            const double stated = number.toDouble();
            const double tolerance = 0.5 * std::pow(10.0, -decimals) + 1e-9;
            // Each figure is known to its last stated digit.
            const double lo = (o.value - halfUnit(o.value)) / (ref.value + halfUnit(ref.value));
            const double hi = (o.value + halfUnit(o.value)) / (ref.value - halfUnit(ref.value));
            double sLo = 0, sHi = 0; // the stated ratio's interval
            if (word == QLatin1String("up") || word == QLatin1String("above")) {
                sLo = 1 + (stated - tolerance) / 100;
                sHi = 1 + (stated + tolerance) / 100;
            } else if (word == QLatin1String("down") || word == QLatin1String("below")) {
                sLo = 1 - (stated + tolerance) / 100;
                sHi = 1 - (stated - tolerance) / 100;
            } else {
                sLo = (stated - tolerance) / 100;
                sHi = (stated + tolerance) / 100;
            }
            QVERIFY2(
                hi >= sLo && lo <= sHi,
                qPrintable(QStringLiteral("%1: \"%2\" but the figures give %3 to %4 (against %5)")
                               .arg(o.quantityKey(), m.captured(0))
                               .arg((lo - 1) * 100, 0, 'f', 2)
                               .arg((hi - 1) * 100, 0, 'f', 2)
                               .arg(ref.value)));
            ++checked;
        }
    }
    QVERIFY(checked >= 30);
    QVERIFY(named >= 5);
}

void tst_TradeData::plottedFigures_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("status");
    // Typed from the articles (see the rows' sources).
    QTest::newRow("2019-02 imports, News1 1796만") << "china_imports"
                                                   << "2019-02" << qint64(17960000) << "about"
                                                   << "final";
    QTest::newRow("2019-03 imports, VOA 1천655만") << "china_imports"
                                                   << "2019-03" << qint64(16550000) << "about"
                                                   << "final";
    QTest::newRow("2019-06 total, Yonhap 2억2천663만9천") << "total"
                                                          << "2019-06" << qint64(226639000) << ""
                                                          << "final";
    QTest::newRow("2019 Jan-Sep total, VOA 19억 5천 587만")
        << "total"
        << "2019-01/2019-09" << qint64(1955870000) << "about"
        << "final";
    QTest::newRow("2019 Jan-Jun total, VOA 12억5천279만")
        << "total"
        << "2019-01/2019-06" << qint64(1252790000) << "about"
        << "final";
    // 1,955,870,000 - 1,252,790,000 - 236,381,000 - 243,719,000
    QTest::newRow("2019-07 total = Jan-Sep - Jan-Jun - Aug - Sep")
        << "total"
        << "2019-07" << qint64(222980000) << "about"
        << "derived";
    QTest::newRow("2019-07 imports = 222,980,000 - 207,700,000")
        << "china_imports"
        << "2019-07" << qint64(15280000) << "about"
        << "derived";
    QTest::newRow("2019-09 total, Newspim 2억4371만9000") << "total"
                                                          << "2019-09" << qint64(243719000) << ""
                                                          << "final";
    QTest::newRow("2019-09 imports = 243,719,000 - 227,520,000")
        << "china_imports"
        << "2019-09" << qint64(16199000) << "about"
        << "derived";
    QTest::newRow("2019-11 total, Sisa Weekly 2억8000만 달러가 넘었다")
        << "total"
        << "2019-11" << qint64(280000000) << "over"
        << "final";
    QTest::newRow("2019-12 imports, Newspim 2258만2000") << "china_imports"
                                                         << "2019-12" << qint64(22582000) << ""
                                                         << "final";
    QTest::newRow("2019-12 exports, Daum (NK News) 2억 5천670만")
        << "china_exports"
        << "2019-12" << qint64(256700000) << "about"
        << "final";
    QTest::newRow("2019-12 total, Daum (NK News) 2억 7천900만")
        << "total"
        << "2019-12" << qint64(279000000) << "about"
        << "final";
    QTest::newRow("2020-01 total = 186,851,000 + 1,306,000") << "total"
                                                             << "2020-01" << qint64(188157000) << ""
                                                             << "derived";
    QTest::newRow("2020-11 imports, Asia Economy 112만5000") << "china_imports"
                                                             << "2020-11" << qint64(1125000) << ""
                                                             << "final";
    QTest::newRow("2020-12 imports = 4,995,000 - 3,378,000") << "china_imports"
                                                             << "2020-12" << qint64(1617000) << ""
                                                             << "derived";
    QTest::newRow("2020-04 exports, Asia Press 2179만 7천") << "china_exports"
                                                            << "2020-04" << qint64(21797000) << ""
                                                            << "final";
    QTest::newRow("2020-04 imports, Asia Press 220만 6천") << "china_imports"
                                                           << "2020-04" << qint64(2206000) << ""
                                                           << "final";
    QTest::newRow("2021-01 total = 3,270,000 - 1,753,000")
        << "total"
        << "2021-01" << qint64(1517000) << "about"
        << "derived";
    QTest::newRow("2021-01 imports = 1,517,000 - 29,000") << "china_imports"
                                                          << "2021-01" << qint64(1488000) << "about"
                                                          << "derived";
    QTest::newRow("2020-04 total, MBC 2천400만") << "total"
                                                 << "2020-04" << qint64(24000000) << "about"
                                                 << "final";
    QTest::newRow("2021-12 exports, Women News 3504만6000") << "china_exports"
                                                            << "2021-12" << qint64(35046000) << ""
                                                            << "final";
    QTest::newRow("2021-11 total, Sisa Weekly 4127만") << "total"
                                                       << "2021-11" << qint64(41270000) << "about"
                                                       << "final";
    QTest::newRow("2022-04 imports, Yonhap 425만") << "china_imports"
                                                   << "2022-04" << qint64(4250000) << "about"
                                                   << "final";
    QTest::newRow("2022-05 total, VOA 2천31만") << "total"
                                                << "2022-05" << qint64(20310000) << "about"
                                                << "final";
    QTest::newRow("2022-05 imports, Yonhap 580만") << "china_imports"
                                                   << "2022-05" << qint64(5800000) << "about"
                                                   << "final";
    QTest::newRow("2022-08 total, News1 (RFA) 9032만1000달러")
        << "total"
        << "2022-08" << qint64(90321000) << ""
        << "final";
    QTest::newRow("2022-08 exports, News1 (RFA) 7154만1000달러")
        << "china_exports"
        << "2022-08" << qint64(71541000) << ""
        << "final";
    QTest::newRow("2022-09 total, Sisa Weekly 1억427만")
        << "total"
        << "2022-09" << qint64(104270000) << "about"
        << "final";
    QTest::newRow("2023-01 total, Hankyung 2억618만") << "total"
                                                      << "2023-01" << qint64(206180000) << "about"
                                                      << "final";
    // 26,880,000 - 9,370,000
    QTest::newRow("2023-01 imports = Jan-Feb - Feb") << "china_imports"
                                                     << "2023-01" << qint64(17510000) << "about"
                                                     << "derived";
    QTest::newRow("2023-06 total, NK News $184.2 million")
        << "total"
        << "2023-06" << qint64(184200000) << "about"
        << "final";
    QTest::newRow("2023-07 total, NK News $181.6 million")
        << "total"
        << "2023-07" << qint64(181600000) << "about"
        << "final";
    QTest::newRow("2023-12 total, RFA 2억 5천714만") << "total"
                                                     << "2023-12" << qint64(257140000) << "about"
                                                     << "final";
    // 2,003,500,000 - 1,782,100,000
    QTest::newRow("2023-12 exports = 2023 - Jan-Nov") << "china_exports"
                                                      << "2023-12" << qint64(221400000) << "about"
                                                      << "derived";
    QTest::newRow("2024-08 exports, RFA 1억 4천769만4천") << "china_exports"
                                                          << "2024-08" << qint64(147694000) << ""
                                                          << "final";
    QTest::newRow("2025-05 total, NK News $230 million")
        << "total"
        << "2025-05" << qint64(230000000) << "about"
        << "final";
    QTest::newRow("2022-04 exports, Yonhap 9810만") << "china_exports"
                                                    << "2022-04" << qint64(98100000) << "about"
                                                    << "final";
    QTest::newRow("2022-05 exports, Yonhap 1451만") << "china_exports"
                                                    << "2022-05" << qint64(14510000) << "about"
                                                    << "final";
    QTest::newRow("2022-07 total, News1 (RFA) 7271만6000달러")
        << "total"
        << "2022-07" << qint64(72716000) << ""
        << "final";
    QTest::newRow("2022-08 imports, News1 (RFA) 1878만") << "china_imports"
                                                         << "2022-08" << qint64(18780000) << "about"
                                                         << "final";
    // 206,180,000 - 17,510,000
    QTest::newRow("2023-01 exports = total - imports") << "china_exports"
                                                       << "2023-01" << qint64(188670000) << "about"
                                                       << "derived";
    // 121,210,000 - 9,370,000
    QTest::newRow("2023-02 exports = total - imports") << "china_exports"
                                                       << "2023-02" << qint64(111840000) << "about"
                                                       << "derived";
    // 184,200,000 - 154,700,000
    QTest::newRow("2023-06 imports = total - exports") << "china_imports"
                                                       << "2023-06" << qint64(29500000) << "about"
                                                       << "derived";
    QTest::newRow("2024-07 total, RFA 1억 4천500만") << "total"
                                                     << "2024-07" << qint64(145000000) << "about"
                                                     << "final";
    QTest::newRow("2024-08 total, RFA 1억 7천700만") << "total"
                                                     << "2024-08" << qint64(177000000) << "about"
                                                     << "final";
    QTest::newRow("2024-08 imports, RFA 2천943만") << "china_imports"
                                                   << "2024-08" << qint64(29430000) << "about"
                                                   << "final";
    QTest::newRow("2025-03 total, NK News $238.2 million")
        << "total"
        << "2025-03" << qint64(238200000) << "about"
        << "final";
    QTest::newRow("2025-04 total, NK News $222.1 million")
        << "total"
        << "2025-04" << qint64(222100000) << "about"
        << "final";
    QTest::newRow("2024 total, mixi 21億8039万ドル") << "total"
                                                     << "2024" << qint64(2180390000) << "about"
                                                     << "final";
    QTest::newRow("2025 exports, Chinese Press 近23亿美元")
        << "china_exports"
        << "2025" << qint64(2300000000) << "almost"
        << "final";
    QTest::newRow("2025 imports, Chinese Press 4亿多美元") << "china_imports"
                                                           << "2025" << qint64(400000000) << "over"
                                                           << "final";
    QTest::newRow("2017 exports, first release 3.34 billion")
        << "china_exports"
        << "2017" << qint64(3340000000) << "about"
        << "provisional";
    QTest::newRow("2018 imports, exact later figure") << "china_imports"
                                                      << "2018" << qint64(213208000) << ""
                                                      << "final";
    QTest::newRow("2021 exports, VOA 2억6016만5천") << "china_exports"
                                                    << "2021" << qint64(260165000) << ""
                                                    << "final";
}

void tst_TradeData::plottedFigures()
{
    QFETCH(QString, series);
    QFETCH(QString, period);
    QFETCH(qint64, value);
    QFETCH(QString, qualifier);
    QFETCH(QString, status);
    const Observation* o = plotted(series, period);
    QVERIFY(o);
    QCOMPARE(o->value, value);
    QCOMPARE(Term::csvName(o->qualifier), qualifier);
    QCOMPARE(Term::csvName(o->status), status);
    QCOMPARE(o->compiler, QStringLiteral("gacc"));
}

void tst_TradeData::monthsCovered()
{
    // 2019–2021: the cells for which no China-customs figure was found (docs/TRADE-SEARCH.md).
    const QStringList empty = {
        "china_exports 2019-04", "china_imports 2019-04", "china_exports 2019-05",
        "china_imports 2019-05", "china_exports 2019-06", "china_imports 2019-06",
        "china_exports 2019-08", "china_imports 2019-08", "china_exports 2019-10",
        "china_imports 2019-10", "china_exports 2019-11", "china_imports 2019-11"};
    int filled = 0;
    for (int y = 2019; y <= 2021; ++y)
        for (int m = 1; m <= 12; ++m)
            for (const char* s : {"china_exports", "china_imports", "total"}) {
                const bool has = plotted(QLatin1String(s), monthCode(y, m)) != nullptr;
                const QString cell = QStringLiteral("%1 %2").arg(QLatin1String(s), monthCode(y, m));
                QVERIFY2(has != empty.contains(cell), qPrintable(cell));
                filled += has ? 1 : 0;
            }
    QCOMPARE(filled, 96);
}

void tst_TradeData::readerRejects_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown compiler")
        << "trade,total,2019-09,CN,243719000,,usd,final,s,line 1,,,customs,,"
        << "unknown compiler";
    QTest::newRow("trade without compiler")
        << "trade,total,2019-09,CN,243719000,,usd,final,s,line 1,,,,,"
        << "needs its compiler";
    QTest::newRow("derived without formula")
        << "trade,total,2019-09,CN,243719000,,usd,derived,s,line 1,,,gacc,,"
        << "needs the formula";
    QTest::newRow("bad formula")
        << "trade,total,2019-09,CN,243719000,,usd,derived,s,line 1,,,gacc,total +,"
        << "not a formula";
    QTest::newRow("unknown series in formula")
        << "trade,total,2019-09,CN,243719000,,usd,derived,s,line 1,,,gacc,exports + china_imports,"
        << "unknown series";
    QTest::newRow("formula on a final figure") << "trade,total,2019-09,CN,243719000,,usd,final,s,"
                                                  "line 1,,,gacc,china_exports + china_imports,"
                                               << "only a derived figure";
}

void tst_TradeData::readerRejects()
{
    QFETCH(QString, row);
    QFETCH(QString, message);
    DatasetReader reader;
    reader.setVocabulary(m_data.vocabulary);
    const QByteArray csv =
        "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
        "value_to,compiler,derived_from,note_ko\n" +
        row.toUtf8() + "\n";
    const QList<Observation> out =
        reader.readObservations(csv, QStringLiteral("t.csv"), {QStringLiteral("s")});
    QVERIFY(out.isEmpty());
    QVERIFY(reader.hasIssues());
    QVERIFY2(reader.issues().first().message.contains(message),
             qPrintable(reader.issues().first().message));
    // A valid derived row is read with its formula.
    DatasetReader good;
    good.setVocabulary(m_data.vocabulary);
    const QList<Observation> ok =
        good.readObservations("dataset,series,period,region,value,qualifier,unit,status,source_id,"
                              "locator,note,compiler,derived_from\n"
                              "trade,total,2019-02,CN,107020000,about,usd,derived,s,x,,gacc,total@"
                              "2019-01/2019-02 - total@2019-01\n",
                              QStringLiteral("t.csv"), {QStringLiteral("s")});
    QCOMPARE(ok.size(), 1);
    DerivedFormula f;
    QString error;
    QVERIFY(f.parse(ok.first().derivedFrom, &error));
    QCOMPARE(f.terms.size(), 2);
    QCOMPARE(f.terms.at(0).period.code(), QStringLiteral("2019-01/2019-02"));
    QCOMPARE(f.terms.at(1).sign, -1);
}

QTEST_GUILESS_MAIN(tst_TradeData)
#include "tst_tradedata.moc"
