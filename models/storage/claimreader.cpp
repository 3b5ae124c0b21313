// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/claimreader.h"

#include "core/claimexpression.h"
#include "core/csvreader.h"

#include <QHash>
#include <QRegularExpression>

const QStringList& ClaimReader::columns()
{
    static const QStringList c = {QStringLiteral("id"),        QStringLiteral("kind"),
                                  QStringLiteral("source_id"), QStringLiteral("locator"),
                                  QStringLiteral("text_en"),   QStringLiteral("text_ko"),
                                  QStringLiteral("check"),     QStringLiteral("note")};
    return c;
}

const QStringList& ClaimReader::kinds()
{
    static const QStringList k = {
        QStringLiteral("figure"),     QStringLiteral("total"),  QStringLiteral("span"),
        QStringLiteral("ratio"),      QStringLiteral("change"), QStringLiteral("count"),
        QStringLiteral("comparison"), QStringLiteral("rank"),   QStringLiteral("bound")};
    return k;
}

QList<Claim> ClaimReader::read(const QByteArray& csv, const QString& fileName,
                               const Vocabulary& vocabulary, const QSet<QString>& knownSources)
{
    QList<Claim> out;
    auto issue = [&](int line, int column, const QString& message) {
        m_issues.append({fileName, line, column, message});
    };
    CsvReader reader;
    if (!reader.parse(csv)) {
        issue(reader.errorLine(), 0, tr("the file cannot be read as CSV"));
        return out;
    }
    const CsvRecord& header = reader.records().first();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields.at(i).trimmed(), i);
    bool headerOk = true;
    for (const QString& name : columns()) {
        if (!column.contains(name)) {
            issue(header.line, 0, tr("the header has no column \"%1\"").arg(name));
            headerOk = false;
        }
    }
    if (!headerOk)
        return out;

    static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    QSet<QString> ids;
    const QList<CsvRecord> rows = reader.records().mid(1);
    for (const CsvRecord& r : rows) {
        if (r.fields.size() != header.fields.size()) {
            issue(r.line, 0,
                  tr("%1 columns where the header has %2")
                      .arg(r.fields.size())
                      .arg(header.fields.size()));
            continue;
        }
        auto get = [&](const QString& name) { return r.fields.at(column.value(name)).trimmed(); };
        auto col = [&](const QString& name) { return column.value(name) + 1; };
        Claim c;
        c.id = get(QStringLiteral("id"));
        c.kind = get(QStringLiteral("kind"));
        c.sourceId = get(QStringLiteral("source_id"));
        c.locator = get(QStringLiteral("locator"));
        c.textEn = get(QStringLiteral("text_en"));
        c.textKo = get(QStringLiteral("text_ko"));
        c.check = get(QStringLiteral("check"));
        c.note = get(QStringLiteral("note"));
        // The Korean forms (schema 3) are optional columns.
        auto optional = [&](const QString& name) {
            return column.contains(name) ? get(name) : QString();
        };
        c.noteKo = optional(QStringLiteral("note_ko"));
        c.locatorKo = optional(QStringLiteral("locator_ko"));
        const int before = int(m_issues.size());
        if (!slug.match(c.id).hasMatch())
            issue(r.line, col(QStringLiteral("id")),
                  tr("\"%1\" is not an id (lower-case letters, digits and '-')").arg(c.id));
        else if (ids.contains(c.id))
            issue(r.line, col(QStringLiteral("id")), tr("the id \"%1\" is used twice").arg(c.id));
        ids.insert(c.id);
        if (!kinds().contains(c.kind))
            issue(r.line, col(QStringLiteral("kind")),
                  tr("unknown kind \"%1\" (expected %2)")
                      .arg(c.kind, kinds().join(QStringLiteral(", "))));
        if (!knownSources.contains(c.sourceId))
            issue(r.line, col(QStringLiteral("source_id")),
                  tr("the source \"%1\" is not in sources.csv").arg(c.sourceId));
        if (c.locator.isEmpty())
            issue(r.line, col(QStringLiteral("locator")), tr("the locator is empty"));
        if (c.textEn.isEmpty())
            issue(r.line, col(QStringLiteral("text_en")), tr("the English text is empty"));
        if (c.textKo.isEmpty())
            issue(r.line, col(QStringLiteral("text_ko")), tr("the Korean text is empty"));
        ClaimCheck parsed;
        QString error;
        if (!ClaimParser::parse(c.check, &parsed, &error, &vocabulary))
            issue(r.line, col(QStringLiteral("check")), error);
        if (m_issues.size() == before)
            out.append(c);
    }
    return out;
}
