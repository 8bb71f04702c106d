// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QSqlError>

using namespace RecordColumns;

namespace {
const QString kColumns = QStringLiteral(
    "x.id, x.key, d.key, f.key, x.dialogue_id, x.forum_id, x.kind, x.kind_note, x.round_number, x.title_en, x.title_ja, "
    "x.start_date, x.end_date, x.date_note, x.place, x.format, x.level, x.status, x.summary, x.outcome, "
    "x.delegation_heads, x.results_published, x.note, %1 FROM event x LEFT JOIN dialogue d ON d.id = x.dialogue_id "
    "LEFT JOIN forum f ON f.id = x.forum_id");

Event readEvent(const QSqlQuery& q)
{
    Event e;
    e.key = Sql::text(q.value(1));
    e.dialogue = Sql::text(q.value(2));
    e.forum = Sql::text(q.value(3));
    e.dialogueId = q.value(4).toLongLong();
    e.forumId = q.value(5).toLongLong();
    e.kind = q.value(6).toString();
    e.kindNote = q.value(7).toString();
    if (!q.value(8).isNull())
        e.roundNumber = q.value(8).toInt();
    e.titleEn = q.value(9).toString();
    e.titleJa = q.value(10).toString();
    e.startDate = Sql::text(q.value(11));
    e.endDate = Sql::text(q.value(12));
    e.dateNote = q.value(13).toString();
    e.place = q.value(14).toString();
    e.format = q.value(15).toString();
    e.level = q.value(16).toString();
    e.status = q.value(17).toString();
    e.summary = q.value(18).toString();
    e.outcome = q.value(19).toString();
    e.delegationHeads = splitList(q.value(20).toString(), QLatin1Char('\n'));
    e.resultsPublished = Sql::text(q.value(21));
    e.note = q.value(22).toString();
    readMeta(q, 0, 23, e);
    return e;
}
} // namespace

Result<QList<Event>> EventRepository::select(const QString& where, const QVariantList& binds, const QString& order,
                                             int limit) const
{
    using R = Result<QList<Event>>;
    QVariantList values = binds;
    QString tail = QStringLiteral(" ORDER BY ") + (order.isEmpty() ? QStringLiteral("x.id") : order);
    if (limit > 0) {
        tail += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT ") + kColumns.arg(meta(QStringLiteral("x"))) +
                          (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + tail,
                      values);
    if (!q)
        return R::failure(q.error());
    QList<Event> out;
    QHash<qint64, int> index;
    while (q->next()) {
        Event e = readEvent(*q);
        index.insert(e.id, int(out.size()));
        out << e;
    }
    // Participants and sources of exactly these events.
    const Status details = inChunks(index.keys(), [&](const QString& in, const QVariantList& ids) {
        auto people = Sql::run(m_db,
                               QStringLiteral("SELECT p.event_id, p.id, c.code, p.name, p.side, p.role FROM participant p "
                                              "LEFT JOIN country c ON c.id = p.country_id WHERE p.event_id IN (%1) "
                                              "ORDER BY p.event_id, p.position, p.id")
                                   .arg(in),
                               ids);
        if (!people)
            return Status::failure(people.error());
        while (people->next()) {
            out[index.value(people->value(0).toLongLong())].participants
                << Participant{people->value(1).toLongLong(), Sql::text(people->value(2)), people->value(3).toString(),
                               people->value(4).toString(), people->value(5).toString()};
        }
        auto src = sources(m_db, QStringLiteral("event"), QStringLiteral("event x"), QStringLiteral("x.id IN (%1)").arg(in), ids);
        if (!src)
            return Status::failure(src.error());
        for (auto it = src->cbegin(); it != src->cend(); ++it)
            out[index.value(it.key())].sources = it.value();
        return Status();
    });
    if (!details)
        return R::failure(details.error());
    return out;
}

Result<QList<Event>> EventRepository::all() const { return select({}, {}); }

namespace {
// Walks events newest first and asks of each whether the country took part (participant_event_country), so the
// busiest country's latest events come back at once.
const QString kOfCountry = QStringLiteral("EXISTS (SELECT 1 FROM participant ep WHERE ep.event_id = x.id AND "
                                          "ep.country_id = (SELECT id FROM country WHERE code = ?))");
const QString kLatestFirst = QStringLiteral("x.start_date DESC, x.id DESC");
} // namespace

Result<QList<Event>> EventRepository::latestForCountry(const QString& code, int limit) const
{
    return select(kOfCountry, {code}, kLatestFirst, limit);
}

Result<QList<Event>> EventRepository::latestOfDialogues(const QList<qint64>& dialogueIds, int perDialogue) const
{
    // One prepared statement run per dialogue: each takes its newest meetings from the (dialogue_id, start_date)
    // index, however long its history.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kColumns.arg(meta(QStringLiteral("x"))) +
                   QStringLiteral(" WHERE x.dialogue_id = ? ORDER BY x.start_date DESC, x.id DESC LIMIT ?")))
        return Result<QList<Event>>::failure(q.lastError().text());
    QList<Event> out;
    for (qint64 id : dialogueIds) {
        q.bindValue(0, id);
        q.bindValue(1, perDialogue);
        if (!q.exec())
            return Result<QList<Event>>::failure(q.lastError().text());
        while (q.next())
            out << readEvent(q);
    }
    return out;
}

Result<qint64> EventRepository::countForCountry(const QString& code) const
{
    auto q = Sql::run(m_db, QStringLiteral("SELECT count(DISTINCT p.event_id) FROM participant p JOIN country c ON "
                                           "c.id = p.country_id WHERE c.code = ?"),
                      {code});
    if (!q || !q->next())
        return Result<qint64>::failure(q ? QStringLiteral("no count") : q.error());
    return q->value(0).toLongLong();
}

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

Status EventRepository::insert(Event& e) const { return write(e, false); }

Status EventRepository::update(Event& e) const { return write(e, true); }

Status EventRepository::write(Event& e, bool update) const
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
    auto id = writeRow(m_db, QStringLiteral("event"), update ? e.id : 0,
                       QStringLiteral("key, dialogue_id, forum_id, kind, kind_note, round_number, title_en, title_ja, "
                                      "start_date, end_date, date_note, place, format, level, status, summary, outcome, "
                                      "delegation_heads, results_published, note"),
                       QStringLiteral("?, %1, %2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?").arg(dialogueExpr, forumExpr),
                       values, e, {QStringLiteral("participant.event_id")});
    if (!id)
        return Status::failure(QStringLiteral("event %1: %2").arg(e.key, id.error()));
    e.id = *id;
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
    return writeSources(m_db, QStringLiteral("event"), e.id, e.sources, update);
}
