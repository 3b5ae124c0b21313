// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {
bool isKorean(const QLocale& l)
{
    return l.language() == QLocale::Korean;
}
} // namespace

bool Period::parseSimple(const QString& s, QDate* start, QDate* end, Kind* kind)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression half(QStringLiteral("^(\\d{4})-H([12])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression fiscal(QStringLiteral("^FY(\\d{4})$"));

    auto plausibleYear = [](int y) { return y >= 1900 && y <= 2200; };
    QRegularExpressionMatch m;
    if ((m = year.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!plausibleYear(y))
            return false;
        *start = QDate(y, 1, 1);
        *end = QDate(y, 12, 31);
        *kind = Kind::Year;
    } else if ((m = quarter.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        const int q = m.captured(2).toInt();
        if (!plausibleYear(y))
            return false;
        *start = QDate(y, (q - 1) * 3 + 1, 1);
        *end = start->addMonths(3).addDays(-1);
        *kind = Kind::Quarter;
    } else if ((m = half.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        const int h = m.captured(2).toInt();
        if (!plausibleYear(y))
            return false;
        *start = QDate(y, h == 1 ? 1 : 7, 1);
        *end = start->addMonths(6).addDays(-1);
        *kind = Kind::HalfYear;
    } else if ((m = month.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        if (!plausibleYear(y) || mo < 1 || mo > 12)
            return false;
        *start = QDate(y, mo, 1);
        *end = start->addMonths(1).addDays(-1);
        *kind = Kind::Month;
    } else if ((m = day.match(s)).hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid() || !plausibleYear(d.year()))
            return false;
        *start = *end = d;
        *kind = Kind::Day;
    } else if ((m = fiscal.match(s)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!plausibleYear(y))
            return false;
        *start = QDate(y - 1, 10, 1);
        *end = QDate(y, 9, 30);
        *kind = Kind::FiscalYear;
    } else {
        return false;
    }
    return true;
}

Period Period::parse(const QString& codeIn)
{
    const QString full = codeIn.trimmed();
    if (full == QLatin1String("?")) {
        Period p;
        p.m_kind = p.m_unit = Kind::Unstated;
        p.m_code = full;
        return p;
    }
    // A leading '~': the date is inferred. It qualifies one dated code, once.
    const bool inferred = full.startsWith(QLatin1Char('~'));
    const QString code = inferred ? full.mid(1) : full;
    if (code.contains(QLatin1Char('~')) || code.contains(QLatin1Char('?')))
        return {};
    Period p;
    p.m_inferred = inferred;
    QDate s1, e1, s2, e2;
    Kind k1 = Kind::Invalid, k2 = Kind::Invalid;
    if (code.startsWith(QLatin1String(".."))) {
        const QString rest = code.mid(code.startsWith(QLatin1String("../")) ? 3 : 2);
        if (!parseSimple(rest, &s1, &e1, &k1) || k1 == Kind::FiscalYear)
            return {};
        p.m_kind = Kind::UpTo;
        p.m_unit = k1;
        p.m_end = e1;
    } else if (code.startsWith(QLatin1Char('@'))) {
        if (!parseSimple(code.mid(1), &s1, &e1, &k1) || k1 == Kind::FiscalYear)
            return {};
        p.m_kind = Kind::AsOf;
        p.m_unit = k1;
        p.m_start = s1;
        p.m_end = e1;
    } else if (code.contains(QLatin1Char('/'))) {
        const QStringList parts = code.split(QLatin1Char('/'));
        if (parts.size() != 2 || !parseSimple(parts[0], &s1, &e1, &k1) ||
            !parseSimple(parts[1], &s2, &e2, &k2) || s2 < s1)
            return {};
        p.m_kind = Kind::Span;
        p.m_unit = k1 == k2 ? k1 : Kind::Month;
        p.m_start = s1;
        p.m_end = e2;
    } else {
        if (!parseSimple(code, &s1, &e1, &k1))
            return {};
        p.m_kind = k1;
        p.m_unit = k1;
        p.m_start = s1;
        p.m_end = e1;
    }
    p.m_code = full;
    return p;
}

int Period::monthCount() const
{
    if (!m_start.isValid() || !m_end.isValid())
        return 0;
    return (m_end.year() - m_start.year()) * 12 + m_end.month() - m_start.month() + 1;
}

bool Period::isSingle() const
{
    return m_kind == Kind::Year || m_kind == Kind::Quarter || m_kind == Kind::Month ||
           m_kind == Kind::Day || m_kind == Kind::FiscalYear;
}

bool Period::operator<(const Period& o) const
{
    if (m_end != o.m_end)
        return m_end < o.m_end;
    if (m_start != o.m_start)
        return !m_start.isValid() || (o.m_start.isValid() && m_start < o.m_start);
    return m_code < o.m_code;
}

QString Period::simpleLabel(const QString& code, Kind kind, const QDate& start,
                            const QLocale& locale)
{
    const bool ko = isKorean(locale);
    switch (kind) {
    case Kind::Year:
        return ko ? QStringLiteral("%1년").arg(start.year()) : QString::number(start.year());
    case Kind::Quarter: {
        const int q = (start.month() - 1) / 3 + 1;
        return ko ? QStringLiteral("%1년 %2분기").arg(start.year()).arg(q)
                  : QStringLiteral("Q%1 %2").arg(q).arg(start.year());
    }
    case Kind::HalfYear: {
        const bool first = start.month() == 1;
        return ko ? QStringLiteral("%1년 %2")
                        .arg(start.year())
                        .arg(first ? QStringLiteral("상반기") : QStringLiteral("하반기"))
                  : QStringLiteral("H%1 %2").arg(first ? 1 : 2).arg(start.year());
    }
    case Kind::Month:
        return ko ? QStringLiteral("%1년 %2월").arg(start.year()).arg(start.month())
                  : QLocale(QLocale::English).toString(start, QStringLiteral("MMM yyyy"));
    case Kind::Day:
        return ko ? QStringLiteral("%1년 %2월 %3일")
                        .arg(start.year())
                        .arg(start.month())
                        .arg(start.day())
                  : QLocale(QLocale::English).toString(start, QStringLiteral("d MMM yyyy"));
    case Kind::FiscalYear:
        return ko ? QStringLiteral("%1 회계연도").arg(start.year() + 1)
                  : QStringLiteral("FY%1").arg(start.year() + 1);
    default:
        return code;
    }
}

QString Period::label(const QLocale& locale) const
{
    const bool ko = isKorean(locale);
    if (!m_inferred)
        return plainLabel(locale);
    // The inferred date (the end) is marked "about" / "경".
    const QString code = m_code.mid(1);
    switch (m_kind) {
    case Kind::UpTo: {
        const QString end =
            parse(code.mid(code.startsWith(QLatin1String("../")) ? 3 : 2)).label(locale);
        return ko ? QStringLiteral("%1경까지").arg(end) : QStringLiteral("up to about %1").arg(end);
    }
    case Kind::AsOf: {
        const QString at = parse(code.mid(1)).label(locale);
        return ko ? QStringLiteral("%1경까지").arg(at) : QStringLiteral("by about %1").arg(at);
    }
    case Kind::Span: {
        const QStringList parts = code.split(QLatin1Char('/'));
        const Period a = parse(parts[0]);
        const Period b = parse(parts[1]);
        if (ko)
            return a.kind() == Kind::Year && b.kind() == Kind::Year
                       ? QStringLiteral("%1~%2년경").arg(a.year()).arg(b.year())
                       : QStringLiteral("%1~%2경").arg(a.label(locale), b.label(locale));
        return QStringLiteral("%1 – about %2").arg(a.label(locale), b.label(locale));
    }
    default: {
        const QString plain = parse(code).label(locale);
        return ko ? QStringLiteral("%1경").arg(plain) : QStringLiteral("about %1").arg(plain);
    }
    }
}

QString Period::plainLabel(const QLocale& locale) const
{
    const bool ko = isKorean(locale);
    switch (m_kind) {
    case Kind::Invalid:
        return QString();
    case Kind::Unstated:
        return ko ? QStringLiteral("연도 미상") : QStringLiteral("year not stated");
    case Kind::UpTo: {
        const QString rest = m_code.mid(m_code.startsWith(QLatin1String("../")) ? 3 : 2);
        const QString end = parse(rest).label(locale);
        return ko ? QStringLiteral("%1까지").arg(end) : QStringLiteral("up to %1").arg(end);
    }
    case Kind::AsOf: {
        const QString at = parse(m_code.mid(1)).label(locale);
        return ko ? QStringLiteral("%1 기준").arg(at) : QStringLiteral("as of %1").arg(at);
    }
    case Kind::Span: {
        const QStringList parts = m_code.split(QLatin1Char('/'));
        Period a = parse(parts[0]);
        Period b = parse(parts[1]);
        if (a.kind() == Kind::Year && b.kind() == Kind::Year)
            return ko ? QStringLiteral("%1~%2년").arg(a.year()).arg(b.year())
                      : QStringLiteral("%1–%2").arg(a.year()).arg(b.year());
        if (a.kind() == Kind::Month && b.kind() == Kind::Month && a.year() == b.year()) {
            if (ko)
                return QStringLiteral("%1년 %2~%3월")
                    .arg(a.year())
                    .arg(a.start().month())
                    .arg(b.start().month());
            const QLocale en(QLocale::English);
            return QStringLiteral("%1–%2 %3")
                .arg(en.toString(a.start(), QStringLiteral("MMM")),
                     en.toString(b.start(), QStringLiteral("MMM")))
                .arg(a.year());
        }
        return (ko ? QStringLiteral("%1~%2") : QStringLiteral("%1 – %2"))
            .arg(a.label(locale), b.label(locale));
    }
    default:
        return simpleLabel(m_code, m_kind, m_start, locale);
    }
}
