// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"

#include <QStringDecoder>

#include <atomic>
#include <limits>

namespace {
std::atomic<qint64> g_bytesParsed{0};
}

qint64 CsvReader::bytesParsed()
{
    return g_bytesParsed.load();
}

void CsvReader::clear()
{
    m_text = QString();
    m_bounds = QList<quint32>();
    m_records = QList<Record>();
    m_list = QList<CsvRecord>();
    m_listMade = false;
}

bool CsvReader::parse(const QByteArray& data)
{
    clear();
    m_error = Error::None;
    m_errorLine = 0;
    g_bytesParsed += data.size();
    // Offsets are 32-bit: a file that large is refused whatever the limit.
    if (data.size() > m_maxBytes || data.size() >= std::numeric_limits<qint32>::max() / 2) {
        m_error = Error::TooLarge;
        return false;
    }
    // The decoder keeps a leading BOM (ConvertInitialBom): exactly one is dropped below, so that
    // a first field's own U+FEFF after it survives a write and a read (the fuzzer's round trip).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
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

    // At most one field per comma and line break, one record per line break: reserved at once,
    // so that the lists do not grow by doubling.
    {
        qsizetype separators = 0;
        qsizetype breaks = 0;
        for (const char c : data) {
            separators += c == ',' || c == '\n' || c == '\r';
            breaks += c == '\n' || c == '\r';
        }
        m_bounds.reserve(separators + 2);
        m_records.reserve(breaks + 1);
    }

    // The fields are unquoted in place: each character read writes at most one, so the write
    // position w never passes the read position i.
    const qsizetype n = text.size();
    QChar* buf = text.data();
    qsizetype i = n > 0 && buf[0] == QChar(0xFEFF) ? 1 : 0;
    qsizetype w = 0;
    qsizetype fieldStart = 0;
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    m_bounds.append(0);
    auto endField = [&]() {
        m_bounds.append(quint32(w));
        fieldStart = w;
        fieldWasQuoted = false;
    };
    quint32 first = 0; // the current record's first field
    auto endRecord = [&]() {
        endField();
        const bool blank =
            m_bounds.size() - 1 - first == 1 && m_bounds.last() == m_bounds.at(first);
        if (blank)
            m_bounds.removeLast();
        else
            m_records.append({recordLine, first});
        first = quint32(m_bounds.size() - 1);
    };
    auto fail = [&](Error error, int at) {
        m_error = error;
        m_errorLine = at;
        clear();
        return false;
    };
    for (; i < n; ++i) {
        const QChar c = buf[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && buf[i + 1] == QLatin1Char('"')) {
                    buf[w++] = c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\n')) {
                // A line break inside quotes is LF, whatever carriage returns precede it, so
                // that what is written back reads the same.
                ++line;
                while (w > fieldStart && buf[w - 1] == QLatin1Char('\r'))
                    --w;
                buf[w++] = c;
            } else {
                buf[w++] = c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (w > fieldStart || fieldWasQuoted)
                return fail(Error::StrayQuote, line);
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && buf[i + 1] == QLatin1Char('\n'))
                continue;
            endRecord();
            recordLine = ++line;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else {
            if (fieldWasQuoted)
                return fail(Error::StrayQuote, line);
            buf[w++] = c;
        }
    }
    if (inQuotes)
        return fail(Error::UnterminatedQuote, quoteLine);
    if (w > fieldStart || m_bounds.size() - 1 > first || fieldWasQuoted)
        endRecord();
    if (m_records.isEmpty())
        return fail(Error::Empty, 1);
    text.truncate(w);
    text.squeeze();
    m_text = std::move(text);
    m_bounds.squeeze();
    m_records.squeeze();
    return true;
}

QStringList CsvReader::fields(qsizetype r) const
{
    QStringList out;
    const int count = fieldCount(r);
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QStringView f = field(r, i);
        out.append(f.isEmpty() ? QString() : f.toString());
    }
    return out;
}

QString CsvReader::text(qsizetype r, int i) const
{
    const QStringView f = field(r, i);
    return f.isEmpty() ? QString() : f.trimmed().toString();
}

const QList<CsvRecord>& CsvReader::records() const
{
    if (!m_listMade) {
        m_list.reserve(m_records.size());
        for (qsizetype r = 0; r < m_records.size(); ++r)
            m_list.append({line(r), fields(r)});
        m_listMade = true;
    }
    return m_list;
}

qsizetype CsvReader::storageBytes() const
{
    return m_text.capacity() * qsizetype(sizeof(QChar)) +
           m_bounds.capacity() * qsizetype(sizeof(quint32)) +
           m_records.capacity() * qsizetype(sizeof(Record));
}

QString CsvReader::escape(const QString& field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
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
