// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "itemmodels/destinationsmodel.h"
#include "itemmodels/seriestablemodel.h"

#include <QJsonObject>
#include <QModelIndex>
#include <QObject>
#include <QStringList>

#include <optional>
#include <utility>

class Catalog;
class EventsModel;
class QAbstractItemModel;
struct SlotScale;

/// The three figures of Crossings.
enum class FigureKind { Arrivals, Trade, Destinations };

/// Which view of the destinations figure is shown.
using DestinationsView = DestinationsModel::View;

/// What the user chose to show. Fields that do not apply to a figure are ignored by it; how the
/// figure is coloured (Theme) is the chart's, not the figure's.
struct FigureOptions
{
    bool annotations = true;
    // Arrivals
    bool bars = false;
    bool sexSplit = false;
    bool quarterly = false;
    /// Arrivals and trade: the years shown; 0 and 0 the figure's default range, computed from
    /// the data (FigureYears::defaultRange), so that an import of a later year extends it.
    int firstYear = 0;
    int lastYear = 0;
    // Trade and destinations
    bool logScale = false;
    // Destinations
    DestinationsView destinationsView = DestinationsView::Overview;
    /// Series switched off through the legend (series keys, e.g. "male").
    QStringList hiddenSeries;
};

/// One figure of Crossings as data, without any widget or chart: its kind and name, the datasets
/// it draws from, the table model the chart and the table share, its options, its title,
/// subtitle and caveat in the current language, and its provenance (the observations plotted,
/// the sources of the event markers, the years). The chart (views/FigureChart) draws it; the page,
/// the renderer, the briefing pack, `verify` and the command line read it. One subclass per kind
/// (Figure::create).
class Figure : public QObject
{
    Q_OBJECT

public:
    static QString name(FigureKind kind); ///< "arrivals", "trade", "destinations"
    static std::optional<FigureKind> fromName(const QString& name);
    /// The figure that draws a dataset's figures.
    static FigureKind of(Term::Dataset dataset);
    /// The datasets a figure draws from (the destinations compare with South Korea's arrivals):
    /// what a command drawing only this figure loads (Catalog::reload).
    static QStringList datasets(FigureKind kind);
    static QList<FigureKind> all()
    {
        return {FigureKind::Arrivals, FigureKind::Trade, FigureKind::Destinations};
    }
    /// A figure's options as an export's provenance records them (the options its kind has:
    /// annotations, hiddenSeries, and arrivals: bars, sexSplit, quarterly, years; trade: logScale,
    /// years; destinations: destinationsView, logScale), and read back (a missing key: the
    /// default; ExportRecipe, the briefing pack).
    static QJsonObject optionsJson(FigureKind kind, const FigureOptions& options);
    static FigureOptions optionsFromJson(const QJsonObject& json);
    /// A new figure of the kind, reading the catalog through its own model.
    static Figure* create(FigureKind kind, Catalog* catalog, QObject* parent = nullptr);

    virtual FigureKind kind() const = 0;
    QString name() const { return name(kind()); }
    QStringList datasets() const { return datasets(kind()); }
    Catalog* catalog() const { return m_catalog; }
    /// The table model the chart and the table share (owned by the figure).
    virtual QAbstractItemModel* model() const = 0;

    const FigureOptions& options() const { return m_options; }
    /// Applies the options to the model (granularity, years, view) and emits optionsChanged().
    void setOptions(const FigureOptions& options);
    bool isHidden(const QString& series) const { return m_options.hiddenSeries.contains(series); }
    /// Applies the options to the model again, after new data (the default range may now reach
    /// a later year), without optionsChanged().
    void reapply() { applyOptions(); }
    /// Reads from the catalog's source what the figure shows, unless it is held: its datasets,
    /// or (arrivals, trade) the years it shows (Catalog::requireYears, issue 23), and from then on
    /// the years each change of options shows. What a page calls when it is shown, a command
    /// before drawing. False when the source cannot be read (Catalog::loadFailed()).
    virtual bool require();
    /// Whether the catalog holds what the figure shows (its datasets, or the years it shows);
    /// until then its model is empty.
    virtual bool holdsData() const;
    /// A figure of the kind with these options requires what it shows (require()): what a
    /// command drawing it reads.
    static bool require(FigureKind kind, Catalog* catalog, const FigureOptions& options);

    virtual QString title() const = 0;
    /// Unit and period, e.g. "People arriving in South Korea per year, 1998–2022".
    virtual QString subtitle() const = 0;
    /// A caveat that must travel with the figure (may be empty).
    virtual QString caveat() const { return {}; }
    /// The observations drawn, for citations and export provenance.
    virtual QList<Observation> plottedObservations() const = 0;
    /// The sources of the event markers drawn (those within the time axis, numbered in the
    /// chart's key), for citations and export provenance: an annotation is a claim about a date
    /// and carries its source too.
    virtual QStringList eventSourceIds() const { return {}; }
    /// The first and last year the figure's data covers, for a range control; nullopt when the
    /// figure has no year range.
    virtual std::optional<std::pair<int, int>> dataYears() const { return std::nullopt; }
    /// The years the figure opens on (FigureYears::defaultRange); nullopt without a year range.
    virtual std::optional<std::pair<int, int>> defaultYears() const { return std::nullopt; }
    /// The years drawn with the current options; nullopt when the figure has no year range.
    virtual std::optional<std::pair<int, int>> yearsShown() const { return std::nullopt; }

    /// The language changed: the model's texts are renewed.
    virtual void retranslate() = 0;

signals:
    /// setOptions() was called (the model may have been reset before).
    void optionsChanged();

protected:
    Figure(Catalog* catalog, QObject* parent);
    /// Applies the options to the model before optionsChanged().
    virtual void applyOptions() {}

private:
    Catalog* m_catalog;
    FigureOptions m_options;
};

/// What the arrivals and the trade figures share: a dataset's series over time in a
/// SeriesTableModel with its events, and the years shown (the options' range within the data).
class TimeSeriesFigure : public Figure
{
    Q_OBJECT

public:
    QAbstractItemModel* model() const override;
    SeriesTableModel* seriesModel() const { return m_model; }
    EventsModel* eventsModel() const { return m_events; }
    Term::Dataset dataset() const { return m_dataset; }
    /// The slots of the time axis: years, quarters or months (from the options).
    virtual SeriesTableModel::Granularity granularity() const = 0;
    /// The years drawn (the options' range within the data).
    std::pair<int, int> shownYears() const;
    /// The time axis of the years shown: slot 0 is the first period of the first year.
    SlotScale scale() const;
    /// The time axis's ends, in slots (SlotScale): what the chart shows and where its events are
    /// numbered.
    virtual double axisMin() const { return -0.5; }
    double axisMax() const;
    /// The model's column of a series key.
    int columnOf(const QString& key) const;

    std::optional<std::pair<int, int>> dataYears() const override;
    std::optional<std::pair<int, int>> defaultYears() const override;
    std::optional<std::pair<int, int>> yearsShown() const override { return shownYears(); }
    QStringList eventSourceIds() const override;
    void retranslate() override;
    bool require() override;
    bool holdsData() const override;

protected:
    TimeSeriesFigure(Catalog* catalog, Term::Dataset dataset, const QStringList& keys,
                     QObject* parent);
    /// Ends the subclass's constructor: applies the default options.
    void start();
    void applyOptions() override;

    /// A cell of the model drawn as a point (else as a bar), with its figure.
    struct DrawnCell
    {
        int row = 0;
        int column = 0;
        const Observation* observation = nullptr;
        bool point = true;
    };
    /// What the symbols of the points drawn mean (open: approximate; square: derived), and
    /// whether a figure drawn as a point or a bar has other sources reporting another value (the
    /// chart's diamonds): the caveat's sentences on the marks, each on its own.
    QStringList markCaveats(const QList<DrawnCell>& cells) const;

private:
    /// The periods of the dataset's figures and the figures of the years shown.
    bool requireShown();
    /// Reads the years shown once require() was called, then applies the options to the model;
    /// false when the read failed.
    bool applyShown();

    Term::Dataset m_dataset;
    SeriesTableModel* m_model;
    EventsModel* m_events;
    bool m_required = false; ///< require() was called: each change of years reads what it shows
};

/// Yearly (or quarterly) arrivals in South Korea: total, and men and women on demand.
class ArrivalsFigure : public TimeSeriesFigure
{
    Q_OBJECT

public:
    explicit ArrivalsFigure(Catalog* catalog, QObject* parent = nullptr);

    FigureKind kind() const override { return FigureKind::Arrivals; }
    QString title() const override;
    QString subtitle() const override;
    QString caveat() const override;
    QList<Observation> plottedObservations() const override;
    SeriesTableModel::Granularity granularity() const override;
    double axisMin() const override;
    /// The series drawn: the total, and men and women when split.
    QStringList shownSeries() const;
};

/// Monthly China–North Korea trade from China's customs.
class TradeFigure : public TimeSeriesFigure
{
    Q_OBJECT

public:
    explicit TradeFigure(Catalog* catalog, QObject* parent = nullptr);

    FigureKind kind() const override { return FigureKind::Trade; }
    QString title() const override;
    QString subtitle() const override;
    QString caveat() const override;
    QList<Observation> plottedObservations() const override;
    SeriesTableModel::Granularity granularity() const override
    {
        return SeriesTableModel::Granularity::Month;
    }
    /// A month, or two months published together (January-February), is drawn. A longer span is
    /// a cumulative total (January-September): no month's figure, so it is listed in the table
    /// and used by derived figures, but neither drawn nor scaled to.
    static bool isDrawn(const Period& p);
    /// The series keys, in the table's column order.
    static QStringList keys();
};

/// Where defectors live: the overview, the asylum decisions in Europe, US refugee arrivals by
/// fiscal year, and over time.
class DestinationsFigure : public Figure
{
    Q_OBJECT

public:
    explicit DestinationsFigure(Catalog* catalog, QObject* parent = nullptr);

    FigureKind kind() const override { return FigureKind::Destinations; }
    QAbstractItemModel* model() const override;
    DestinationsModel* destinationsModel() const { return m_model; }
    DestinationsView view() const;
    QString title() const override;
    QString subtitle() const override;
    QString caveat() const override;
    QList<Observation> plottedObservations() const override;
    void retranslate() override;

    /// An estimate or an approximate figure (drawn hatched).
    static bool isEstimate(const Observation& o);
    /// The key of the series an observation is drawn in (the legend's entries): reported or
    /// estimate in the overview, the region over time, the series otherwise.
    QString seriesKey(const Observation& o) const;

protected:
    void applyOptions() override;

private:
    DestinationsModel* m_model;
};
