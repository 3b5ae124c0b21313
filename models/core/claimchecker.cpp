// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/claimchecker.h"

#include "core/catalog.h"
#include "core/formatter.h"

#include <QLocale>

#include <cmath>

namespace {
constexpr double Infinity = std::numeric_limits<double>::infinity();

/// Rounding noise of doubles; an infinite bound has none.
double eps(double a, double b)
{
    const double fa = std::isfinite(a) ? std::abs(a) : 0.0;
    const double fb = std::isfinite(b) ? std::abs(b) : 0.0;
    return 1e-9 * std::max({1.0, fa, fb});
}
bool below(double a, double b)
{
    return a < b - eps(a, b);
} ///< a < b, clearly
bool notAbove(double a, double b)
{
    return a <= b + eps(a, b);
} ///< a ≤ b, within rounding noise

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

TestSide::Unit unitOf(const QString& unit)
{
    if (unit == QLatin1String("persons"))
        return TestSide::Unit::Persons;
    if (unit == QLatin1String("usd"))
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
        Observation probe;
        probe.dataset = ref.dataset;
        probe.series = ref.series;
        probe.region = ref.region;
        probe.period = Period::parse(ref.period);
        const QList<Observation> all = m_catalog.sameQuantity(probe);
        // The plotted figure first; but a claim is checked against another source where one
        // reports the same quantity, and against a current figure before a superseded one.
        // A data check (cumulativeChecks()) uses the plotted figures, whatever their source.
        const bool dataCheck = claim.id.startsWith(QLatin1String("data-"));
        const Observation* chosen = nullptr;
        for (const Observation& o : all) {
            if (!dataCheck || chosen)
                break;
            if (o.status != QLatin1String("erratum"))
                chosen = &o;
        }
        for (int pass = 0; pass < 3 && !chosen; ++pass) {
            for (const Observation& o : all) {
                if (o.status == QLatin1String("erratum"))
                    continue; // a misprint is never a figure to check against
                const bool other = o.sourceId != claim.sourceId;
                if ((pass == 0 && other && o.status != QLatin1String("superseded")) ||
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
        if (chosen->qualifier == QLatin1String("about"))
            reading->approximate = true;
        if (chosen->qualifier == QLatin1String("over") ||
            chosen->qualifier == QLatin1String("at_least"))
            return {v, Infinity};
        if (chosen->qualifier == QLatin1String("almost"))
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
    const QString arrivals = QStringLiteral("arrivals");
    // The plotted arrivals per period, by code.
    QHash<QString, const Observation*> totals;
    QList<const Observation*> cumulatives;
    for (const Observation& o : m_catalog.snapshot().observations) {
        if (o.dataset != arrivals || o.region != QLatin1String("KR"))
            continue;
        if (o.series == QLatin1String("total") && o.plotted)
            totals.insert(o.period.code(), &o);
        else if (o.series == QLatin1String("cumulative") && o.period.kind() == Period::Kind::UpTo &&
                 o.status != QLatin1String("superseded") && o.status != QLatin1String("erratum"))
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
        if (c->qualifier.isEmpty() && !c->period.isInferred())
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
        if (o->qualifier == QLatin1String("almost")) {
            if (before)
                tests << QStringLiteral("%1 < %2").arg(before->expression).arg(v);
        } else if (o->qualifier == QLatin1String("over") ||
                   o->qualifier == QLatin1String("at_least")) {
            if (after)
                tests << QStringLiteral("%1 %2 %3")
                             .arg(v)
                             .arg(o->qualifier == QLatin1String("over") ? QStringLiteral("<")
                                                                        : QStringLiteral("<="))
                             .arg(after->expression);
        } else {
            // "about V": stated to its last non-zero digit (Catalog::agrees).
            qint64 step = 0;
            if (o->qualifier == QLatin1String("about")) {
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
            o->qualifier.isEmpty()                    ? QString()
            : o->qualifier == QLatin1String("almost") ? QStringLiteral("almost ")
            : o->qualifier == QLatin1String("about")  ? QStringLiteral("about ")
                                                      : QStringLiteral("over ");
        const QString qualifierKo =
            o->qualifier.isEmpty()                    ? QString()
            : o->qualifier == QLatin1String("almost") ? QStringLiteral(" 가까이")
            : o->qualifier == QLatin1String("about")  ? QStringLiteral(" 내외")
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

QString ClaimChecker::verdictName(ClaimVerdict v)
{
    switch (v) {
    case ClaimVerdict::Holds:
        return tr("holds");
    case ClaimVerdict::Differs:
        return tr("differs");
    case ClaimVerdict::CannotCheck:
        return tr("cannot be checked");
    case ClaimVerdict::Mixed:
        return tr("depends on the reading");
    }
    return {};
}

QString ClaimChecker::verdictKey(ClaimVerdict v)
{
    switch (v) {
    case ClaimVerdict::Holds:
        return QStringLiteral("holds");
    case ClaimVerdict::Differs:
        return QStringLiteral("differs");
    case ClaimVerdict::CannotCheck:
        return QStringLiteral("cannot_check");
    case ClaimVerdict::Mixed:
        return QStringLiteral("depends");
    }
    return {};
}

QString ClaimChecker::kindName(const QString& kind)
{
    if (kind == QLatin1String("figure"))
        return tr("figure");
    if (kind == QLatin1String("total"))
        return tr("total");
    if (kind == QLatin1String("span"))
        return tr("span of years");
    if (kind == QLatin1String("ratio"))
        return tr("ratio");
    if (kind == QLatin1String("change"))
        return tr("change");
    if (kind == QLatin1String("count"))
        return tr("count");
    if (kind == QLatin1String("comparison"))
        return tr("comparison");
    if (kind == QLatin1String("rank"))
        return tr("ranking");
    if (kind == QLatin1String("bound"))
        return tr("threshold");
    return kind;
}

QString ClaimChecker::readingName(const QString& label)
{
    const QLocale locale;
    if (label.startsWith(QLatin1String("to:")))
        return tr("up to %1").arg(Period::parse(label.mid(3)).label(locale));
    if (label.startsWith(QLatin1String("vs:")))
        return tr("against %1").arg(Period::parse(label.mid(3)).label(locale));
    if (label == QLatin1String("mom"))
        return tr("from the previous month");
    if (label == QLatin1String("yoy"))
        return tr("from a year earlier");
    if (label == QLatin1String("singles"))
        return tr("as the sum of single years");
    if (label == QLatin1String("grouped"))
        return tr("as the grouped figure");
    if (label == QLatin1String("overall"))
        return tr("first year against last");
    if (label == QLatin1String("every-year"))
        return tr("year by year");
    if (label == QLatin1String("full-year"))
        return tr("for the full year");
    if (label == QLatin1String("first-quarter"))
        return tr("for the first quarter");
    return label;
}

QString ClaimChecker::quantityName(const QuantityRef& ref) const
{
    return tr("%1, %2, %3")
        .arg(m_catalog.seriesName(ref.dataset, ref.series), m_catalog.regionName(ref.region),
             Period::parse(ref.period).label(QLocale()));
}

QString ClaimChecker::figureText(const FigureUse& f) const
{
    const Formatter fmt;
    const Source s = m_catalog.source(f.sourceId);
    const Language language = languageOf(Catalog::korean());
    const QString source = s.outlet.isEmpty() ? s.titleIn(language) : s.outletIn(language);
    QString text = tr("%1: %2 (%3; %4)")
                       .arg(quantityName(f.ref), fmt.value(f.value, f.unit, f.qualifier),
                            fmt.status(f.status), source.isEmpty() ? f.sourceId : source);
    if (f.bound)
        text += QLatin1Char(' ') + tr("[used as an upper bound only]");
    if (f.ownSource)
        text += QLatin1Char(' ') + tr("[the claim's own source]");
    return text;
}

QString ClaimChecker::numberText(double v, TestSide::Unit unit, bool percent, bool sign) const
{
    const QLocale locale;
    if (percent) {
        const QString n = locale.toString(v * 100.0, 'f', 2) + QLatin1Char('%');
        return sign && v > 0 ? locale.positiveSign() + n : n;
    }
    const bool integral = std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15;
    if ((unit == TestSide::Unit::Persons || unit == TestSide::Unit::Usd) && integral) {
        const Formatter fmt;
        return fmt.value(qint64(std::llround(v)), unit == TestSide::Unit::Usd
                                                      ? QStringLiteral("usd")
                                                      : QStringLiteral("persons"));
    }
    if (integral)
        return locale.toString(qint64(std::llround(v)));
    return locale.toString(v, 'f', 2);
}

QString ClaimChecker::intervalText(const Interval& iv, TestSide::Unit unit, bool percent,
                                   bool sign) const
{
    if (iv.isExact())
        return numberText(iv.lo, unit, percent, sign);
    if (std::isinf(iv.lo) && std::isinf(iv.hi))
        return tr("an unknown value");
    if (std::isinf(iv.hi))
        return tr("at least %1").arg(numberText(iv.lo, unit, percent, sign));
    if (std::isinf(iv.lo))
        return tr("at most %1").arg(numberText(iv.hi, unit, percent, sign));
    return tr("between %1 and %2")
        .arg(numberText(iv.lo, unit, percent, sign), numberText(iv.hi, unit, percent, sign));
}

QString ClaimChecker::sideText(const TestSide& side, bool percent, bool withPeriod,
                               TestSide::Unit literalUnit) const
{
    using T = ClaimExpression::Type;
    const QLocale locale;
    if (side.literal) {
        // The stated number, with as many decimals as it was written with.
        const QString digits = side.literalText.section(QLatin1Char('%'), 0, 0);
        const int decimals =
            digits.contains(QLatin1Char('.')) ? int(digits.section(QLatin1Char('.'), 1).size()) : 0;
        if (side.percent)
            return locale.toString(side.value.lo * 100.0, 'f', decimals) + QLatin1Char('%');
        if (decimals > 0)
            return locale.toString(side.value.lo, 'f', decimals);
        return numberText(side.value.lo,
                          side.unit == TestSide::Unit::None ? literalUnit : side.unit, false);
    }
    const QString value =
        intervalText(side.value, side.unit, percent, side.type == ClaimExpression::Type::Change);
    auto range = [&]() {
        QStringList parts;
        for (const QString& item : side.periodItems) {
            const int dots = int(item.indexOf(QLatin1String(".."), 1));
            parts << (dots > 0
                          ? Period::parse(item.left(dots) + QLatin1Char('/') + item.mid(dots + 2))
                                .label(locale)
                          : Period::parse(item).label(locale));
        }
        return parts.join(QStringLiteral(", "));
    };
    switch (side.type) {
    case T::Value:
        return withPeriod ? tr("%1 (%2)").arg(value, Period::parse(side.period).label(locale))
                          : value;
    case T::Min:
        return tr("%1 (the lowest of %2, in %3)")
            .arg(value, range(), Period::parse(side.period).label(locale));
    case T::Max:
        return tr("%1 (the highest of %2, in %3)")
            .arg(value, range(), Period::parse(side.period).label(locale));
    case T::Sum:
        return tr("%1 (the sum of %n figures)", nullptr, side.count).arg(value);
    default:
        return value;
    }
}

QString ClaimChecker::testText(const TestResult& t) const
{
    const bool withPeriod = !t.rhs.literal;
    const QString l = sideText(t.lhs, t.percentDisplay, withPeriod, t.rhs.unit);
    const QString r = sideText(t.rhs, t.percentDisplay, withPeriod, t.lhs.unit);
    if (t.op == ClaimTest::Op::Equal && t.rhs.literal) {
        if (t.verdict == ClaimVerdict::Holds) {
            if (t.lhs.value.isExact() && !below(t.lhs.value.lo, t.rhs.value.lo) &&
                !below(t.rhs.value.lo, t.lhs.value.lo))
                return tr("%1 in the data, as stated").arg(l);
            return tr("%1, within the rounding of the stated %2").arg(l, r);
        }
        if (t.verdict == ClaimVerdict::Differs) {
            if (!t.lhs.value.isExact())
                return tr("%1, which rules out the stated %2").arg(l, r);
            return tr("%1 against the stated %2, off by %3").arg(l, r, testDifference(t));
        }
        return tr("%1 in the data, which neither confirms nor rules out the stated %2").arg(l, r);
    }
    const bool holds = t.verdict == ClaimVerdict::Holds;
    if (!t.decided)
        return tr("%1 against %2: the data do not decide").arg(l, r);
    switch (t.op) {
    case ClaimTest::Op::Equal:
        return holds ? tr("%1 equals %2").arg(l, r) : tr("%1 is not %2").arg(l, r);
    case ClaimTest::Op::Less:
        return holds ? tr("%1 is below %2").arg(l, r) : tr("%1 is not below %2").arg(l, r);
    case ClaimTest::Op::LessEqual:
        return holds ? tr("%1 is not above %2").arg(l, r) : tr("%1 is above %2").arg(l, r);
    case ClaimTest::Op::Greater:
        return holds ? tr("%1 is above %2").arg(l, r) : tr("%1 is not above %2").arg(l, r);
    case ClaimTest::Op::GreaterEqual:
        return holds ? tr("%1 is not below %2").arg(l, r) : tr("%1 is below %2").arg(l, r);
    }
    return {};
}

QString ClaimChecker::testDifference(const TestResult& t) const
{
    if (!t.lhs.value.isExact() || !t.rhs.value.isExact())
        return {};
    const double d = t.lhs.value.lo - t.rhs.value.lo;
    const QLocale locale;
    if (t.percentDisplay)
        return tr("%1 percentage points").arg(locale.toString(std::abs(d) * 100.0, 'f', 2));
    return numberText(std::abs(d), t.lhs.unit, false);
}

QString ClaimChecker::explain(const ReadingResult& r) const
{
    QStringList parts;
    switch (r.reason) {
    case ReadingResult::Reason::OwnSourceOnly:
        parts << tr("only the claim's own source reports this figure, so the data cannot confirm "
                    "it independently");
        break;
    case ReadingResult::Reason::MissingData: {
        QStringList names;
        for (const QuantityRef& q : r.missing)
            names << quantityName(q);
        parts << tr("not in the data: %1").arg(names.join(QStringLiteral("; ")));
        // The tests that could be run still say something.
        for (const TestResult& t : r.tests) {
            if (t.decided)
                parts << testText(t);
        }
        break;
    }
    case ReadingResult::Reason::ZeroDivisor:
        parts << tr("a figure it divides by is zero");
        break;
    case ReadingResult::Reason::None:
    case ReadingResult::Reason::OnlyBounds:
        for (const TestResult& t : r.tests)
            parts << testText(t);
        break;
    }
    QString text = verdictName(r.verdict) + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
    for (const FigureUse& f : r.figures) {
        if (f.bound) {
            text += QStringLiteral(". ") +
                    tr("The figure compared with is not published on its own; %1 is used as "
                       "its upper bound")
                        .arg(quantityName(f.ref));
            break;
        }
    }
    if (r.ownFiguresOnly && r.reason != ReadingResult::Reason::OwnSourceOnly &&
        r.verdict != ClaimVerdict::CannotCheck)
        text += QStringLiteral(". ") + tr("Arithmetic on the source's own figures");
    if (r.approximate)
        text += QStringLiteral(". ") + tr("Some figures used are approximate");
    return text + QLatin1Char('.');
}

QString ClaimChecker::explain(const ClaimResult& result) const
{
    if (!result.error.isEmpty())
        return tr("cannot be checked: the check is invalid (%1).").arg(result.error);
    QStringList lines;
    for (const ReadingResult& r : result.readings) {
        if (result.readings.size() > 1)
            lines << tr("%1 — %2").arg(readingName(r.label), explain(r));
        else
            lines << explain(r);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ClaimChecker::brief(const ReadingResult& r) const
{
    switch (r.reason) {
    case ReadingResult::Reason::OwnSourceOnly:
        return tr("only the claim's own source reports it");
    case ReadingResult::Reason::MissingData: {
        QStringList names;
        for (const QuantityRef& q : r.missing)
            names << quantityName(q);
        return tr("not in the data: %1").arg(names.join(QStringLiteral("; ")));
    }
    case ReadingResult::Reason::ZeroDivisor:
        return tr("a figure it divides by is zero");
    case ReadingResult::Reason::None:
    case ReadingResult::Reason::OnlyBounds:
        break;
    }
    if (r.tests.isEmpty())
        return {};
    // The test that decides the verdict: the first false one, else the first undecided one.
    const TestResult* t = &r.tests.first();
    for (const TestResult& test : r.tests) {
        if (test.verdict == ClaimVerdict::Differs) {
            t = &test;
            break;
        }
        if (test.verdict == ClaimVerdict::CannotCheck && t->verdict != ClaimVerdict::CannotCheck)
            t = &test;
    }
    const QLocale locale;
    auto side = [&](const TestSide& s, TestSide::Unit literalUnit) {
        if (s.literal)
            return sideText(s, t->percentDisplay, false, literalUnit);
        const QString value = intervalText(s.value, s.unit, t->percentDisplay,
                                           s.type == ClaimExpression::Type::Change);
        if (!s.period.isEmpty() && !t->rhs.literal)
            return tr("%1 (%2)").arg(value, Period::parse(s.period).label(locale));
        return value;
    };
    const QString l = side(t->lhs, t->rhs.unit);
    const QString rhs = side(t->rhs, t->lhs.unit);
    if (t->rhs.literal && t->op == ClaimTest::Op::Equal)
        return tr("%1 (stated %2)").arg(l, rhs);
    QString op;
    switch (t->op) {
    case ClaimTest::Op::Equal:
        op = QStringLiteral("=");
        break;
    case ClaimTest::Op::Less:
        op = QStringLiteral("<");
        break;
    case ClaimTest::Op::LessEqual:
        op = QStringLiteral("\u2264");
        break;
    case ClaimTest::Op::Greater:
        op = QStringLiteral(">");
        break;
    case ClaimTest::Op::GreaterEqual:
        op = QStringLiteral("\u2265");
        break;
    }
    // The relation as the data have it: "229 (2020) ≮ 148 (1999)" reads as the verdict says.
    if (t->verdict == ClaimVerdict::Differs)
        return tr("%1, not %2 %3").arg(l, op, rhs);
    return QStringLiteral("%1 %2 %3").arg(l, op, rhs);
}

QString ClaimChecker::brief(const ClaimResult& result) const
{
    if (!result.error.isEmpty())
        return tr("the check is invalid");
    QStringList lines;
    for (const ReadingResult& r : result.readings) {
        if (result.readings.size() > 1)
            lines << tr("%1: %2 — %3").arg(readingName(r.label), verdictName(r.verdict), brief(r));
        else
            lines << brief(r);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ClaimChecker::computedText(const ReadingResult& r) const
{
    if (r.tests.isEmpty() || r.reason == ReadingResult::Reason::MissingData)
        return {};
    const TestResult& t = r.tests.first();
    return intervalText(t.lhs.value, t.lhs.unit, t.percentDisplay,
                        t.lhs.type == ClaimExpression::Type::Change);
}

QString ClaimChecker::statedText(const ReadingResult& r) const
{
    if (r.tests.isEmpty() || !r.tests.first().rhs.literal)
        return {};
    return sideText(r.tests.first().rhs, r.tests.first().percentDisplay, false);
}

QString ClaimChecker::differenceText(const ReadingResult& r) const
{
    if (r.verdict != ClaimVerdict::Differs)
        return {};
    for (const TestResult& t : r.tests) {
        if (t.verdict == ClaimVerdict::Differs && t.rhs.literal)
            return testDifference(t);
    }
    return {};
}
