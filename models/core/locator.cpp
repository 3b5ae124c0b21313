// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/locator.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

const QStringList& monthNames()
{
    static const QStringList names = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    return names;
}

int monthOf(const QString& name)
{
    return int(monthNames().indexOf(name)) + 1;
}

QString ordinal(int n)
{
    const int tens = n % 100;
    const int ones = n % 10;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        if (ones == 1)
            suffix = "st";
        else if (ones == 2)
            suffix = "nd";
        else if (ones == 3)
            suffix = "rd";
    }
    return QString::number(n) + QLatin1String(suffix);
}

/// The subjects a table, a passage or a list may name, with their Korean words.
struct Subject
{
    const char* en;
    const char* ko;
};
const Subject subjects[] = {{"arrivals", "입국자"}, {"trade", "교역"}};

QString subjectKo(const QString& en)
{
    for (const Subject& s : subjects) {
        if (en == QLatin1String(s.en))
            return QString::fromUtf8(s.ko);
    }
    return QString();
}

/// Fixed phrases: a passage's topic ("the cumulative total") and the lists.
struct Phrase
{
    const char* en;
    const char* ko;
};
const Phrase topicPhrases[] = {{"the cumulative total", "누적 합계"},
                               {"last year's trade", "지난해 교역"},
                               {"the previous quarter", "전 분기"}};
const Phrase listPhrases[] = {{"quarterly list", "분기별 목록"},
                              {"list of monthly totals", "월별 합계 목록"},
                              {"paragraph listing the quarters", "분기를 나열한 문단"}};

template <std::size_t N> QString phraseKo(const Phrase (&table)[N], const QString& en)
{
    for (const Phrase& p : table) {
        if (en == QLatin1String(p.en))
            return QString::fromUtf8(p.ko);
    }
    return QString();
}

/// 과 after a final consonant, 와 after a vowel (and after digits read as Korean numbers,
/// which the callers never end on).
QString withWa(const QString& word)
{
    const QChar last = word.isEmpty() ? QChar() : word.back();
    const bool consonant =
        last.unicode() >= 0xAC00 && last.unicode() <= 0xD7A3 && (last.unicode() - 0xAC00) % 28 != 0;
    return word + (consonant ? QStringLiteral("과") : QStringLiteral("와"));
}

bool parseTopic(const QString& s, Locator::Topic* t)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression month(QStringLiteral("^([A-Z][a-z]+) (\\d{4})$"));
    static const QRegularExpression months(
        QStringLiteral("^([A-Z][a-z]+)-([A-Z][a-z]+) (\\d{4})$"));
    static const QRegularExpression early(QStringLiteral("^early (\\d{4})$"));
    static const QRegularExpression yearOf(QStringLiteral("^(\\d{4}) ([a-z]+)$"));
    static const QRegularExpression upTo(
        QStringLiteral("^([a-z]+) up to (?:([A-Z][a-z]+) )?(\\d{4})$"));
    QRegularExpressionMatch m;
    if ((m = year.match(s)).hasMatch()) {
        t->kind = Locator::Topic::Kind::Year;
        t->year = m.captured(1).toInt();
        return true;
    }
    if ((m = month.match(s)).hasMatch() && monthOf(m.captured(1)) > 0) {
        t->kind = Locator::Topic::Kind::Month;
        t->month = monthOf(m.captured(1));
        t->year = m.captured(2).toInt();
        return true;
    }
    if ((m = months.match(s)).hasMatch() && monthOf(m.captured(1)) > 0 &&
        monthOf(m.captured(2)) > 0) {
        t->kind = Locator::Topic::Kind::Months;
        t->month = monthOf(m.captured(1));
        t->monthTo = monthOf(m.captured(2));
        t->year = m.captured(3).toInt();
        return true;
    }
    if ((m = early.match(s)).hasMatch()) {
        t->kind = Locator::Topic::Kind::EarlyYear;
        t->year = m.captured(1).toInt();
        return true;
    }
    if ((m = yearOf.match(s)).hasMatch() && !subjectKo(m.captured(2)).isEmpty()) {
        t->kind = Locator::Topic::Kind::YearOf;
        t->year = m.captured(1).toInt();
        t->subject = m.captured(2);
        return true;
    }
    if ((m = upTo.match(s)).hasMatch() && !subjectKo(m.captured(1)).isEmpty() &&
        (m.captured(2).isEmpty() || monthOf(m.captured(2)) > 0)) {
        t->kind = Locator::Topic::Kind::UpTo;
        t->subject = m.captured(1);
        t->month = m.captured(2).isEmpty() ? 0 : monthOf(m.captured(2));
        t->year = m.captured(3).toInt();
        return true;
    }
    if (!phraseKo(topicPhrases, s).isEmpty()) {
        t->kind = Locator::Topic::Kind::Phrase;
        t->subject = s;
        return true;
    }
    return false;
}

QString topicText(const Locator::Topic& t, Language l)
{
    const bool ko = l == Language::Korean;
    auto when = [&](int month, int year) {
        if (ko)
            return month ? QStringLiteral("%1년 %2월").arg(year).arg(month)
                         : QStringLiteral("%1년").arg(year);
        return month ? QStringLiteral("%1 %2").arg(monthNames().at(month - 1)).arg(year)
                     : QString::number(year);
    };
    switch (t.kind) {
    case Locator::Topic::Kind::Year:
    case Locator::Topic::Kind::Month:
        return when(t.month, t.year);
    case Locator::Topic::Kind::Months:
        return ko ? QStringLiteral("%1년 %2~%3월").arg(t.year).arg(t.month).arg(t.monthTo)
                  : QStringLiteral("%1-%2 %3")
                        .arg(monthNames().at(t.month - 1), monthNames().at(t.monthTo - 1))
                        .arg(t.year);
    case Locator::Topic::Kind::EarlyYear:
        return ko ? QStringLiteral("%1년 초").arg(t.year) : QStringLiteral("early %1").arg(t.year);
    case Locator::Topic::Kind::YearOf:
        return ko ? QStringLiteral("%1년 %2").arg(t.year).arg(subjectKo(t.subject))
                  : QStringLiteral("%1 %2").arg(t.year).arg(t.subject);
    case Locator::Topic::Kind::UpTo:
        return ko ? QStringLiteral("%1까지의 %2").arg(when(t.month, t.year), subjectKo(t.subject))
                  : QStringLiteral("%1 up to %2").arg(t.subject, when(t.month, t.year));
    case Locator::Topic::Kind::Phrase:
        return ko ? phraseKo(topicPhrases, t.subject) : t.subject;
    }
    return QString();
}

bool parsePart(const QString& s, Locator::Part* p)
{
    using K = Locator::Kind;
    static const QRegularExpression line(QStringLiteral("^line (\\d+)$"));
    static const QRegularExpression lines(QStringLiteral("^lines (\\d+)-(\\d+)$"));
    static const QRegularExpression paragraph(QStringLiteral("^(\\d+)(?:st|nd|rd|th) paragraph$"));
    static const QRegularExpression paragraphs(
        QStringLiteral("^(\\d+)(?:st|nd|rd|th)-(\\d+)(?:st|nd|rd|th) paragraphs$"));
    static const QRegularExpression table(QStringLiteral("^(?:([a-z]+) )?table$"));
    static const QRegularExpression columnAfter(
        QStringLiteral("^column (~?'\\d{2}(?:\\.\\d{2})?)$"));
    static const QRegularExpression columnUpTo(QStringLiteral("^column up to (\\d{4})$"));
    static const QRegularExpression columnBefore(QStringLiteral("^(\\d{4}(?:-\\d{4})?) column$"));
    static const QRegularExpression passage(QStringLiteral("^passage on (.+)$"));
    static const QRegularExpression comparing(QStringLiteral("^passage comparing with (.+)$"));
    static const QRegularExpression comparison(QStringLiteral("^comparison with (.+)$"));
    QRegularExpressionMatch m;
    if (s == QLatin1String("title")) {
        p->kind = K::Title;
        return true;
    }
    if (s == QLatin1String("last paragraph")) {
        p->kind = K::LastParagraph;
        return true;
    }
    if (!phraseKo(listPhrases, s).isEmpty()) {
        p->kind = K::List;
        p->topic.subject = s;
        return true;
    }
    if ((m = line.match(s)).hasMatch()) {
        p->kind = K::Line;
        p->from = m.captured(1).toInt();
        return p->from > 0;
    }
    if ((m = lines.match(s)).hasMatch()) {
        p->kind = K::Lines;
        p->from = m.captured(1).toInt();
        p->to = m.captured(2).toInt();
        return p->from > 0 && p->to > p->from;
    }
    if ((m = paragraph.match(s)).hasMatch()) {
        p->kind = K::Paragraph;
        p->from = m.captured(1).toInt();
        return p->from > 0 && ordinal(p->from) + QLatin1String(" paragraph") == s;
    }
    if ((m = paragraphs.match(s)).hasMatch()) {
        p->kind = K::Paragraphs;
        p->from = m.captured(1).toInt();
        p->to = m.captured(2).toInt();
        return p->from > 0 && p->to > p->from &&
               QStringLiteral("%1-%2 paragraphs").arg(ordinal(p->from), ordinal(p->to)) == s;
    }
    if ((m = table.match(s)).hasMatch()) {
        p->kind = K::Table;
        p->label = m.captured(1);
        return p->label.isEmpty() || !subjectKo(p->label).isEmpty();
    }
    if ((m = columnAfter.match(s)).hasMatch()) {
        p->kind = K::Column;
        p->label = m.captured(1);
        return true;
    }
    if ((m = columnUpTo.match(s)).hasMatch()) {
        p->kind = K::Column;
        p->upTo = m.captured(1).toInt();
        return true;
    }
    if ((m = columnBefore.match(s)).hasMatch()) {
        p->kind = K::Column;
        p->label = m.captured(1);
        p->labelFirst = true;
        return true;
    }
    if ((m = comparing.match(s)).hasMatch()) {
        p->kind = K::PassageCompare;
        return parseTopic(m.captured(1), &p->topic);
    }
    if ((m = passage.match(s)).hasMatch()) {
        p->kind = K::Passage;
        return parseTopic(m.captured(1), &p->topic);
    }
    if ((m = comparison.match(s)).hasMatch()) {
        p->kind = K::Comparison;
        return parseTopic(m.captured(1), &p->topic);
    }
    return false;
}

QString partText(const Locator::Part& p, Language l)
{
    using K = Locator::Kind;
    const bool ko = l == Language::Korean;
    switch (p.kind) {
    case K::Title:
        return ko ? QStringLiteral("제목") : QStringLiteral("title");
    case K::Line:
        return ko ? QStringLiteral("%1행").arg(p.from) : QStringLiteral("line %1").arg(p.from);
    case K::Lines:
        return ko ? QStringLiteral("%1~%2행").arg(p.from).arg(p.to)
                  : QStringLiteral("lines %1-%2").arg(p.from).arg(p.to);
    case K::Paragraph:
        return ko ? QStringLiteral("%1번째 문단").arg(p.from)
                  : ordinal(p.from) + QStringLiteral(" paragraph");
    case K::Paragraphs:
        return ko ? QStringLiteral("%1~%2번째 문단").arg(p.from).arg(p.to)
                  : QStringLiteral("%1-%2 paragraphs").arg(ordinal(p.from), ordinal(p.to));
    case K::LastParagraph:
        return ko ? QStringLiteral("마지막 문단") : QStringLiteral("last paragraph");
    case K::Table:
        if (p.label.isEmpty())
            return ko ? QStringLiteral("표") : QStringLiteral("table");
        return ko ? QStringLiteral("%1 표").arg(subjectKo(p.label))
                  : QStringLiteral("%1 table").arg(p.label);
    case K::Column:
        if (p.upTo)
            return ko ? QStringLiteral("%1년까지 열").arg(p.upTo)
                      : QStringLiteral("column up to %1").arg(p.upTo);
        if (p.labelFirst)
            return ko ? QStringLiteral("%1 열").arg(
                            QString(p.label).replace(QLatin1Char('-'), QLatin1Char('~')))
                      : QStringLiteral("%1 column").arg(p.label);
        return ko ? QStringLiteral("%1 열").arg(p.label) : QStringLiteral("column %1").arg(p.label);
    case K::Passage:
        return ko ? QStringLiteral("%1 관련 대목").arg(topicText(p.topic, l))
                  : QStringLiteral("passage on %1").arg(topicText(p.topic, l));
    case K::PassageCompare:
        return ko ? QStringLiteral("%1 비교한 대목").arg(withWa(topicText(p.topic, l)))
                  : QStringLiteral("passage comparing with %1").arg(topicText(p.topic, l));
    case K::Comparison:
        return ko ? QStringLiteral("%1의 비교").arg(withWa(topicText(p.topic, l)))
                  : QStringLiteral("comparison with %1").arg(topicText(p.topic, l));
    case K::List:
        return ko ? phraseKo(listPhrases, p.topic.subject) : p.topic.subject;
    }
    return QString();
}

} // namespace

Locator Locator::parse(const QString& text)
{
    Locator out;
    out.m_source = text;
    QString s = text.trimmed();
    if (s.isEmpty())
        return out;
    static const QRegularExpression aside(QStringLiteral("^(.*) \\((\\d{4}) by quarter\\)$"));
    const QRegularExpressionMatch a = aside.match(s);
    int asideYear = 0;
    if (a.hasMatch()) {
        s = a.captured(1);
        asideYear = a.captured(2).toInt();
    }
    QList<Part> parts;
    for (const QString& piece : s.split(QStringLiteral(", "))) {
        Part p;
        if (!parsePart(piece, &p))
            return out;
        parts.append(p);
    }
    out.m_parts = parts;
    out.m_asideYear = asideYear;
    return out;
}

QString Locator::text(Language language) const
{
    if (!isValid())
        return QString();
    QStringList pieces;
    for (const Part& p : m_parts)
        pieces << partText(p, language);
    QString out = pieces.join(QStringLiteral(", "));
    if (m_asideYear)
        out += language == Language::Korean ? QStringLiteral(" (%1년 분기별)").arg(m_asideYear)
                                            : QStringLiteral(" (%1 by quarter)").arg(m_asideYear);
    return out;
}

QString Locator::display(const QString& english, const QString& korean, Language language)
{
    if (language == Language::English || english.isEmpty())
        return language == Language::English || korean.isEmpty() ? english : korean;
    const Locator parsed = parse(english);
    if (parsed.isValid())
        return parsed.text(Language::Korean);
    return DataText::pick(language, english, korean);
}

bool Locator::hasKorean(const QString& english, const QString& korean)
{
    return english.isEmpty() || !korean.isEmpty() || parse(english).isValid();
}
