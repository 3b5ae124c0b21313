// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QLocale;

/// A reporting period: a year, a quarter, a month, a day, a US fiscal year, a span of any of
/// those, everything up to a date (cumulative) or a stock as of a date. Parsed from and written
/// to the codes documented in docs/DATA-FORMAT.md.
class Period
{
public:
    enum class Kind { Invalid, Year, Quarter, Month, Day, FiscalYear, Span, UpTo, AsOf };

    Period() = default;
    static Period parse(const QString& code);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    /// First and last day covered (for UpTo, start is invalid; for AsOf both are the date).
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    /// The granularity of a simple period, or of a span's ends.
    Kind unitKind() const { return m_unit; }
    /// Months covered, 0 for UpTo.
    int monthCount() const;
    /// A single year, quarter, month or day (not a span, not cumulative).
    bool isSingle() const;
    int year() const { return m_end.year(); }

    /// Human label in the locale's language: "2009", "Q1 2019" / "2019년 1분기", "Mar 2020" /
    /// "2020년 3월", "1999–2001", "up to 1998" / "1998년까지", "FY2019" / "2019 회계연도".
    QString label(const QLocale& locale) const;

    bool operator==(const Period& o) const { return m_code == o.m_code; }
    bool operator!=(const Period& o) const { return m_code != o.m_code; }
    /// Chronological: by end, then by start (longer spans first).
    bool operator<(const Period& o) const;

private:
    static bool parseSimple(const QString& s, QDate* start, QDate* end, Kind* kind);
    static QString simpleLabel(const QString& code, Kind kind, const QDate& start,
                               const QLocale& locale);

    Kind m_kind = Kind::Invalid;
    Kind m_unit = Kind::Invalid;
    QString m_code;
    QDate m_start;
    QDate m_end;
};
