// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <algorithm>

/// Keys a slice at a time for one prepared statement `… WHERE id IN (marks())`: at most 200
/// places, the last slice filled with its last key (Store::loadFigures, Store::markSuperseded,
/// a range read's periods).
template <typename T> class Slices
{
public:
    explicit Slices(const QList<T>& ids)
        : m_ids(ids)
        , m_places(std::min<qsizetype>(200, ids.size()))
    {}

    /// "?,?,…", one place per id of a slice.
    QString marks() const
    {
        return QStringList(m_places, QStringLiteral("?")).join(QLatin1Char(','));
    }
    qsizetype count() const { return m_places == 0 ? 0 : (m_ids.size() + m_places - 1) / m_places; }
    /// Adds slice k's ids to q's bound values; returns how many of them are not filler.
    qsizetype bind(QSqlQuery& q, qsizetype k) const
    {
        const qsizetype first = k * m_places;
        for (qsizetype i = 0; i < m_places; ++i)
            q.addBindValue(m_ids.at(std::min(first + i, m_ids.size() - 1)));
        return std::min(m_places, m_ids.size() - first);
    }

private:
    const QList<T>& m_ids;
    qsizetype m_places;
};

using IdSlices = Slices<qint64>;
