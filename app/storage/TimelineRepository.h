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

/// The events of one lane that start in one month (or in one year, when the date is known only to the year) and
/// share a kind and a status: the timeline of a printed pack, where ten thousand marks would be a smudge.
struct TimelineCell
{
    int lane = 0;   ///< index into TimelineSummary::lanes
    int year = 0;
    int month = 0;     ///< 1-12, or 0 when the start date is known only to the year
    quint8 kind = 0;   ///< index into Vocabulary::eventKinds()
    quint8 status = 0; ///< index into Vocabulary::eventStatuses()
    int count = 0;
    int heldBy = 0; ///< of those, the ones not cancelled that started by the summary's `until` day
};

/// Lanes (ordered as in TimelineData) and cells (by lane, then date) of the events a filter selects.
struct TimelineSummary
{
    QList<TimelineLane> lanes;
    QList<TimelineCell> cells;
    int classification = 0; ///< the highest marking among the events counted
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
    /// The dated events of `filter` counted by series lane, start month, kind and status, in one grouped query;
    /// with `until` (an ISO day), each cell also counts its events held by then (TimelineCell::heldBy).
    Result<TimelineSummary> summary(const EventFilter& filter, Lang lang, const QString& until = {}) const;

    /// The span of days a partial date can mean: a year is 1 Jan to 31 Dec, a month its first to last day.
    static std::pair<int, int> dayRange(const PartialDate& date);
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" without a regular expression (100,000 a load); null when bad.
    static PartialDate quickParse(const QString& text);

private:
    /// Names the lanes with keys d<id>, f<id>, c<id> or "" and orders them (dialogues, fora or countries by name,
    /// the rest last); returns each key's new index.
    Result<QList<int>> nameLanes(const QList<QString>& keys, bool byCountry, Lang lang,
                                 QList<TimelineLane>& lanes) const;
    QSqlDatabase m_db;
};
