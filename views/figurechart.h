// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <optional>

class Catalog;
class QAbstractItemModel;
class QChart;

/// The three figures of Crossings.
enum class FigureKind { Arrivals, Trade, Destinations };

/// How a figure is coloured: on screen (light, dark), for projectors (high contrast), on paper.
enum class Theme { Light, Dark, Contrast, Print };

/// What the user chose to show. Fields that do not apply to a figure are ignored by it.
struct FigureOptions
{
    Theme theme = Theme::Light;
    bool annotations = true;
    // Arrivals
    bool bars = false;
    bool sexSplit = false;
    bool quarterly = false;
    /// Arrivals and trade: the years shown; 0 and 0 the figure's default range, computed from
    /// the data (FigureYears::defaultRange), so that an import of a later year extends it.
    int firstYear = 0;
    int lastYear = 0;
    // Trade
    bool logScale = false;
    // Destinations: 0 overview, 1 asylum decisions, 2 US arrivals by fiscal year, 3 over time
    int destinationsView = 0;
    /// Series switched off through the legend (series keys, e.g. "male").
    QStringList hiddenSeries;
};

/// Figures that changed since an exported file was made (File → Check Exported Figures…, "Open
/// This Figure"): ringed in the chart, with old → new in their tooltip, and listed in the
/// Sources panel.
struct ChangeMarks
{
    QString file; ///< the exported file's name
    /// Observation::quantityKey() → the change in words ("Arrivals, 2009: 2,914 → 2,913 (…)").
    QHash<QString, QString> byKey;
    QStringList all; ///< every change in words, drawn or not (a figure no longer published)
    bool isEmpty() const { return all.isEmpty(); }
};

/// Builds, and keeps up to date, the QChart of one figure from its model. The window shows it in
/// a QChartView; the FigureRenderer draws a fresh one into PNG, PDF and SVG, so the two never
/// differ. Titles and axis texts are in the current UI language; retranslate() renews them,
/// since a QChart does not receive QEvent::LanguageChange.
class FigureChart : public QObject
{
    Q_OBJECT

public:
    static QString name(FigureKind kind); ///< "arrivals", "trade", "destinations"
    static std::optional<FigureKind> fromName(const QString& name);
    /// The datasets a figure draws from (the destinations compare with South Korea's arrivals):
    /// what a command drawing only this figure loads (Catalog::reload).
    static QStringList datasets(FigureKind kind);
    static QList<FigureKind> all()
    {
        return {FigureKind::Arrivals, FigureKind::Trade, FigureKind::Destinations};
    }
    /// A new chart builder for the figure, reading the catalog through its own model.
    static FigureChart* create(FigureKind kind, Catalog* catalog, QObject* parent = nullptr);

    using QObject::QObject;

    virtual FigureKind kind() const = 0;
    /// The chart; owned by this object until a QChartView takes it with setChart().
    virtual QChart* chart() const = 0;
    /// The model the chart and the table share.
    virtual QAbstractItemModel* model() const = 0;
    /// The catalog the figure reads (sources for citations); null for a figure without one.
    virtual Catalog* catalog() const { return nullptr; }
    virtual QString title() const = 0;
    /// Unit and period, e.g. "People arriving in South Korea per year, 1998–2022".
    virtual QString subtitle() const = 0;
    /// A caveat that must travel with the figure (may be empty).
    virtual QString caveat() const { return {}; }
    /// The observations drawn, for citations and export provenance.
    virtual QList<Observation> plottedObservations() const = 0;
    /// The sources of the event markers drawn (numbered in the key), for citations and export
    /// provenance: an annotation is a claim about a date and carries its source too.
    virtual QStringList eventSourceIds() const { return {}; }
    virtual FigureOptions options() const = 0;
    virtual void setOptions(const FigureOptions& options) = 0;
    virtual void retranslate() = 0;
    /// Highlights the model cell's point or bar (selection coming from the table).
    virtual void select(const QModelIndex& index) = 0;
    /// The highlighted model cell, invalid when nothing is selected.
    virtual QModelIndex selected() const = 0;

    /// The model cell drawn at a position in chart coordinates (a point, a bar or a span), or
    /// an invalid index.
    virtual QModelIndex indexAt(const QPointF& position) const = 0;
    /// Where a model cell is drawn, in chart coordinates; nullopt when it is not drawn.
    virtual std::optional<QPointF> positionOf(const QModelIndex& index) const = 0;
    /// The tooltip at a position: a figure's exact value, period and source, or an annotation
    /// with its source. Empty where there is nothing.
    virtual QString toolTipAt(const QPointF& position) const = 0;
    /// The first and last year the figure's data covers, for a range control; nullopt when the
    /// figure has no year range.
    virtual std::optional<std::pair<int, int>> dataYears() const { return std::nullopt; }
    /// The years the figure opens on (FigureYears::defaultRange); nullopt without a year range.
    virtual std::optional<std::pair<int, int>> defaultYears() const { return std::nullopt; }
    /// The years drawn with the current options; nullopt when the figure has no year range.
    virtual std::optional<std::pair<int, int>> yearsShown() const { return std::nullopt; }
    /// A click at a position in chart coordinates: emits clicked() for the cell drawn there.
    void clickAt(const QPointF& position);
    /// Marks the figures that changed since an export (empty: none); kept until replaced.
    void setChangeMarks(const ChangeMarks& marks);
    const ChangeMarks& changeMarks() const { return m_changes; }

signals:
    /// A point or bar was clicked: the model cell it shows.
    void clicked(const QModelIndex& index);
    /// Options changed through the chart itself (e.g. the legend toggled a series).
    void optionsChanged();
    /// The chart was drawn again from the model (options, data or language changed).
    void rebuilt();
    void changeMarksChanged();

protected:
    /// The change marks were replaced: draw them.
    virtual void updateChangeMarks() {}

private:
    ChangeMarks m_changes;
};
