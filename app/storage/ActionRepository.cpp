// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ActionRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

using namespace RecordColumns;

Result<QList<Action>> ActionRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Action>>;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.event_id, x.description, x.owner, x.due_date, x.status, x.note, %1 "
                                     "FROM action x %2 ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto src = sources(m_db, QStringLiteral("action"), QStringLiteral("action x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Action> out;
    while (q->next()) {
        Action a;
        a.eventId = q->value(1).toLongLong();
        a.description = q->value(2).toString();
        a.owner = q->value(3).toString();
        a.dueDate = Sql::text(q->value(4));
        a.status = q->value(5).toString();
        a.note = q->value(6).toString();
        readMeta(*q, 0, 7, a);
        a.sources = src->value(a.id);
        out << a;
    }
    return out;
}

Result<QList<Action>> ActionRepository::all() const { return select({}, {}); }

Result<Action> ActionRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("action with id %1").arg(id));
}

Result<QList<Action>> ActionRepository::forEvent(qint64 eventId) const
{
    return select(QStringLiteral("x.event_id = ?"), {eventId});
}

Result<QList<Action>> ActionRepository::openForCountry(const QString& code) const
{
    return select(QStringLiteral("x.status IN ('open', 'in_progress') AND x.event_id IN (SELECT ep.event_id FROM "
                                 "participant ep JOIN country ec ON ec.id = ep.country_id WHERE ec.code = ? UNION "
                                 "SELECT ee.id FROM event ee JOIN dialogue_party edp ON edp.dialogue_id = ee.dialogue_id "
                                 "JOIN country ec2 ON ec2.id = edp.country_id WHERE ec2.code = ?)"),
                  {code, code});
}

Status ActionRepository::insert(Action& a) const
{
    QVariantList values{a.eventId, a.description, a.owner, Sql::orNull(a.dueDate), a.status, a.note};
    values += insertValues(a);
    auto q = Sql::run(m_db,
                      QStringLiteral("INSERT INTO action (event_id, description, owner, due_date, status, note, %1) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(insertColumns()),
                      values);
    if (!q)
        return Status::failure(QStringLiteral("action: %1").arg(q.error()));
    a.id = q->lastInsertId().toLongLong();
    return insertSources(m_db, QStringLiteral("action"), a.id, a.sources);
}
