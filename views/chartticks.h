// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCategoryAxis>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class Formatter;

/// Tick positions and labels for the figures' axes. Labels are written by the figure (through
/// Formatter, in the UI language), never by printf formats, so years stay "2009", not "2,009.0".
namespace ChartTicks {
struct Tick
{
    double value;
    QString label;
};

/// The smallest round number (1, 2, 2.5 or 5 × 10^n) at or above a value; with integers, never
/// below 1 and never 2.5 (counts of people are whole).
double niceCeil(double value, bool integers = false);
/// A round step so that [min, max] holds at most maxTicks steps.
double niceStep(double min, double max, int maxTicks, bool integers = false);
/// Multiples of niceStep() inside [min, max].
QList<double> linear(double min, double max, int maxTicks, bool integers = false);
/// How many ticks a value axis of that many pixels holds (one per ~50 px, 3 to 10).
int ticksFor(double pixels);
/// The smallest step from steps at which labels of the given width, on slots of slotPixels,
/// do not touch; the last step when none fits.
int fittingStep(const QList<int>& steps, double slotPixels, double labelWidth);
/// US-dollar labels for the ticks of one axis, in one notation for all of them (never "$1,000"
/// beside "$10K"). A linear axis writes every tick in the unit of its largest one with the same
/// decimals ("$0.5M", "$1.0M", "$1.5M"; "$5,000", "$10,000"); a log axis (powers of ten) writes
/// each in the unit of its magnitude ("$1K", "$10K", "$1M"). Korean writes amounts in 만/억 units
/// as Formatter::large does ("5,000만 달러", "1억 달러", "1억 5,000만 달러"), or all in digits when
/// a tick is no whole number of 만.
QList<Tick> dollarTicks(const QList<double>& values, const Formatter& formatter, bool logScale);
} // namespace ChartTicks

/// Keeps a QCategoryAxis labelled with the ticks of its current range and length, also after a
/// zoom or a resize. The provider gets the visible range and the axis length in pixels (0 before
/// the first layout) and returns the ticks to show, in order, few enough for their labels to fit.
class TickAxis : public QObject
{
    Q_OBJECT

public:
    using Provider = std::function<QList<ChartTicks::Tick>(double min, double max, double pixels)>;

    /// Labels on the tick values (value axes), or centred between consecutive ticks (the ticks
    /// are then the ends of named ranges, e.g. the years of a quarterly axis).
    TickAxis(QCategoryAxis* axis, Provider provider, bool centred = false);

    QCategoryAxis* axis() const { return m_axis; }
    /// The axis length changed (the plot area was laid out again).
    void setPixels(double pixels);
    void refresh();

private:
    QCategoryAxis* m_axis;
    Provider m_provider;
    bool m_centred;
    bool m_refreshing = false;
    double m_pixels = 0;
    double m_min = 0;
    double m_max = 0;
    QList<ChartTicks::Tick> m_ticks;
};
