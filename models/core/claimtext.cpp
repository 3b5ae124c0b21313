// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimChecker's texts: verdicts, kinds, readings, figures and the explanation of each result,
// in the current language at call time (the evaluation is in claimchecker.cpp).
#include "core/claimchecker.h"

#include "core/catalog.h"
#include "core/claimnumbers.h"
#include "core/formatter.h"

#include <QLocale>

#include <cmath>

using ClaimNumbers::below;

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
             Period::parse(ref.period).label(m_catalog.locale()));
}

QString ClaimChecker::figureText(const FigureUse& f) const
{
    const Formatter fmt(m_catalog.locale());
    const Source s = m_catalog.source(f.sourceId);
    const Language language = m_catalog.language();
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
        const Formatter fmt(m_catalog.locale());
        return fmt.value(qint64(std::llround(v)),
                         unit == TestSide::Unit::Usd ? Term::Unit::Usd : Term::Unit::Persons);
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
