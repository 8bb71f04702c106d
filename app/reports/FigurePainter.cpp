// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/FigurePainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

namespace {
// Millimetres on paper.
constexpr double kLabelColumn = 42; ///< lane names (timeline) and bar names
constexpr double kAxis = 6;         ///< the year labels above the timeline's lanes
constexpr double kLane = 6;
constexpr double kLegendRow = 4.6;
constexpr double kLegend = 2 * kLegendRow + 1.5; ///< room for two rows of legend
constexpr double kDiamond = 2.6;
constexpr double kMinSpacing = 3; ///< closer than this on average and a lane draws month columns
constexpr double kColumnsPlot = 52;
constexpr double kValueAxis = 11;
constexpr double kBarRow = 5.5;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kGrid(0xd5, 0xda, 0xe0);
const QColor kShade(0xf3, 0xf5, 0xf8);
const QColor kAccent(0x1f, 0x3a, 0x5f);

enum Status { Planned = 0, Held = 1, Cancelled = 2 };

/// The first year-label step (1, 2, 5, 10, 20 years) whose labels are at least 11 mm apart.
int yearStep(double mmPerYear)
{
    for (int step : {1, 2, 5, 10, 20}) {
        if (step * mmPerYear >= 11)
            return step;
    }
    return 50;
}

QColor faded(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

void drawDiamond(QPainter& p, const QRectF& r)
{
    QPainterPath d;
    d.moveTo(r.center().x(), r.top());
    d.lineTo(r.right(), r.center().y());
    d.lineTo(r.center().x(), r.bottom());
    d.lineTo(r.left(), r.center().y());
    d.closeSubpath();
    p.drawPath(d);
}

/// How a status is drawn: held solid, planned hollow, cancelled pale and struck through.
void drawStatusMark(QPainter& p, const QRectF& r, const QColor& c, int status, double mm)
{
    if (status == Planned) {
        p.setPen(QPen(c, 0.35 * mm));
        p.setBrush(Qt::white);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(status == Cancelled ? faded(c, 80) : c);
    }
    drawDiamond(p, r.adjusted(0.1 * mm, 0.1 * mm, -0.1 * mm, -0.1 * mm));
    if (status == Cancelled) {
        p.setPen(QPen(kInk, 0.25 * mm));
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.top()));
    }
}
} // namespace

QColor FigurePainter::kindColour(int kind)
{
    // Sixteen kinds, told apart by hue first; the last ("other") is grey.
    static const QColor colours[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd),
        QColor(0x2c, 0xa0, 0x2c), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
        QColor(0xbc, 0xbd, 0x22), QColor(0x39, 0x3b, 0x79), QColor(0xad, 0x49, 0x4a), QColor(0x63, 0x79, 0x39),
        QColor(0x8c, 0x6d, 0x31), QColor(0x7b, 0x41, 0x73), QColor(0xe6, 0xab, 0x02), QColor(0x7f, 0x7f, 0x7f)};
    return colours[qBound(0, kind, int(std::size(colours)) - 1)];
}

double FigurePainter::timelineHeight(int lanes)
{
    return kAxis + qMax(1, lanes) * kLane + kLegend;
}

double FigurePainter::columnsHeight()
{
    return 4 + kColumnsPlot + kAxis + kLegend;
}

double FigurePainter::barsHeight(int bars)
{
    return 2 + qMax(1, bars) * kBarRow + 2;
}

QFont FigurePainter::font(double points, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QRectF FigurePainter::plotArea(const QRectF& area, double mm) const
{
    switch (m_figure.kind) {
    case BriefingFigure::Kind::Timeline:
        return QRectF(area.left() + kLabelColumn * mm, area.top() + kAxis * mm, area.width() - (kLabelColumn + 1) * mm,
                      qMax(1, int(m_figure.laneNames.size())) * kLane * mm);
    case BriefingFigure::Kind::Columns:
        return QRectF(area.left() + kValueAxis * mm, area.top() + 4 * mm, area.width() - (kValueAxis + 1) * mm,
                      kColumnsPlot * mm);
    case BriefingFigure::Kind::Bars:
        break;
    }
    return QRectF(area.left() + kLabelColumn * mm, area.top() + 2 * mm, area.width() - (kLabelColumn + 12) * mm,
                  qMax(1, int(m_figure.categories.size())) * kBarRow * mm);
}

double FigurePainter::timelineX(const QRectF& plot, int year, double month) const
{
    const int months = (m_figure.lastYear - m_figure.firstYear + 1) * 12;
    return plot.left() + ((year - m_figure.firstYear) * 12 + month) * plot.width() / qMax(1, months);
}

QList<FigurePainter::Mark> FigurePainter::timelineMarks(const QRectF& area) const
{
    QList<Mark> out;
    const double mm = area.width() / m_figure.widthMm;
    const QRectF plot = plotArea(area, mm);
    const double monthWidth = timelineX(plot, m_figure.firstYear, 1) - plot.left();
    // The biggest month of any crowded lane sets the scale of every column, so lanes compare.
    QHash<std::pair<int, int>, int> monthTotals; // (lane, year * 12 + month) → events
    QList<int> eventsPerLane(m_figure.laneNames.size(), 0);
    for (const TimelineCell& c : m_figure.cells) {
        monthTotals[{c.lane, c.year * 12 + c.month}] += c.count;
        eventsPerLane[c.lane] += c.count;
    }
    auto crowded = [&](int lane) { return eventsPerLane.value(lane) * kMinSpacing * mm > plot.width(); };
    int most = 1;
    for (auto it = monthTotals.cbegin(); it != monthTotals.cend(); ++it) {
        if (crowded(it.key().first))
            most = qMax(most, it.value());
    }
    QHash<std::pair<int, int>, double> stacked; // height already used by a column's earlier statuses
    for (const TimelineCell& c : m_figure.cells) {
        if (c.year < m_figure.firstYear || c.year > m_figure.lastYear)
            continue;
        const double top = plot.top() + c.lane * kLane * mm;
        const double mid = top + kLane * mm / 2;
        Mark m{QRectF(), c.lane, c.kind, c.status, c.count, c.year, c.month, false, kindColour(c.kind)};
        if (c.month == 0) {
            // Known only to the year: a band over the whole year, never a point; behind a crowded lane's columns,
            // a pale wash over the lane.
            const double x0 = timelineX(plot, c.year, 0), x1 = timelineX(plot, c.year, 12);
            m.rect = crowded(c.lane) ? QRectF(x0, top + 0.4 * mm, x1 - x0, (kLane - 0.8) * mm)
                                     : QRectF(x0, mid - 1.2 * mm, x1 - x0, 2.4 * mm);
            m.column = crowded(c.lane);
        } else if (crowded(c.lane)) {
            // A column per month: its height grows with the square root of the month's events, shared out among
            // its cells (kinds and statuses) from the bottom up.
            const auto key = std::pair<int, int>{c.lane, c.year * 12 + c.month};
            const double full = std::max(0.6 * mm, (kLane - 1.2) * mm * std::sqrt(double(monthTotals.value(key)) / most));
            const double h = full * c.count / monthTotals.value(key);
            double& used = stacked[key];
            const double x = timelineX(plot, c.year, c.month - 1);
            m.rect = QRectF(x + monthWidth * 0.1, top + (kLane - 0.6) * mm - used - h,
                            std::max(0.2 * mm, monthWidth * 0.8), h);
            used += h;
            m.column = true;
        } else {
            const double x = timelineX(plot, c.year, c.month - 0.5);
            m.rect = QRectF(x - kDiamond * mm / 2, mid - kDiamond * mm / 2, kDiamond * mm, kDiamond * mm);
        }
        out << m;
    }
    return out;
}

void FigurePainter::paintYearAxis(QPainter& p, const QRectF& plot, double top, double mm) const
{
    const int years = m_figure.lastYear - m_figure.firstYear + 1;
    const int step = yearStep(plot.width() / mm / qMax(1, years));
    p.setFont(font(6.5));
    for (int y = m_figure.firstYear; y <= m_figure.lastYear; ++y) {
        const double x = timelineX(plot, y, 0);
        const bool labelled = y % step == 0;
        p.setPen(QPen(labelled ? kGrid.darker(115) : kGrid, 0.15 * mm));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (!labelled)
            continue;
        p.setPen(kMuted);
        const double w = timelineX(plot, y, 12) - x;
        const QRectF box(x + (w > 10 * mm ? 0 : -6 * mm + w / 2), top, w > 10 * mm ? w : 12 * mm, kAxis * mm);
        p.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(y));
    }
    p.setPen(QPen(kGrid.darker(115), 0.15 * mm));
    p.drawLine(QPointF(plot.right(), plot.top()), QPointF(plot.right(), plot.bottom()));
}

void FigurePainter::paintLegend(QPainter& p, const QRectF& box, double mm, bool statuses) const
{
    p.setFont(font(6.5));
    const QFontMetricsF fm(p.font(), p.device());
    double x = box.left();
    double y = box.top() + kLegendRow * mm / 2;
    // An item: its symbol, then its label; the row wraps when the next item would run past the edge.
    auto item = [&](const QString& label, const std::function<void(const QRectF&)>& symbol) {
        const double w = 3.6 * mm + fm.horizontalAdvance(label);
        if (x > box.left() && x + w > box.right()) {
            x = box.left();
            y += kLegendRow * mm;
        }
        symbol(QRectF(x, y - 1.25 * mm, 2.5 * mm, 2.5 * mm));
        p.setPen(kInk);
        p.drawText(QRectF(x + 3.6 * mm, y - 2.5 * mm, w, 5 * mm), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w + 4 * mm;
    };
    for (int i = 0; i < m_figure.kinds.size(); ++i) {
        item(m_figure.kindLabels.value(i), [&](const QRectF& r) { p.fillRect(r, kindColour(m_figure.kinds[i])); });
    }
    if (!statuses)
        return;
    x += 2 * mm;
    for (int status : {Held, Planned, Cancelled}) {
        item(m_figure.statusLabels.value(status == Held ? 0 : status == Planned ? 1 : 2),
             [&](const QRectF& r) { drawStatusMark(p, r, kMuted, status, mm); });
    }
}

void FigurePainter::paintTimeline(QPainter& p, const QRectF& area, double mm) const
{
    const QRectF plot = plotArea(area, mm);
    // Lanes: alternate shading, names on the left.
    p.setFont(font(7));
    const QFontMetricsF fm(p.font(), p.device());
    for (int lane = 0; lane < m_figure.laneNames.size(); ++lane) {
        const QRectF row(area.left(), plot.top() + lane * kLane * mm, area.width(), kLane * mm);
        if (lane % 2 == 1)
            p.fillRect(row, kShade);
        p.setPen(kInk);
        const QRectF name(area.left() + 0.5 * mm, row.top(), (kLabelColumn - 2) * mm, row.height());
        p.drawText(name, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_figure.laneNames[lane], Qt::ElideRight, name.width()));
    }
    paintYearAxis(p, plot, area.top(), mm);
    p.setPen(QPen(kGrid.darker(130), 0.2 * mm));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));

    QList<Mark> marks = timelineMarks(area);
    // Washes of year-only dates first, under the columns.
    std::stable_sort(marks.begin(), marks.end(),
                     [](const Mark& a, const Mark& b) { return (a.column && a.month == 0) > (b.column && b.month == 0); });
    for (const Mark& m : marks) {
        if (m.column && m.month == 0) {
            p.fillRect(m.rect, faded(m.colour, 28));
        } else if (m.month == 0) {
            p.setPen(QPen(faded(m.colour, m.status == Cancelled ? 110 : 230), 0.25 * mm,
                          m.status == Planned ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(faded(m.colour, m.status == Held ? 90 : 35));
            p.drawRect(m.rect);
        } else if (m.column) {
            p.fillRect(m.rect, m.status == Held ? m.colour : m.status == Planned ? faded(m.colour, 110) : faded(kMuted, 90));
        } else {
            drawStatusMark(p, m.rect, m.colour, m.status, mm);
        }
    }
    paintLegend(p, QRectF(plot.left(), plot.bottom() + 1.5 * mm, plot.width(), (kLegend - 1.5) * mm), mm, true);
}

int FigurePainter::niceMaximum() const
{
    int most = 1;
    for (const QList<int>& v : m_figure.values) {
        int sum = 0;
        for (int n : v)
            sum += n;
        most = qMax(most, sum);
    }
    // A round number a little above the tallest column, split in four even steps.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(most))));
    for (double f : {1.0, 2.0, 2.5, 4.0, 5.0, 8.0, 10.0}) {
        if (f * magnitude >= most)
            return int(std::ceil(f * magnitude));
    }
    return most;
}

QList<FigurePainter::Bar> FigurePainter::bars(const QRectF& area) const
{
    QList<Bar> out;
    const double mm = area.width() / m_figure.widthMm;
    const QRectF plot = plotArea(area, mm);
    if (m_figure.kind == BriefingFigure::Kind::Columns) {
        const int top = niceMaximum();
        const int years = m_figure.lastYear - m_figure.firstYear + 1;
        const double slot = plot.width() / qMax(1, years);
        for (int i = 0; i < m_figure.values.size() && i < years; ++i) {
            double y = plot.bottom();
            for (int s = 0; s < m_figure.values[i].size(); ++s) {
                const int v = m_figure.values[i][s];
                if (v <= 0)
                    continue;
                const double h = plot.height() * v / top;
                out << Bar{QRectF(plot.left() + i * slot + slot * 0.15, y - h, slot * 0.7, h), i, s, v,
                           kindColour(m_figure.kinds.value(s))};
                y -= h;
            }
        }
        return out;
    }
    int most = 1;
    for (const QList<int>& v : m_figure.values)
        most = qMax(most, v.value(0));
    for (int i = 0; i < m_figure.values.size(); ++i) {
        const int v = m_figure.values[i].value(0);
        const double w = plot.width() * v / most;
        out << Bar{QRectF(plot.left(), plot.top() + (i + 0.15) * kBarRow * mm, std::max(0.3 * mm, w), 0.7 * kBarRow * mm),
                   i, 0, v, kAccent};
    }
    return out;
}

void FigurePainter::paintColumns(QPainter& p, const QRectF& area, double mm) const
{
    const QRectF plot = plotArea(area, mm);
    const int top = niceMaximum();
    // Value grid labelled on the left, in whole meetings: as many steps (4, 5, 2 or 3) as divide the top evenly.
    int steps = 1;
    for (int n : {4, 5, 2, 3}) {
        if (n <= top && top % n == 0) {
            steps = n;
            break;
        }
    }
    p.setFont(font(6.5));
    for (int i = 0; i <= steps; ++i) {
        const double y = plot.bottom() - plot.height() * i / steps;
        p.setPen(QPen(i == 0 ? kGrid.darker(130) : kGrid, 0.15 * mm));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        const QString label = QLocale(QLocale::English).toString(top / steps * i); // 4,000: both languages group so
        p.drawText(QRectF(area.left(), y - 2 * mm, (kValueAxis - 1.5) * mm, 4 * mm), Qt::AlignRight | Qt::AlignVCenter,
                   label);
    }
    for (const Bar& b : bars(area))
        p.fillRect(b.rect, b.colour);
    // Years under the columns.
    const int years = m_figure.lastYear - m_figure.firstYear + 1;
    const double slot = plot.width() / qMax(1, years);
    const int step = yearStep(slot / mm);
    p.setPen(kMuted);
    for (int i = 0; i < years; ++i) {
        const int year = m_figure.firstYear + i;
        if (year % step != 0)
            continue;
        const double cx = plot.left() + (i + 0.5) * slot;
        p.drawText(QRectF(cx - 6 * mm, plot.bottom() + 0.5 * mm, 12 * mm, kAxis * mm - mm),
                   Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
    }
    paintLegend(p, QRectF(plot.left(), plot.bottom() + kAxis * mm, plot.width(), kLegend * mm), mm, false);
}

void FigurePainter::paintBars(QPainter& p, const QRectF& area, double mm) const
{
    const QRectF plot = plotArea(area, mm);
    p.setFont(font(7));
    const QFontMetricsF fm(p.font(), p.device());
    for (const Bar& b : bars(area)) {
        const QRectF row(area.left(), plot.top() + b.category * kBarRow * mm, area.width(), kBarRow * mm);
        if (b.category % 2 == 1)
            p.fillRect(row, kShade);
        p.setPen(kInk);
        const QRectF name(area.left() + 0.5 * mm, row.top(), (kLabelColumn - 2) * mm, row.height());
        p.drawText(name, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_figure.categories.value(b.category), Qt::ElideRight, name.width()));
        p.fillRect(b.rect, b.colour);
        p.drawText(QRectF(b.rect.right() + 1.2 * mm, row.top(), 12 * mm, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale(QLocale::English).toString(b.value));
    }
    p.setPen(QPen(kGrid.darker(130), 0.2 * mm));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
}

void FigurePainter::paint(QPainter& p, const QRectF& area) const
{
    const double mm = area.width() / m_figure.widthMm;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    switch (m_figure.kind) {
    case BriefingFigure::Kind::Timeline:
        paintTimeline(p, area, mm);
        break;
    case BriefingFigure::Kind::Columns:
        paintColumns(p, area, mm);
        break;
    case BriefingFigure::Kind::Bars:
        paintBars(p, area, mm);
        break;
    }
    p.restore();
}
