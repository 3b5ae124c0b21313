// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartview.h"
#include "core/figureyears.h"
#include "figurechart.h"

#include <QIcon>
#include <QPalette>
#include <QWidget>

class FigureOptionsWidget;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;

/// One figure: its options (the figure kind's FigureOptionsWidget), its chart and, in a splitter,
/// its table on the same model (sortable, Ctrl+C copies the selection; its context menu copies with
/// the sources too). Selecting a point, bar or bracket selects its cell, and the other way round;
/// Left and Right in the chart step through the figures in the table's order; the selection is
/// announced for the citation panel. Tab goes through the options, the chart and the table, and
/// leaves the table.
class FigurePage : public QWidget
{
    Q_OBJECT

public:
    /// Shows a figure's chart; the page takes ownership of it.
    explicit FigurePage(FigureChart* figure, QWidget* parent = nullptr);

    /// The figure's chart (figure()->figure() is the Figure).
    FigureChart* figure() const { return m_figure; }
    /// The figure's options as controls.
    FigureOptionsWidget* optionsWidget() const { return m_controls; }
    ChartView* chartView() const { return m_view; }
    QTableView* table() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }

    FigureOptions options() const;
    void setOptions(const FigureOptions& options);
    /// The selected cell of figure()->model(), invalid when nothing is selected.
    QModelIndex currentIndex() const;
    void setCurrentIndex(const QModelIndex& sourceIndex);

    /// Splitter sizes and the figure's options, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

    /// A drawn icon for the figure, in the palette's colours (also when selected in a list).
    static QIcon icon(FigureKind kind, const QPalette& palette);

    /// A page too low for everything (AdaptiveLayout::compactPage): the event key as numbered
    /// badges, the caveat on one line with More, the table at most a quarter of the height.
    /// Follows the page's height; tests may set it.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// The caveat's full text; caveatLabel() shows it (on one line when compact).
    QString caveatText() const { return m_caveatFull; }
    QLabel* caveatLabel() const { return m_caveat; }
    QToolButton* caveatToggle() const { return m_caveatMore; }

public slots:
    void resetZoom();
    /// Selects the previous, next, first or last figure drawn, in the table's order, in the
    /// selected figure's column (its series); the first column drawn when none is selected.
    void step(ChartView::Step step);

signals:
    /// The selected cell changed (invalid: nothing selected).
    void currentChanged(const QModelIndex& sourceIndex);
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    /// Whether the catalog holds the figure's datasets.
    bool hasData() const;
    void syncControls();
    /// Applies the options the controls ask for.
    void applyControls(const FigureOptions& options);
    void updateCaveat();
    void chooseYears(int first, int last);
    /// After new data: widens a range that ended at the newest year to the new newest year.
    bool revealNewYears();
    void followPalette();
    void fitCaveat();
    void retranslateCaveatToggle();
    void fitTable();

    FigureChart* m_figure;
    ChartView* m_view;
    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;
    QSplitter* m_splitter;
    QWidget* m_caveatRow;
    QLabel* m_caveat;
    QLabel* m_caveatIcon;
    QToolButton* m_caveatMore;
    QString m_caveatFull;
    bool m_compact = false;
    QAction* m_copy;
    QAction* m_copyWithSources;
    FigureOptionsWidget* m_controls;
    QToolButton* m_reset;
    bool m_syncing = false;
    std::pair<bool, int> m_dataYears{false, 0}; ///< granularity and newest year last seen
};
