// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"
#include "storage/TimelineRepository.h"

#include <QRectF>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

/// A zoomable, pannable time axis with one lane per dialogue, forum or country and a mark per event. Zoomed out,
/// each lane shows how many events fall in each few pixels instead of drawing every event.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    enum class Style { Planned, Held, Cancelled, Aggregate };
    /// One drawn mark: an event, or (Aggregate) the `count` events of a lane that start within a few pixels.
    struct Mark
    {
        QRectF rect;
        qint64 eventId = 0; ///< 0 for an aggregate
        int lane = 0;
        int kind = 0; ///< event kind, or the most common kind of an aggregate
        Style style = Style::Held;
        bool imprecise = false; ///< the date is known to the month or year only: the mark spans that period
        int count = 1;
        int firstDay = 0, lastDay = 0; ///< days covered (Julian day numbers)
    };

    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setData(std::shared_ptr<const TimelineData> data);
    const TimelineData* data() const { return m_data.get(); }
    /// What the lane of events without a dialogue, forum or country is called.
    void setUnassignedLaneName(const QString& name);
    /// Shown instead of lanes when there is nothing to draw ("Loading…", "No dated events match").
    void setPlaceholder(const QString& text);
    /// Rings the mark of the event shown beside the timeline; 0 for none.
    void setSelectedEvent(qint64 id);
    qint64 selectedEvent() const { return m_selected; }
    /// Inside a scrolling page the wheel scrolls the page; Ctrl+wheel still zooms.
    void setWheelZoomNeedsControl(bool needs) { m_wheelNeedsControl = needs; }

    /// Shows the days from `first` to `last` (Julian day numbers) across the time axis, within the zoom limits.
    void setVisibleRange(double first, double last);
    double firstVisibleDay() const { return m_firstDay; }
    double lastVisibleDay() const;
    /// Shows every event, or the last ten years up to today when there are none.
    void fitAll();
    /// Zooms by `factor` (> 1 in) keeping the day under `anchorX` in place.
    void zoomBy(double factor, double anchorX);
    void panByPixels(double dx);
    void scrollLanes(int lanes);
    int firstLane() const { return m_firstLane; }

    /// Height that shows the scale and up to `maxLanes` lanes without empty space below.
    int preferredHeight(int maxLanes) const;
    /// The area of the lanes' time axis (right of the lane names, below the scale).
    QRectF plotRect() const;
    double xForDay(double day) const;
    double dayForX(double x) const;
    /// The marks as drawn at the current size, range and scroll.
    std::vector<Mark> marks() const;
    std::optional<Mark> markAt(const QPointF& pos) const;
    /// The tooltip's text at `pos`: the event's title, date, place and status, or an aggregate's count.
    QString toolTipAt(const QPointF& pos) const;

    /// The scale's labels at the current zoom: the finer row (weeks, months or years) and the coarser row above it
    /// (months, years or decades), as (day, text).
    QList<std::pair<double, QString>> scaleLabels(bool coarse) const;

    static QColor kindColour(int kind);
    static constexpr double kMinDays = 21;          ///< zoomed fully in: three weeks across
    static constexpr double kMaxDays = 365.25 * 80; ///< zoomed fully out: eighty years across
    static constexpr int kBucketPixels = 4;         ///< aggregate width
    static constexpr int kMinPixelsPerEvent = 6;    ///< closer than this on average and a lane aggregates

signals:
    void eventActivated(const NavTarget& target);
    void visibleRangeChanged();

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    struct Tick
    {
        double day;
        QString label;
    };
    struct LaneIndex
    {
        int begin = 0, end = 0; ///< rows of the lane
        int maxSpan = 0;        ///< longest endDay - startDay, to find rows that started before the view
    };
    void computeMarks() const;
    void ticks(QList<Tick>& minor, QList<Tick>& major) const;
    int visibleLaneCount() const;
    int labelWidth() const;
    double daysAcross() const;
    QString laneName(int lane) const;
    void changed();

    std::shared_ptr<const TimelineData> m_data;
    std::vector<LaneIndex> m_lanes;
    QString m_unassigned;
    QString m_placeholder;
    double m_firstDay = 0;
    double m_days = 3652;
    int m_firstLane = 0;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    double m_laneDrag = 0;
    bool m_dragging = false;
    bool m_wheelNeedsControl = false;
    qint64 m_selected = 0;
    mutable std::vector<Mark> m_marks;
    mutable bool m_marksValid = false;
};
