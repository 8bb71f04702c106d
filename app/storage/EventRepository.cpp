// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

using namespace RecordColumns;

Result<QList<Event>> EventRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Event>>;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.key, d.key, f.key, x.dialogue_id, x.forum_id, x.kind, x.kind_note, "
                                     "x.round_number, x.title_en, x.title_ja, x.start_date, x.end_date, x.date_note, "
                                     "x.place, x.format, x.level, x.status, x.summary, x.outcome, x.delegation_heads, "
                                     "x.results_published, x.note, %1 FROM event x LEFT JOIN dialogue d ON d.id = "
                                     "x.dialogue_id LEFT JOIN forum f ON f.id = x.forum_id %2 "
                                     "ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), filter),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto people = Sql::run(m_db,
                           QStringLiteral("SELECT p.event_id, p.id, c.code, p.name, p.side, p.role FROM participant p "
                                          "JOIN event x ON x.id = p.event_id LEFT JOIN country c ON c.id = p.country_id "
                                          "%1 ORDER BY p.event_id, p.position, p.id")
                               .arg(filter),
                           binds);
    if (!people)
        return R::failure(people.error());
    QHash<qint64, QList<Participant>> participants;
    while (people->next()) {
        participants[people->value(0).toLongLong()] << Participant{people->value(1).toLongLong(),
                                                                   Sql::text(people->value(2)), people->value(3).toString(),
                                                                   people->value(4).toString(), people->value(5).toString()};
    }
    auto src = sources(m_db, QStringLiteral("event"), QStringLiteral("event x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Event> out;
    while (q->next()) {
        Event e;
        e.key = Sql::text(q->value(1));
        e.dialogue = Sql::text(q->value(2));
        e.forum = Sql::text(q->value(3));
        e.dialogueId = q->value(4).toLongLong();
        e.forumId = q->value(5).toLongLong();
        e.kind = q->value(6).toString();
        e.kindNote = q->value(7).toString();
        if (!q->value(8).isNull())
            e.roundNumber = q->value(8).toInt();
        e.titleEn = q->value(9).toString();
        e.titleJa = q->value(10).toString();
        e.startDate = Sql::text(q->value(11));
        e.endDate = Sql::text(q->value(12));
        e.dateNote = q->value(13).toString();
        e.place = q->value(14).toString();
        e.format = q->value(15).toString();
        e.level = q->value(16).toString();
        e.status = q->value(17).toString();
        e.summary = q->value(18).toString();
        e.outcome = q->value(19).toString();
        e.delegationHeads = splitList(q->value(20).toString(), QLatin1Char('\n'));
        e.resultsPublished = Sql::text(q->value(21));
        e.note = q->value(22).toString();
        readMeta(*q, 0, 23, e);
        e.participants = participants.value(e.id);
        e.sources = src->value(e.id);
        out << e;
    }
    return out;
}

Result<QList<Event>> EventRepository::all() const { return select({}, {}); }

Result<Event> EventRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("event with id %1").arg(id));
}

Result<QList<Event>> EventRepository::forDialogue(qint64 dialogueId) const
{
    return select(QStringLiteral("x.dialogue_id = ?"), {dialogueId});
}

Result<QList<Event>> EventRepository::forForum(qint64 forumId) const
{
    return select(QStringLiteral("x.forum_id = ?"), {forumId});
}

Result<QList<Event>> EventRepository::forCountry(const QString& code) const
{
    return select(QStringLiteral("x.id IN (SELECT ep.event_id FROM participant ep JOIN country ec ON ec.id = "
                                 "ep.country_id WHERE ec.code = ?) OR x.dialogue_id IN (SELECT edp.dialogue_id FROM "
                                 "dialogue_party edp JOIN country ec2 ON ec2.id = edp.country_id WHERE ec2.code = ?)"),
                  {code, code});
}

Status EventRepository::insert(Event& e) const
{
    const QVariant dialogue = e.dialogueId != 0 ? QVariant(e.dialogueId) : Sql::orNull(e.dialogue);
    const QVariant forum = e.forumId != 0 ? QVariant(e.forumId) : Sql::orNull(e.forum);
    const QString dialogueExpr = e.dialogueId != 0 ? QStringLiteral("?") : QStringLiteral("(SELECT id FROM dialogue WHERE key = ?)");
    const QString forumExpr = e.forumId != 0 ? QStringLiteral("?") : QStringLiteral("(SELECT id FROM forum WHERE key = ?)");
    QVariantList values{Sql::orNull(e.key),
                        dialogue,
                        forum,
                        e.kind,
                        e.kindNote,
                        e.roundNumber ? QVariant(*e.roundNumber) : QVariant(),
                        e.titleEn,
                        e.titleJa,
                        Sql::orNull(e.startDate),
                        Sql::orNull(e.endDate),
                        e.dateNote,
                        e.place,
                        e.format,
                        e.level,
                        e.status,
                        e.summary,
                        e.outcome,
                        e.delegationHeads.join(QLatin1Char('\n')),
                        Sql::orNull(e.resultsPublished),
                        e.note};
    values += insertValues(e);
    auto q = Sql::run(m_db,
                      QStringLiteral("INSERT INTO event (key, dialogue_id, forum_id, kind, kind_note, round_number, "
                                     "title_en, title_ja, start_date, end_date, date_note, place, format, level, status, "
                                     "summary, outcome, delegation_heads, results_published, note, %1) VALUES (?, %2, %3, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(insertColumns(), dialogueExpr, forumExpr),
                      values);
    if (!q)
        return Status::failure(QStringLiteral("event %1: %2").arg(e.key, q.error()));
    e.id = q->lastInsertId().toLongLong();
    int position = 0;
    for (Participant& p : e.participants) {
        auto r = Sql::run(m_db,
                          QStringLiteral("INSERT INTO participant (event_id, country_id, name, side, role, position) "
                                         "VALUES (?, (SELECT id FROM country WHERE code = ?), ?, ?, ?, ?)"),
                          {e.id, Sql::orNull(p.country), p.name, p.side, p.role, position++});
        if (!r)
            return Status::failure(QStringLiteral("event %1, participant %2: %3").arg(e.key, p.country, r.error()));
        p.id = r->lastInsertId().toLongLong();
    }
    return insertSources(m_db, QStringLiteral("event"), e.id, e.sources);
}
