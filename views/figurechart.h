// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"
#include "itemmodels/figure.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <optional>

class Catalog;
class QAbstractItemModel;
class QChart;

/// How a figure is coloured: on screen (light, dark), for projectors (high contrast), on paper.
enum class Theme { Light, Dark, Contrast, Print };

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

/// Draws one Figure (models/itemmodels/figure.h) as a QChart, and keeps the drawing up to date
/// with the figure's model and options. The window shows it in a QChartView; the FigureRenderer
/// draws a fresh one into PNG, PDF and SVG, so the two never differ. What the figure is (its
/// model, options, titles, caveat and provenance) is the Figure's, read from figure(): the chart
/// has no accessors of its own for them. Axis texts are in the current UI language; retranslate()
/// renews them, since a QChart does not receive QEvent::LanguageChange. How the chart is coloured
/// (Theme) is the chart's own.
class FigureChart : public QObject
{
    Q_OBJECT

public:
    /// A new figure of the kind, reading the catalog through its own model, and its chart (which
    /// owns the figure).
    static FigureChart* create(FigureKind kind, Catalog* catalog, QObject* parent = nullptr);
    /// The chart of a figure; it takes the figure as its child when the figure has no parent.
    static FigureChart* create(Figure* figure, QObject* parent = nullptr);

    explicit FigureChart(Figure* figure, QObject* parent = nullptr);

    /// The figure drawn.
    Figure* figure() const { return m_figure; }
    /// The chart; owned by this object until a QChartView takes it with setChart().
    virtual QChart* chart() const = 0;

    /// Sets the figure's options and draws it again (what a figure is, its kind, model, titles,
    /// options and provenance, is read from figure()).
    virtual void setOptions(const FigureOptions& options) { m_figure->setOptions(options); }

    Theme theme() const { return m_theme; }
    /// Colours the chart (drawn again).
    void setTheme(Theme theme);

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
    /// The theme changed: draw again.
    virtual void updateTheme() {}

private:
    Figure* m_figure;
    Theme m_theme = Theme::Light;
    ChangeMarks m_changes;
};
