// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

/// Text from files that goes to terminals and spreadsheets (docs/IMPORT.md, "Text that is
/// refused"): control characters shown escaped, formula cells neutralised.
namespace TextSafety {

/// A C0 control character (U+0000–U+001F), DEL or a C1 control character (U+0080–U+009F).
inline bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f);
}

/// The first control character of text (other than a line feed when newlines are allowed),
/// or a null QChar.
inline QChar firstControl(QStringView text, bool newlinesAllowed = false)
{
    for (QChar c : text) {
        if (isControl(c) && !(newlinesAllowed && c == QLatin1Char('\n')))
            return c;
    }
    return QChar();
}

/// "U+001B".
inline QString codeOf(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

/// text with every control character but the line feed written as \xNN (\u00NN for C1), so
/// that a message cannot clear a screen, ring a bell or move the cursor.
inline QString visible(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isControl(c) || c == QLatin1Char('\n'))
            out += c;
        else if (c.unicode() < 0x80)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

/// Whether a spreadsheet would take the text as a formula (OWASP, "CSV injection"): it starts
/// with =, +, -, @, a tab or a carriage return. A signed number ("-3", "+2.5", "-96.20%") is a
/// number, and a stock's period code ("@2021-01") a code.
inline bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    if (c != QLatin1Char('=') && c != QLatin1Char('+') && c != QLatin1Char('-') &&
        c != QLatin1Char('@') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
        return false;
    if (c == QLatin1Char('@')) {
        // A stock's period code (@2021, @2021-01, @2021-01-15) is a code, not a formula.
        static const QRegularExpression stock(QStringLiteral("^@\\d{4}(-\\d{2}(-\\d{2})?)?$"));
        if (stock.match(text).hasMatch())
            return false;
    }
    if (c == QLatin1Char('+') || c == QLatin1Char('-')) {
        // A signed number, a percentage or a grouped number ("-3", "+2.5", "-96.20%", "-1,234").
        static const QRegularExpression number(QStringLiteral("^[+-][0-9][0-9,]*(\\.[0-9]+)?%?$"));
        if (number.match(text).hasMatch())
            return false;
    }
    return true;
}

/// A CSV cell as spreadsheets may open it: a formula-like text gets a leading apostrophe.
inline QString neutralised(const QString& cell)
{
    return startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

inline QStringList neutralisedRow(QStringList cells)
{
    for (QString& c : cells)
        c = neutralised(c);
    return cells;
}

} // namespace TextSafety
