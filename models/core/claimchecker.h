// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"
#include "core/claimexpression.h"
#include "core/terms.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>

class Catalog;

/// What the data allow to say of a number: exactly x (lo == hi), or only that it lies between
/// lo and hi (either may be infinite), e.g. an unpublished month inside a published two-month
/// total.
struct Interval
{
    double lo = 0;
    double hi = 0;

    static Interval exact(double v) { return {v, v}; }
    static Interval unknown()
    {
        return {-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    }
    bool isExact() const { return lo == hi; }
};

/// One observation a check used.
struct FigureUse
{
    qint64 observationId = 0;
    QuantityRef ref;
    qint64 value = 0;
    Term::Unit unit = Term::Unit::Persons;
    Term::Qualifier qualifier = Term::Qualifier::Exact;
    Term::Status status = Term::Status::Final;
    QString sourceId;
    bool ownSource = false; ///< reported by the claim's own source
    bool bound = false;     ///< used through part(): an upper bound only
};

/// The verdict on a claim, or on one reading of it.
enum class ClaimVerdict {
    Holds,   ///< the data give the stated number within its rounding (or make the statement true)
    Differs, ///< the data rule the statement out
    CannotCheck, ///< data missing, only the claim's own source, or the data do not decide
    Mixed,       ///< claim level only: its readings get different verdicts
};

/// How one side of a test came out.
struct TestSide
{
    enum class Unit { None, Persons, Usd, Ratio, Mixed };
    Interval value;
    Unit unit = Unit::None;
    bool literal = false; ///< a number written in the check (the stated number)
    bool percent = false; ///< literal written with %
    double tolerance = 0; ///< literal: half its last digit, or its ±
    QString literalText;
    ClaimExpression::Type type = ClaimExpression::Type::Number;
    QStringList periodItems; ///< aggregates: as written
    QString period;          ///< Value: its period; Min/Max: the period of the extreme
    int count = 0;           ///< aggregates: how many figures
};

struct TestResult
{
    ClaimVerdict verdict = ClaimVerdict::CannotCheck;
    bool decided = false; ///< false when the data only bound the value (or are missing)
    TestSide lhs;
    ClaimTest::Op op = ClaimTest::Op::Equal;
    TestSide rhs;
    bool percentDisplay = false; ///< show ratios as percentages (the stated number has %)
};

struct ReadingResult
{
    enum class Reason { None, MissingData, OwnSourceOnly, OnlyBounds, ZeroDivisor };
    QString label;
    ClaimVerdict verdict = ClaimVerdict::CannotCheck;
    Reason reason = Reason::None;
    QList<TestResult> tests;
    QList<FigureUse> figures;
    QList<QuantityRef> missing; ///< quantities the check needs that the data do not have
    bool ownFiguresOnly = false;
    bool approximate = false; ///< some figure used is approximate ("about")
};

struct ClaimResult
{
    Claim claim;
    ClaimVerdict verdict = ClaimVerdict::CannotCheck;
    QList<ReadingResult> readings;
    QString error; ///< the check could not be parsed

    /// Every observation the check used, for selecting them in their chart.
    QList<qint64> observationIds() const;
};

/// Evaluates claims against the catalog's observations. For each quantity a check names it uses
/// the plotted figure, unless that comes from the claim's own source and another source reports
/// the quantity too. A check that only restates its own source's figure cannot be checked.
class ClaimChecker
{
    Q_DECLARE_TR_FUNCTIONS(ClaimChecker)

public:
    explicit ClaimChecker(const Catalog& catalog)
        : m_catalog(catalog)
    {}
    /// The catalog checked: its language is the reports' (Catalog::language()).
    const Catalog& catalog() const { return m_catalog; }

    ClaimResult check(const Claim& claim) const;
    /// Every claim of the catalog's snapshot, in order, then every cumulative figure that
    /// contradicts the running sums around it (contradictedCumulatives()).
    QList<ClaimResult> checkAll() const;

    /// A data check per cumulative arrivals figure (not superseded, not an erratum): it must lie
    /// between the running sums of the plotted annual, half-year and quarterly arrivals (and the
    /// other cumulative figures) at the nearest dates before and after its own. Its qualifier
    /// is respected: "almost V" only needs V above the earlier sum, "over V" V below the later.
    /// Claim ids start with "data-cumulative-"; the claim's source is the figure's.
    QList<Claim> cumulativeChecks() const;
    /// The cumulative checks that fail: figures placed where the running sums rule them out.
    QList<ClaimResult> contradictedCumulatives() const;

    // Text, in the current language (computed at call time).
    static QString verdictName(ClaimVerdict v);
    /// holds, differs, cannot_check, depends: stable keys for CSV output and tests.
    static QString verdictKey(ClaimVerdict v);
    static QString kindName(const QString& kind);
    static QString readingName(const QString& label);
    QString quantityName(const QuantityRef& ref) const;
    QString figureText(const FigureUse& figure) const;
    /// One reading: "holds: 2.16%, within the rounding of the stated 2%" and the reasons.
    QString explain(const ReadingResult& reading) const;
    /// Every reading, one per line, each with its name when there are several.
    QString explain(const ClaimResult& result) const;
    /// A short result for a table cell: "2.16% (stated 2%)", "not in the data: …".
    QString brief(const ReadingResult& reading) const;
    /// One line per reading, each with its name and verdict when there are several.
    QString brief(const ClaimResult& result) const;
    /// The number computed by the first test of a reading, formatted ("2.16%", "33,752 people").
    QString computedText(const ReadingResult& reading) const;
    QString statedText(const ReadingResult& reading) const;
    /// The difference computed − stated for a differing reading, formatted; empty otherwise.
    QString differenceText(const ReadingResult& reading) const;

private:
    struct Eval;
    Eval evaluate(const ClaimExpression& e, const Claim& claim, ReadingResult* reading) const;
    TestResult runTest(const ClaimTest& test, const Claim& claim, ReadingResult* reading) const;
    QString sideText(const TestSide& side, bool percent, bool withPeriod,
                     TestSide::Unit literalUnit = TestSide::Unit::None) const;
    QString testDifference(const TestResult& t) const;
    QString numberText(double v, TestSide::Unit unit, bool percent, bool sign = false) const;
    QString intervalText(const Interval& iv, TestSide::Unit unit, bool percent,
                         bool sign = false) const;
    QString testText(const TestResult& t) const;

    const Catalog& m_catalog;
};
