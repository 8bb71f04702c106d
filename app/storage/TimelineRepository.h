// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/Result.h"
#include "storage/EventFilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// One row of the timeline: a lane, a span of days (Julian day numbers) and what the mark and its tooltip need.
struct TimelineRow
{
    qint64 id = 0;
    int lane = 0;      ///< index into TimelineData::lanes
    int startDay = 0;  ///< first day the start date can mean
    int endDay = 0;    ///< last day the end date (or, without one, the start date) can mean
    quint8 kind = 0;   ///< index into Vocabulary::eventKinds()
    quint8 status = 0; ///< index into Vocabulary::eventStatuses()
    PartialDate start, end;
    QString title; ///< in the requested language, falling back to the other
    QString place;
};

/// A horizontal lane: a dialogue, a forum, a country, or the events that belong to none.
struct TimelineLane
{
    enum class Kind { Dialogue, Forum, Country, None };
    Kind kind = Kind::None;
    qint64 id = 0;
    QString name;
};

/// Everything the timeline draws: lanes, and rows sorted by lane then start day.
struct TimelineData
{
    QList<TimelineLane> lanes;
    QList<TimelineRow> rows;
    int undated = 0; ///< events that match but have no start date, so cannot be placed
};

/// Reads the timeline's compact rows in one query; read-only, meant for a worker thread's connection.
class TimelineRepository
{
public:
    enum class Lanes { BySeries, ByCountry };

    explicit TimelineRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// By series: one lane per dialogue and forum, then one for the rest. By country: one lane per participant
    /// country, so an event with three countries shows in three lanes.
    Result<TimelineData> load(const EventFilter& filter, Lanes lanes, Lang lang) const;

    /// The span of days a partial date can mean: a year is 1 Jan to 31 Dec, a month its first to last day.
    static std::pair<int, int> dayRange(const PartialDate& date);
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" without a regular expression (100,000 a load); null when bad.
    static PartialDate quickParse(const QString& text);

private:
    QSqlDatabase m_db;
};
