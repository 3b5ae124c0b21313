// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figureyears.h"
#include "itemmodels/figure.h"

#include <QIcon>
#include <QWidget>

class FlowLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QPalette;
class QSpinBox;
class QToolButton;

/// The options of one figure as controls, in a bar that wraps onto a second line in a narrow
/// window: one subclass per figure kind (as LabPlot's docks per type), made by create(). The
/// controls show the figure's options (sync()); a change by the user is announced with the
/// options it asks for (edited()), which the page applies. The years (for a figure with a year
/// range) and the annotations are common to the figures that have them.
class FigureOptionsWidget : public QWidget
{
    Q_OBJECT

public:
    /// The options widget of the figure's kind.
    static FigureOptionsWidget* create(Figure* figure, QWidget* parent = nullptr);
    /// A drawn icon for a figure kind, in the palette's colours (also when selected in a list).
    static QIcon icon(FigureKind kind, const QPalette& palette);

    Figure* figure() const { return m_figure; }
    /// The page's title for the figure ("Arrivals"), in the UI language.
    virtual QString pageTitle() const = 0;
    /// Adds a control after the options, at the end of the bar (the page's Reset zoom).
    void addTrailing(QWidget* widget);
    /// The controls in reading order, for the page's tab order.
    QList<QWidget*> tabOrder() const { return m_order; }
    /// Shows the figure's options.
    void sync();
    void retranslate();

signals:
    /// The user changed a control: the options asked for.
    void edited(const FigureOptions& options);
    /// A year button was clicked: the years asked for (0 and 0: the opening range).
    void yearsChosen(int first, int last);

protected:
    FigureOptionsWidget(Figure* figure, QWidget* parent);

    /// Shows the figure's own options in its own controls.
    virtual void syncOwn(const FigureOptions& options) = 0;
    /// Reads the figure's own controls into the options.
    virtual void readOwn(FigureOptions& options) const = 0;
    virtual void retranslateOwn() = 0;
    /// The tooltip of the button back to the opening range.
    virtual QString latestYearsToolTip() const;

    QCheckBox* addCheckBox(const char* name);
    /// "Show:" and a combo box of `count` items (texts set in retranslateOwn()).
    QComboBox* addShow(int count);
    QLabel* showLabel() const { return m_showLabel; }
    /// The first and last year, and the buttons back to the opening range and to the span of
    /// the original briefs (when they differ); only for a figure with a year range.
    void addYears();
    void addAnnotations();

private:
    void changed();
    YearRange brief() const;

    Figure* m_figure;
    FlowLayout* m_row;
    QList<QWidget*> m_order;
    QLabel* m_showLabel = nullptr;
    QLabel* m_yearsLabel = nullptr;
    QLabel* m_dash = nullptr;
    bool m_briefDecided = false; ///< the second years button shown or hidden for the data
    QSpinBox* m_from = nullptr;
    QSpinBox* m_to = nullptr;
    QToolButton* m_latestYears = nullptr;
    QToolButton* m_briefYears = nullptr;
    QCheckBox* m_annotations = nullptr;
    bool m_syncing = false;
};
