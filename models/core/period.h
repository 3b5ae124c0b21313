// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QLocale;

/// A reporting period: a year, a half-year, a quarter, a month, a day, a US fiscal year, a span
/// of any of those, everything up to a date (cumulative), a stock as of a date, or a period the
/// source does not state ("year not stated"). Any dated code may carry a leading `~`: its date
/// (the end, for a span or a cumulative) is inferred (from an article's probable date), not
/// stated by the source, and every label says so ("by about 2021" / "2021년경까지"). Parsed from
/// and written to the codes documented in docs/DATA-FORMAT.md.
class Period
{
public:
    enum class Kind : quint8 {
        Invalid,
        Year,
        Quarter,
        Month,
        Day,
        FiscalYear,
        Span,
        UpTo,
        AsOf,
        HalfYear,
        Unstated
    };

    Period() = default;
    static Period parse(const QString& code);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    /// The date is inferred, not stated by the source (code prefix `~`).
    bool isInferred() const { return m_inferred; }
    /// The source states no date at all (code `?`): start and end are invalid.
    bool isUnstated() const { return m_kind == Kind::Unstated; }
    /// First and last day covered (for UpTo, start is invalid; for AsOf both are the date; for
    /// Unstated both are invalid).
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    /// The granularity of a simple period, or of a span's ends.
    Kind unitKind() const { return m_unit; }
    /// Months covered, 0 for UpTo.
    int monthCount() const;
    /// A single year, quarter, month or day (not a span, not cumulative; a half-year is two
    /// quarters, drawn like a span).
    bool isSingle() const;
    int year() const { return m_end.year(); }

    /// Human label in the locale's language: "2009", "Q1 2019" / "2019년 1분기", "H1 2025" /
    /// "2025년 상반기", "Mar 2020" / "2020년 3월", "1999–2001", "up to 1998" / "1998년까지",
    /// "FY2019" / "2019 회계연도", "year not stated" / "연도 미상"; an inferred date reads
    /// "about 2021" / "2021년경", "by about 2021" / "2021년경까지" (as of),
    /// "up to about Jun 2018" / "2018년 6월경까지".
    QString label(const QLocale& locale) const;

    bool operator==(const Period& o) const { return m_code == o.m_code; }
    bool operator!=(const Period& o) const { return m_code != o.m_code; }
    /// Chronological: by end, then by start (longer spans first).
    bool operator<(const Period& o) const;

private:
    static bool parseSimple(const QString& s, QDate* start, QDate* end, Kind* kind);
    static QString simpleLabel(const QString& code, Kind kind, const QDate& start,
                               const QLocale& locale);

    QString plainLabel(const QLocale& locale) const;

    QString m_code;
    QDate m_start;
    QDate m_end;
    Kind m_kind = Kind::Invalid; // one byte each, after the wider fields: 48 bytes in all
    Kind m_unit = Kind::Invalid;
    bool m_inferred = false;
};
// A code and two dates: moved in memory as it is (QList grows by realloc, issue 23).
Q_DECLARE_TYPEINFO(Period, Q_RELOCATABLE_TYPE);
