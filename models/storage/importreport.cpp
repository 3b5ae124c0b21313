// SPDX-License-Identifier: GPL-3.0-or-later
// ImportPlan's report: the preview's lines and the text the command line prints, out of the plan
// itself (issue 20). The plan's checks are in importplan.cpp.
#include "storage/importplan.h"

#include "core/formatter.h"
#include "core/textsafety.h"
#include "core/translations.h"

#include <QLocale>

namespace {

/// A title as a preview line shows it: at most ImportPlan::MaxTitleLength characters.
QString elided(const QString& text)
{
    return text.size() <= ImportPlan::MaxTitleLength
               ? text
               : text.left(ImportPlan::MaxTitleLength - 1) + QChar(0x2026);
}

} // namespace

QString ImportPlan::quantityText(const Observation& o) const
{
    const auto series =
        m_vocabulary.seriesNames.constFind(Datasets::name(o.dataset) + QLatin1Char('|') + o.series);
    const auto region = m_vocabulary.regionNames.constFind(o.region);
    return tr("%1, %2, %3")
        .arg(series == m_vocabulary.seriesNames.constEnd() ? o.series : series->text(m_language),
             region == m_vocabulary.regionNames.constEnd() ? o.region : region->text(m_language),
             o.period.label(Translations::locale(m_language)));
}

QString ImportPlan::valueText(const Observation& o) const
{
    const Formatter f(Translations::locale(m_language));
    return tr("%1 (%2)").arg(f.value(o), f.status(o.status));
}

QString ImportPlan::sourceText(const QString& sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    if (it == m_sources.constEnd())
        return sourceId;
    const Formatter f(Translations::locale(m_language));
    QStringList details;
    const Language language = m_language;
    if (!it->outlet.isEmpty())
        details << it->outletIn(language);
    if (!it->published.isEmpty())
        details << f.date(it->published);
    const QString title = elided(it->titleIn(language));
    return details.isEmpty() ? title : tr("%1 (%2)").arg(title, details.join(QStringLiteral(", ")));
}

QString ImportPlan::additionText(const Observation& o) const
{
    return tr("line %1: %2: %3, from %4")
        .arg(o.line)
        .arg(quantityText(o), valueText(o), sourceText(o.sourceId));
}

QString ImportPlan::shortSourceText(const QString& sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    if (it == m_sources.constEnd())
        return sourceId;
    const Formatter f(Translations::locale(m_language));
    QStringList parts;
    const Language language = m_language;
    parts << elided(it->outlet.isEmpty() ? it->titleIn(language) : it->outletIn(language));
    if (!it->published.isEmpty())
        parts << f.date(it->published);
    return parts.join(QStringLiteral(", "));
}

QString ImportPlan::changeText(const Change& c) const
{
    const Formatter f(Translations::locale(m_language));
    return tr("line %1: %2: %3 (%4) → superseded by %5 (%6)")
        .arg(c.superseded.line > 0 ? c.superseded.line : c.by.line)
        .arg(quantityText(c.by), f.value(c.superseded), shortSourceText(c.superseded.sourceId),
             f.value(c.by), shortSourceText(c.by.sourceId));
}

QString ImportPlan::conflictText(const Conflict& c) const
{
    const Formatter f(Translations::locale(m_language));
    QStringList others;
    for (const Observation& o : c.others) {
        others << (o.line > 0 ? tr("%1 (%2, line %3)")
                                    .arg(f.value(o), shortSourceText(o.sourceId))
                                    .arg(o.line)
                              : tr("%1 (%2)").arg(f.value(o), shortSourceText(o.sourceId)));
    }
    if (c.more > 0)
        others << tr("%1 more").arg(c.more);
    return tr("line %1: %2: %3 (%4) differs from %5")
        .arg(c.incoming.line)
        .arg(quantityText(c.incoming), f.value(c.incoming), shortSourceText(c.incoming.sourceId),
             others.join(QStringLiteral("; ")));
}

QList<ImportPlan::MissingKorean> ImportPlan::missingKorean() const
{
    QList<MissingKorean> out;
    for (const Source& s : m_newSources) {
        MissingKorean m;
        m.sourceId = s.id;
        if (s.hasDescriptiveTitle() && s.titleKo.isEmpty())
            m.columns << QStringLiteral("source_title_ko");
        if (!s.note.isEmpty() && s.noteKo.isEmpty())
            m.columns << QStringLiteral("source_note_ko");
        if (!m.columns.isEmpty())
            out.append(m);
    }
    for (const Observation& o : m_additions) {
        MissingKorean m;
        m.line = o.line;
        if (!o.note.isEmpty() && o.noteKo.isEmpty())
            m.columns << QStringLiteral("note_ko");
        if (!Locator::hasKorean(o.locator, o.locatorKo))
            m.columns << QStringLiteral("locator_ko");
        if (!m.columns.isEmpty())
            out.append(m);
    }
    return out;
}

QString ImportPlan::missingKoreanText(const MissingKorean& m) const
{
    const QString columns = m.columns.join(QStringLiteral(", "));
    if (!m.sourceId.isEmpty())
        return tr("source %1: no %2").arg(m.sourceId, columns);
    return tr("line %1: no %2").arg(m.line).arg(columns);
}

QString ImportPlan::report() const
{
    QString out;
    const Formatter counts(Translations::locale(m_language)); // 250,000 rather than 250000
    if (!isValid()) {
        for (const ValidationIssue& i : m_issues)
            out += i.toString() + QLatin1Char('\n');
        if (m_unlistedCount > 0) {
            out += tr("%1: %2 more problems, by kind:")
                       .arg(m_fileName, counts.number(m_unlistedCount)) +
                   QLatin1Char('\n');
            for (const auto& [kind, count] : unlistedProblems())
                out += QStringLiteral("  ") + tr("%1 × %2").arg(counts.number(count), kind) +
                       QLatin1Char('\n');
        }
        out += tr("%1: problems found: %2; nothing was imported.")
                   .arg(m_fileName, counts.number(problemCount())) +
               QLatin1Char('\n');
        return TextSafety::visible(out);
    }
    const QString indent = QStringLiteral("  ");
    out +=
        tr("%1: figures to add: %2; new sources: %3; changes: %4; conflicts: %5.")
            .arg(m_fileName, counts.number(m_additions.size()), counts.number(m_newSources.size()),
                 counts.number(changeCount()), counts.number(conflictCount())) +
        QLatin1Char('\n');
    if (!m_newSources.isEmpty()) {
        out += QLatin1Char('\n') + tr("New sources:") + QLatin1Char('\n');
        for (const Source& s : m_newSources)
            out += indent + tr("%1: %2").arg(s.id, sourceText(s.id)) + QLatin1Char('\n');
    }
    // Each section lists its first MaxListedLines lines and counts the rest.
    const auto more = [&](qsizetype total) {
        if (total > MaxListedLines)
            out += indent + tr("… and %1 more").arg(total - MaxListedLines) + QLatin1Char('\n');
    };
    out += QLatin1Char('\n') + tr("New figures:") + QLatin1Char('\n');
    for (qsizetype i = 0; i < m_additions.size() && i < MaxListedLines; ++i)
        out += indent + additionText(m_additions.at(i)) + QLatin1Char('\n');
    more(m_additions.size());
    if (changeCount() > 0) {
        out += QLatin1Char('\n') +
               tr("Changes (figures a newer source corrects; they are kept, marked superseded):") +
               QLatin1Char('\n');
        for (int i = 0; i < changeCount() && i < MaxListedLines; ++i)
            out += indent + changeText(change(i)) + QLatin1Char('\n');
        more(changeCount());
    }
    if (conflictCount() > 0) {
        out += QLatin1Char('\n') +
               tr("Conflicts (figures that differ from another source's; both are kept and the "
                  "plotted one is chosen by rule):") +
               QLatin1Char('\n');
        for (int i = 0; i < conflictCount() && i < MaxListedLines; ++i)
            out += indent + conflictText(conflict(i)) + QLatin1Char('\n');
        more(conflictCount());
    }
    const QList<MissingKorean> missing = missingKorean();
    if (!missing.isEmpty()) {
        out +=
            QLatin1Char('\n') +
            tr("Without a Korean form (accepted; the Korean window shows the English, marked):") +
            QLatin1Char('\n');
        for (qsizetype i = 0; i < missing.size() && i < MaxListedLines; ++i)
            out += indent + missingKoreanText(missing.at(i)) + QLatin1Char('\n');
        more(missing.size());
    }
    // Titles and notes come from the file: their control characters are shown, never sent.
    return TextSafety::visible(out);
}
