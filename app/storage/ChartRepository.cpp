// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ChartRepository.h"

#include "storage/Sql.h"

namespace {
const char* const kYear = "CAST(substr(e.start_date, 1, 4) AS INTEGER)";
}

Result<QList<ChartRepository::YearKind>> ChartRepository::eventsPerYearByKind(const EventFilter& filter) const
{
    using R = Result<QList<YearKind>>;
    QVariantList binds;
    const QString where = filter.where(QStringLiteral("e"), binds);
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT %1 AS y, e.kind, count(*) FROM event e WHERE e.start_date IS NOT NULL "
                                     "AND %2 GROUP BY y, e.kind ORDER BY y, e.kind")
                          .arg(QLatin1String(kYear), where),
                      binds);
    if (!q)
        return R::failure(q.error());
    QList<YearKind> out;
    while (q->next())
        out << YearKind{q->value(0).toInt(), q->value(1).toString(), q->value(2).toInt()};
    return out;
}

Result<QList<ChartRepository::Named>> ChartRepository::named(const QString& sql, const QVariantList& binds,
                                                             bool country) const
{
    auto q = Sql::run(m_db, sql, binds);
    if (!q)
        return Result<QList<Named>>::failure(q.error());
    QList<Named> out;
    while (q->next()) {
        if (country)
            out << Named{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()};
        else
            out << Named{q->value(0).toString(), {}, {}, q->value(1).toInt()};
    }
    return out;
}

Result<QList<ChartRepository::Named>> ChartRepository::engagementByRegion(const EventFilter& filter,
                                                                          const QString& homeCode) const
{
    QVariantList binds{homeCode};
    const QString where = filter.where(QStringLiteral("e"), binds);
    return named(
        QStringLiteral("SELECT c.region, count(DISTINCT e.id) AS n FROM event e "
                       "JOIN participant p ON p.event_id = e.id JOIN country c ON c.id = p.country_id "
                       "WHERE c.region <> '' AND c.code <> ? AND %1 GROUP BY c.region ORDER BY n DESC, c.region")
            .arg(where),
        binds, false);
}

Result<QList<ChartRepository::Named>> ChartRepository::dialogueRoundsPerPartner(const EventFilter& filter,
                                                                                const QString& homeCode) const
{
    QVariantList binds{homeCode};
    const QString where = filter.where(QStringLiteral("e"), binds);
    return named(QStringLiteral("SELECT c.code, c.name_en, c.name_ja, count(DISTINCT e.id) AS n FROM event e "
                                "JOIN dialogue_party dp ON dp.dialogue_id = e.dialogue_id "
                                "JOIN country c ON c.id = dp.country_id "
                                "WHERE e.kind IN ('round', 'meeting', 'intersessional') AND c.code <> ? AND %1 "
                                "GROUP BY c.id ORDER BY n DESC, c.code")
                     .arg(where),
                 binds, true);
}

Result<QList<ChartRepository::YearActions>> ChartRepository::actionsPerYear(const EventFilter& filter) const
{
    using R = Result<QList<YearActions>>;
    QVariantList binds;
    const QString where = filter.where(QStringLiteral("e"), binds);
    auto q = Sql::run(
        m_db,
        QStringLiteral("SELECT %1 AS y, sum(a.status IN ('open', 'in_progress')), "
                       "sum(a.status IN ('done', 'cancelled')) FROM action a JOIN event e ON e.id = a.event_id "
                       "WHERE e.start_date IS NOT NULL AND %2 GROUP BY y ORDER BY y")
            .arg(QLatin1String(kYear), where),
        binds);
    if (!q)
        return R::failure(q.error());
    QList<YearActions> out;
    while (q->next())
        out << YearActions{q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt()};
    return out;
}
