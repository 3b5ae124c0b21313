// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

#include <limits>

class QChart;
class QLineSeries;
class QValueAxis;

/// Reduces a line to what the pixels can show. The visible x range is cut into pixel columns;
/// of the points in a column only the lowest and the highest are kept (min/max per pixel column:
/// the line drawn through them covers the same pixels to within one, and every extreme is kept
/// exactly), and the line's own first and last point. A step in x larger than gapAbove is a
/// gap: the result is one line per run
/// between gaps, so a gap is never bridged. Points beyond the range are dropped except the
/// nearest one on each side, so that the line still leaves the plot at the right angle; a run
/// wholly to one side of the range is dropped.
/// Every point returned is one of the input points.
struct Downsampler
{
    /// A column keeps at most this many points (and a line its two ends); a run with no more
    /// than this many per column on average is returned as it is.
    static constexpr int KeptPerColumn = 2;

    double xMin = 0;
    double xMax = 0;
    int columns = 0; ///< pixel columns across [xMin, xMax]
    double gapAbove = std::numeric_limits<double>::infinity();

    /// points: sorted by x. Lines with a single point are kept (a lone figure between gaps).
    QList<QList<QPointF>> lines(const QList<QPointF>& points) const;
    /// One run (no gap in it): the reduced points.
    QList<QPointF> reduce(const QList<QPointF>& points) const;
};

/// Keeps line series of a chart drawn from a downsampled copy of their points: whenever the x
/// axis's range or the plot's width changes (zoom, pan, resize), each series gets its points
/// reduced for the columns on screen again. Owned by the x axis: it goes when the axis goes.
class LineDownsampler : public QObject
{
    Q_OBJECT

public:
    LineDownsampler(QChart* chart, QValueAxis* xAxis);

    /// Takes over the points of every line series of the chart attached to the x axis (call
    /// it once the chart is built; the series must hold one run each, without gaps).
    void adoptLines();
    /// The full points of a series (not the reduced ones it is drawn from).
    QList<QPointF> points(const QLineSeries* series) const;

    void refresh();

private:
    QPointer<QChart> m_chart;
    QValueAxis* m_axis;
    QHash<QLineSeries*, QList<QPointF>> m_points;
    double m_min = 0;
    double m_max = 0;
    int m_columns = -1;
};
