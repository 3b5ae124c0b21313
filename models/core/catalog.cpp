// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog.h"
#include "core/datasetorder.h"

#include "core/terms.h"
#include "core/translations.h"
#include "core/vocabulary.h"

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
/// Adds the figures of s, of datasets `into` has none of, and the sources they cite. Quantities
/// never span datasets, so the plotted figures and conflicts of what is there do not change: the
/// new figures go in at their place in the catalog's order (dataset first, each dataset's own
/// order as the source gives it).
void mergeInto(Snapshot* into, Snapshot s)
{
    QList<Observation> merged;
    merged.reserve(into->observations.size() + s.observations.size());
    std::merge(std::make_move_iterator(into->observations.begin()),
               std::make_move_iterator(into->observations.end()),
               std::make_move_iterator(s.observations.begin()),
               std::make_move_iterator(s.observations.end()), std::back_inserter(merged),
               [](const Observation& a, const Observation& b) {
                   return Datasets::nameRank(a.dataset) < Datasets::nameRank(b.dataset);
               });
    into->observations = std::move(merged);
    for (auto it = s.sources.cbegin(); it != s.sources.cend(); ++it) {
        if (!into->sources.contains(it.key()))
            into->sources.insert(it.key(), it.value());
    }
}
} // namespace

void Catalog::setSnapshot(Snapshot snapshot)
{
    setSnapshot(std::move(snapshot), Datasets::names());
}

void Catalog::setSnapshot(Snapshot snapshot, const QStringList& datasets)
{
    Held held;
    held.snapshot = std::move(snapshot);
    held.datasets = datasets;
    take(std::move(held));
}

void Catalog::take(Held held)
{
    emit aboutToReset();
    m_snapshot = std::move(held.snapshot);
    m_datasets = ordered(held.datasets);
    m_years = std::move(held.years);
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

bool Catalog::holdsFigures() const
{
    return !m_datasets.isEmpty() ||
           std::any_of(m_years.cbegin(), m_years.cend(),
                       [](const Held::Years& y) { return y.range.isValid(); });
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
    if (!holdsFigures() && m_years.isEmpty())
        return true;
    if (!m_source)
        return false;
    Held held;
    if (!read(*m_source, &held))
        return false;
    take(std::move(held));
    return true;
}

bool Catalog::read(SnapshotSource& source, Held* out) const
{
    *out = Held();
    out->datasets = m_datasets;
    // Every dataset: the whole store, as a read without names gives it.
    if (!m_datasets.isEmpty() &&
        !source.load(&out->snapshot, m_datasets == Datasets::names() ? QStringList() : m_datasets))
        return false;
    bool first = m_datasets.isEmpty();
    for (const QString& name : Datasets::names()) { // in the catalog's order
        const auto dataset = *Datasets::fromName(name);
        const auto it = m_years.constFind(int(dataset));
        if (it == m_years.constEnd())
            continue;
        Held::Years& years = out->years[it.key()];
        years.range = it->range;
        if (!source.loadPeriods(dataset, &years.periods))
            return false;
        if (!years.range.isValid())
            continue;
        Snapshot s;
        if (!source.loadPeriodFigures(&s, dataset, periodsEnding(years.periods, years.range)))
            return false;
        if (first) {
            out->snapshot = std::move(s);
            first = false;
            continue;
        }
        mergeInto(&out->snapshot, std::move(s));
    }
    return true;
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

bool Catalog::holdsYears(Term::Dataset dataset, const YearRange& years) const
{
    if (m_datasets.contains(Datasets::name(dataset)))
        return true;
    const auto it = m_years.constFind(int(dataset));
    return it != m_years.constEnd() && it->range.isValid() && it->range.contains(years);
}

void Catalog::merge(Snapshot s, const QStringList& datasets)
{
    // What was held of these datasets (some years) is replaced. The names, events and claims
    // held stay.
    QSet<int> replaced;
    for (const QString& d : datasets)
        replaced.insert(int(*Datasets::fromName(d)));
    m_snapshot.observations.removeIf(
        [&replaced](const Observation& o) { return replaced.contains(int(o.dataset)); });
    mergeInto(&m_snapshot, std::move(s));
    index();
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
    // A dataset of which some years were held: all its figures from now on. The models showing
    // those years keep their rows (the same figures, read from the same store).
    QStringList added;
    for (const QString& d : std::as_const(missing)) {
        const auto years = m_years.constFind(int(*Datasets::fromName(d)));
        if (years == m_years.constEnd() || !years->range.isValid())
            added << d;
    }
    const bool first = !holdsFigures();
    for (const QString& d : std::as_const(missing))
        m_years.remove(int(*Datasets::fromName(d)));
    if (first) { // the first read: names, events and claims come with it
        Held held;
        held.snapshot = std::move(s);
        held.datasets = missing;
        held.years = m_years;
        take(std::move(held));
        return true;
    }
    merge(std::move(s), missing);
    m_datasets = ordered(m_datasets + missing);
    if (!added.isEmpty())
        emit datasetsLoaded(added);
    return true;
}

bool Catalog::requirePeriods(Term::Dataset dataset)
{
    if (!m_source || m_datasets.contains(Datasets::name(dataset)) || m_years.contains(int(dataset)))
        return true;
    Held::Years years;
    if (!m_source->loadPeriods(dataset, &years.periods)) {
        emit loadFailed();
        return false;
    }
    m_years.insert(int(dataset), years);
    m_plottedPeriods.remove(int(dataset));
    return true;
}

bool Catalog::requireYears(Term::Dataset dataset, const YearRange& years)
{
    if (!years.isValid() || holdsYears(dataset, years) || !m_source)
        return true;
    if (!requirePeriods(dataset))
        return false;
    Held::Years held = m_years.value(int(dataset));
    held.range = held.range.isValid() ? YearRange{std::min(held.range.first, years.first),
                                                  std::max(held.range.last, years.last)}
                                      : years;
    Snapshot s;
    if (!m_source->loadPeriodFigures(&s, dataset, periodsEnding(held.periods, held.range))) {
        emit loadFailed();
        return false;
    }
    const QString name = Datasets::name(dataset);
    if (!holdsFigures()) { // the first read: names, events and claims come with it
        Held first;
        first.snapshot = std::move(s);
        first.years = m_years;
        first.years.insert(int(dataset), held);
        take(std::move(first));
        return true;
    }
    m_years.insert(int(dataset), held);
    merge(std::move(s), {name});
    emit datasetsLoaded({name});
    return true;
}

QList<Period> Catalog::periodsEnding(const QList<DatasetPeriod>& periods, const YearRange& years)
{
    // A figure is filed under the year its period ends in (SeriesTableModel, FigureYears).
    QList<Period> out;
    QSet<QString> seen;
    for (const DatasetPeriod& p : periods) {
        const int year = p.period.end().year();
        if (p.period.end().isValid() && year >= years.first && year <= years.last &&
            !seen.contains(p.period.code())) {
            seen.insert(p.period.code());
            out << p.period;
        }
    }
    return out;
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
    auto add = [&](const Period& period, Term::Status status) {
        const QString key = period.code() + QLatin1Char('|') + QString::number(int(status));
        if (!seen.contains(key)) {
            seen.insert(key);
            periods.append({period, status});
        }
    };
    const auto years = m_years.constFind(int(dataset));
    if (!m_datasets.contains(Datasets::name(dataset)) && years != m_years.constEnd()) {
        // Some years held: from the periods of all the dataset's figures (PlottingRule's rule:
        // a misprint is never plotted, nor another compiler's figure).
        const QString compiler = Vocabulary::plottedCompiler(dataset);
        for (const DatasetPeriod& p : years->periods) {
            if (p.status != Term::Status::Erratum && (compiler.isEmpty() || p.compiler == compiler))
                add(p.period, p.status);
        }
    } else {
        for (const Observation& o : m_snapshot.observations) {
            if (o.dataset == dataset && o.plotted)
                add(o.period, o.status);
        }
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
