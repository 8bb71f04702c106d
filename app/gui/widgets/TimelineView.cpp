// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/TimelineView.h"

#include "core/Clock.h"
#include "core/Language.h"
#include "core/Vocabulary.h"
#include "reports/FigurePainter.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kAxisHeight = 40;
constexpr int kLaneHeight = 24;
constexpr double kMarkSize = 10;
constexpr double kBarHeight = 12;

QDate dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

QString monthLabel(int month, bool withYear, int year)
{
    if (uiLanguage() == Lang::Ja)
        return withYear ? QStringLiteral("%1年%2月").arg(year).arg(month) : QStringLiteral("%1月").arg(month);
    const QString name = QLocale(QLocale::English).monthName(month, QLocale::ShortFormat);
    return withYear ? QStringLiteral("%1 %2").arg(name).arg(year) : name;
}

QString yearLabel(int year)
{
    return uiLanguage() == Lang::Ja ? QStringLiteral("%1年").arg(year) : QString::number(year);
}

QString decadeLabel(int year)
{
    return uiLanguage() == Lang::Ja ? QStringLiteral("%1年代").arg(year) : QStringLiteral("%1s").arg(year);
}
} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setMinimumSize(400, kAxisHeight + 3 * kLaneHeight);
    m_unassigned = tr("Other events");
    const QDate today = Clock::today();
    setVisibleRange(double(today.addYears(-10).toJulianDay()), double(today.addYears(1).toJulianDay()));
}

TimelineView::~TimelineView() = default;

QColor TimelineView::kindColour(int kind)
{
    // One palette for the screen and the printed pack.
    return FigurePainter::kindColour(kind);
}

void TimelineView::setData(std::shared_ptr<const TimelineData> data)
{
    m_data = std::move(data);
    m_lanes.assign(m_data ? size_t(m_data->lanes.size()) : 0, LaneIndex{});
    if (m_data) {
        // Rows arrive sorted by lane and start, so each lane is one stretch of rows.
        for (int i = 0; i < m_data->rows.size(); ++i) {
            const TimelineRow& r = m_data->rows[i];
            LaneIndex& l = m_lanes[size_t(r.lane)];
            if (l.end == 0)
                l.begin = i;
            l.end = i + 1;
            l.maxSpan = std::max(l.maxSpan, r.endDay - r.startDay);
        }
    }
    m_firstLane = qBound(0, m_firstLane, qMax(0, int(m_lanes.size()) - 1));
    changed();
}

void TimelineView::setUnassignedLaneName(const QString& name)
{
    m_unassigned = name;
    update();
}

void TimelineView::setSelectedEvent(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    update();
}

void TimelineView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

int TimelineView::labelWidth() const
{
    // Lane names take up to a fifth of a narrow view (a profile page), never less than a short name needs.
    return std::clamp(width() / 4, 110, 240);
}

int TimelineView::preferredHeight(int maxLanes) const
{
    const int lanes = m_data ? std::clamp(int(m_data->lanes.size()), 1, maxLanes) : 3;
    return kAxisHeight + lanes * kLaneHeight + 6;
}

QRectF TimelineView::plotRect() const
{
    return QRectF(labelWidth(), kAxisHeight, qMax(1, width() - labelWidth()), qMax(1, height() - kAxisHeight));
}

double TimelineView::daysAcross() const
{
    return m_days;
}

double TimelineView::lastVisibleDay() const
{
    return m_firstDay + m_days;
}

double TimelineView::xForDay(double day) const
{
    const QRectF p = plotRect();
    return p.left() + (day - m_firstDay) * p.width() / m_days;
}

double TimelineView::dayForX(double x) const
{
    const QRectF p = plotRect();
    return m_firstDay + (x - p.left()) * m_days / p.width();
}

void TimelineView::setVisibleRange(double first, double last)
{
    const double days = std::clamp(last - first, kMinDays, kMaxDays);
    const double centre = (first + last) / 2;
    m_days = days;
    m_firstDay = centre - days / 2;
    changed();
}

void TimelineView::fitAll()
{
    if (!m_data || m_data->rows.isEmpty()) {
        const QDate today = Clock::today();
        setVisibleRange(double(today.addYears(-10).toJulianDay()), double(today.addYears(1).toJulianDay()));
        return;
    }
    // Today is always in the picture: what is next matters as much as what was.
    int first = m_data->rows.front().startDay, last = int(Clock::today().toJulianDay()) + 30;
    for (const TimelineRow& r : m_data->rows) {
        first = std::min(first, r.startDay);
        last = std::max(last, r.endDay);
    }
    // A margin either side, so the first and last marks are not cut by the edges.
    const double margin = std::max(30.0, (last - first) * 0.03);
    setVisibleRange(first - margin, last + 1 + margin);
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    const double anchorDay = dayForX(anchorX);
    const double days = std::clamp(m_days / factor, kMinDays, kMaxDays);
    const double fraction = (anchorX - plotRect().left()) / plotRect().width();
    m_days = days;
    m_firstDay = anchorDay - fraction * days;
    changed();
}

void TimelineView::panByPixels(double dx)
{
    m_firstDay -= dx * m_days / plotRect().width();
    changed();
}

int TimelineView::visibleLaneCount() const
{
    return qMax(1, int(plotRect().height()) / kLaneHeight);
}

void TimelineView::scrollLanes(int lanes)
{
    const int maxFirst = qMax(0, int(m_lanes.size()) - visibleLaneCount());
    const int first = qBound(0, m_firstLane + lanes, maxFirst);
    if (first == m_firstLane)
        return;
    m_firstLane = first;
    changed();
}

void TimelineView::changed()
{
    m_marksValid = false;
    update();
    emit visibleRangeChanged();
}

void TimelineView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    m_firstLane = qBound(0, m_firstLane, qMax(0, int(m_lanes.size()) - visibleLaneCount()));
    m_marksValid = false;
}

std::vector<TimelineView::Mark> TimelineView::marks() const
{
    computeMarks();
    return m_marks;
}

void TimelineView::computeMarks() const
{
    if (m_marksValid)
        return;
    m_marksValid = true;
    m_marks.clear();
    if (!m_data)
        return;
    const QRectF plot = plotRect();
    const double first = m_firstDay, last = m_firstDay + m_days;
    const double pxPerDay = plot.width() / m_days;
    const int lanes = std::min(int(m_lanes.size()), m_firstLane + visibleLaneCount());
    const int buckets = int(std::ceil(plot.width() / kBucketPixels));
    const int kinds = int(Vocabulary::eventKinds().size());
    std::vector<int> counts, kindCounts;
    for (int lane = m_firstLane; lane < lanes; ++lane) {
        const LaneIndex& li = m_lanes[size_t(lane)];
        const double top = plot.top() + (lane - m_firstLane) * kLaneHeight;
        const double mid = top + kLaneHeight / 2.0;
        // Rows are sorted by start: skip those that ended before the view, stop at the first that starts after it.
        const auto begin = m_data->rows.cbegin() + li.begin, end = m_data->rows.cbegin() + li.end;
        auto from = std::lower_bound(begin, end, first - li.maxSpan - 1,
                                     [](const TimelineRow& r, double day) { return r.startDay < day; });
        auto to = std::upper_bound(from, end, last, [](double day, const TimelineRow& r) { return day < r.startDay; });
        int inView = 0;
        for (auto it = from; it != to; ++it)
            inView += it->endDay + 1 >= first;
        if (inView == 0)
            continue;
        if (inView * kMinPixelsPerEvent > plot.width()) {
            // Too dense to draw one by one: count the events per bucket of a few pixels, by where they start
            // (or the left edge, for those that started earlier).
            counts.assign(size_t(buckets), 0);
            kindCounts.assign(size_t(buckets) * size_t(kinds), 0);
            for (auto it = from; it != to; ++it) {
                if (it->endDay + 1 < first)
                    continue;
                const double x = (std::max(double(it->startDay), first) - first) * pxPerDay;
                const int b = std::clamp(int(x / kBucketPixels), 0, buckets - 1);
                ++counts[size_t(b)];
                ++kindCounts[size_t(b) * size_t(kinds) + std::min<size_t>(it->kind, size_t(kinds - 1))];
            }
            const int most = *std::max_element(counts.begin(), counts.end());
            for (int b = 0; b < buckets; ++b) {
                const int n = counts[size_t(b)];
                if (n == 0)
                    continue;
                // Bars grow with the square root of the count, so a single event still shows next to a crowd.
                const double h = std::max(3.0, (kLaneHeight - 4) * std::sqrt(double(n) / most));
                Mark m;
                m.rect = QRectF(plot.left() + b * kBucketPixels, top + kLaneHeight - 2 - h, kBucketPixels - 1, h);
                m.lane = lane;
                const int* kc = &kindCounts[size_t(b) * size_t(kinds)];
                m.kind = int(std::max_element(kc, kc + kinds) - kc);
                m.style = Style::Aggregate;
                m.count = n;
                m.firstDay = int(std::floor(dayForX(m.rect.left())));
                m.lastDay = int(std::floor(dayForX(m.rect.left() + kBucketPixels)));
                m_marks.push_back(m);
            }
            continue;
        }
        for (auto it = from; it != to; ++it) {
            if (it->endDay + 1 < first)
                continue;
            Mark m;
            m.eventId = it->id;
            m.lane = lane;
            m.kind = it->kind;
            m.style = it->status == 0 ? Style::Planned : it->status == 2 ? Style::Cancelled : Style::Held;
            m.imprecise = it->start.precision() != PartialDate::Precision::Day ||
                          (!it->end.isNull() && it->end.precision() != PartialDate::Precision::Day);
            m.firstDay = it->startDay;
            m.lastDay = it->endDay;
            const double x0 = xForDay(it->startDay), x1 = xForDay(it->endDay + 1);
            if (!m.imprecise && x1 - x0 < kMarkSize)
                m.rect = QRectF((x0 + x1) / 2 - kMarkSize / 2, mid - kMarkSize / 2, kMarkSize, kMarkSize);
            else
                m.rect = QRectF(x0, mid - kBarHeight / 2, std::max(3.0, x1 - x0), kBarHeight);
            m_marks.push_back(m);
        }
    }
}

std::optional<TimelineView::Mark> TimelineView::markAt(const QPointF& pos) const
{
    computeMarks();
    // The last drawn is on top; a precise mark wins over the span of an imprecise one under it.
    const Mark* found = nullptr;
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        const QRectF hit = it->style == Style::Aggregate ? QRectF(it->rect.left(), it->rect.bottom() - kLaneHeight + 4,
                                                                  kBucketPixels, kLaneHeight - 4)
                                                         : it->rect.adjusted(-2, -2, 2, 2);
        if (!hit.contains(pos))
            continue;
        if (!it->imprecise)
            return *it;
        if (!found)
            found = &*it;
    }
    return found ? std::optional<Mark>(*found) : std::nullopt;
}

QString TimelineView::toolTipAt(const QPointF& pos) const
{
    // Over the lane names: the whole name, which the column may have cut short.
    if (pos.x() < labelWidth() && pos.y() > kAxisHeight) {
        const int lane = m_firstLane + int((pos.y() - kAxisHeight) / kLaneHeight);
        return lane < m_firstLane + visibleLaneCount() ? laneName(lane).toHtmlEscaped() : QString();
    }
    const auto mark = markAt(pos);
    if (!mark || !m_data)
        return {};
    const Lang lang = uiLanguage();
    if (mark->style == Style::Aggregate) {
        const QString from = QLocale(lang == Lang::Ja ? QLocale::Japanese : QLocale::English)
                                 .toString(QDate::fromJulianDay(mark->firstDay), QLocale::ShortFormat);
        const QString to = QLocale(lang == Lang::Ja ? QLocale::Japanese : QLocale::English)
                               .toString(QDate::fromJulianDay(mark->lastDay), QLocale::ShortFormat);
        return QStringLiteral("<b>%1</b><br>%2<br>%3<br><i>%4</i>")
            .arg(tr("%n event(s)", nullptr, mark->count), laneName(mark->lane).toHtmlEscaped(),
                 from == to ? from : from + QStringLiteral(" – ") + to, tr("Zoom in to see each event."));
    }
    const LaneIndex& li = m_lanes[size_t(mark->lane)];
    for (int i = li.begin; i < li.end; ++i) {
        const TimelineRow& r = m_data->rows[i];
        if (r.id != mark->eventId)
            continue;
        QStringList lines{QStringLiteral("<b>%1</b>").arg(r.title.toHtmlEscaped()),
                          PartialDate::displayRange(r.start, r.end, lang).toHtmlEscaped()};
        if (!r.place.isEmpty())
            lines << r.place.toHtmlEscaped();
        lines << QStringLiteral("%1 · %2")
                     .arg(Vocabulary::label(QStringLiteral("eventStatus"), Vocabulary::eventStatuses().value(r.status),
                                            lang),
                          Vocabulary::label(QStringLiteral("eventKind"), Vocabulary::eventKinds().value(r.kind), lang))
                     .toHtmlEscaped();
        lines << laneName(mark->lane).toHtmlEscaped();
        return lines.join(QStringLiteral("<br>"));
    }
    return {};
}

QString TimelineView::laneName(int lane) const
{
    if (!m_data || lane < 0 || lane >= m_data->lanes.size())
        return {};
    const TimelineLane& l = m_data->lanes[lane];
    return l.kind == TimelineLane::Kind::None || l.name.isEmpty() ? m_unassigned : l.name;
}

QList<std::pair<double, QString>> TimelineView::scaleLabels(bool coarse) const
{
    QList<Tick> minor, major;
    ticks(minor, major);
    QList<std::pair<double, QString>> out;
    for (const Tick& t : coarse ? major : minor) {
        if (t.day >= m_firstDay && t.day <= m_firstDay + m_days)
            out.append({t.day, t.label});
    }
    return out;
}

void TimelineView::ticks(QList<Tick>& minor, QList<Tick>& major) const
{
    const double pxPerDay = plotRect().width() / m_days;
    const QDate a = dateOf(m_firstDay), b = dateOf(m_firstDay + m_days).addDays(1);
    constexpr double kMinLabelPx = 56;
    if (7 * pxPerDay >= kMinLabelPx) {
        // Weeks (Mondays), under months.
        QDate d = a.addDays(1 - a.dayOfWeek());
        for (; d <= b; d = d.addDays(7))
            minor << Tick{double(d.toJulianDay()),
                          uiLanguage() == Lang::Ja ? QStringLiteral("%1日").arg(d.day()) : QString::number(d.day())};
        for (QDate m(a.year(), a.month(), 1); m <= b; m = m.addMonths(1))
            major << Tick{double(m.toJulianDay()), monthLabel(m.month(), true, m.year())};
        return;
    }
    const int monthStep = 30.4 * pxPerDay >= kMinLabelPx ? 1 : 91 * pxPerDay >= kMinLabelPx ? 3 : 0;
    if (monthStep > 0) {
        for (QDate m(a.year(), 1, 1); m <= b; m = m.addMonths(monthStep))
            minor << Tick{double(m.toJulianDay()), monthLabel(m.month(), false, m.year())};
        for (int y = a.year(); y <= b.year(); ++y)
            major << Tick{double(QDate(y, 1, 1).toJulianDay()), yearLabel(y)};
        return;
    }
    int yearStep = 1;
    for (int step : {1, 2, 5, 10, 20}) {
        yearStep = step;
        if (365.25 * step * pxPerDay >= kMinLabelPx)
            break;
    }
    for (int y = a.year() - a.year() % yearStep; y <= b.year(); y += yearStep)
        minor << Tick{double(QDate(y, 1, 1).toJulianDay()), yearLabel(y)};
    for (int y = a.year() - a.year() % 10; y <= b.year(); y += 10)
        major << Tick{double(QDate(y, 1, 1).toJulianDay()), decadeLabel(y)};
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF plot = plotRect();
    const QColor text = pal.color(QPalette::Text);
    const QColor faint = pal.color(QPalette::Mid);

    // Lanes: alternate shading, names on the left.
    const int laneCount = m_data ? int(m_data->lanes.size()) : 0;
    const int lastLane = std::min(laneCount, m_firstLane + visibleLaneCount());
    for (int lane = m_firstLane; lane < lastLane; ++lane) {
        const QRectF row(0, plot.top() + (lane - m_firstLane) * kLaneHeight, width(), kLaneHeight);
        if ((lane % 2) == 1)
            p.fillRect(row, pal.color(QPalette::AlternateBase));
    }

    // Scale: grid lines through the lanes, labels in two rows above them.
    QList<Tick> minor, major;
    ticks(minor, major);
    p.setClipRect(plot.adjusted(0, -kAxisHeight, 0, 0));
    QColor grid = faint;
    grid.setAlpha(70);
    for (const Tick& t : minor) {
        const double x = xForDay(t.day);
        p.setPen(grid);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        // A label that would be cut by the right edge is left out rather than shown in part.
        if (x < plot.left() || x + 3 + p.fontMetrics().horizontalAdvance(t.label) > plot.right())
            continue;
        p.setPen(text);
        p.drawText(QRectF(x + 3, kAxisHeight / 2.0, 200, kAxisHeight / 2.0), Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (int i = 0; i < major.size(); ++i) {
        const double x = xForDay(major[i].day);
        p.setPen(faint);
        p.drawLine(QPointF(x, 2), QPointF(x, plot.bottom()));
        // The label of a period that began off the left edge stays in view until the next one pushes it out.
        double lx = std::max(x, plot.left()) + 3;
        const double next = i + 1 < major.size() ? xForDay(major[i + 1].day) : plot.right() + 1000;
        const double w = p.fontMetrics().horizontalAdvance(major[i].label) + 6;
        lx = std::min(lx, next - w);
        if (lx < plot.left())
            continue; // pushed out by the next period's label
        p.setPen(text);
        p.drawText(QRectF(lx, 0, w + 4, kAxisHeight / 2.0), Qt::AlignLeft | Qt::AlignVCenter, major[i].label);
    }
    p.setFont(font());
    p.setPen(faint);
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));

    if (!m_data || m_data->rows.isEmpty()) {
        p.setClipping(false);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(0, kAxisHeight, 0, 0), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    } else {
        computeMarks();
        p.setClipRect(plot);
        p.setRenderHint(QPainter::Antialiasing, true);
        const double pxPerDay = plot.width() / m_days;
        for (size_t i = 0; i < m_marks.size(); ++i) {
            const Mark& m = m_marks[i];
            QColor c = kindColour(m.kind);
            if (m.style == Style::Aggregate) {
                p.fillRect(m.rect, c);
                continue;
            }
            if (m.imprecise) {
                // Known only to the month or year: a pale band over the whole period, edged, never a point.
                QColor fill = c;
                fill.setAlpha(m.style == Style::Held ? 90 : 35);
                QColor edge = c;
                edge.setAlpha(m.style == Style::Cancelled ? 110 : 230);
                p.setPen(QPen(edge, 1.2, m.style == Style::Planned ? Qt::DashLine : Qt::SolidLine));
                p.setBrush(fill);
                p.drawRoundedRect(m.rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            } else if (m.rect.width() <= kMarkSize + 0.1) {
                QPainterPath diamond;
                const QPointF ctr = m.rect.center();
                const double r = kMarkSize / 2;
                diamond.moveTo(ctr.x(), ctr.y() - r);
                diamond.lineTo(ctr.x() + r, ctr.y());
                diamond.lineTo(ctr.x(), ctr.y() + r);
                diamond.lineTo(ctr.x() - r, ctr.y());
                diamond.closeSubpath();
                if (m.style == Style::Planned) {
                    p.setPen(QPen(c, 1.8));
                    p.setBrush(pal.color(QPalette::Base));
                } else {
                    if (m.style == Style::Cancelled)
                        c.setAlpha(80);
                    p.setPen(Qt::NoPen);
                    p.setBrush(c);
                }
                p.drawPath(diamond);
            } else {
                if (m.style == Style::Planned) {
                    p.setPen(QPen(c, 1.8));
                    p.setBrush(pal.color(QPalette::Base));
                } else {
                    if (m.style == Style::Cancelled)
                        c.setAlpha(80);
                    p.setPen(Qt::NoPen);
                    p.setBrush(c);
                }
                p.drawRoundedRect(m.rect, 3, 3);
            }
            if (m.eventId == m_selected && m_selected > 0) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 2));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(m.rect.center(), std::max(9.0, m.rect.width() / 2 + 4), 9.0);
            }
            if (m.style == Style::Cancelled) {
                p.setPen(QPen(text, 1.4));
                p.drawLine(QPointF(m.rect.left() - 1, m.rect.bottom() + 1),
                           QPointF(m.rect.right() + 1, m.rect.top() - 1));
            }
            // Zoomed in far enough, a precise event is named beside its mark when there is room before the next.
            if (!m.imprecise && pxPerDay >= 1.5) {
                const double room =
                    (i + 1 < m_marks.size() && m_marks[i + 1].lane == m.lane ? m_marks[i + 1].rect.left()
                                                                             : plot.right()) -
                    m.rect.right() - 8;
                if (room > 40 && m_data) {
                    const LaneIndex& li = m_lanes[size_t(m.lane)];
                    for (int r = li.begin; r < li.end; ++r) {
                        if (m_data->rows[r].id != m.eventId)
                            continue;
                        p.setPen(m.style == Style::Cancelled ? faint : text);
                        const QString t = p.fontMetrics().elidedText(m_data->rows[r].title, Qt::ElideRight, int(room));
                        p.drawText(QRectF(m.rect.right() + 4, m.rect.top() - 4, room, m.rect.height() + 8),
                                   Qt::AlignLeft | Qt::AlignVCenter, t);
                        break;
                    }
                }
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // Today, over the marks.
    const double todayX = xForDay(double(Clock::today().toJulianDay()) + 0.5);
    if (todayX >= plot.left() && todayX <= plot.right()) {
        p.setClipRect(plot.adjusted(0, -kAxisHeight, 0, 0));
        const QColor red(0xc6, 0x28, 0x28);
        p.setPen(QPen(red, 1.5));
        p.drawLine(QPointF(todayX, plot.top() - 4), QPointF(todayX, plot.bottom()));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p.setFont(small);
        // Just under the scale, on the side of the line where it fits, over a patch of background.
        const QString label = tr("Today");
        const double w = QFontMetricsF(small).horizontalAdvance(label) + 6;
        const QRectF box(todayX + 2 + w > plot.right() ? todayX - 2 - w : todayX + 2, plot.top() + 2, w, 15);
        p.fillRect(box, pal.color(QPalette::Base));
        p.drawText(box, Qt::AlignCenter, label);
        p.setFont(font());
    }

    // Lane names last, over anything that spilled left.
    p.setClipping(false);
    p.fillRect(QRectF(0, 0, labelWidth(), height()), pal.color(QPalette::Window));
    for (int lane = m_firstLane; lane < lastLane; ++lane) {
        const QRectF row(8, plot.top() + (lane - m_firstLane) * kLaneHeight, labelWidth() - 14, kLaneHeight);
        p.setPen(text);
        p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(laneName(lane), Qt::ElideRight, int(row.width())));
    }
    p.setPen(faint);
    p.drawLine(QPointF(labelWidth() - 0.5, 0), QPointF(labelWidth() - 0.5, height()));
    if (laneCount > visibleLaneCount()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(8, 0, labelWidth() - 14, kAxisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Lanes %1–%2 of %3").arg(m_firstLane + 1).arg(lastLane).arg(laneCount));
    }
    if (hasFocus()) {
        p.setBrush(Qt::NoBrush); // the marks' last brush would fill the whole view
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

bool TimelineView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (e->type() == QEvent::NativeGesture) {
        auto* g = static_cast<QNativeGestureEvent*>(e);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + g->value(), g->position().x());
            return true;
        }
    }
    return QWidget::event(e);
}

void TimelineView::wheelEvent(QWheelEvent* e)
{
    const QPoint d = e->angleDelta();
    if (m_wheelNeedsControl && !(e->modifiers() & Qt::ControlModifier)) {
        e->ignore();
        return;
    }
    if (e->modifiers() & Qt::ShiftModifier) {
        scrollLanes(d.y() > 0 ? -3 : d.y() < 0 ? 3 : 0);
    } else if (std::abs(d.x()) > std::abs(d.y())) {
        panByPixels(d.x() / 2.0);
    } else if (d.y() != 0) {
        // One notch (120) zooms by a quarter, around the day under the pointer.
        zoomBy(std::pow(1.25, d.y() / 120.0), e->position().x());
    }
    e->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(e);
    m_pressPos = m_lastDragPos = e->position();
    m_laneDrag = 0;
    m_dragging = false;
    setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent* e)
{
    if (!(e->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (e->position() - m_pressPos).manhattanLength() < 4)
        return;
    m_dragging = true;
    const QPointF delta = e->position() - m_lastDragPos;
    m_lastDragPos = e->position();
    panByPixels(delta.x());
    m_laneDrag -= delta.y();
    const int lanes = int(m_laneDrag / kLaneHeight);
    if (lanes != 0) {
        m_laneDrag -= lanes * kLaneHeight;
        scrollLanes(lanes);
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* e)
{
    unsetCursor();
    if (e->button() != Qt::LeftButton || m_dragging)
        return;
    const auto mark = markAt(e->position());
    if (!mark)
        return;
    if (mark->style == Style::Aggregate) {
        // A crowd opens up: zoom in around it.
        zoomBy(8, e->position().x());
        return;
    }
    emit eventActivated(NavTarget{NavTarget::Kind::Event, mark->eventId});
}

void TimelineView::keyPressEvent(QKeyEvent* e)
{
    const double centre = plotRect().center().x();
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        panByPixels(plotRect().width() / 8);
        break;
    case Qt::Key_Right:
        panByPixels(-plotRect().width() / 8);
        break;
    case Qt::Key_Up:
        scrollLanes(-1);
        break;
    case Qt::Key_Down:
        scrollLanes(1);
        break;
    case Qt::Key_PageUp:
        scrollLanes(-visibleLaneCount());
        break;
    case Qt::Key_PageDown:
        scrollLanes(visibleLaneCount());
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}
