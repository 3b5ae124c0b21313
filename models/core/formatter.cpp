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

QString Formatter::value(qint64 v, const QString& unit, const QString& qualifier) const
{
    const QString n = number(v);
    QString text;
    if (unit == QLatin1String("usd"))
        text = korean() ? tr("%1 dollars").arg(n) : QStringLiteral("$") + n;
    else if (unit == QLatin1String("percent"))
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
    if (korean()) {
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

QString Formatter::range(qint64 from, qint64 to, const QString& unit,
                         const QString& qualifier) const
{
    QString text;
    // Both ends in 만 units when both are whole 만: "100만~200만 명", "1억~2억 달러".
    const bool man = from % 10000 == 0 && to % 10000 == 0 && from >= 10000;
    if (unit == QLatin1String("percent")) {
        text = korean() ? QStringLiteral("%1~%2%").arg(number(from), number(to))
                        : QStringLiteral("%1–%2%").arg(number(from), number(to));
    } else if (unit == QLatin1String("usd")) {
        if (korean() && man)
            text = QStringLiteral("%1~%2 달러").arg(large(from), large(to));
        else
            text = korean() ? tr("%1 dollars").arg(number(from) + QLatin1Char('~') + number(to))
                            : QStringLiteral("$%1–$%2").arg(number(from), number(to));
    } else if (korean() && man) {
        text = QStringLiteral("%1~%2 명").arg(large(from), large(to));
    } else if (korean()) {
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

QString Formatter::qualified(const QString& text, const QString& qualifier) const
{
    if (qualifier == QLatin1String("about"))
        return tr("about %1").arg(text);
    if (qualifier == QLatin1String("over"))
        return tr("over %1").arg(text);
    if (qualifier == QLatin1String("almost"))
        return tr("almost %1").arg(text);
    if (qualifier == QLatin1String("at_least"))
        return tr("at least %1").arg(text);
    return text;
}

QString Formatter::compact(double v, const QString& unit) const
{
    const bool usd = unit == QLatin1String("usd");
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
    if (korean()) {
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

QString Formatter::status(const QString& s) const
{
    if (s == QLatin1String("final"))
        return tr("final");
    if (s == QLatin1String("provisional"))
        return tr("provisional");
    if (s == QLatin1String("superseded"))
        return tr("superseded");
    if (s == QLatin1String("estimate"))
        return tr("estimate");
    if (s == QLatin1String("derived"))
        return tr("derived");
    if (s == QLatin1String("erratum"))
        return tr("erratum");
    return s;
}

QString Formatter::sourceKind(const QString& k) const
{
    if (k == QLatin1String("article"))
        return tr("article");
    if (k == QLatin1String("official"))
        return tr("official statistics");
    if (k == QLatin1String("press"))
        return tr("press report");
    if (k == QLatin1String("estimate"))
        return tr("estimate");
    return k;
}

QString Formatter::date(const QString& iso) const
{
    const QStringList p = iso.split(QLatin1Char('-'));
    if (p.size() == 3) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        if (d.isValid())
            return korean()
                       ? QStringLiteral("%1년 %2월 %3일").arg(d.year()).arg(d.month()).arg(d.day())
                       : QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
    }
    if (p.size() == 2) {
        const QDate d(p[0].toInt(), p[1].toInt(), 1);
        if (d.isValid())
            return korean() ? QStringLiteral("%1년 %2월").arg(d.year()).arg(d.month())
                            : QLocale(QLocale::English).toString(d, QStringLiteral("MMMM yyyy"));
    }
    if (p.size() == 1 && !iso.isEmpty())
        return korean() ? QStringLiteral("%1년").arg(iso) : iso;
    return iso;
}

QString Formatter::dateTime(const QDateTime& moment) const
{
    if (!moment.isValid())
        return QString();
    const QString time = moment.toString(QStringLiteral("HH:mm"));
    return QStringLiteral("%1 %2").arg(date(moment.date().toString(Qt::ISODate)) +
                                           (korean() ? QString() : QStringLiteral(",")),
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
    const Language language = languageOf(korean());
    QString title = korean() ? QStringLiteral("「%1」").arg(s.titleIn(language))
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
