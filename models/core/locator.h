// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QList>
#include <QString>

/// Where inside a source a figure is stated, read from the `locator` column so that it can be
/// written in English and in Korean (docs/DATA-FORMAT.md, "Locators"):
/// "table, column '09" / "표, '09 열", "line 7" / "7행", "passage on March 2020" /
/// "2020년 3월 관련 대목". A locator outside the grammar does not parse: its Korean form is the
/// row's `locator_ko`.
class Locator
{
public:
    /// One comma-separated part of a locator.
    enum class Kind {
        Title,         ///< title
        Line,          ///< line 7
        Lines,         ///< lines 43-46
        Paragraph,     ///< 2nd paragraph
        Paragraphs,    ///< 1st-2nd paragraphs
        LastParagraph, ///< last paragraph
        Table,         ///< table, arrivals table
        Column,  ///< column '09, column ~'98, column up to 1998, 2002 column, 1999-2001 column
        Passage, ///< passage on <topic>
        PassageCompare, ///< passage comparing with <time>
        Comparison,     ///< comparison with <time>
        List,           ///< quarterly list, list of monthly totals, paragraph listing the quarters
    };

    /// A time or topic a passage is about: "March 2020", "January-February 2021", "2015",
    /// "early 2019", "2015 arrivals", "arrivals up to March 2018", "the cumulative total".
    struct Topic
    {
        enum class Kind { Year, Month, Months, EarlyYear, YearOf, UpTo, Phrase };
        Kind kind = Kind::Phrase;
        int year = 0;
        int month = 0;   ///< Month, Months (first), UpTo (0: a year)
        int monthTo = 0; ///< Months
        QString subject; ///< YearOf, UpTo: "arrivals", "trade"; Phrase: the phrase
    };

    struct Part
    {
        Kind kind = Kind::Title;
        int from = 0;  ///< Line, Lines, Paragraph(s)
        int to = 0;    ///< Lines, Paragraphs
        QString label; ///< Table: the table's subject ("arrivals" or empty); Column: "'09", "~'98"
        bool labelFirst = false; ///< Column: "2002 column" rather than "column '09"
        int upTo = 0;            ///< Column: "column up to 1998"
        Topic topic; ///< Passage, PassageCompare, Comparison; List: topic.subject names the list
    };

    Locator() = default;
    static Locator parse(const QString& text);

    bool isValid() const { return !m_parts.isEmpty(); }
    QString source() const { return m_source; }
    const QList<Part>& parts() const { return m_parts; }
    /// The aside in parentheses: "(2021 by quarter)" is a year, by quarter.
    int asideYear() const { return m_asideYear; }

    /// The locator written in the language; empty when it did not parse.
    QString text(Language language) const;

    /// The locator to show: the parsed one in the language, else (in Korean) `korean`, else the
    /// English marked as untranslated. Empty stays empty.
    static QString display(const QString& english, const QString& korean, Language language);
    /// Whether the locator has a Korean form: it parses, or `korean` is set (or it is empty).
    static bool hasKorean(const QString& english, const QString& korean);

private:
    QString m_source;
    QList<Part> m_parts;
    int m_asideYear = 0;
};
