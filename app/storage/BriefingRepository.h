// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/// What a briefing pack covers: countries by code, dialogues and fora by id, a date range and a marking ceiling.
struct BriefingScope
{
    QStringList countries;
    QList<qint64> dialogues;
    QList<qint64> fora;
    QString from; ///< ISO date of any precision; empty: open
    QString to;   ///< ISO date of any precision, inclusive; empty: open
    int maxClassification = 3;
};

/// The first rows of a longer list and the length of the whole list.
template <typename T> struct Capped
{
    QList<T> rows;
    qint64 total = 0;
};

/// An open follow-up with the meeting it came from.
struct BriefingAction
{
    Action action;
    QString eventTitleEn, eventTitleJa, eventDate;
};

/// A provision cited by an event or agreement of the pack.
struct BriefingCitation
{
    QString policyTitleEn, policyTitleJa, article, labelEn, labelJa, subjectEn, subjectJa;
    QString citedByEn, citedByJa, citedByDate, note;
    int classification = 0; ///< the highest of the provision's and the citing record's
};

/// The read queries of the briefing pack: bounded, filtered by scope, date range and classification in SQL.
class BriefingRepository
{
public:
    explicit BriefingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Events of the scope in the date range that started by `until` (ISO day), newest first; without `count` the
    /// total is left to the caller, who has it from elsewhere.
    Result<Capped<Event>> events(const BriefingScope& scope, const QString& until, int limit, bool count = true) const;
    /// One dialogue's meetings in the date range: the latest `limit`, returned oldest first.
    Result<Capped<Event>> dialogueRounds(qint64 dialogueId, const BriefingScope& scope, int limit) const;
    /// Ids of the fora in which one of `countries` took part in a meeting marked at most `maxClassification`.
    Result<QList<qint64>> foraMetIn(const QStringList& countries, int maxClassification) const;
    /// Dialogue id → the date of its latest meeting in the range, for the dialogues given that met in it.
    Result<QHash<qint64, QString>> latestMeetings(const QList<qint64>& dialogueIds, const BriefingScope& scope) const;
    /// Events of the scope, not cancelled, that start on or after `asOf`, soonest first; the date range does not
    /// apply, since what comes next is measured from the as-of date.
    Result<Capped<Event>> upcoming(const BriefingScope& scope, const QString& asOf, int limit) const;
    /// Open and in-progress actions of the scope's events, soonest due first; the date range does not apply.
    Result<Capped<BriefingAction>> openActions(const BriefingScope& scope, int limit) const;
    /// Provisions cited by the scope's events in the date range and by the given agreements, by policy and article.
    Result<Capped<BriefingCitation>> citations(const BriefingScope& scope, const QList<qint64>& agreementIds,
                                               int limit) const;

private:
    Result<Capped<Event>> selectEvents(const QString& where, const QVariantList& binds, const QString& order,
                                       int limit, bool count = true) const;
    QSqlDatabase m_db;
};
