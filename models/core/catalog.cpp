// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog.h"

#include "core/terms.h"
#include "core/translations.h"

#include <QCryptographicHash>
#include <QLocale>

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

void Catalog::setSnapshot(Snapshot snapshot)
{
    emit aboutToReset();
    m_snapshot = std::move(snapshot);
    m_byId.clear();
    m_byQuantity.clear();
    for (int i = 0; i < m_snapshot.observations.size(); ++i) {
        const Observation& o = m_snapshot.observations.at(i);
        m_byId.insert(o.id, i);
        m_byQuantity.insert(o.quantityKey(), i);
    }
    emit reset();
}

bool Catalog::reload(SnapshotSource& source, const QStringList& datasets)
{
    Snapshot s;
    if (!source.load(&s, datasets))
        return false;
    setSnapshot(std::move(s));
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
