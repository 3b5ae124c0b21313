// SPDX-License-Identifier: GPL-3.0-or-later
// The data's own texts have their Korean forms, with the same numbers (issue 13).
#include "core/locator.h"
#include "storage/store.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

/// Every text of the bundled dataset that a reader sees has its Korean form:
/// - observations, events, claims: `note_ko` wherever `note` is set; the locator parses
///   (models/core/locator.h) or `locator_ko` is set;
/// - sources: `note_ko` wherever `note` is set; `title_ko` for a descriptive (bracketed) title
///   and for a Korean article (its own headline).
/// And every number of an English note appears in its Korean note, by this rule
/// (docs/DATA-FORMAT.md, "Korean forms"):
/// - a number is a run of digits, with thousands commas and a decimal part allowed: "2,914",
///   "2.5", "'98" (98), "I-4" (4), "seed-002" (2), "1999-2001" (1999 and 2001);
/// - in English, "thousand", "million" or "billion" after a number, or K, M, B right after it,
///   scales it: "$18 million" and "$18.0M" are 18000000, "$2.79B" is 2790000000;
/// - in Korean, 만 or 억 right after a number (a space allowed) scales it: "1,800만" is
///   18000000, "27.9억" is 2790000000, "20만" is 200000; the unscaled digits count too;
/// - each English number, scaled, must be among the Korean note's numbers (a set: a number said
///   twice in English may be said once in Korean).
/// Number words ("two decades") are not checked. So a dropped or mistyped number fails, and a
/// Korean note written with 만 units for round numbers passes.
class tst_DataParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void numberRule_data();
    void numberRule();
    void bundledData_data();
    void bundledData();

private:
    Snapshot m_data;
};

namespace {

QString canonical(double v)
{
    return QString::number(v, 'g', 15);
}

/// The numbers of a text by the rule above.
QSet<QString> numbers(const QString& text, bool korean)
{
    static const QRegularExpression english(
        QStringLiteral("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s+(thousand|million|billion)\\b|("
                       "K|M|B|bn)\\b)?"));
    static const QRegularExpression hangul(
        QStringLiteral("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?(만|억))?"));
    QSet<QString> out;
    auto it = (korean ? hangul : english).globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const double base =
            (QString(m.captured(1)).remove(QLatin1Char(',')) + m.captured(2)).toDouble();
        const QString scale = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
        double factor = 1;
        if (scale == QLatin1String("thousand") || scale == QLatin1String("K"))
            factor = 1e3;
        else if (scale == QLatin1String("million") || scale == QLatin1String("M"))
            factor = 1e6;
        else if (scale == QLatin1String("billion") || scale == QLatin1String("B") ||
                 scale == QLatin1String("bn"))
            factor = 1e9;
        else if (scale == QStringLiteral("만"))
            factor = 1e4;
        else if (scale == QStringLiteral("억"))
            factor = 1e8;
        if (korean || factor == 1)
            out.insert(canonical(base));
        out.insert(canonical(base * factor));
    }
    if (korean) {
        // A number written in several Korean units is their sum: "2억 7,538만" is 275380000,
        // "3만 3,000" is 33000, "5,856만7천" is 58567000.
        static const QRegularExpression compound(QStringLiteral(
            "(?=\\d)(?:([\\d,]+(?:\\.\\d+)?)\\s?억)?\\s?(?:([\\d,]+(?:\\.\\d+)?)\\s?만)?\\s?"
            "(?:([\\d,]+)\\s?천)?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)?"));
        auto parts = compound.globalMatch(text);
        while (parts.hasNext()) {
            const QRegularExpressionMatch m = parts.next();
            const int units =
                !m.captured(1).isEmpty() + !m.captured(2).isEmpty() + !m.captured(3).isEmpty();
            if (units == 0 || (units == 1 && m.captured(4).isEmpty()))
                continue; // a single unit is read above
            const auto value = [&](int i) {
                return QString(m.captured(i)).remove(QLatin1Char(',')).toDouble();
            };
            out.insert(canonical(value(1) * 1e8 + value(2) * 1e4 + value(3) * 1e3 + value(4)));
        }
    }
    return out;
}

/// The English numbers missing from the Korean text, in order of appearance.
QStringList missingNumbers(const QString& english, const QString& korean)
{
    const QSet<QString> ko = numbers(korean, true);
    QStringList missing;
    static const QRegularExpression english_(
        QStringLiteral("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s+(thousand|million|billion)\\b|("
                       "K|M|B|bn)\\b)?"));
    auto it = english_.globalMatch(english);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QSet<QString> one = numbers(m.captured(0), false);
        bool found = false;
        for (const QString& n : one)
            found = found || ko.contains(n);
        if (!found && !missing.contains(m.captured(0)))
            missing << m.captured(0);
    }
    return missing;
}

} // namespace

void tst_DataParity::initTestCase()
{
    QList<ValidationIssue> issues;
    QByteArray checksum;
    QVERIFY2(Store::readBundled(&m_data, &issues, &checksum),
             qPrintable(issues.value(0).toString()));
}

void tst_DataParity::numberRule_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("same digits") << "Published as 2,914 from Oct 2012 on; earlier 2,952."
                                 << "2012년 10월부터 2,914명으로 발표됨. 이전에는 2952명."
                                 << QStringList{};
    QTest::newRow("compound 억 and 만") << "the customs total of 275.38M"
                                        << "해관총서 총액 2억7,538만 달러" << QStringList{};
    QTest::newRow("compound 만 and digits") << "more than 33,000"
                                            << "3만 3,000명 이상" << QStringList{};
    QTest::newRow("compound 만 and 천") << "58,567,000"
                                        << "5,856만7천 달러" << QStringList{};
    QTest::newRow("compound, wrong sum") << "275.38M"
                                         << "2억7,583만 달러" << QStringList{"275.38M"};
    QTest::newRow("dropped number") << "Published as 2,914; earlier 2,952."
                                    << "2,914명으로 발표됨." << QStringList{"2,952"};
    QTest::newRow("mistyped number") << "Peak of 2,914."
                                     << "정점은 2,941명." << QStringList{"2,914"};
    QTest::newRow("million as 만") << "About $18 million in March."
                                   << "3월 약 1,800만 달러." << QStringList{};
    QTest::newRow("billion as 억") << "$2.79 billion in 2019."
                                   << "2019년 27.9억 달러." << QStringList{};
    QTest::newRow("round number as 만") << "about 200,000 in hiding"
                                        << "약 20만 명이 은신" << QStringList{};
    QTest::newRow("wrong 만") << "about 200,000 in hiding"
                              << "약 2만 명이 은신" << QStringList{"200,000"};
    QTest::newRow("ids, locators, ordinals")
        << "Also seed-002 line 7; MOU's grouped column (I-4), 2nd paragraph."
        << "seed-002 7행에도 있음. 통일부 묶음 열(I-4), 2번째 문단." << QStringList{};
    QTest::newRow("spans and short years") << "1999-2001 grouped; column ~'98."
                                           << "1999~2001년 합산; ~'98 열." << QStringList{};
    QTest::newRow("percent") << "fell 51 percent, -96%"
                             << "51% 감소, -96%" << QStringList{};
    QTest::newRow("number words not checked") << "lowest in two decades"
                                              << "20년 만에 최저" << QStringList{};
    QTest::newRow("empty Korean") << "Peak year 2009."
                                  << "" << QStringList{"2009"};
}

void tst_DataParity::numberRule()
{
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QFETCH(QStringList, missing);
    QCOMPARE(missingNumbers(english, korean), missing);
}

void tst_DataParity::bundledData_data()
{
    QTest::addColumn<QString>("table");
    for (const char* t : {"observations", "events", "claims", "sources"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void tst_DataParity::bundledData()
{
    QFETCH(QString, table);
    QStringList problems;
    int checked = 0;
    auto note = [&](const QString& what, const QString& en, const QString& ko) {
        if (en.isEmpty())
            return;
        ++checked;
        if (ko.isEmpty()) {
            problems << QStringLiteral("%1: note_ko missing").arg(what);
            return;
        }
        const QStringList missing = missingNumbers(en, ko);
        if (!missing.isEmpty())
            problems << QStringLiteral("%1: note_ko lacks %2")
                            .arg(what, missing.join(QStringLiteral(", ")));
    };
    auto locator = [&](const QString& what, const QString& en, const QString& ko) {
        ++checked;
        if (!Locator::hasKorean(en, ko))
            problems << QStringLiteral(
                            "%1: locator \"%2\" is outside the grammar and has no locator_ko")
                            .arg(what, en);
    };
    if (table == QLatin1String("observations")) {
        // Observations have no id in the CSV: name them as a reader finds them.
        for (const Observation& o : std::as_const(m_data.observations)) {
            const QString what =
                QStringLiteral("observations.csv line %1 (%2)").arg(o.line).arg(o.quantityKey());
            note(what, o.note, o.noteKo);
            locator(what, o.locator, o.locatorKo);
        }
    } else if (table == QLatin1String("events")) {
        for (const TimelineEvent& e : std::as_const(m_data.events)) {
            note(QStringLiteral("event %1").arg(e.id), e.note, e.noteKo);
            locator(QStringLiteral("event %1").arg(e.id), e.locator, e.locatorKo);
        }
    } else if (table == QLatin1String("claims")) {
        for (const Claim& c : std::as_const(m_data.claims)) {
            note(QStringLiteral("claim %1").arg(c.id), c.note, c.noteKo);
            locator(QStringLiteral("claim %1").arg(c.id), c.locator, c.locatorKo);
        }
    } else {
        for (const Source& s : std::as_const(m_data.sources)) {
            const QString what = QStringLiteral("source %1").arg(s.id);
            note(what, s.note, s.noteKo);
            ++checked;
            if (s.hasDescriptiveTitle() && s.titleKo.isEmpty())
                problems << QStringLiteral("%1: descriptive title without title_ko").arg(what);
            else if (s.language == QLatin1String("ko") && s.titleKo.isEmpty())
                problems
                    << QStringLiteral("%1: a Korean article without its Korean title").arg(what);
        }
    }
    QVERIFY(checked > 0);
    for (const QString& p : std::as_const(problems))
        qWarning("%s", qPrintable(p)); // every problem, where the failure message would be cut
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 checks fail:\n  %3")
                                                .arg(problems.size())
                                                .arg(checked)
                                                .arg(problems.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(tst_DataParity)
#include "tst_dataparity.moc"
