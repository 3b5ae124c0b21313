// SPDX-License-Identifier: GPL-3.0-or-later
// Store's reads: a snapshot of the whole store, of some datasets or of some quantities, with the
// plotted figure of each quantity chosen as it is read; the change token; the last import.
// Prepared statements in SQL both engines speak.
#include "core/datasetorder.h"
#include "core/plottingrule.h"
#include "storage/idslices.h"
#include "storage/store.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace {

/// One string per repeated code (series, region, source, compiler…), shared by every figure
/// read: a large read holds each code once, not once per figure (issue 23).
class Codes
{
public:
    QString operator()(const QVariant& v)
    {
        const QString text = v.toString();
        const auto it = m_pool.constFind(text);
        if (it != m_pool.constEnd())
            return *it;
        if (m_pool.size() < 65536)
            m_pool.insert(text);
        return text;
    }

private:
    QSet<QString> m_pool;
};

/// A term (core/terms.h) from a column of q: false, with the column and its text in *bad, for a
/// text the data do not know (a row a foreign program or damage left): never a default.
template <typename E>
bool termAt(const QSqlQuery& q, int column, const char* name, E* out, QString* bad)
{
    const QString text = q.value(column).toString();
    const std::optional<E> term = Term::fromCsv<E>(text);
    if (!term) {
        *bad = QStringLiteral("%1 \"%2\"").arg(QLatin1String(name), text);
        return false;
    }
    *out = *term;
    return true;
}

/// The columns of a figure's numbers, terms, quantity and source (numbersAt), then its texts
/// (observationAt): an import's check reads the first only (Store::visitQuantities, issue 23).
const QString kNumberColumns = QStringLiteral("id, dataset, series, period, region, value, "
                                              "qualifier, unit, status, source_id, value_to");
const QString kFigureColumns = kNumberColumns + QStringLiteral(", locator, note, import_id, "
                                                               "compiler, derived_from, note_ko, "
                                                               "locator_ko");

/// A figure's numbers, terms, quantity and source from a query of kNumberColumns (or
/// kFigureColumns); false (and the column in *bad) when one of its terms is unknown.
template <typename PeriodOf>
bool numbersAt(const QSqlQuery& q, PeriodOf& period, Codes& code, Observation* out, QString* bad)
{
    Observation& o = *out;
    o.id = q.value(0).toLongLong();
    o.series = code(q.value(2));
    o.period = period(q.value(3).toString());
    o.region = code(q.value(4));
    o.value = q.value(5).toLongLong();
    o.sourceId = code(q.value(9));
    o.valueTo = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
    return termAt(q, 1, "dataset", &o.dataset, bad) &&
           termAt(q, 6, "qualifier", &o.qualifier, bad) && termAt(q, 7, "unit", &o.unit, bad) &&
           termAt(q, 8, "status", &o.status, bad);
}

/// A whole figure from a query of kFigureColumns.
template <typename PeriodOf>
bool observationAt(const QSqlQuery& q, PeriodOf& period, Codes& code, Observation* out,
                   QString* bad)
{
    Observation& o = *out;
    o.locator = q.value(11).toString();
    o.note = q.value(12).toString();
    o.importId = q.value(13).toLongLong();
    o.compiler = code(q.value(14));
    o.derivedFrom = q.value(15).toString();
    o.noteKo = q.value(16).toString();
    o.locatorKo = q.value(17).toString();
    return numbersAt(q, period, code, out, bad);
}

/// One parse per period code, shared by the figures of a read.
class Periods
{
public:
    Period operator()(const QString& code)
    {
        auto it = m_parsed.find(code);
        if (it == m_parsed.end())
            it = m_parsed.insert(code, Period::parse(code));
        return *it;
    }

private:
    QHash<QString, Period> m_parsed;
};

/// The quantities ("dataset|series|period|region") of one series, for Store::read.
struct QuantityGroup
{
    /// A series with fewer periods asked for is read quantity by quantity.
    static constexpr int MinPeriodsForWhole = 16;
    /// A series is read whole when it stores at most this many figures per period asked for.
    static constexpr qint64 MaxStoredPerPeriod = 4;

    QString dataset, series, region;
    QSet<QString> periods;

    QStringList sortedPeriods() const
    {
        QStringList out(periods.cbegin(), periods.cend());
        out.sort();
        return out;
    }
    /// Grouped, in the order of their series (a malformed key is skipped).
    static QList<QuantityGroup> of(const QSet<QString>& quantities)
    {
        QMap<QString, QuantityGroup> groups;
        for (const QString& key : quantities) {
            const QStringList parts = key.split(QLatin1Char('|'));
            if (parts.size() != 4)
                continue;
            QuantityGroup& g = groups[parts.at(0) + QLatin1Char('|') + parts.at(1) +
                                      QLatin1Char('|') + parts.at(3)];
            g.dataset = parts.at(0);
            g.series = parts.at(1);
            g.region = parts.at(3);
            g.periods.insert(parts.at(2));
        }
        return groups.values();
    }
};

} // namespace

bool Store::load(Snapshot* out, const QStringList& datasets)
{
    return read(out, datasets, nullptr);
}

bool Store::loadQuantities(Snapshot* out, const QSet<QString>& quantities)
{
    return read(out, {}, &quantities);
}

bool Store::loadPeriods(Term::Dataset dataset, QList<DatasetPeriod>* out)
{
    out->clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return notOpen();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Each row of the dataset is read once, three short columns of it, none of its texts: a
    // tenth of the time of reading the figures (docs/PERFORMANCE.md, tenth pass).
    if (!q.prepare(QStringLiteral("SELECT period, status, compiler FROM observations "
                                  "WHERE dataset = ? GROUP BY period, status, compiler")))
        return readFailed(q);
    q.addBindValue(Datasets::name(dataset));
    if (!q.exec())
        return readFailed(q);
    Periods period;
    QString bad;
    while (q.next()) {
        DatasetPeriod p;
        p.period = period(q.value(0).toString());
        p.compiler = q.value(2).toString();
        if (!termAt(q, 1, "status", &p.status, &bad)) {
            out->clear();
            return fail(Error::Corrupt, tr("Cannot read the database: a figure of %1 has an "
                                           "unknown %2.")
                                            .arg(Datasets::name(dataset), bad));
        }
        out->append(p);
    }
    return true;
}

bool Store::loadPeriodFigures(Snapshot* out, Term::Dataset dataset, const QList<Period>& periods)
{
    QStringList codes;
    codes.reserve(periods.size());
    for (const Period& p : periods)
        codes << p.code();
    return read(out, {Datasets::name(dataset)}, nullptr, &codes);
}

bool Store::read(Snapshot* out, const QStringList& datasets, const QSet<QString>* quantities,
                 const QStringList* periods)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        return notOpen();
    }
    *out = Snapshot();
    Periods period;
    Codes codes;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto readFail = [&]() { return readFailed(q); };
    // A row with a term this version does not know: the store is damaged or not ours.
    auto badRow = [&](const QString& message) {
        *out = Snapshot();
        return fail(Error::Corrupt, message);
    };
    QString bad;
    if (!q.exec(QStringLiteral("SELECT code, name_en, name_ko FROM regions")))
        return readFail();
    while (q.next())
        out->vocabulary.regionNames.insert(q.value(0).toString(),
                                           {q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral("SELECT dataset, series, name_en, name_ko, unit FROM series")))
        return readFail();
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        out->vocabulary.seriesNames.insert(key, {q.value(2).toString(), q.value(3).toString()});
        out->vocabulary.seriesUnit.insert(key, q.value(4).toString());
    }
    // Some datasets: the figures through the index on (dataset, …), and only the sources they,
    // the events and the claims cite. The placeholders are as many as the datasets.
    QStringList marks;
    for (qsizetype i = 0; i < datasets.size(); ++i)
        marks << QStringLiteral("?");
    const QString inDatasets = QStringLiteral("dataset IN (%1)").arg(marks.join(QLatin1Char(',')));
    // Whole datasets: the sources they cite (through the index on source_id); some quantities
    // or periods: every source (the table is small, a dataset's citing figures are not).
    const bool citedOnly = !datasets.isEmpty() && !quantities && !periods;
    // A statement that cannot be prepared (a missing table) fails with the database's own words.
    if (!q.prepare(
            QStringLiteral("SELECT id, kind, title_en, title_ko, outlet, author, published, url, "
                           "language, unconfirmed, note, outlet_ko, note_ko FROM sources") +
            (!citedOnly
                 ? QString()
                 : QStringLiteral(" WHERE id IN (SELECT source_id FROM observations WHERE ") +
                       inDatasets +
                       QStringLiteral(") OR id IN (SELECT source_id FROM events) "
                                      "OR id IN (SELECT source_id FROM claims)"))))
        return readFail();
    for (const QString& d : citedOnly ? datasets : QStringList())
        q.addBindValue(d);
    if (!q.exec())
        return readFail();
    while (q.next()) {
        Source s;
        s.id = q.value(0).toString();
        if (!termAt(q, 1, "kind", &s.kind, &bad))
            return badRow(
                tr("Cannot read the database: source %1 has an unknown %2.").arg(s.id, bad));
        s.titleEn = q.value(2).toString();
        s.titleKo = q.value(3).toString();
        s.outlet = q.value(4).toString();
        s.author = q.value(5).toString();
        s.published = q.value(6).toString();
        s.url = q.value(7).toString();
        s.language = q.value(8).toString();
        s.unconfirmed = q.value(9).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        s.note = q.value(10).toString();
        s.outletKo = q.value(11).toString();
        s.noteKo = q.value(12).toString();
        out->sources.insert(s.id, s);
    }
    // The figures: all, some datasets', or some quantities' (one indexed query each).
    const QString figures =
        QStringLiteral("SELECT ") + kFigureColumns + QStringLiteral(" FROM observations ");
    auto readRow = [&](const QSqlQuery& query) {
        out->observations.append(Observation());
        if (!observationAt(query, period, codes, &out->observations.last(), &bad))
            return badRow(tr("Cannot read the database: figure %1 has an unknown %2.")
                              .arg(query.value(0).toString(), bad));
        return true;
    };
    if (periods) {
        // A range of years: the periods' figures through the quantity index (dataset, series,
        // period, …), each of the dataset's series with a slice of periods a statement. The
        // series are found along the index, one step each (a loose index scan). The last slice
        // repeats its last period: IN reads its figures once all the same.
        QStringList series;
        QSqlQuery s(db);
        s.setForwardOnly(true);
        if (!s.prepare(QStringLiteral(
                "WITH RECURSIVE s(series) AS (SELECT MIN(series) FROM observations WHERE "
                "dataset = ? UNION ALL SELECT (SELECT MIN(series) FROM observations WHERE "
                "dataset = ? AND series > s.series) FROM s WHERE s.series IS NOT NULL) "
                "SELECT series FROM s WHERE series IS NOT NULL")))
            return readFailed(s);
        s.addBindValue(datasets.value(0));
        s.addBindValue(datasets.value(0));
        if (!s.exec())
            return readFailed(s);
        while (s.next())
            series << s.value(0).toString();
        const Slices<QString> slices(*periods);
        if (slices.count() > 0 &&
            !q.prepare(figures +
                       QStringLiteral("WHERE dataset = ? AND series = ? AND period IN (") +
                       slices.marks() + QStringLiteral(")")))
            return readFail();
        for (const QString& one : std::as_const(series)) {
            for (qsizetype k = 0; k < slices.count(); ++k) {
                q.addBindValue(datasets.value(0));
                q.addBindValue(one);
                slices.bind(q, k);
                if (!q.exec())
                    return readFail();
                while (q.next()) {
                    if (!readRow(q))
                        return false;
                }
            }
        }
    } else if (!quantities) {
        if (!q.prepare(figures +
                       (datasets.isEmpty() ? QString() : QStringLiteral("WHERE ") + inDatasets) +
                       QStringLiteral(" ORDER BY id")))
            return readFail();
        for (const QString& d : datasets)
            q.addBindValue(d);
        if (!q.exec())
            return readFail();
        while (q.next()) {
            if (!readRow(q))
                return false;
        }
    } else {
        out->observations.reserve(quantities->size()); // most quantities hold a figure or two
        if (!readQuantities(figures, *quantities, readRow))
            return false;
    }
    // Every figure of each quantity read is here, with the sources it cites: the plotted figure
    // is chosen now (schema 5 stores none), the same choice a read of the whole store makes.
    PlottingRule::choose(&out->observations, out->sources);
    // Sorted by (dataset, period, series), in id order within (as one query of the whole store
    // gives them): the figures' indexes are sorted and each figure moved once (issue 23).
    std::vector<qsizetype> order(size_t(out->observations.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const QList<Observation>& all = out->observations;
    const bool byId = quantities || periods; // not read in id order
    std::stable_sort(order.begin(), order.end(), [&all, byId](qsizetype i, qsizetype j) {
        const Observation& a = all.at(i);
        const Observation& b = all.at(j);
        if (a.dataset != b.dataset)
            return Datasets::nameRank(a.dataset) < Datasets::nameRank(b.dataset);
        if (a.period != b.period)
            return a.period < b.period;
        if (a.series != b.series)
            return a.series < b.series;
        return byId && a.id < b.id;
    });
    // Moved into place along the permutation's cycles: no second list of every figure (a large
    // read's fresh memory is most of its cost, issue 23).
    QList<Observation>& list = out->observations;
    std::vector<bool> placed(order.size(), false);
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start] || order[start] == qsizetype(start))
            continue;
        Observation held = std::move(list[qsizetype(start)]);
        size_t at = start;
        while (true) {
            placed[at] = true;
            const size_t from = size_t(order[at]);
            if (from == start) {
                list[qsizetype(at)] = std::move(held);
                break;
            }
            list[qsizetype(at)] = std::move(list[qsizetype(from)]);
            at = from;
        }
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, period, text_en, text_ko, source_id, locator, figures, note, "
            "note_ko, locator_ko FROM events")))
        return readFail();
    while (q.next()) {
        TimelineEvent e;
        e.id = q.value(0).toString();
        e.period = Period::parse(q.value(1).toString());
        e.textEn = q.value(2).toString();
        e.textKo = q.value(3).toString();
        e.sourceId = q.value(4).toString();
        e.locator = q.value(5).toString();
        e.figures = q.value(6).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        e.note = q.value(7).toString();
        e.noteKo = q.value(8).toString();
        e.locatorKo = q.value(9).toString();
        out->events.append(e);
    }
    std::sort(out->events.begin(), out->events.end(),
              [](const TimelineEvent& a, const TimelineEvent& b) { return a.period < b.period; });
    if (!q.exec(QStringLiteral(
            "SELECT id, kind, source_id, locator, text_en, text_ko, check_expr, note, "
            "note_ko, locator_ko FROM claims ORDER BY rowid")))
        return readFail();
    while (q.next()) {
        Claim c;
        c.id = q.value(0).toString();
        c.kind = q.value(1).toString();
        c.sourceId = q.value(2).toString();
        c.locator = q.value(3).toString();
        c.textEn = q.value(4).toString();
        c.textKo = q.value(5).toString();
        c.check = q.value(6).toString();
        c.note = q.value(7).toString();
        c.noteKo = q.value(8).toString();
        c.locatorKo = q.value(9).toString();
        out->claims.append(c);
    }
    return true;
}

bool Store::readFailed(const QSqlQuery& q)
{
    sqlFail(q.lastError(), false);
    if (m_error == Error::Io)
        m_error = Error::Corrupt;
    return false;
}

bool Store::readQuantities(const QString& select, const QSet<QString>& quantities,
                           const std::function<bool(const QSqlQuery&)>& row)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Grouped by series (dataset, series, region): a group whose stored figures are mostly
    // asked for is read as one range of the quantity index, the others quantity by quantity
    // (an import of a release into a long series reads its few quantities, issue 23).
    const QList<QuantityGroup> groups = QuantityGroup::of(quantities);
    QSqlQuery count(db);
    count.setForwardOnly(true);
    QSqlQuery series(db);
    series.setForwardOnly(true);
    QSqlQuery one(db);
    one.setForwardOnly(true);
    if (!count.prepare(QStringLiteral("SELECT COUNT(*) FROM observations WHERE dataset = ? "
                                      "AND series = ? AND region = ?")))
        return readFailed(count);
    if (!series.prepare(select + QStringLiteral("WHERE dataset = ? AND series = ? AND "
                                                "region = ?")))
        return readFailed(series);
    if (!one.prepare(select + QStringLiteral("WHERE dataset = ? AND series = ? AND period = ? "
                                             "AND region = ? ORDER BY id")))
        return readFailed(one);
    for (const QuantityGroup& g : groups) {
        bool whole = false;
        if (g.periods.size() >= QuantityGroup::MinPeriodsForWhole) {
            for (const QString& v : {g.dataset, g.series, g.region})
                count.addBindValue(v);
            if (!count.exec() || !count.next())
                return readFailed(count);
            whole = count.value(0).toLongLong() <=
                    QuantityGroup::MaxStoredPerPeriod * qint64(g.periods.size());
            count.finish();
        }
        if (whole) {
            for (const QString& v : {g.dataset, g.series, g.region})
                series.addBindValue(v);
            if (!series.exec())
                return readFailed(series);
            while (series.next()) {
                // A row of a whole series read at once: only the periods asked for (column 3).
                if (g.periods.contains(series.value(3).toString()) && !row(series))
                    return false;
            }
            continue;
        }
        for (const QString& p : g.sortedPeriods()) {
            for (const QString& v : {g.dataset, g.series, p, g.region})
                one.addBindValue(v);
            if (!one.exec())
                return readFailed(one);
            while (one.next()) {
                if (!row(one))
                    return false;
            }
        }
    }
    return true;
}

bool Store::visitQuantities(const QSet<QString>& quantities,
                            const std::function<bool(const Observation&)>& visit)
{
    m_error = Error::None;
    m_errorString.clear();
    if (!QSqlDatabase::database(m_connection, false).isOpen())
        return notOpen();
    Periods period;
    Codes codes;
    Observation o; // one figure at a time: the caller keeps what it needs of it
    QString bad;
    return readQuantities(
        QStringLiteral("SELECT ") + kNumberColumns + QStringLiteral(" FROM observations "),
        quantities, [&](const QSqlQuery& q) {
            if (!numbersAt(q, period, codes, &o, &bad))
                return fail(Error::Corrupt,
                            tr("Cannot read the database: figure %1 has an unknown %2.")
                                .arg(q.value(0).toString(), bad));
            return visit(o); // false: stopped, error() None
        });
}

bool Store::loadFigures(const QList<qint64>& ids, QList<Observation>* out)
{
    m_error = Error::None;
    m_errorString.clear();
    out->clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return notOpen();
    // Through the primary key, a slice of ids per statement.
    if (ids.isEmpty())
        return true;
    const IdSlices slices(ids);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kFigureColumns +
                   QStringLiteral(" FROM observations WHERE id IN (%1)").arg(slices.marks())))
        return readFailed(q);
    Periods period;
    Codes codes;
    QString bad;
    out->reserve(ids.size());
    for (qsizetype k = 0; k < slices.count(); ++k) {
        slices.bind(q, k);
        if (!q.exec())
            return readFailed(q);
        while (q.next()) {
            out->append(Observation());
            if (!observationAt(q, period, codes, &out->last(), &bad)) {
                out->clear();
                return fail(Error::Corrupt,
                            tr("Cannot read the database: figure %1 has an unknown %2.")
                                .arg(q.value(0).toString(), bad));
            }
        }
    }
    // Each id asked for names a stored figure: one gone was taken back since it was named.
    if (QSet<qint64>(ids.cbegin(), ids.cend()).size() != out->size()) {
        out->clear();
        return fail(Error::Changed, changedSinceCheck());
    }
    return true;
}

void Store::choosePlotted(QList<Observation>* observations, const QHash<QString, Source>& sources)
{
    PlottingRule::choose(observations, sources);
}

QString Store::stateToken()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // Figures, statuses and sources change only through an import (a new imports row), an undo
    // (one fewer import not undone) or a new bundled dataset (its checksum): the token reads
    // those, and the newest figure's id, through primary keys and the small tables, never every
    // figure (issue 23).
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM observations), "
            "(SELECT COUNT(*) FROM sources), (SELECT COALESCE(MAX(id), 0) FROM imports), "
            "(SELECT COUNT(*) FROM imports WHERE undone = 0), "
            "(SELECT COALESCE(MAX(value), '') FROM meta WHERE key = 'bundled_checksum')")) ||
        !q.next()) {
        sqlFail(q.lastError(), false);
        return QString();
    }
    QStringList parts;
    for (int i = 0; i < 5; ++i)
        parts << q.value(i).toString();
    return parts.join(QLatin1Char('|'));
}

bool Store::lastImport(ImportRecord* out, Counts read)
{
    m_error = Error::None;
    m_errorString.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        return notOpen();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto readFail = [&]() { return sqlFail(q.lastError(), false); };
    if (!q.exec(QStringLiteral("SELECT id, file, imported_at, who FROM imports WHERE undone = 0 "
                               "ORDER BY id DESC LIMIT 1")))
        return readFail();
    if (!q.next())
        return false;
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.file = q.value(1).toString();
    r.importedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    r.who = q.value(3).toString();
    q.finish();
    if (read == Counts::Skip) {
        *out = r;
        return true;
    }
    const QList<QPair<QString, int*>> counts = {
        {QStringLiteral("SELECT COUNT(*) FROM observations WHERE import_id = ?"), &r.observations},
        {QStringLiteral("SELECT COUNT(*) FROM sources WHERE import_id = ?"), &r.sources},
        {QStringLiteral("SELECT COUNT(*) FROM status_changes WHERE import_id = ?"),
         &r.statusChanges}};
    for (const auto& c : counts) {
        q.prepare(c.first);
        q.addBindValue(r.id);
        if (!q.exec() || !q.next())
            return readFail();
        *c.second = q.value(0).toInt();
        q.finish();
    }
    *out = r;
    return true;
}
