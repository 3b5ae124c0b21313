// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figureyears.h"
#include "core/language.h"
#include "core/snapshot.h"

#include <QLocale>
#include <QObject>

#include <optional>

/// The loaded dataset shared by every model: observations, their sources, names and events.
/// Models observe it; a reload (after an import) resets them all at once.
///
/// It holds the whole store or some datasets' figures (datasets()), and of others some years
/// (requireYears()): the window reads what a page shows when the page is first shown (require(),
/// issue 23), a figure the years it shows, and a reload reads again exactly what is held.
/// Names, events, claims and the sources they cite are held whatever the datasets.
class Catalog : public QObject
{
    Q_OBJECT

public:
    explicit Catalog(QObject* parent = nullptr);

    /// The language of the texts the catalog and its models show (names, notes, locators,
    /// period labels): the one given with setLanguage(), else the one Translations speaks now
    /// (the window's, or an export's LanguageScope's), followed as it changes.
    Language language() const;
    /// Shows the texts in `language` from now on, whatever the window's; emits languageChanged()
    /// when it differs from the language shown so far.
    void setLanguage(Language language);
    /// The locale of language(): period labels and numbers.
    QLocale locale() const;

    /// Holds `snapshot`: every dataset's figures, or those of `datasets` (none: nothing read).
    void setSnapshot(Snapshot snapshot);
    void setSnapshot(Snapshot snapshot, const QStringList& datasets);
    /// Loads the snapshot from source (the Store, storage/store.h) and resets every model; with
    /// datasets named, only their figures: what a command drawing one figure needs. False (and
    /// nothing changed) when it cannot be read. The source is kept for require() and reload().
    bool reload(SnapshotSource& source, const QStringList& datasets = {});
    /// Reads again what the catalog holds (the same datasets) from its source and resets every
    /// model: after an import, an undo or another client's change. True when nothing is held.
    bool reload();
    /// Reads from `source` what the catalog holds, into `out`, changing nothing (the store
    /// location dialog tries another store before switching; then take(out)).
    /// What a catalog holds: the figures, the datasets held whole and the years held of others.
    struct Held
    {
        /// Some years of a dataset: the periods of all its figures (with their statuses and
        /// compilers, what its years are computed from) and the years whose figures are held
        /// (invalid: the periods only).
        struct Years
        {
            QList<DatasetPeriod> periods;
            YearRange range;
        };
        Snapshot snapshot;
        QStringList datasets;
        QHash<int, Years> years; ///< by Term::Dataset
    };
    bool read(SnapshotSource& source, Held* out) const;
    /// Holds what read() read from another source, and resets every model.
    void take(Held held);

    /// Where require() and reload() read from, without reading anything now: the window reads
    /// the datasets of each page when it is first shown.
    void setSource(SnapshotSource* source);
    /// The datasets whose figures are held (Datasets::names() order; all after a whole read).
    QStringList datasets() const { return m_datasets; }
    /// Whether the figures of every one of these datasets are held.
    bool holds(const QStringList& datasets) const;
    /// Reads the figures of those of these datasets not held whole yet from the source (with the
    /// sources they cite) and adds them, keeping what is held: the models showing them fill,
    /// the others keep their rows and selection (datasetsLoaded(), with the datasets of which
    /// nothing was held: those showing some years held keep them). The first read resets every
    /// model. True when all are held or there is no source (what is held is all there is);
    /// false (loadFailed(), nothing changed) when the source cannot be read.
    bool require(const QStringList& datasets);
    /// Reads the periods of a dataset's figures, with their statuses and compilers, unless they
    /// or all its figures are held: a figure's years (FigureYears) without its figures. True when
    /// held, read, or there is no source; false (loadFailed()) when the source cannot be read.
    bool requirePeriods(Term::Dataset dataset);
    /// Reads the figures of a dataset whose periods end in `years` (with every other figure of
    /// their quantities), unless all its figures or those of a range covering the years are held:
    /// what a figure showing these years needs (issue 23). The range held grows to cover what was
    /// held and these years; the models showing the dataset fill (datasetsLoaded()), the others
    /// keep their rows. True when held, read, or there is no source; false (loadFailed(), nothing
    /// changed) when the source cannot be read.
    bool requireYears(Term::Dataset dataset, const YearRange& years);
    /// Whether the dataset's figures of these years are held (all its figures, or a range
    /// covering the years).
    bool holdsYears(Term::Dataset dataset, const YearRange& years) const;

    const Snapshot& snapshot() const { return m_snapshot; }
    QList<Observation> observations(Term::Dataset dataset) const;
    /// By the dataset's name ("arrivals", a figure's name); none for any other text.
    QList<Observation> observations(const QString& dataset) const;
    const Observation* observation(qint64 id) const;
    /// A period and status of a dataset's plotted figures.
    struct PlottedPeriod
    {
        Period period;
        Term::Status status;
    };
    /// The periods and statuses of a dataset's plotted figures, each pair once, in the order
    /// first met: what a figure's years are computed from (FigureYears) without copying every
    /// figure. Computed once for what is held (issue 23: a trade page on a 100k-row store
    /// copied every trade figure twice for each of the dozens of times it asked its years).
    /// When only some years of the dataset are held, from the periods of all its figures
    /// (requirePeriods()): each period a figure may be plotted in (not a misprint, by the
    /// dataset's plotted compiler) with each status such a figure has, the plotted one's among
    /// them (the rule ranks status first, PlottingRule).
    QList<PlottedPeriod> plottedPeriods(Term::Dataset dataset) const;
    Source source(const QString& id) const { return m_snapshot.sources.value(id); }
    /// Every observation of the same quantity, plotted first.
    QList<Observation> sameQuantity(const Observation& o) const;
    /// Whether other sources report a different value for the same quantity.
    bool hasConflict(const Observation& o) const;
    /// Whether another source reports a value this figure cannot be reconciled with: a different
    /// exact value, or an approximate one ("about", "over", …) that does not cover it.
    bool disagrees(const Observation& o) const;
    /// Whether a figure, read with its qualifier, is consistent with the value `reference`:
    /// "over 33,000" with 33,752; "about 18,000,000" (stated to the million) with 18,031,000.
    static bool agrees(const Observation& figure, qint64 reference);
    QList<TimelineEvent> events(const QString& figure) const;
    QList<TimelineEvent> events(Term::Dataset figure) const;

    /// Names in language().
    QString regionName(const QString& code) const;
    QString seriesName(const QString& dataset, const QString& series) const;
    QString seriesName(Term::Dataset dataset, const QString& series) const;

    /// Newest publication date among the sources of the given observations.
    QString newestDate(const QList<Observation>& observations) const;
    /// A checksum of the given observations' identity and values (provenance in exports).
    static QString checksum(const QList<Observation>& observations);

signals:
    void aboutToReset();
    void reset();
    /// require() added these datasets' figures; what was held before is unchanged.
    void datasetsLoaded(const QStringList& datasets);
    /// require() could not read from the source (the Store tells why).
    void loadFailed();
    /// The language of the texts changed (setLanguage(), or the window's language followed).
    void languageChanged(Language language);

private:
    void index();
    /// Whether any figure is held (then the names, events and claims are).
    bool holdsFigures() const;
    /// Puts a read of some datasets' figures in place of what is held of them.
    void merge(Snapshot s, const QStringList& datasets);
    static QList<Period> periodsEnding(const QList<DatasetPeriod>& periods, const YearRange& years);

    std::optional<Language> m_language;
    SnapshotSource* m_source = nullptr;
    QStringList m_datasets;
    QHash<int, Held::Years> m_years; // by Term::Dataset: the datasets of which some years are held
    Snapshot m_snapshot;
    QHash<qint64, int> m_byId;
    QMultiHash<QString, int> m_byQuantity;
    mutable QHash<int, QList<PlottedPeriod>> m_plottedPeriods; // by Term::Dataset
};
