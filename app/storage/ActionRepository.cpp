// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ActionRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

using namespace RecordColumns;

Result<QList<Action>> ActionRepository::select(const QString& where, const QVariantList& binds, const QString& order,
                                               int limit) const
{
    using R = Result<QList<Action>>;
    QVariantList values = binds;
    QString tail = QStringLiteral(" ORDER BY ") + (order.isEmpty() ? QStringLiteral("x.id") : order);
    if (limit > 0) {
        tail += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.event_id, x.description, x.owner, x.due_date, x.status, x.note, %1, "
                                     "(SELECT key FROM event WHERE id = x.event_id) FROM action x %2%3")
                          .arg(meta(QStringLiteral("x")), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where,
                               tail),
                      values);
    if (!q)
        return R::failure(q.error());
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
        a.event = Sql::text(q->value(13));
        out << a;
    }
    // Sources of exactly the actions read.
    QHash<qint64, int> index;
    for (int i = 0; i < out.size(); ++i)
        index.insert(out[i].id, i);
    const Status withSources = inChunks(index.keys(), [&](const QString& in, const QVariantList& ids) {
        auto src = sources(m_db, QStringLiteral("action"), QStringLiteral("action x"), QStringLiteral("x.id IN (%1)").arg(in), ids);
        if (!src)
            return Status::failure(src.error());
        for (auto it = src->cbegin(); it != src->cend(); ++it)
            out[index.value(it.key())].sources = it.value();
        return Status();
    });
    if (!withSources)
        return R::failure(withSources.error());
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

Result<QList<Action>> ActionRepository::openForCountry(const QString& code, int limit) const
{
    return select(QStringLiteral("x.status IN ('open', 'in_progress') AND EXISTS (SELECT 1 FROM participant ep WHERE "
                                 "ep.event_id = x.event_id AND ep.country_id = (SELECT id FROM country WHERE code = ?))"),
                  {code}, QStringLiteral("x.due_date IS NULL, x.due_date, x.id"), limit);
}

namespace {
Result<Columns> actionColumns(const QSqlDatabase& db, Action& a)
{
    if (a.eventId == 0) { // an import knows the event by its key
        auto id = idOfKey(db, QStringLiteral("event"), a.event);
        if (!id)
            return Result<Columns>::failure(id.error());
        a.eventId = *id;
    }
    return Columns{{"event_id", a.eventId},    {"description", a.description}, {"owner", a.owner},
                   {"due_date", Sql::orNull(a.dueDate)}, {"status", a.status}, {"note", a.note}};
}

QString actionName(const Action& a)
{
    return QStringLiteral("The action \u201c%1\u201d").arg(a.description.left(60));
}
} // namespace

Status ActionRepository::insert(Action& a) const
{
    auto cols = actionColumns(m_db, a);
    if (!cols)
        return Status::failure(QStringLiteral("action: %1").arg(cols.error()));
    if (auto s = insertRow(m_db, QStringLiteral("action"), QStringLiteral("action"), a, *cols); !s)
        return s;
    return insertSources(m_db, QStringLiteral("action"), a.id, a.sources);
}

Status ActionRepository::update(Action& a) const
{
    auto cols = actionColumns(m_db, a);
    if (!cols)
        return Status::failure(QStringLiteral("action: %1").arg(cols.error()));
    if (auto s = updateRow(m_db, QStringLiteral("action"), actionName(a), a, *cols); !s)
        return s;
    return replaceSources(m_db, QStringLiteral("action"), a.id, a.sources);
}

Status ActionRepository::remove(const Action& a) const
{
    if (auto s = deleteRow(m_db, QStringLiteral("action"), actionName(a), a); !s)
        return s;
    return replaceSources(m_db, QStringLiteral("action"), a.id, {});
}
