// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QStringDecoder>

bool CsvReader::parse(const QByteArray& data)
{
    m_records.clear();
    m_error = Error::None;
    m_errorLine = 0;
    if (data.size() > m_maxBytes) {
        m_error = Error::TooLarge;
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        m_error = Error::NotUtf8;
        // Report the line of the first offending byte.
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i <= data.size(); ++i) {
            if (i == data.size() || data.at(i) == '\n') {
                QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString decoded = probe.decode(data.mid(lineStart, i - lineStart));
                if (probe.hasError())
                    break;
                ++line;
                lineStart = i + 1;
            }
        }
        m_errorLine = line;
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    CsvRecord record;
    record.line = 1;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endRecord = [&]() {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            m_records.append(record);
        record = CsvRecord();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\n')) {
                // A line break inside quotes is LF, whatever carriage returns precede it, so
                // that what is written back reads the same.
                ++line;
                while (field.endsWith(QLatin1Char('\r')))
                    field.chop(1);
                field.append(c);
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                m_error = Error::StrayQuote;
                m_errorLine = line;
                m_records.clear();
                return false;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            endRecord();
            record.line = ++line;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            record.line = ++line;
        } else {
            if (fieldWasQuoted) {
                m_error = Error::StrayQuote;
                m_errorLine = line;
                m_records.clear();
                return false;
            }
            field.append(c);
        }
    }
    if (inQuotes) {
        m_error = Error::UnterminatedQuote;
        m_errorLine = quoteLine;
        m_records.clear();
        return false;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    if (m_records.isEmpty()) {
        m_error = Error::Empty;
        m_errorLine = 1;
        return false;
    }
    return true;
}

QString CsvReader::escape(const QString& field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        QString quoted = field;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return field;
}

QString CsvReader::joinRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(escape(f));
    return out.join(QLatin1Char(','));
}
