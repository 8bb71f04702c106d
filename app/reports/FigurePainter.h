// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/BriefingDocument.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

/// Paints a briefing pack's figures (timeline, stacked columns, bars) with QPainter, so that in a PDF they stay
/// vector graphics, sharp at any print resolution; the geometry is in millimetres of the figure's size on paper.
class FigurePainter
{
public:
    /// A timeline mark: one cell (an event, or the events of one month, kind and status), or in a crowded lane
    /// the part of a month's column that holds one status.
    struct Mark
    {
        QRectF rect;
        int lane = 0;
        int kind = 0;   ///< a cell's kind, or the most common kind of a column
        int status = 0; ///< Vocabulary::eventStatuses() index: 0 planned, 1 held, 2 cancelled
        int count = 0;
        int year = 0, month = 0;
        bool column = false; ///< part of a crowded lane's month column
        QColor colour;       ///< the fill (or, planned, the outline)
    };
    /// A bar of a chart: one kind's part of a year's column, or one category's bar.
    struct Bar
    {
        QRectF rect;
        int category = 0;
        int series = 0; ///< index into the figure's kinds; 0 for a bar chart
        int value = 0;
        QColor colour;
    };

    /// `base` carries the family and style strategy; sizes are set here.
    FigurePainter(const BriefingFigure& figure, const QFont& base) : m_figure(figure), m_base(base) {}

    void paint(QPainter& p, const QRectF& area) const;
    /// The marks of a timeline figure laid out in `area`.
    QList<Mark> timelineMarks(const QRectF& area) const;
    /// The bars of a columns or bars figure laid out in `area`.
    QList<Bar> bars(const QRectF& area) const;

    /// Heights on paper, in millimetres, for a figure 170 mm wide.
    static double timelineHeight(int lanes);
    static double columnsHeight();
    static double barsHeight(int bars);
    /// The colour of an event kind (Vocabulary::eventKinds() index), shared with the on-screen timeline and charts.
    static QColor kindColour(int kind);

private:
    QFont font(double points, bool bold = false) const;
    QRectF plotArea(const QRectF& area, double mm) const;
    double timelineX(const QRectF& plot, int year, double month) const;
    void paintTimeline(QPainter& p, const QRectF& area, double mm) const;
    void paintColumns(QPainter& p, const QRectF& area, double mm) const;
    void paintBars(QPainter& p, const QRectF& area, double mm) const;
    void paintYearAxis(QPainter& p, const QRectF& plot, double top, double mm) const;
    void paintLegend(QPainter& p, const QRectF& box, double mm, bool statuses) const;
    int niceMaximum() const;

    const BriefingFigure& m_figure;
    QFont m_base;
};
