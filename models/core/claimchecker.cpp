// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/claimchecker.h"

#include "core/catalog.h"
#include "core/claimnumbers.h"
#include "core/formatter.h"
#include "core/terms.h"

#include <QLocale>

#include <cmath>

namespace {
using ClaimNumbers::below;
using ClaimNumbers::Infinity;
using ClaimNumbers::notAbove;

Interval add(const Interval& a, const Interval& b)
{
    return {a.lo + b.lo, a.hi + b.hi};
}
Interval negate(const Interval& a)
{
    return {-a.hi, -a.lo};
}

double mul(double a, double b)
{
    // 0 × ∞ = 0 here: a bound of zero stays zero.
    if (a == 0 || b == 0)
        return 0;
    return a * b;
}

Interval multiply(const Interval& a, const Interval& b)
{
    const double p[] = {mul(a.lo, b.lo), mul(a.lo, b.hi), mul(a.hi, b.lo), mul(a.hi, b.hi)};
    return {*std::min_element(std::begin(p), std::end(p)),
            *std::max_element(std::begin(p), std::end(p))};
}

/// a / b; *zero is set when b is exactly zero.
Interval divide(const Interval& a, const Interval& b, bool* zero)
{
    if (b.lo == 0 && b.hi == 0) {
        *zero = true;
        return Interval::unknown();
    }
    if (b.lo > 0 || b.hi < 0)
        return multiply(a, {1.0 / b.hi, 1.0 / b.lo});
    // The divisor may be anything from 0 to b.hi (a part of a total): a / b is at least a / b.hi.
    if (b.lo == 0 && b.hi > 0 && a.lo >= 0)
        return {a.lo / b.hi, Infinity};
    return Interval::unknown();
}

TestSide::Unit unitOf(Term::Unit unit)
{
    if (unit == Term::Unit::Persons)
        return TestSide::Unit::Persons;
    if (unit == Term::Unit::Usd)
        return TestSide::Unit::Usd;
    return TestSide::Unit::Mixed;
}

TestSide::Unit combine(TestSide::Unit a, TestSide::Unit b)
{
    if (a == TestSide::Unit::None)
        return b;
    if (b == TestSide::Unit::None || a == b)
        return a;
    return TestSide::Unit::Mixed;
}
} // namespace

struct ClaimChecker::Eval
{
    Interval value;
    TestSide::Unit unit = TestSide::Unit::None;
    bool ok = true; ///< every figure was found and nothing was divided by zero
    bool zero = false;
    QString extremePeriod;
};

QList<qint64> ClaimResult::observationIds() const
{
    QList<qint64> ids;
    for (const ReadingResult& r : readings) {
        for (const FigureUse& f : r.figures) {
            if (!ids.contains(f.observationId))
                ids.append(f.observationId);
        }
    }
    return ids;
}

ClaimChecker::Eval ClaimChecker::evaluate(const ClaimExpression& e, const Claim& claim,
                                          ReadingResult* reading) const
{
    using T = ClaimExpression::Type;
    Eval out;
    auto lookup = [&](const QuantityRef& ref, bool bound, bool* found) -> Interval {
        // The claim names its dataset as claims.csv spells it (ClaimExpression checks it).
        const std::optional<Term::Dataset> dataset = Datasets::fromName(ref.dataset);
        Observation probe;
        probe.dataset = dataset.value_or(Term::Dataset::Arrivals);
        probe.series = ref.series;
        probe.region = ref.region;
        probe.period = Period::parse(ref.period);
        const QList<Observation> all =
            dataset ? m_catalog.sameQuantity(probe) : QList<Observation>();
        // The plotted figure first; but a claim is checked against another source where one
        // reports the same quantity, and against a current figure before a superseded one.
        // A data check (cumulativeChecks()) uses the plotted figures, whatever their source.
        const bool dataCheck = claim.id.startsWith(QLatin1String("data-"));
        const Observation* chosen = nullptr;
        for (const Observation& o : all) {
            if (!dataCheck || chosen)
                break;
            if (o.status != Term::Status::Erratum)
                chosen = &o;
        }
        for (int pass = 0; pass < 3 && !chosen; ++pass) {
            for (const Observation& o : all) {
                if (o.status == Term::Status::Erratum)
                    continue; // a misprint is never a figure to check against
                const bool other = o.sourceId != claim.sourceId;
                if ((pass == 0 && other && o.status != Term::Status::Superseded) ||
                    (pass == 1 && other) || pass == 2) {
                    chosen = &o;
                    break;
                }
            }
        }
        if (!chosen) {
            *found = false;
            if (!reading->missing.contains(ref))
                reading->missing.append(ref);
            return Interval::unknown();
        }
        *found = true;
        FigureUse use;
        use.observationId = chosen->id;
        use.ref = ref;
        use.value = chosen->value;
        use.unit = chosen->unit;
        use.qualifier = chosen->qualifier;
        use.status = chosen->status;
        use.sourceId = chosen->sourceId;
        use.ownSource = chosen->sourceId == claim.sourceId;
        use.bound = bound;
        bool known = false;
        for (const FigureUse& f : std::as_const(reading->figures))
            known = known || (f.observationId == use.observationId && f.bound == use.bound);
        if (!known)
            reading->figures.append(use);
        const double v = double(chosen->value);
        if (chosen->qualifier == Term::Qualifier::About)
            reading->approximate = true;
        if (chosen->qualifier == Term::Qualifier::Over ||
            chosen->qualifier == Term::Qualifier::AtLeast)
            return {v, Infinity};
        if (chosen->qualifier == Term::Qualifier::Almost)
            return {0, v};
        return Interval::exact(v);
    };

    switch (e.type) {
    case T::Number:
        out.value = Interval::exact(e.number);
        return out;
    case T::Value: {
        bool found = false;
        out.value = lookup(e.refs.first(), false, &found);
        out.ok = found;
        if (found) {
            for (const FigureUse& f : std::as_const(reading->figures)) {
                if (f.ref == e.refs.first())
                    out.unit = unitOf(f.unit);
            }
        }
        return out;
    }
    case T::Sum:
    case T::Min:
    case T::Max: {
        bool first = true;
        double extreme = 0;
        for (const QuantityRef& ref : e.refs) {
            bool found = false;
            const Interval iv = lookup(ref, false, &found);
            if (!found) {
                out.ok = false;
                continue;
            }
            for (const FigureUse& f : std::as_const(reading->figures)) {
                if (f.ref == ref)
                    out.unit = combine(out.unit, unitOf(f.unit));
            }
            if (first) {
                out.value = iv;
                extreme = iv.lo;
                out.extremePeriod = ref.period;
                first = false;
                continue;
            }
            if (e.type == T::Sum) {
                out.value = add(out.value, iv);
            } else if (e.type == T::Min) {
                if (below(iv.lo, extreme)) {
                    extreme = iv.lo;
                    out.extremePeriod = ref.period;
                }
                out.value = {std::min(out.value.lo, iv.lo), std::min(out.value.hi, iv.hi)};
            } else {
                if (below(extreme, iv.hi)) {
                    extreme = iv.hi;
                    out.extremePeriod = ref.period;
                }
                out.value = {std::max(out.value.lo, iv.lo), std::max(out.value.hi, iv.hi)};
            }
        }
        if (e.type == T::Sum)
            out.extremePeriod.clear();
        return out;
    }
    case T::Part: {
        Eval whole;
        if (e.args.front().type == T::Value) {
            bool found = false;
            whole.value = lookup(e.args.front().refs.first(), true, &found);
            whole.ok = found;
            for (const FigureUse& f : std::as_const(reading->figures)) {
                if (found && f.ref == e.args.front().refs.first())
                    whole.unit = unitOf(f.unit);
            }
        } else {
            whole = evaluate(e.args.front(), claim, reading);
        }
        out = whole;
        out.value = {std::min(0.0, whole.value.lo), whole.value.hi};
        return out;
    }
    case T::Negate: {
        out = evaluate(e.args.front(), claim, reading);
        out.value = negate(out.value);
        return out;
    }
    case T::Add:
    case T::Subtract:
    case T::Multiply:
    case T::Divide:
    case T::Change: {
        const Eval a = evaluate(e.args.at(0), claim, reading);
        const Eval b = evaluate(e.args.at(1), claim, reading);
        out.ok = a.ok && b.ok;
        out.zero = a.zero || b.zero;
        if (e.type == T::Add) {
            out.value = add(a.value, b.value);
            out.unit = combine(a.unit, b.unit);
        } else if (e.type == T::Subtract) {
            out.value = add(a.value, negate(b.value));
            out.unit = combine(a.unit, b.unit);
        } else if (e.type == T::Multiply) {
            out.value = multiply(a.value, b.value);
            out.unit = a.unit == TestSide::Unit::None   ? b.unit
                       : b.unit == TestSide::Unit::None ? a.unit
                                                        : TestSide::Unit::Mixed;
        } else {
            bool zero = false;
            out.value = divide(a.value, b.value, &zero);
            if (out.ok && zero) {
                out.ok = false;
                out.zero = true;
            }
            if (e.type == T::Change)
                out.value = add(out.value, Interval::exact(-1));
            out.unit = (e.type == T::Divide && b.unit == TestSide::Unit::None)
                           ? a.unit
                           : TestSide::Unit::Ratio;
        }
        return out;
    }
    }
    return out;
}

TestResult ClaimChecker::runTest(const ClaimTest& test, const Claim& claim,
                                 ReadingResult* reading) const
{
    TestResult t;
    t.op = test.op;
    auto side = [&](const ClaimExpression& e, TestSide* s) {
        const Eval ev = evaluate(e, claim, reading);
        s->value = ev.value;
        s->unit = ev.unit;
        s->type = e.type;
        s->literal = e.type == ClaimExpression::Type::Number;
        s->percent = e.percent;
        s->tolerance = e.tolerance;
        s->literalText = e.literal;
        s->periodItems = e.periodItems;
        s->count = int(e.refs.size());
        if (e.type == ClaimExpression::Type::Value)
            s->period = e.refs.first().period;
        else if (e.type == ClaimExpression::Type::Min || e.type == ClaimExpression::Type::Max)
            s->period = ev.extremePeriod;
        return ev;
    };
    const Eval a = side(test.lhs, &t.lhs);
    const Eval b = side(test.rhs, &t.rhs);
    t.percentDisplay = t.rhs.percent || t.lhs.percent;
    if (!a.ok || !b.ok) {
        if ((a.zero || b.zero) && reading->reason == ReadingResult::Reason::None)
            reading->reason = ReadingResult::Reason::ZeroDivisor;
        t.verdict = ClaimVerdict::CannotCheck;
        return t;
    }
    const Interval& l = a.value;
    Interval r = b.value;
    if (test.op == ClaimTest::Op::Equal && t.rhs.literal)
        r = {r.lo - t.rhs.tolerance, r.hi + t.rhs.tolerance};
    // true / false / undecided, from the bounds.
    int truth = 0;
    switch (test.op) {
    case ClaimTest::Op::Equal:
        if (notAbove(r.lo, l.lo) && notAbove(l.hi, r.hi))
            truth = 1;
        else if (below(l.hi, r.lo) || below(r.hi, l.lo))
            truth = -1;
        break;
    case ClaimTest::Op::Less:
        truth = below(l.hi, r.lo) ? 1 : notAbove(r.hi, l.lo) ? -1 : 0;
        break;
    case ClaimTest::Op::LessEqual:
        truth = notAbove(l.hi, r.lo) ? 1 : below(r.hi, l.lo) ? -1 : 0;
        break;
    case ClaimTest::Op::Greater:
        truth = below(r.hi, l.lo) ? 1 : notAbove(l.hi, r.lo) ? -1 : 0;
        break;
    case ClaimTest::Op::GreaterEqual:
        truth = notAbove(r.hi, l.lo) ? 1 : below(l.hi, r.lo) ? -1 : 0;
        break;
    }
    t.decided = truth != 0;
    t.verdict = truth > 0   ? ClaimVerdict::Holds
                : truth < 0 ? ClaimVerdict::Differs
                            : ClaimVerdict::CannotCheck;
    return t;
}

ClaimResult ClaimChecker::check(const Claim& claim) const
{
    ClaimResult result;
    result.claim = claim;
    ClaimCheck parsed;
    if (!ClaimParser::parse(claim.check, &parsed, &result.error,
                            &m_catalog.snapshot().vocabulary)) {
        result.verdict = ClaimVerdict::CannotCheck;
        return result;
    }
    for (const ClaimReading& reading : std::as_const(parsed.readings)) {
        ReadingResult r;
        r.label = reading.label;
        bool anyDiffers = false, anyOpen = false, allBare = true;
        for (const ClaimTest& test : reading.tests) {
            const TestResult t = runTest(test, claim, &r);
            anyDiffers = anyDiffers || t.verdict == ClaimVerdict::Differs;
            anyOpen = anyOpen || t.verdict == ClaimVerdict::CannotCheck;
            allBare = allBare && test.lhs.type == ClaimExpression::Type::Value &&
                      test.rhs.type == ClaimExpression::Type::Number;
            r.tests.append(t);
        }
        r.ownFiguresOnly = !r.figures.isEmpty();
        for (const FigureUse& f : std::as_const(r.figures))
            r.ownFiguresOnly = r.ownFiguresOnly && f.ownSource;
        if (anyDiffers) {
            r.verdict = ClaimVerdict::Differs;
        } else if (anyOpen) {
            r.verdict = ClaimVerdict::CannotCheck;
            if (r.reason == ReadingResult::Reason::None)
                r.reason = ReadingResult::Reason::OnlyBounds;
        } else {
            r.verdict = ClaimVerdict::Holds;
        }
        if (!r.missing.isEmpty() && r.reason != ReadingResult::Reason::ZeroDivisor)
            r.reason = ReadingResult::Reason::MissingData;
        // A figure checked against itself proves nothing.
        if (allBare && r.ownFiguresOnly && r.missing.isEmpty()) {
            r.verdict = ClaimVerdict::CannotCheck;
            r.reason = ReadingResult::Reason::OwnSourceOnly;
        }
        result.readings.append(r);
    }
    result.verdict = result.readings.first().verdict;
    for (const ReadingResult& r : std::as_const(result.readings)) {
        if (r.verdict != result.verdict)
            result.verdict = ClaimVerdict::Mixed;
    }
    return result;
}

QList<ClaimResult> ClaimChecker::checkAll() const
{
    QList<ClaimResult> out;
    for (const Claim& c : m_catalog.snapshot().claims)
        out.append(check(c));
    out += contradictedCumulatives();
    return out;
}

QList<Claim> ClaimChecker::cumulativeChecks() const
{
    // The plotted arrivals per period, by code.
    QHash<QString, const Observation*> totals;
    QList<const Observation*> cumulatives;
    for (const Observation& o : m_catalog.snapshot().observations) {
        if (o.dataset != Term::Dataset::Arrivals || o.region != QLatin1String("KR"))
            continue;
        if (o.series == QLatin1String("total") && o.plotted)
            totals.insert(o.period.code(), &o);
        else if (o.series == QLatin1String("cumulative") && o.period.kind() == Period::Kind::UpTo &&
                 o.status != Term::Status::Superseded && o.status != Term::Status::Erratum)
            cumulatives.append(&o);
    }

    // Checkpoints: dates where the running sum of the plotted figures is known, as check
    // expressions. Up to 1998 (MOU's grouped column), then every year while none is missing,
    // and within the next year its quarters (or first half) while none is missing.
    struct Checkpoint
    {
        QDate date;
        QString expression;
        const Observation* figure = nullptr; ///< a stated cumulative figure, else a running sum
    };
    QList<Checkpoint> points;
    if (totals.contains(QStringLiteral("../1998"))) {
        const QString base = QStringLiteral("sum(arrivals,total,KR,../1998");
        points.append({QDate(1998, 12, 31), base + QLatin1Char(')'), nullptr});
        int year = 1998;
        while (totals.contains(QString::number(year + 1)))
            ++year;
        // Every complete year, and within each year (and the next) its quarters or its first
        // half while none is missing.
        for (int y = 1999; y <= year + 1; ++y) {
            const QString before = y > 1999 ? QStringLiteral(",1999..%1").arg(y - 1) : QString();
            QStringList parts;
            for (int q = 1; q <= (y <= year ? 3 : 4); ++q) {
                const QString code = QStringLiteral("%1-Q%2").arg(y).arg(q);
                if (!totals.contains(code))
                    break;
                parts << code;
                points.append({QDate(y, q * 3, 1).addMonths(1).addDays(-1),
                               base + before + QLatin1Char(',') + parts.join(QLatin1Char(',')) +
                                   QLatin1Char(')'),
                               nullptr});
            }
            if (parts.size() < 2 && totals.contains(QStringLiteral("%1-H1").arg(y)))
                points.append(
                    {QDate(y, 6, 30), base + before + QStringLiteral(",%1-H1)").arg(y), nullptr});
            if (y <= year)
                points.append(
                    {QDate(y, 12, 31), base + QStringLiteral(",1999..%1)").arg(y), nullptr});
        }
    }
    for (const Observation* c : std::as_const(cumulatives)) {
        // Only exact figures with a stated date serve as neighbours; v() takes another
        // source's figure where one reports the same quantity.
        if (c->isExact() && !c->period.isInferred())
            points.append({c->period.end(),
                           QStringLiteral("v(arrivals,cumulative,KR,%1)").arg(c->period.code()),
                           c});
    }

    QList<Claim> out;
    for (const Observation* o : std::as_const(cumulatives)) {
        const QDate when = o->period.end();
        const Checkpoint* before = nullptr;
        const Checkpoint* after = nullptr;
        for (const Checkpoint& p : std::as_const(points)) {
            if (p.figure == o)
                continue; // not against itself
            // At equal dates a running sum (listed first) is preferred.
            if (p.date <= when && (!before || p.date > before->date))
                before = &p;
            if (p.date >= when && (!after || p.date < after->date))
                after = &p;
        }
        const qint64 v = o->value;
        QStringList tests;
        if (o->qualifier == Term::Qualifier::Almost) {
            if (before)
                tests << QStringLiteral("%1 < %2").arg(before->expression).arg(v);
        } else if (o->qualifier == Term::Qualifier::Over ||
                   o->qualifier == Term::Qualifier::AtLeast) {
            if (after)
                tests << QStringLiteral("%1 %2 %3")
                             .arg(v)
                             .arg(o->qualifier == Term::Qualifier::Over ? QStringLiteral("<")
                                                                        : QStringLiteral("<="))
                             .arg(after->expression);
        } else {
            // "about V": stated to its last non-zero digit (Catalog::agrees).
            qint64 step = 0;
            if (o->qualifier == Term::Qualifier::About) {
                step = 1;
                while (v != 0 && v % (step * 10) == 0)
                    step *= 10;
            }
            if (before)
                tests << QStringLiteral("%1 <= %2").arg(before->expression).arg(v + step / 2);
            if (after)
                tests << QStringLiteral("%1 <= %2").arg(v - step / 2).arg(after->expression);
        }
        if (tests.isEmpty())
            continue;
        Claim c;
        QString slug = (o->period.code() + QLatin1Char('-') + o->sourceId).toLower();
        for (QChar& ch : slug) {
            if (!(ch.isLetterOrNumber() && ch.unicode() < 128))
                ch = QLatin1Char('-');
        }
        c.id = QStringLiteral("data-cumulative-") + slug;
        c.kind = QStringLiteral("total");
        c.sourceId = o->sourceId;
        c.locator = o->locator;
        const QString qualifierEn =
            o->isExact()                              ? QString()
            : o->qualifier == Term::Qualifier::Almost ? QStringLiteral("almost ")
            : o->qualifier == Term::Qualifier::About  ? QStringLiteral("about ")
                                                      : QStringLiteral("over ");
        const QString qualifierKo =
            o->isExact()                              ? QString()
            : o->qualifier == Term::Qualifier::Almost ? QStringLiteral(" 가까이")
            : o->qualifier == Term::Qualifier::About  ? QStringLiteral(" 내외")
                                                      : QStringLiteral(" 이상");
        const QString number = QLocale(QLocale::English).toString(v);
        c.textEn = QStringLiteral("Cumulative arrivals %1: %2%3, within the running sums of the "
                                  "arrivals around that date.")
                       .arg(o->period.label(QLocale(QLocale::English)), qualifierEn, number);
        c.textKo = QStringLiteral("누적 입국자 %1: %2명%3. 전후 시점의 입국자 누계 사이에 있어야 "
                                  "한다.")
                       .arg(o->period.label(QLocale(QLocale::Korean)), number, qualifierKo);
        c.check = tests.join(QStringLiteral(" & "));
        c.note = QStringLiteral("A data check of every cumulative figure, not a statement of the "
                                "source.");
        out.append(c);
    }
    return out;
}

QList<ClaimResult> ClaimChecker::contradictedCumulatives() const
{
    QList<ClaimResult> out;
    for (const Claim& c : cumulativeChecks()) {
        ClaimResult r = check(c);
        if (r.verdict == ClaimVerdict::Differs)
            out.append(r);
    }
    return out;
}
