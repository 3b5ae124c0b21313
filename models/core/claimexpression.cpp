// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/claimexpression.h"

#include "core/period.h"
#include "core/vocabulary.h"

#include <QRegularExpression>

#include <cmath>

namespace {

/// Thrown inside the parser only; parse() turns it into the error string.
struct ParseError
{
    int position;
    QString message;
};

class Parser
{
public:
    Parser(const QString& text, const Vocabulary* vocabulary)
        : m_text(text)
        , m_vocabulary(vocabulary)
    {}

    ClaimCheck parseCheck()
    {
        ClaimCheck check;
        skipSpace();
        if (atEnd())
            fail(ClaimParser::tr("the check is empty"));
        while (true) {
            check.readings.append(parseReading());
            skipSpace();
            if (atEnd())
                break;
            if (!accept(QLatin1Char('|')))
                fail(ClaimParser::tr("expected '&', '|' or the end of the check"));
        }
        if (check.readings.size() > 1) {
            QStringList seen;
            for (const ClaimReading& r : std::as_const(check.readings)) {
                if (r.label.isEmpty())
                    fail(0, ClaimParser::tr("a check with several readings needs a label on each "
                                            "(e.g. \"mom: …\")"));
                if (seen.contains(r.label))
                    fail(0, ClaimParser::tr("the reading \"%1\" appears twice").arg(r.label));
                seen << r.label;
            }
        }
        return check;
    }

private:
    [[noreturn]] void fail(const QString& message) { throw ParseError{m_pos, message}; }
    [[noreturn]] void fail(int position, const QString& message)
    {
        throw ParseError{position, message};
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool accept(QChar c)
    {
        skipSpace();
        if (peek() == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool accept(const QString& s)
    {
        skipSpace();
        if (QStringView(m_text).mid(m_pos).startsWith(s)) {
            m_pos += int(s.size());
            return true;
        }
        return false;
    }
    void expect(QChar c, const QString& what)
    {
        if (!accept(c))
            fail(ClaimParser::tr("expected '%1' %2").arg(c).arg(what));
    }

    ClaimReading parseReading()
    {
        ClaimReading reading;
        skipSpace();
        static const QRegularExpression label(
            QStringLiteral("((?:to|vs):[0-9A-Za-z./@-]+|[a-z][a-z-]*)\\s*:"));
        const QRegularExpressionMatch m =
            label.match(m_text, m_pos, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            const QString l = m.captured(1);
            if (l.startsWith(QLatin1String("to:")) || l.startsWith(QLatin1String("vs:"))) {
                if (!Period::parse(l.mid(3)).isValid())
                    fail(ClaimParser::tr("\"%1\" in the reading label \"%2\" is not a period")
                             .arg(l.mid(3), l));
            } else if (!ClaimParser::readingLabels().contains(l)) {
                fail(ClaimParser::tr("unknown reading label \"%1\" (expected %2, to:PERIOD or "
                                     "vs:PERIOD)")
                         .arg(l, ClaimParser::readingLabels().join(QStringLiteral(", "))));
            }
            reading.label = l;
            m_pos = int(m.capturedEnd(0));
        }
        while (true) {
            reading.tests.push_back(parseTest());
            if (!accept(QLatin1Char('&')))
                break;
        }
        return reading;
    }

    ClaimTest parseTest()
    {
        ClaimTest test;
        test.lhs = parseExpression();
        skipSpace();
        if (accept(QStringLiteral("<=")))
            test.op = ClaimTest::Op::LessEqual;
        else if (accept(QStringLiteral(">=")))
            test.op = ClaimTest::Op::GreaterEqual;
        else if (accept(QLatin1Char('<')))
            test.op = ClaimTest::Op::Less;
        else if (accept(QLatin1Char('>')))
            test.op = ClaimTest::Op::Greater;
        else if (accept(QLatin1Char('=')))
            test.op = ClaimTest::Op::Equal;
        else
            fail(ClaimParser::tr("expected '=', '<', '<=', '>' or '>=' after the expression"));
        const int rhsPos = m_pos;
        test.rhs = parseExpression();
        // A tolerance says how the stated number was rounded: only the stated number has one.
        const bool rhsTolerance =
            test.rhs.type == ClaimExpression::Type::Number && test.rhs.explicitTolerance;
        if (hasTolerance(test.lhs) || (!rhsTolerance && hasTolerance(test.rhs)))
            fail(rhsPos, ClaimParser::tr("a tolerance (±) belongs only to the stated number on the "
                                         "right of a test"));
        if (rhsTolerance && test.op != ClaimTest::Op::Equal)
            fail(rhsPos, ClaimParser::tr("a tolerance (±) is only meaningful with '='"));
        return test;
    }

    static bool hasTolerance(const ClaimExpression& e)
    {
        if (e.type == ClaimExpression::Type::Number)
            return e.explicitTolerance;
        for (const ClaimExpression& a : e.args) {
            if (hasTolerance(a))
                return true;
        }
        return false;
    }

    ClaimExpression parseExpression()
    {
        ClaimExpression left = parseTerm();
        while (true) {
            skipSpace();
            // "+-" starts a tolerance only right after a number (handled there).
            if (peek() == QLatin1Char('+')) {
                ++m_pos;
                left = binary(ClaimExpression::Type::Add, std::move(left), parseTerm());
            } else if (peek() == QLatin1Char('-')) {
                ++m_pos;
                left = binary(ClaimExpression::Type::Subtract, std::move(left), parseTerm());
            } else {
                return left;
            }
        }
    }

    ClaimExpression parseTerm()
    {
        ClaimExpression left = parseUnary();
        while (true) {
            skipSpace();
            if (peek() == QLatin1Char('*')) {
                ++m_pos;
                left = binary(ClaimExpression::Type::Multiply, std::move(left), parseUnary());
            } else if (peek() == QLatin1Char('/')) {
                ++m_pos;
                left = binary(ClaimExpression::Type::Divide, std::move(left), parseUnary());
            } else {
                return left;
            }
        }
    }

    static ClaimExpression binary(ClaimExpression::Type type, ClaimExpression a, ClaimExpression b)
    {
        ClaimExpression e;
        e.type = type;
        e.args.push_back(std::move(a));
        e.args.push_back(std::move(b));
        return e;
    }

    ClaimExpression parseUnary()
    {
        skipSpace();
        if (peek() == QLatin1Char('-') || peek() == QChar(0x2212)) {
            ++m_pos;
            skipSpace();
            if (peek().isDigit()) {
                ClaimExpression n = parseNumber();
                n.number = -n.number;
                n.literal.prepend(QLatin1Char('-'));
                return n;
            }
            ClaimExpression e;
            e.type = ClaimExpression::Type::Negate;
            e.args.push_back(parseUnary());
            return e;
        }
        return parsePrimary();
    }

    ClaimExpression parsePrimary()
    {
        skipSpace();
        if (atEnd())
            fail(ClaimParser::tr("the check ends where an expression should start"));
        if (peek() == QLatin1Char('(')) {
            ++m_pos;
            ClaimExpression e = parseExpression();
            expect(QLatin1Char(')'), ClaimParser::tr("to close the parenthesis"));
            return e;
        }
        if (peek().isDigit())
            return parseNumber();
        const int start = m_pos;
        while (!atEnd() && (peek().isLetter() || peek() == QLatin1Char('_')))
            ++m_pos;
        const QString name = m_text.mid(start, m_pos - start);
        if (name.isEmpty())
            fail(ClaimParser::tr("unexpected \"%1\"").arg(peek()));
        skipSpace();
        if (peek() != QLatin1Char('('))
            fail(start, ClaimParser::tr("unknown word \"%1\" (expected a number or one of v, sum, "
                                        "min, max, change, part followed by '(')")
                            .arg(name));
        ++m_pos;
        ClaimExpression e;
        if (name == QLatin1String("v")) {
            e.type = ClaimExpression::Type::Value;
            parseRefs(&e, false);
        } else if (name == QLatin1String("sum") || name == QLatin1String("min") ||
                   name == QLatin1String("max")) {
            e.type = name == QLatin1String("sum")   ? ClaimExpression::Type::Sum
                     : name == QLatin1String("min") ? ClaimExpression::Type::Min
                                                    : ClaimExpression::Type::Max;
            parseRefs(&e, true);
        } else if (name == QLatin1String("change")) {
            e.type = ClaimExpression::Type::Change;
            e.args.push_back(parseExpression());
            expect(QLatin1Char(','), ClaimParser::tr("between the two arguments of change()"));
            e.args.push_back(parseExpression());
            expect(QLatin1Char(')'), ClaimParser::tr("after the second argument of change()"));
        } else if (name == QLatin1String("part")) {
            e.type = ClaimExpression::Type::Part;
            e.args.push_back(parseExpression());
            expect(QLatin1Char(')'), ClaimParser::tr("after the argument of part()"));
        } else {
            fail(start, ClaimParser::tr("unknown function \"%1\" (expected v, sum, min, max, "
                                        "change or part)")
                            .arg(name));
        }
        return e;
    }

    ClaimExpression parseNumber()
    {
        ClaimExpression e;
        e.type = ClaimExpression::Type::Number;
        const int start = m_pos;
        int decimals = 0;
        const QString mantissa = readDecimal(&decimals);
        bool ok = false;
        e.number = mantissa.toDouble(&ok);
        if (!ok)
            fail(start, ClaimParser::tr("\"%1\" is not a number").arg(mantissa));
        e.literal = mantissa;
        double unit = std::pow(10.0, -decimals);
        if (peek() == QLatin1Char('%')) {
            ++m_pos;
            e.percent = true;
            e.number /= 100.0;
            unit /= 100.0;
            e.literal += QLatin1Char('%');
        }
        e.tolerance = unit / 2.0;
        skipSpace();
        const bool plusMinus = peek() == QChar(0x00B1) ||
                               QStringView(m_text).mid(m_pos).startsWith(QLatin1String("+-"));
        if (plusMinus) {
            m_pos += peek() == QChar(0x00B1) ? 1 : 2;
            skipSpace();
            const int tolStart = m_pos;
            int tolDecimals = 0;
            const QString tol = readDecimal(&tolDecimals);
            bool tolOk = false;
            double t = tol.toDouble(&tolOk);
            if (!tolOk)
                fail(tolStart, ClaimParser::tr("expected a number after ±"));
            if (peek() == QLatin1Char('%')) {
                ++m_pos;
                t /= 100.0;
            } else if (e.percent) {
                fail(ClaimParser::tr("the tolerance of a percentage must be written in % too"));
            }
            e.tolerance = t;
            e.explicitTolerance = true;
        }
        return e;
    }

    QString readDecimal(int* decimals)
    {
        const int start = m_pos;
        while (!atEnd() && peek().isDigit())
            ++m_pos;
        *decimals = 0;
        if (peek() == QLatin1Char('.') && m_pos + 1 < m_text.size() &&
            m_text.at(m_pos + 1).isDigit()) {
            ++m_pos;
            const int fraction = m_pos;
            while (!atEnd() && peek().isDigit())
                ++m_pos;
            *decimals = m_pos - fraction;
        }
        if (m_pos == start)
            fail(ClaimParser::tr("expected a number"));
        return m_text.mid(start, m_pos - start);
    }

    /// Reads "name" up to ',' or ')'.
    QString readField(const QString& what)
    {
        skipSpace();
        const int start = m_pos;
        while (!atEnd() && peek() != QLatin1Char(',') && peek() != QLatin1Char(')'))
            ++m_pos;
        const QString f = m_text.mid(start, m_pos - start).trimmed();
        if (f.isEmpty())
            fail(start, ClaimParser::tr("expected %1").arg(what));
        return f;
    }

    void parseRefs(ClaimExpression* e, bool many)
    {
        const int datasetPos = m_pos;
        const QString dataset = readField(ClaimParser::tr("a dataset"));
        expect(QLatin1Char(','), ClaimParser::tr("after the dataset"));
        const int seriesPos = m_pos;
        const QString series = readField(ClaimParser::tr("a series"));
        expect(QLatin1Char(','), ClaimParser::tr("after the series"));
        const int regionPos = m_pos;
        const QString region = readField(ClaimParser::tr("a region"));
        expect(QLatin1Char(','), ClaimParser::tr("after the region"));
        if (!Vocabulary::datasets().contains(dataset))
            fail(datasetPos, ClaimParser::tr("unknown dataset \"%1\" (expected %2)")
                                 .arg(dataset, Vocabulary::datasets().join(QStringLiteral(", "))));
        if (m_vocabulary) {
            if (!m_vocabulary->hasSeries(dataset, series))
                fail(seriesPos,
                     ClaimParser::tr("unknown series \"%1\" of %2").arg(series, dataset));
            if (!m_vocabulary->regionNames.contains(region))
                fail(regionPos, ClaimParser::tr("unknown region \"%1\"").arg(region));
        }
        while (true) {
            const int itemPos = m_pos;
            const QString item = readField(ClaimParser::tr("a period"));
            e->periodItems << item;
            // "../1998" is a period (everything up to 1998); "1999..2020" is a range of periods.
            // "~../2018-06" is a cumulative whose date is inferred (see Period), not a range.
            const int dots =
                item.indexOf(QLatin1String(".."), item.startsWith(QLatin1Char('~')) ? 2 : 1);
            if (dots > 0) {
                const QString from = item.left(dots);
                const QString to = item.mid(dots + 2);
                const Period a = Period::parse(from);
                const Period b = Period::parse(to);
                if (!a.isValid() || !b.isValid())
                    fail(itemPos, ClaimParser::tr("\"%1\" is not a range of periods").arg(item));
                if (a.kind() != b.kind())
                    fail(itemPos,
                         ClaimParser::tr("the ends of \"%1\" are not the same kind of period "
                                         "(years, quarters, months or fiscal years)")
                             .arg(item));
                const QStringList codes = ClaimParser::expandRange(from, to);
                if (codes.isEmpty())
                    fail(itemPos, ClaimParser::tr("\"%1\" runs backwards or cannot be expanded "
                                                  "(years, quarters, months or fiscal years only)")
                                      .arg(item));
                for (const QString& c : codes)
                    e->refs.append({dataset, series, region, c});
            } else {
                const Period p = Period::parse(item);
                if (!p.isValid())
                    fail(itemPos, ClaimParser::tr("\"%1\" is not a period").arg(item));
                e->refs.append({dataset, series, region, p.code()});
            }
            skipSpace();
            if (accept(QLatin1Char(')')))
                break;
            if (!many)
                fail(
                    ClaimParser::tr("v() takes one period; use sum(), min() or max() for several"));
            expect(QLatin1Char(','), ClaimParser::tr("between periods"));
        }
    }

    const QString& m_text;
    const Vocabulary* m_vocabulary;
    int m_pos = 0;
};

} // namespace

const QStringList& ClaimParser::readingLabels()
{
    static const QStringList labels = {
        QStringLiteral("mom"),       QStringLiteral("yoy"),           QStringLiteral("singles"),
        QStringLiteral("grouped"),   QStringLiteral("overall"),       QStringLiteral("every-year"),
        QStringLiteral("full-year"), QStringLiteral("first-quarter"),
    };
    return labels;
}

bool ClaimParser::parse(const QString& text, ClaimCheck* out, QString* error,
                        const Vocabulary* vocabulary)
{
    try {
        Parser p(text, vocabulary);
        *out = p.parseCheck();
        return true;
    } catch (const ParseError& e) {
        if (error)
            *error = tr("column %1 of the check: %2").arg(e.position + 1).arg(e.message);
        return false;
    }
}

QStringList ClaimParser::expandRange(const QString& from, const QString& to)
{
    const Period a = Period::parse(from);
    const Period b = Period::parse(to);
    QStringList out;
    if (!a.isValid() || !b.isValid() || a.kind() != b.kind() || b.end() < a.end())
        return out;
    switch (a.kind()) {
    case Period::Kind::Year:
        for (int y = a.year(); y <= b.year(); ++y)
            out << QString::number(y);
        break;
    case Period::Kind::FiscalYear:
        for (int y = a.year(); y <= b.year(); ++y)
            out << QStringLiteral("FY%1").arg(y);
        break;
    case Period::Kind::Quarter:
        for (QDate d = a.start(); d <= b.start(); d = d.addMonths(3))
            out << QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
        break;
    case Period::Kind::Month:
        for (QDate d = a.start(); d <= b.start(); d = d.addMonths(1))
            out << QStringLiteral("%1-%2").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0'));
        break;
    default:
        break;
    }
    return out;
}
