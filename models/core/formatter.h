// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "core/terms.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

struct Observation;
struct Source;

/// Numbers, money, statuses and citations as the UI language writes them.
/// English: "1,047 people", "$18,031,000", "$18.0M"; Korean: "1,047명", "18,031,000달러",
/// "1,803만 달러". Values are never rounded except in the compact form, which says so by its unit.
class Formatter
{
    Q_DECLARE_TR_FUNCTIONS(Formatter)

public:
    explicit Formatter(const QLocale& locale = QLocale());

    /// The language of the locale: Korean for ko_KR, else English.
    Language language() const
    {
        return m_locale.language() == QLocale::Korean ? Language::Korean : Language::English;
    }
    const QLocale& locale() const { return m_locale; }

    QString number(qint64 value) const;
    /// A large round number with its magnitude as the language writes it: Korean in 만/억 units
    /// ("100만", "1억 2,000만", "27억 9,000만"), English in millions and billions ("1 million",
    /// "40 million"); a number that is not a whole number of these units keeps its digits.
    QString large(qint64 value) const;
    /// Exact value with unit and qualifier: "about 970 people", "$616,000".
    QString value(qint64 value, Term::Unit unit,
                  Term::Qualifier qualifier = Term::Qualifier::Exact) const;
    /// A figure as stated: its value, or its range ("1–2 million people" / "100만~200만 명"),
    /// with unit and qualifier; a share reads "almost 90%".
    QString value(const Observation& o) const;
    /// A stated range from `from` to `to`: "1–2 million people", "100만~200만 명", "10–20%".
    QString range(qint64 from, qint64 to, Term::Unit unit,
                  Term::Qualifier qualifier = Term::Qualifier::Exact) const;
    /// Compact for axes and labels: "2.9K", "$18.0M" / "1,803만 달러".
    QString compact(double value, Term::Unit unit) const;
    /// The one display text of a status and of a source kind (translated); the CSV spelling
    /// converts to the term first (core/terms.h), an unknown spelling is shown as it is.
    QString status(Term::Status status) const;
    QString status(const QString& status) const;
    QString sourceKind(Term::SourceKind kind) const;
    QString sourceKind(const QString& kind) const;
    QString date(const QString& isoDate) const;
    /// A moment without the US month/day ambiguity: "4 December 2026, 17:38" /
    /// "2026년 12월 4일 17:38".
    QString dateTime(const QDateTime& moment) const;
    /// "MOU statistics table, Ministry of Unification, 2020-12" with unconfirmed details marked.
    QString citation(const Source& source) const;

private:
    QString qualified(const QString& text, Term::Qualifier qualifier) const;

    bool isKorean() const { return language() == Language::Korean; }

    QLocale m_locale;
};
