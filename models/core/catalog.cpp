// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog.h"
#include "core/datasetorder.h"

#include "core/terms.h"
#include "core/translations.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <iterator>

Catalog::Catalog(QObject* parent)
    : QObject(parent)
{
    connect(&Translations::instance(), &Translations::languageChanged, this,
            [this](Language language) {
                if (!m_language)
                    emit languageChanged(language);
            });
}

Language Catalog::language() const
{
    return m_language.value_or(Translations::instance().language());
}

void Catalog::setLanguage(Language language)
{
    const Language before = this->language();
    m_language = language;
    if (language != before)
        emit languageChanged(language);
}

QLocale Catalog::locale() const
{
    return Translations::locale(language());
}

namespace {
/// The datasets named, once each, in the registry's order.
QStringList ordered(const QStringList& datasets)
{
    QStringList out;
    for (const QString& d : Datasets::names()) {
        if (datasets.contains(d))
            out << d;
    }
    return out;
}
} // namespace

void Catalog::setSnapshot(Snapshot snapshot)
{
    setSnapshot(std::move(snapshot), Datasets::names());
}

void Catalog::setSnapshot(Snapshot snapshot, const QStringList& datasets)
{
    emit aboutToReset();
    m_snapshot = std::move(snapshot);
    m_datasets = ordered(datasets);
    index();
    emit reset();
}

void Catalog::index()
{
    m_byId.clear();
    m_byQuantity.clear();
    m_plottedPeriods.clear();
    m_byId.reserve(m_snapshot.observations.size());
    m_byQuantity.reserve(m_snapshot.observations.size());
    for (int i = 0; i < m_snapshot.observations.size(); ++i) {
        const Observation& o = m_snapshot.observations.at(i);
        m_byId.insert(o.id, i);
        m_byQuantity.insert(o.quantityKey(), i);
    }
}

bool Catalog::reload(SnapshotSource& source, const QStringList& datasets)
{
    m_source = &source;
    Snapshot s;
    if (!source.load(&s, datasets))
        return false;
    setSnapshot(std::move(s), datasets.isEmpty() ? Datasets::names() : datasets);
    return true;
}

bool Catalog::reload()
{
    if (m_datasets.isEmpty())
        return true;
    if (!m_source)
        return false;
    Snapshot s;
    if (!read(*m_source, &s))
        return false;
    setSnapshot(std::move(s), m_datasets);
    return true;
}

bool Catalog::read(SnapshotSource& source, Snapshot* out) const
{
    if (m_datasets.isEmpty()) {
        *out = Snapshot();
        return true;
    }
    // Every dataset: the whole store, as a read without names gives it.
    return source.load(out, m_datasets == Datasets::names() ? QStringList() : m_datasets);
}

void Catalog::setSource(SnapshotSource* source)
{
    m_source = source;
}

bool Catalog::holds(const QStringList& datasets) const
{
    for (const QString& d : datasets) {
        if (!m_datasets.contains(d))
            return false;
    }
    return true;
}

bool Catalog::require(const QStringList& datasets)
{
    QStringList missing;
    for (const QString& d : ordered(datasets)) {
        if (!m_datasets.contains(d))
            missing << d;
    }
    // Without a source (a catalog given its snapshot) what is held is all there is.
    if (missing.isEmpty() || !m_source)
        return true;
    Snapshot s;
    if (!m_source->load(&s, missing)) {
        emit loadFailed();
        return false;
    }
    if (m_datasets.isEmpty()) { // the first read: names, events and claims come with it
        setSnapshot(std::move(s), missing);
        return true;
    }
    // Quantities never span datasets, so the plotted figures and conflicts of what is held do
    // not change: the new datasets' figures go in at their place in the catalog's order
    // (dataset first, each dataset's own order as the source gives it), and the sources they
    // cite join the others. The names, events and claims held stay.
    QList<Observation> merged;
    merged.reserve(m_snapshot.observations.size() + s.observations.size());
    std::merge(std::make_move_iterator(m_snapshot.observations.begin()),
               std::make_move_iterator(m_snapshot.observations.end()),
               std::make_move_iterator(s.observations.begin()),
               std::make_move_iterator(s.observations.end()), std::back_inserter(merged),
               [](const Observation& a, const Observation& b) {
                   return Datasets::nameRank(a.dataset) < Datasets::nameRank(b.dataset);
               });
    m_snapshot.observations = std::move(merged);
    for (auto it = s.sources.cbegin(); it != s.sources.cend(); ++it) {
        if (!m_snapshot.sources.contains(it.key()))
            m_snapshot.sources.insert(it.key(), it.value());
    }
    m_datasets = ordered(m_datasets + missing);
    index();
    emit datasetsLoaded(missing);
    return true;
}

QList<Observation> Catalog::observations(Term::Dataset dataset) const
{
    QList<Observation> out;
    for (const Observation& o : m_snapshot.observations) {
        if (o.dataset == dataset)
            out.append(o);
    }
    return out;
}

QList<Observation> Catalog::observations(const QString& dataset) const
{
    const std::optional<Term::Dataset> d = Datasets::fromName(dataset);
    return d ? observations(*d) : QList<Observation>();
}

QList<Catalog::PlottedPeriod> Catalog::plottedPeriods(Term::Dataset dataset) const
{
    const auto it = m_plottedPeriods.constFind(int(dataset));
    if (it != m_plottedPeriods.constEnd())
        return *it;
    QList<PlottedPeriod> periods;
    QSet<QString> seen;
    for (const Observation& o : m_snapshot.observations) {
        if (o.dataset != dataset || !o.plotted)
            continue;
        const QString key = o.period.code() + QLatin1Char('|') + QString::number(int(o.status));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        periods.append({o.period, o.status});
    }
    m_plottedPeriods.insert(int(dataset), periods);
    return periods;
}

const Observation* Catalog::observation(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_snapshot.observations.at(*it);
}

QList<Observation> Catalog::sameQuantity(const Observation& o) const
{
    QList<Observation> out;
    const QList<int> rows = m_byQuantity.values(o.quantityKey());
    for (int i : rows)
        out.append(m_snapshot.observations.at(i));
    std::sort(out.begin(), out.end(), [](const Observation& a, const Observation& b) {
        if (a.plotted != b.plotted)
            return a.plotted;
        return a.id < b.id;
    });
    return out;
}

bool Catalog::hasConflict(const Observation& o) const
{
    const QList<int> rows = m_byQuantity.values(o.quantityKey());
    for (int i : rows) {
        if (m_snapshot.observations.at(i).value != o.value)
            return true;
    }
    return false;
}

bool Catalog::agrees(const Observation& figure, qint64 reference)
{
    const qint64 v = figure.value;
    if (figure.isRange()) // "one to two million": both ends as stated
        return reference >= v && reference <= figure.valueTo;
    if (v == reference)
        return true;
    switch (figure.qualifier) {
    case Term::Qualifier::Over:
        return reference > v;
    case Term::Qualifier::AtLeast:
        return reference >= v;
    case Term::Qualifier::Almost:
        return reference < v;
    case Term::Qualifier::About: {
        // Stated to its last non-zero digit: "about 970" to the ten, "about 18,000,000" to the
        // million; the reference must round to it.
        qint64 step = 1;
        while (v != 0 && v % (step * 10) == 0)
            step *= 10;
        return 2 * std::abs(reference - v) <= step;
    }
    case Term::Qualifier::Exact:
        break;
    }
    return false;
}

bool Catalog::disagrees(const Observation& o) const
{
    const QList<int> rows = m_byQuantity.values(o.quantityKey());
    for (int i : rows) {
        const Observation& p = m_snapshot.observations.at(i);
        // A misprint (erratum) is not a source disagreeing: it marks no conflict.
        if (p.id == o.id || (p.value == o.value && p.valueTo == o.valueTo) ||
            p.status == Term::Status::Erratum || o.status == Term::Status::Erratum)
            continue;
        const bool oExact = o.isExact() && !o.isRange();
        const bool pExact = p.isExact() && !p.isRange();
        if (!oExact && !pExact)
            continue;
        if (oExact && pExact)
            return true;
        if (oExact && !agrees(p, o.value))
            return true;
        if (pExact && !agrees(o, p.value))
            return true;
    }
    return false;
}

QList<TimelineEvent> Catalog::events(const QString& figure) const
{
    QList<TimelineEvent> out;
    for (const TimelineEvent& e : m_snapshot.events) {
        if (figure.isEmpty() || e.figures.contains(figure))
            out.append(e);
    }
    return out;
}

QList<TimelineEvent> Catalog::events(Term::Dataset figure) const
{
    return events(Datasets::name(figure));
}

QString Catalog::regionName(const QString& code) const
{
    const auto it = m_snapshot.vocabulary.regionNames.constFind(code);
    return it == m_snapshot.vocabulary.regionNames.constEnd() ? code : it->text(language());
}

QString Catalog::seriesName(const QString& dataset, const QString& series) const
{
    const auto it =
        m_snapshot.vocabulary.seriesNames.constFind(dataset + QLatin1Char('|') + series);
    return it == m_snapshot.vocabulary.seriesNames.constEnd() ? series : it->text(language());
}

QString Catalog::seriesName(Term::Dataset dataset, const QString& series) const
{
    return seriesName(Datasets::name(dataset), series);
}

QString Catalog::newestDate(const QList<Observation>& observations) const
{
    QString newest;
    for (const Observation& o : observations)
        newest = std::max(newest, m_snapshot.sources.value(o.sourceId).published);
    return newest;
}

QString Catalog::checksum(const QList<Observation>& observations)
{
    QStringList lines;
    lines.reserve(observations.size());
    for (const Observation& o : observations)
        lines.append(o.quantityKey() + QLatin1Char('|') + QString::number(o.value) +
                     (o.isRange() ? QLatin1Char('-') + QString::number(o.valueTo) : QString()) +
                     QLatin1Char('|') + Term::csvName(o.status) + QLatin1Char('|') + o.sourceId);
    lines.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}
