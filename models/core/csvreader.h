// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// One parsed CSV record with the physical line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// An RFC 4180 reader: quoted fields with commas, quotes and newlines, UTF-8 with or without a
/// BOM, LF or CRLF. It rejects what it cannot read faithfully (invalid UTF-8, an unterminated
/// quote, input over the size limit) instead of guessing.
///
/// The records are held compactly, whatever their number: every field's text one after the other
/// in one string, and one 32-bit offset per field and two numbers per record (about twice the
/// file's size for the text plus four bytes a field and eight a record; docs/PERFORMANCE.md).
/// Read them with recordCount(), line(), fieldCount() and field(); records() makes a list of
/// strings of all of them, for small files.
class CsvReader
{
public:
    enum class Error { None, TooLarge, NotUtf8, UnterminatedQuote, StrayQuote, Empty };

    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;

    explicit CsvReader(qint64 maxBytes = DefaultMaxBytes)
        : m_maxBytes(maxBytes)
    {}

    /// Parses all of data; on failure error() and errorLine() tell what and where.
    bool parse(const QByteArray& data);

    /// The number of records (blank lines are skipped; the header is record 0).
    qsizetype recordCount() const { return m_records.size(); }
    /// The physical line record r starts on (1-based).
    int line(qsizetype r) const { return m_records.at(r).line; }
    /// The number of fields of record r.
    int fieldCount(qsizetype r) const
    {
        const quint32 end = r + 1 < m_records.size() ? m_records.at(r + 1).firstField
                                                     : quint32(m_bounds.size() - 1);
        return int(end - m_records.at(r).firstField);
    }
    /// Field i of record r as written (not trimmed); empty when the record has no field i. The
    /// view lives as long as this reader is neither parsed again nor destroyed.
    QStringView field(qsizetype r, int i) const
    {
        if (i < 0 || i >= fieldCount(r))
            return {};
        const qsizetype k = qsizetype(m_records.at(r).firstField) + i;
        return QStringView(m_text).mid(m_bounds.at(k), m_bounds.at(k + 1) - m_bounds.at(k));
    }
    /// Field i of record r trimmed, as a string: null when the field is empty or missing (as
    /// records() gives it), empty when it holds only spaces.
    QString text(qsizetype r, int i) const;
    /// The fields of record r as strings (an empty field is a null string).
    QStringList fields(qsizetype r) const;

    /// Every record as a list of strings, made on the first call (one string a field: for small
    /// files such as the bundled data; an import reads the fields with field()). Not thread-safe.
    const QList<CsvRecord>& records() const;
    Error error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    /// The bytes this reader holds for the parsed records (their text and offsets), without what
    /// records() makes: at most about twice the input plus four bytes a field.
    qsizetype storageBytes() const;
    /// How many bytes parse() has been given in this process, for the tests that check that an
    /// import reads its file once.
    static qint64 bytesParsed();

    /// Quotes a field for writing when it needs it.
    static QString escape(const QString& field);
    static QString joinRow(const QStringList& fields);

private:
    struct Record
    {
        int line = 0;
        quint32 firstField = 0; ///< index into m_bounds
    };
    void clear();

    qint64 m_maxBytes;
    QString m_text;          ///< the fields' text, one after the other, unquoted
    QList<quint32> m_bounds; ///< field k spans [m_bounds[k], m_bounds[k + 1]) of m_text
    QList<Record> m_records;
    mutable QList<CsvRecord> m_list; ///< records(), made on demand
    mutable bool m_listMade = false;
    Error m_error = Error::None;
    int m_errorLine = 0;
};
