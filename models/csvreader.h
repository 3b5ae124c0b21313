// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// One parsed CSV record with the physical line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// An RFC 4180 reader: quoted fields with commas, quotes and newlines, UTF-8 with or without a
/// BOM, LF or CRLF. It rejects what it cannot read faithfully (invalid UTF-8, an unterminated
/// quote, input over the size limit) instead of guessing.
class CsvReader
{
public:
    enum class Error { None, TooLarge, NotUtf8, UnterminatedQuote, StrayQuote, Empty };

    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;

    explicit CsvReader(qint64 maxBytes = DefaultMaxBytes) : m_maxBytes(maxBytes) {}

    /// Parses all of data; on failure error() and errorLine() tell what and where.
    bool parse(const QByteArray& data);

    const QList<CsvRecord>& records() const { return m_records; }
    Error error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    /// Quotes a field for writing when it needs it.
    static QString escape(const QString& field);
    static QString joinRow(const QStringList& fields);

private:
    qint64 m_maxBytes;
    QList<CsvRecord> m_records;
    Error m_error = Error::None;
    int m_errorLine = 0;
};
