// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatsRepository.h"

#include "storage/Sql.h"

Result<QHash<qint64, StatsRepository::Rounds>> StatsRepository::dialogueRounds() const
{
    using R = Result<QHash<qint64, Rounds>>;
    auto q = Sql::run(m_db, QStringLiteral("SELECT dialogue_id, count(*), max(start_date) FROM event "
                                           "WHERE dialogue_id IS NOT NULL AND kind IN ('round', 'meeting', 'intersessional') "
                                           "GROUP BY dialogue_id"));
    if (!q)
        return R::failure(q.error());
    QHash<qint64, Rounds> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), Rounds{q->value(1).toInt(), Sql::text(q->value(2))});
    return out;
}

Result<QHash<qint64, int>> StatsRepository::counts(const QString& sql, const QVariantList& binds) const
{
    auto q = Sql::run(m_db, sql, binds);
    if (!q)
        return Result<QHash<qint64, int>>::failure(q.error());
    QHash<qint64, int> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Result<QHash<qint64, int>> StatsRepository::forumMeetings() const
{
    return counts(QStringLiteral("SELECT forum_id, count(*) FROM event WHERE forum_id IS NOT NULL GROUP BY forum_id"));
}

Result<QHash<qint64, int>> StatsRepository::dialogueEventsOfCountry(const QString& code) const
{
    return counts(QStringLiteral("SELECT dialogue_id, count(*) FROM event WHERE dialogue_id IN (SELECT dialogue_id FROM "
                                 "dialogue_party WHERE country_id = (SELECT id FROM country WHERE code = ?)) "
                                 "GROUP BY dialogue_id"),
                  {code});
}

Result<QHash<qint64, int>> StatsRepository::countryDialogues() const
{
    return counts(QStringLiteral("SELECT country_id, count(*) FROM dialogue_party GROUP BY country_id"));
}

Result<QHash<qint64, int>> StatsRepository::countryEvents() const
{
    // The parties of a dialogue round are recorded as its participants, so participants alone count events.
    return counts(QStringLiteral("SELECT country_id, count(DISTINCT event_id) FROM participant "
                                 "WHERE country_id IS NOT NULL GROUP BY country_id"));
}

Result<QHash<qint64, int>> StatsRepository::organizationEvents() const
{
    return counts(QStringLiteral("SELECT organization_id, count(DISTINCT event_id) FROM participant "
                                 "WHERE organization_id IS NOT NULL GROUP BY organization_id"));
}
