// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechart.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class Catalog;
class QChartView;
class QLabel;

/// Presenter mode (View → Present, F5, `crossings --present FIGURE`): one figure full screen in
/// the projector theme with type sized for the back of a room, its sources line always on
/// screen, and by keyboard alone: Right/Left (or Space/Backspace) step through the figures of
/// the chart with the value and its source shown large, Page Down/Up go to the next or previous
/// figure, L switches the language, Escape leaves. The window draws its own charts (the pages'
/// options, the Contrast theme), so the main window's charts are never resized or restyled.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    struct Slide
    {
        FigureKind kind;
        FigureOptions options;
    };

    explicit PresenterWindow(Catalog* catalog, const QList<Slide>& slides, int first = 0,
                             QWidget* parent = nullptr);
    ~PresenterWindow() override;

    int slideCount() const { return int(m_slides.size()); }
    int currentSlide() const { return m_current; }
    void showSlide(int index);
    FigureChart* figure() const { return m_figure; }
    QChartView* chartView() const { return m_view; }

    /// The figure stepped to (a cell of figure()->model()), invalid before the first step.
    QModelIndex currentIndex() const { return m_index; }
    /// Steps to the next (1) or previous (-1) figure of the chart, in the table's order.
    void step(int delta);

    /// What the audience reads (tests, accessibility).
    QString titleText() const;
    QString valueText() const;
    QString pointSourceText() const;
    QString sourcesText() const;

    /// The type scale for a height: 1 at 450 pixels, so about 1.6 at 1280×720.
    static qreal scaleFor(int height);

signals:
    /// L: the user asked for the other language (the application owns the translators).
    void languageSwitchRequested();
    /// Escape, or the window was closed: the figure shown last (for the main window to follow).
    void finished(FigureKind kind);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslate();
    void applyFonts();
    void updatePoint();
    void updateSources();
    QList<QPersistentModelIndex> steps() const;

    Catalog* m_catalog;
    QList<Slide> m_slides;
    int m_current = -1;
    QPointer<FigureChart> m_figure;
    QPersistentModelIndex m_index;
    QChartView* m_view;
    QLabel* m_counter;
    QLabel* m_value;
    QLabel* m_what;
    QLabel* m_pointSource;
    QLabel* m_sources;
    QLabel* m_hint;
    bool m_finished = false;
};
