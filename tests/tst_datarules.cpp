// SPDX-License-Identifier: GPL-3.0-or-later
// Rules over the whole bundled dataset (arrivals, destinations, trade, events, claims, sources),
// from docs/DATA-FORMAT.md:
// - "Rounded figures": a rounded figure carries a qualifier (persons given to ten thousand or
//   coarser, shares in tens, dollars the compiler does not publish that way); a claim the source
//   words approximately ("about", "some", "nearly", "more than") is checked with a tolerance or
//   an inequality, never as an exact figure.
// - "Numbers in notes": every number a note states about the data agrees with it: a current
//   figure, a revised split, a sum, a ratio, a share; a percentage that is none of these is
//   attributed to its source in its sentence. (Changes "up 8.3% on 2016" are recomputed by
//   tst_tradedata::notesChangesRecompute over every row.)
// - No note or locator carries an internal id (the curated material's "I-4", "seed-002 line 7"):
//   a reader follows the author/outlet, year and line.
// Each rule is also run on typed broken rows, so a rule that cannot fail shows here.
#include "core/claim.h"
#include "storage/store.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <functional>
#include <optional>

namespace {

using Plotted = std::function<const Observation*(const QString& key)>;

qint64 toNumber(QString s)
{
    return s.remove(QLatin1Char(',')).toLongLong();
}

QString key(const Observation& o, const QString& series)
{
    return Datasets::name(o.dataset) + QLatin1Char('|') + series + QLatin1Char('|') +
           o.period.code() + QLatin1Char('|') + o.region;
}

/// Whether `stated` (a percentage with its written decimals) is `ratio`, each figure of the ratio
/// known to its last digit.
bool percentMatches(const QString& stated, double numerator, double denominator)
{
    const int decimals =
        stated.contains(QLatin1Char('.')) ? stated.section(QLatin1Char('.'), 1).size() : 0;
    const double tolerance = 0.5 * std::pow(10.0, -decimals) + 1e-9;
    const double lo = 100 * (numerator - 0.5) / (denominator + 0.5);
    const double hi = 100 * (numerator + 0.5) / (denominator - 0.5);
    const double s = stated.toDouble();
    return hi >= s - tolerance && lo <= s + tolerance;
}

const QRegularExpression& percentPattern()
{
    static const QRegularExpression p(QStringLiteral("(\\d+(?:\\.\\d+)?)(?:%| percent\\b)"));
    return p;
}

/// The spans of `sentence` holding percentages that a recognised form has recomputed.
struct Checked
{
    QList<QPair<int, int>> spans;
    bool covers(int at) const
    {
        for (const auto& s : spans)
            if (at >= s.first && at < s.second)
                return true;
        return false;
    }
};

/// The problems of one note of an observation (empty: the note agrees with the data).
QStringList observationNoteProblems(const Observation& o, const Plotted& plotted)
{
    QStringList problems;
    const QString& note = o.note;
    auto plottedValue = [&](const QString& series) -> std::optional<qint64> {
        const Observation* p = plotted(key(o, series));
        return p ? std::optional<qint64>(p->value) : std::nullopt;
    };

    // "current figure: 2,914 (men 662, women 2,252)": the plotted figures of the period.
    static const QRegularExpression current(QStringLiteral(
        "current figure: (\\d[\\d,]*)(?: \\(men (\\d[\\d,]*), women (\\d[\\d,]*)\\))?"));
    for (auto it = current.globalMatch(note); it.hasNext();) {
        const auto m = it.next();
        const QStringList series = {QStringLiteral("total"), QStringLiteral("male"),
                                    QStringLiteral("female")};
        for (int i = 0; i < 3; ++i) {
            if (m.captured(i + 1).isEmpty())
                continue;
            const auto p = plottedValue(series.at(i));
            if (!p || *p != toNumber(m.captured(i + 1)))
                problems << QStringLiteral("\"%1\": the plotted %2 is %3")
                                .arg(m.captured(0), series.at(i),
                                     p ? QString::number(*p) : QStringLiteral("missing"));
        }
    }
    // "the split by sex was later changed to 831 / 116": the plotted men and women.
    static const QRegularExpression split(
        QStringLiteral("later changed to (\\d[\\d,]*) / (\\d[\\d,]*)"));
    for (auto it = split.globalMatch(note); it.hasNext();) {
        const auto m = it.next();
        const auto men = plottedValue(QStringLiteral("male"));
        const auto women = plottedValue(QStringLiteral("female"));
        if (!men || !women || *men != toNumber(m.captured(1)) || *women != toNumber(m.captured(2)))
            problems << QStringLiteral("\"%1\": the plotted split differs").arg(m.captured(0));
    }
    // "equal to 148 + 312 + 583", "equals 34,314 (end-2024) + 96 (first half of 2025)",
    // "1,043 = 148 + 312 + 583": the sum is the row's figure, the total of its period (a note
    // shared by a total and its split), or the number the note sets it equal to. Amounts with a
    // decimal or a scale ("33,000 + 3.28M") are prose, not a sum of the data's figures.
    static const QRegularExpression sum(
        QStringLiteral("(?:(\\d[\\d,]*) = )?(\\d[\\d,]*)(?: \\([^)]*\\))?((?: \\+ \\d[\\d,]*"
                       "(?![.\\d]*[KMB%])(?: \\([^)]*\\))?)+)"));
    static const QRegularExpression term(QStringLiteral("\\+ (\\d[\\d,]*)"));
    for (auto it = sum.globalMatch(note); it.hasNext();) {
        const auto m = it.next();
        qint64 total = toNumber(m.captured(2));
        for (auto t = term.globalMatch(m.captured(3)); t.hasNext();)
            total += toNumber(t.next().captured(1));
        const auto periodTotal = plottedValue(QStringLiteral("total"));
        const bool ok = m.captured(1).isEmpty()
                            ? total == o.value || (periodTotal && *periodTotal == total)
                            : toNumber(m.captured(1)) == total;
        if (!ok)
            problems << QStringLiteral("\"%1\" adds up to %2, not %3")
                            .arg(m.captured(0))
                            .arg(total)
                            .arg(m.captured(1).isEmpty() ? o.value : toNumber(m.captured(1)));
    }

    for (const QString& sentence :
         note.split(QRegularExpression(QStringLiteral("(?<=\\.)\\s")), Qt::SkipEmptyParts)) {
        Checked checked;
        // "63 / 2,914 is 2.2%"
        static const QRegularExpression ratio(
            QStringLiteral("(\\d[\\d,]*) / (\\d[\\d,]*) is (\\d+(?:\\.\\d+)?)%"));
        for (auto it = ratio.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            if (!percentMatches(m.captured(3), toNumber(m.captured(1)), toNumber(m.captured(2))))
                problems << QStringLiteral("\"%1\" does not hold").arg(m.captured(0));
            checked.spans << qMakePair(m.capturedStart(3), m.capturedEnd(3) + 1);
        }
        // "Of 58 claims decided …; acceptance rate 72%": the row's figure of the stated whole.
        static const QRegularExpression rate(
            QStringLiteral("^Of (\\d[\\d,]*)\\b.*\\brate (\\d+(?:\\.\\d+)?)%"));
        if (const auto m = rate.match(sentence); m.hasMatch()) {
            if (!percentMatches(m.captured(2), o.value, toNumber(m.captured(1))))
                problems << QStringLiteral("\"%1\": %2 of %3 is not %4%")
                                .arg(sentence)
                                .arg(o.value)
                                .arg(m.captured(1), m.captured(2));
            checked.spans << qMakePair(m.capturedStart(2), m.capturedEnd(2) + 1);
        }
        // "Germany 407, UK 348 (86% together)", "Germany 396 and UK 317, 87% together": the
        // parts' share of the row's figure, or of the whole the note names ("of the 820 …").
        static const QRegularExpression together(QStringLiteral(
            "[A-Z][a-z]+ (\\d[\\d,]*)(?:,| and) [A-Z][A-Za-z]+ (\\d[\\d,]*),? \\(?(?:together "
            "(\\d+(?:\\.\\d+)?)% of (\\d[\\d,]*)|(\\d+(?:\\.\\d+)?)% together)"));
        static const QRegularExpression ofThe(QStringLiteral("\\bof the (\\d[\\d,]*)\\b"));
        for (auto it = together.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            const int pct = m.captured(3).isEmpty() ? 5 : 3;
            qint64 whole = o.unit == Term::Unit::Persons ? o.value : 0;
            if (!m.captured(4).isEmpty())
                whole = toNumber(m.captured(4));
            else if (const auto w = ofThe.match(note);
                     o.unit != Term::Unit::Persons && w.hasMatch())
                whole = toNumber(w.captured(1));
            if (whole <= 0 ||
                !percentMatches(m.captured(pct), toNumber(m.captured(1)) + toNumber(m.captured(2)),
                                whole))
                problems << QStringLiteral("\"%1\" is not that share of %2")
                                .arg(m.captured(0))
                                .arg(whole);
            checked.spans << qMakePair(m.capturedStart(pct), m.capturedEnd(pct) + 1);
        }
        // "a 91% fall … from March 2019", "Against $197.96M in March 2019 this is a 91% fall":
        // the row's figure against the plotted figure of the same series at that base.
        static const QRegularExpression fall(
            QStringLiteral("(\\d+(?:\\.\\d+)?)% (fall|drop|decline|rise|increase)"));
        static const QRegularExpression base(QStringLiteral(
            "(?:\\bfrom|[Aa]gainst [^ ]+ in) ((?:January|February|March|April|May|June|July|"
            "August|September|October|November|December) (\\d{4}))"));
        if (const auto b = base.match(sentence); b.hasMatch()) {
            static const QStringList months = {
                QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
                QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
                QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
            const QString code =
                QStringLiteral("%1-%2")
                    .arg(b.captured(2))
                    .arg(months.indexOf(b.captured(1).section(QLatin1Char(' '), 0, 0)) + 1, 2, 10,
                         QLatin1Char('0'));
            const Observation* ref =
                plotted(Datasets::name(o.dataset) + QLatin1Char('|') + o.series + QLatin1Char('|') +
                        code + QLatin1Char('|') + o.region);
            for (auto it = fall.globalMatch(sentence); it.hasNext();) {
                const auto m = it.next();
                if (!ref)
                    continue; // no base in the data: the sentence must attribute it
                const bool down = m.captured(2) != QLatin1String("rise") &&
                                  m.captured(2) != QLatin1String("increase");
                // A change of p% is a ratio of 100 ∓ p%.
                const QString remaining = QString::number(
                    down ? 100 - m.captured(1).toDouble() : 100 + m.captured(1).toDouble(), 'f',
                    m.captured(1).contains(QLatin1Char('.'))
                        ? m.captured(1).section(QLatin1Char('.'), 1).size()
                        : 0);
                if (!percentMatches(remaining, o.value, ref->value))
                    problems << QStringLiteral("\"%1\": against %2 the change is %3%")
                                    .arg(m.captured(0))
                                    .arg(ref->value)
                                    .arg(100.0 * o.value / ref->value - 100, 0, 'f', 1);
                checked.spans << qMakePair(m.capturedStart(1), m.capturedEnd(1) + 1);
            }
        }
        // Any other percentage says whose it is: the source's own figure ("the article gives",
        // "a 2003 report puts", "KBS put", "King (2021, line 13)"), a reading of a claim ("read
        // as"), or another currency ("19.6 percent in yuan"). A change of this figure is written
        // so tst_tradedata recomputes it ("up 14.7% on 2018").
        static const QRegularExpression attributed(QStringLiteral(
            "\\b(?:article|articles|report|reports|reported|says|said|gives|gave|puts|put|"
            "calls|according|read as|states|stated|mentions|printed|via)\\b|\\bline \\d|"
            "[A-Z][A-Za-z]+ \\(\\d{4}|percent in yuan"));
        static const QRegularExpression change(
            QStringLiteral(
                "(?:\\b(?:up|down) \\d+(?:\\.\\d+)?% on|\\d+(?:\\.\\d+)?% (?:below|above|of)) "
                "(?:a year earlier|\\d{4}|[A-Z][a-z]+(?: \\d{4})?)"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = change.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            checked.spans << qMakePair(m.capturedStart(), m.capturedEnd());
        }
        const bool byline = attributed.match(sentence).hasMatch();
        for (auto it = percentPattern().globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            if (!checked.covers(m.capturedStart()) && !byline)
                problems << QStringLiteral("\"%1\": a percentage neither recomputed nor "
                                           "attributed to its source")
                                .arg(sentence);
        }
    }
    return problems;
}

/// A claim's note: its sums, ratios and shares agree with the data or the claim's stated number;
/// other percentages are attributed or readings.
QStringList claimNoteProblems(const Claim& c)
{
    QStringList problems;
    Observation asRow;                // the claim's stated numbers stand for the row's figure
    asRow.unit = Term::Unit::Percent; // not a count of people: "of the N" names the whole
    asRow.note = c.note;
    static const QRegularExpression stated(QStringLiteral("= (\\d+)(?!\\d*%)"));
    QList<qint64> numbers;
    for (auto it = stated.globalMatch(c.check); it.hasNext();)
        numbers << it.next().captured(1).toLongLong();
    const Plotted none = [](const QString&) -> const Observation* { return nullptr; };
    for (const QString& p : observationNoteProblems(asRow, none)) {
        // A sum in a claim's note is the number the claim states.
        static const QRegularExpression sumProblem(QStringLiteral("adds up to (\\d+), not"));
        const auto m = sumProblem.match(p);
        if (m.hasMatch() && numbers.contains(m.captured(1).toLongLong()))
            continue;
        problems << p;
    }
    return problems;
}

/// The curated material's internal ids: "(I-4)", "seed-002 line 7", "seed 003", "시드 003".
const QRegularExpression& internalId()
{
    static const QRegularExpression id(
        QStringLiteral("\\bI-\\d+\\b|\\b[Ss]eeds?\\b|seed-\\d|시드|(?<![\\d,.])00\\d(?![\\d,])"));
    return id;
}

/// A rounded figure without a qualifier (persons given to ten thousand or coarser, a share in
/// tens): the problem, or empty.
QString roundedProblem(const Observation& o)
{
    if (o.status == Term::Status::Derived || !o.isExact())
        return {};
    const QList<qint64> values =
        o.isRange() ? QList<qint64>{o.value, o.valueTo} : QList<qint64>{o.value};
    for (qint64 v : values) {
        const bool rounded = o.unit == Term::Unit::Persons   ? v > 0 && v % 10000 == 0
                             : o.unit == Term::Unit::Percent ? v > 0 && v % 10 == 0
                                                             : v > 0 && v % 10000 == 0;
        if (rounded)
            return QStringLiteral("%1 %2 is rounded but not qualified").arg(o.quantityKey()).arg(v);
    }
    return {};
}

/// A claim worded approximately but checked as an exact figure: the problem, or empty.
QString claimQualifierProblem(const Claim& c)
{
    static const QRegularExpression about(
        QStringLiteral("\\b(?:about|some|around|roughly|approximately|an estimated)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression almost(QStringLiteral("\\b(?:nearly|almost|close to)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression over(QStringLiteral("\\b(?:over|more than)\\b \\d"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression exact(QStringLiteral("= [^|&]*"));
    if (about.match(c.textEn).hasMatch()) {
        for (auto it = exact.globalMatch(c.check); it.hasNext();) {
            const QString test = it.next().captured(0);
            if (!test.contains(QLatin1String("+-")) && !test.contains(QStringLiteral("±")))
                return QStringLiteral("%1: \"%2\" is approximate but checked as exact: %3")
                    .arg(c.id, c.textEn, test.trimmed());
        }
    }
    if (almost.match(c.textEn).hasMatch() && !c.check.contains(QLatin1Char('<')))
        return QStringLiteral("%1: \"%2\" needs an upper bound (<)").arg(c.id, c.textEn);
    if (over.match(c.textEn).hasMatch() && !c.check.contains(QLatin1Char('>')))
        return QStringLiteral("%1: \"%2\" needs a lower bound (>)").arg(c.id, c.textEn);
    return {};
}

} // namespace

class tst_DataRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundedFiguresQualified();
    void approximateClaimsHaveTolerance();
    void notesAgreeWithTheData();
    void noInternalIds();
    void brokenRowsCaught_data();
    void brokenRowsCaught();

private:
    Snapshot m_data;
    QHash<QString, int> m_plotted; ///< quantity key → index
    Plotted plotted() const
    {
        return [this](const QString& k) -> const Observation* {
            const auto it = m_plotted.constFind(k);
            return it == m_plotted.constEnd() ? nullptr : &m_data.observations.at(*it);
        };
    }
};

void tst_DataRules::initTestCase()
{
    QList<ValidationIssue> issues;
    QByteArray checksum;
    QVERIFY2(Store::readBundled(&m_data, &issues, &checksum),
             qPrintable(issues.value(0).toString()));
    Store::choosePlotted(&m_data.observations, m_data.sources);
    for (int i = 0; i < m_data.observations.size(); ++i)
        if (m_data.observations.at(i).plotted)
            m_plotted.insert(m_data.observations.at(i).quantityKey(), i);
    QVERIFY(m_data.observations.size() > 500);
    QVERIFY(m_data.claims.size() > 40);
    QVERIFY(m_data.events.size() > 15);
}

void tst_DataRules::roundedFiguresQualified()
{
    QStringList problems;
    int persons = 0;
    for (const Observation& o : std::as_const(m_data.observations)) {
        if (o.unit == Term::Unit::Usd)
            continue; // dollars: tst_tradedata::roundedFiguresQualified (to the ten thousand)
        persons += o.unit == Term::Unit::Persons;
        if (const QString p = roundedProblem(o); !p.isEmpty())
            problems << p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(persons > 300);
    // Typed from the sources: Ishimaru (ASIAPRESS, 2022) line 17, "probably about one to two
    // million"; Crossing Borders line 20, "10,000 Korean residents" of New Malden.
    int seen = 0;
    for (const Observation& o : std::as_const(m_data.observations)) {
        if (o.quantityKey() == QLatin1String("destinations|crossed|../2000|CN")) {
            QCOMPARE(o.value, qint64(1000000));
            QCOMPARE(o.valueTo, qint64(2000000));
            QCOMPARE(o.qualifier, Term::Qualifier::About);
            ++seen;
        }
        if (o.quantityKey() == QLatin1String("destinations|ethnic_koreans|~@2021|GB-NMD")) {
            QCOMPARE(o.value, qint64(10000));
            QCOMPARE(o.qualifier, Term::Qualifier::About);
            ++seen;
        }
    }
    QCOMPARE(seen, 2);
}

void tst_DataRules::approximateClaimsHaveTolerance()
{
    QStringList problems;
    for (const Claim& c : std::as_const(m_data.claims))
        if (const QString p = claimQualifierProblem(c); !p.isEmpty())
            problems << p;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_DataRules::notesAgreeWithTheData()
{
    QStringList problems;
    int notes = 0;
    for (const Observation& o : std::as_const(m_data.observations)) {
        notes += !o.note.isEmpty();
        for (const QString& p : observationNoteProblems(o, plotted()))
            problems << o.quantityKey() + QStringLiteral(" (line ") + QString::number(o.line) +
                            QStringLiteral("): ") + p;
    }
    for (const Claim& c : std::as_const(m_data.claims)) {
        notes += !c.note.isEmpty();
        for (const QString& p : claimNoteProblems(c))
            problems << QStringLiteral("claim ") + c.id + QStringLiteral(": ") + p;
    }
    for (const TimelineEvent& e : std::as_const(m_data.events)) {
        Observation asRow;
        asRow.unit = Term::Unit::Percent; // not a count of people, as for a claim
        asRow.note = e.note;
        const Plotted none = [](const QString&) -> const Observation* { return nullptr; };
        for (const QString& p : observationNoteProblems(asRow, none))
            problems << QStringLiteral("event ") + e.id + QStringLiteral(": ") + p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(notes > 400);
}

void tst_DataRules::noInternalIds()
{
    QStringList problems;
    auto check = [&](const QString& where, const QStringList& texts) {
        for (const QString& t : texts)
            if (const auto m = internalId().match(t); m.hasMatch())
                problems << QStringLiteral("%1: \"%2\" in \"%3\"").arg(where, m.captured(0), t);
    };
    for (const Observation& o : std::as_const(m_data.observations))
        check(o.quantityKey() + QStringLiteral(" (line ") + QString::number(o.line) +
                  QLatin1Char(')'),
              {o.note, o.noteKo, o.locator, o.locatorKo});
    for (const TimelineEvent& e : std::as_const(m_data.events))
        check(QStringLiteral("event ") + e.id,
              {e.textEn, e.textKo, e.note, e.noteKo, e.locator, e.locatorKo});
    for (const Claim& c : std::as_const(m_data.claims))
        check(QStringLiteral("claim ") + c.id,
              {c.textEn, c.textKo, c.note, c.noteKo, c.locator, c.locatorKo});
    for (const Source& s : std::as_const(m_data.sources))
        check(QStringLiteral("source ") + s.id, {s.note, s.noteKo});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_DataRules::brokenRowsCaught_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("note");
    // Each note or figure is wrong against the bundled data (typed from the sources: MOU's
    // 2009 is 2,914 = 662 men + 2,252 women; 1999-2001 is 148 + 312 + 583 = 1,043).
    QTest::newRow("current figure") << "total"
                                    << "2009" << qint64(2952) << "persons"
                                    << "current figure: 2,915 (men 662, women 2,252)";
    QTest::newRow("current split") << "total"
                                   << "2009" << qint64(2952) << "persons"
                                   << "current figure: 2,914 (men 666, women 2,252)";
    QTest::newRow("sum") << "total"
                         << "1999/2001" << qint64(1043) << "persons"
                         << "MOU's grouped column, equal to 148 + 312 + 584.";
    QTest::newRow("stated sum") << "total"
                                << "1999" << qint64(148) << "persons"
                                << "Single years (1,043 = 148 + 312 + 582).";
    QTest::newRow("ratio") << "total"
                           << "2021" << qint64(63) << "persons"
                           << "The article says two percent (63 / 2,914 is 2.6%).";
    QTest::newRow("rate") << "total"
                          << "2010" << qint64(42) << "persons"
                          << "Of 58 claims decided or withdrawn in 2010; acceptance rate 62%.";
    QTest::newRow("together") << "total"
                              << "2007/2017" << qint64(877) << "persons"
                              << "Eurostat; Germany 407, UK 348 (96% together).";
    QTest::newRow("fall") << "total"
                          << "2020-03" << qint64(616000) << "usd"
                          << "The 86% fall matches the change from March 2019.";
    QTest::newRow("unattributed percentage") << "total"
                                             << "2018" << qint64(1137) << "persons"
                                             << "The first quarter alone had fallen 31%.";
    QTest::newRow("internal id") << "total"
                                 << "2018" << qint64(1137) << "persons"
                                 << "Full year above 2017 (I-13).";
    QTest::newRow("seed id") << "total"
                             << "2018" << qint64(1137) << "persons"
                             << "Also seed-002 line 7.";
    QTest::newRow("rounded persons") << "residing"
                                     << "@2016" << qint64(20000) << "persons" << QString();
    QTest::newRow("rounded share") << "share_settled"
                                   << "../2000" << qint64(40) << "percent" << QString();
    QTest::newRow("approximate claim") << "claim" << QString() << qint64(0) << QString()
                                       << "About 970 North Koreans lived in Canada in 2016.";
}

void tst_DataRules::brokenRowsCaught()
{
    QFETCH(QString, series);
    QFETCH(QString, period);
    QFETCH(qint64, value);
    QFETCH(QString, unit);
    QFETCH(QString, note);
    if (series == QLatin1String("claim")) {
        Claim c;
        c.id = QStringLiteral("broken");
        c.textEn = note;
        c.check = QStringLiteral("v(destinations,residing,CA,@2016) = 970");
        QVERIFY(!claimQualifierProblem(c).isEmpty());
        c.check += QStringLiteral(" +-5");
        QVERIFY(claimQualifierProblem(c).isEmpty());
        return;
    }
    Observation o;
    const bool trade = unit == QLatin1String("usd");
    o.dataset = Term::fromCsv<Term::Dataset>(trade ? QStringLiteral("trade")
                                             : series.startsWith(QLatin1String("r")) ||
                                                     unit == QLatin1String("percent")
                                                 ? QStringLiteral("destinations")
                                                 : QStringLiteral("arrivals"))
                    .value();
    o.series = trade ? QStringLiteral("china_imports") : series;
    o.period = Period::parse(period);
    o.region = trade ? QStringLiteral("CN") : QStringLiteral("KR");
    o.value = value;
    o.unit = Term::fromCsv<Term::Unit>(unit).value();
    o.status = Term::Status::Superseded;
    o.note = note;
    QVERIFY2(o.period.isValid(), qPrintable(period));
    const bool caught = !observationNoteProblems(o, plotted()).isEmpty() ||
                        internalId().match(o.note).hasMatch() || !roundedProblem(o).isEmpty();
    QVERIFY2(caught, qPrintable(note));
}

QTEST_GUILESS_MAIN(tst_DataRules)
#include "tst_datarules.moc"
