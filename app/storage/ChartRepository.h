// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/EventFilter.h"

#include <QList>
#include <QSqlDatabase>

/// The SQL aggregates behind the charts, each following an EventFilter.
class ChartRepository
{
public:
    struct YearKind
    {
        int year = 0;
        QString kind;
        int count = 0;
    };
    struct Named
    {
        QString key;    ///< region or country code as stored
        QString nameEn; ///< a country's names; empty for regions
        QString nameJa;
        int count = 0;
    };
    struct YearActions
    {
        int year = 0;
        int open = 0;   ///< open or in progress
        int closed = 0; ///< done or cancelled
    };

    explicit ChartRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Dated events per start year and kind, by year.
    Result<QList<YearKind>> eventsPerYearByKind(const EventFilter& filter) const;
    /// Distinct events per region of a participant country other than `homeCode`, most first.
    Result<QList<Named>> engagementByRegion(const EventFilter& filter, const QString& homeCode) const;
    /// Dialogue meetings (rounds, meetings, intersessionals, as in StatsRepository) per partner country, most first.
    Result<QList<Named>> dialogueRoundsPerPartner(const EventFilter& filter, const QString& homeCode) const;
    /// Follow-up actions by the start year of the event that raised them: still open, and closed. The schema keeps
    /// no closing date, so "over time" is when an action was raised, not when it was closed.
    Result<QList<YearActions>> actionsPerYear(const EventFilter& filter) const;

private:
    Result<QList<Named>> named(const QString& sql, const QVariantList& binds, bool country) const;
    QSqlDatabase m_db;
};
