// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formatter.h"

#include "core/records.h"

#include <QDate>

#include <cmath>

Formatter::Formatter(const QLocale& locale)
    : m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QString Formatter::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString Formatter::value(qint64 v, Term::Unit unit, Term::Qualifier qualifier) const
{
    const QString n = number(v);
    QString text;
    if (unit == Term::Unit::Usd)
        text = isKorean() ? tr("%1 dollars").arg(n) : QStringLiteral("$") + n;
    else if (unit == Term::Unit::Percent)
        text = n + QLatin1Char('%');
    else
        text = v == 1 ? tr("%1 person").arg(n) : tr("%1 people").arg(n);
    return qualified(text, qualifier);
}

QString Formatter::value(const Observation& o) const
{
    return o.isRange() ? range(o.value, o.valueTo, o.unit, o.qualifier)
                       : value(o.value, o.unit, o.qualifier);
}

QString Formatter::large(qint64 v) const
{
    // The magnitude words belong to the language's number format, as the digits do: Korean
    // groups by 만 (10^4) and 억 (10^8), English by million and billion. Like dates, they come
    // from the locale, never from a translation (a translated "%1 million" could only read
    // "%1백만").
    const qint64 magnitude = v < 0 ? -v : v;
    if (isKorean()) {
        if (magnitude < 10000 || magnitude % 10000 != 0)
            return number(v);
        const qint64 eok = magnitude / 100000000;
        const qint64 man = magnitude % 100000000 / 10000;
        QString text = v < 0 ? QStringLiteral("-") : QString();
        if (eok > 0)
            text += number(eok) + QStringLiteral("억");
        if (man > 0)
            text +=
                (eok > 0 ? QStringLiteral(" ") : QString()) + number(man) + QStringLiteral("만");
        return text;
    }
    if (magnitude >= 1000000000 && magnitude % 1000000000 == 0)
        return number(v / 1000000000) + QStringLiteral(" billion");
    if (magnitude >= 1000000 && magnitude % 1000000 == 0)
        return number(v / 1000000) + QStringLiteral(" million");
    return number(v);
}

QString Formatter::range(qint64 from, qint64 to, Term::Unit unit, Term::Qualifier qualifier) const
{
    QString text;
    // Both ends in 만 units when both are whole 만: "100만~200만 명", "1억~2억 달러".
    const bool man = from % 10000 == 0 && to % 10000 == 0 && from >= 10000;
    if (unit == Term::Unit::Percent) {
        text = isKorean() ? QStringLiteral("%1~%2%").arg(number(from), number(to))
                          : QStringLiteral("%1–%2%").arg(number(from), number(to));
    } else if (unit == Term::Unit::Usd) {
        if (isKorean() && man)
            text = QStringLiteral("%1~%2 달러").arg(large(from), large(to));
        else
            text = isKorean() ? tr("%1 dollars").arg(number(from) + QLatin1Char('~') + number(to))
                              : QStringLiteral("$%1–$%2").arg(number(from), number(to));
    } else if (isKorean() && man) {
        text = QStringLiteral("%1~%2 명").arg(large(from), large(to));
    } else if (isKorean()) {
        text = QStringLiteral("%1~%2명").arg(number(from), number(to));
    } else if (from % 1000000 == 0 && to % 1000000 == 0 && from > 0) {
        // English writes the magnitude once: "1–2 million people" (the locale's number format).
        text = QStringLiteral("%1–%2 million people")
                   .arg(number(from / 1000000), number(to / 1000000));
    } else {
        text = tr("%1 people").arg(number(from) + QStringLiteral("–") + number(to));
    }
    return qualified(text, qualifier);
}

QString Formatter::qualified(const QString& text, Term::Qualifier qualifier) const
{
    switch (qualifier) {
    case Term::Qualifier::About:
        return tr("about %1").arg(text);
    case Term::Qualifier::Over:
        return tr("over %1").arg(text);
    case Term::Qualifier::Almost:
        return tr("almost %1").arg(text);
    case Term::Qualifier::AtLeast:
        return tr("at least %1").arg(text);
    case Term::Qualifier::Exact:
        break;
    }
    return text;
}

QString Formatter::compact(double v, Term::Unit unit) const
{
    const bool usd = unit == Term::Unit::Usd;
    // Scaled with the given decimals; trailing zeros go only when nothing is lost (axis ticks:
    // "$400M", "4억"), so a rounded value keeps its visible precision ("$18.0M").
    auto scaled = [&](double scale, int decimals) {
        const double x = v / scale;
        const double factor = std::pow(10.0, decimals);
        if (std::abs(std::round(x) - x) < 1e-9)
            return m_locale.toString(x, 'f', 0);
        if (std::abs(std::round(x * factor) - x * factor) < 1e-6) {
            QString t = m_locale.toString(x, 'f', decimals);
            while (t.endsWith(QLatin1Char('0')))
                t.chop(1);
            return t;
        }
        return m_locale.toString(x, 'f', decimals);
    };
    QString n;
    if (isKorean()) {
        // Korean groups by 10^4 (만) and 10^8 (억).
        // As many significant digits as the English form keeps, or more.
        if (std::abs(v) >= 1e8)
            n = scaled(1e8, std::abs(v) >= 1e9 ? 2 : 3) + QStringLiteral("억");
        else if (std::abs(v) >= 1e6)
            n = scaled(1e4, 0) + QStringLiteral("만");
        else if (std::abs(v) >= 1e4)
            n = scaled(1e4, 1) + QStringLiteral("만");
        else
            n = m_locale.toString(v, 'f', 0);
        return usd ? n + QStringLiteral(" 달러") : n;
    }
    if (std::abs(v) >= 1e9)
        n = scaled(1e9, 2) + QLatin1Char('B');
    else if (std::abs(v) >= 1e6)
        n = scaled(1e6, 1) + QLatin1Char('M');
    else if (std::abs(v) >= 1e4 && usd)
        n = m_locale.toString(v / 1e3, 'f', 0) + QLatin1Char('K');
    else
        n = m_locale.toString(v, 'f', 0);
    return usd ? QStringLiteral("$") + n : n;
}

QString Formatter::status(Term::Status s) const
{
    switch (s) {
    case Term::Status::Final:
        return tr("final");
    case Term::Status::Provisional:
        return tr("provisional");
    case Term::Status::Superseded:
        return tr("superseded");
    case Term::Status::Estimate:
        return tr("estimate");
    case Term::Status::Derived:
        return tr("derived");
    case Term::Status::Erratum:
        return tr("erratum");
    }
    return Term::csvName(s);
}

QString Formatter::status(const QString& s) const
{
    const std::optional<Term::Status> term = Term::fromCsv<Term::Status>(s);
    return term ? status(*term) : s;
}

QString Formatter::sourceKind(Term::SourceKind k) const
{
    switch (k) {
    case Term::SourceKind::Article:
        return tr("article");
    case Term::SourceKind::Official:
        return tr("official statistics");
    case Term::SourceKind::Press:
        return tr("press report");
    case Term::SourceKind::Estimate:
        return tr("estimate");
    }
    return Term::csvName(k);
}

QString Formatter::sourceKind(const QString& k) const
{
    const std::optional<Term::SourceKind> term = Term::fromCsv<Term::SourceKind>(k);
    return term ? sourceKind(*term) : k;
}

QString Formatter::date(const QString& iso) const
{
    const QStringList p = iso.split(QLatin1Char('-'));
    if (p.size() == 3) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        if (d.isValid())
            return isKorean()
                       ? QStringLiteral("%1년 %2월 %3일").arg(d.year()).arg(d.month()).arg(d.day())
                       : QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
    }
    if (p.size() == 2) {
        const QDate d(p[0].toInt(), p[1].toInt(), 1);
        if (d.isValid())
            return isKorean() ? QStringLiteral("%1년 %2월").arg(d.year()).arg(d.month())
                              : QLocale(QLocale::English).toString(d, QStringLiteral("MMMM yyyy"));
    }
    if (p.size() == 1 && !iso.isEmpty())
        return isKorean() ? QStringLiteral("%1년").arg(iso) : iso;
    return iso;
}

QString Formatter::dateTime(const QDateTime& moment) const
{
    if (!moment.isValid())
        return QString();
    const QString time = moment.toString(QStringLiteral("HH:mm"));
    return QStringLiteral("%1 %2").arg(date(moment.date().toString(Qt::ISODate)) +
                                           (isKorean() ? QString() : QStringLiteral(",")),
                                       time);
}

QString Formatter::citation(const Source& s) const
{
    auto mark = [&](const QString& text, const QString& detail) {
        // An inferred detail says so first, rather than reading as a fact with a flag after it.
        return s.isUnconfirmed(detail) ? tr("inferred: %1").arg(text) : text;
    };
    QStringList parts;
    if (!s.author.isEmpty())
        parts << mark(s.author, QStringLiteral("author"));
    const Language language = this->language();
    QString title = isKorean() ? QStringLiteral("「%1」").arg(s.titleIn(language))
                               : QStringLiteral("\u201C%1\u201D").arg(s.titleEn);
    const QString gloss = s.titleGloss(language);
    if (!gloss.isEmpty())
        title += QStringLiteral(" (%1)").arg(gloss);
    parts << title;
    if (!s.outlet.isEmpty())
        parts << mark(s.outletIn(language), QStringLiteral("outlet"));
    if (!s.published.isEmpty())
        parts << mark(date(s.published), QStringLiteral("published"));
    else
        parts << tr("date unknown");
    QString text = parts.join(QStringLiteral(", "));
    if (!s.url.isEmpty())
        text += QStringLiteral(". ") + mark(s.url, QStringLiteral("url"));
    return text;
}
