// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

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
                               QStringLiteral("SELECT p.event_id, p.id, c.code, p.name, p.side, p.role, p.organization_id "
                                              "FROM participant p LEFT JOIN country c ON c.id = p.country_id WHERE "
                                              "p.event_id IN (%1) ORDER BY p.event_id, p.position, p.id")
                                   .arg(in),
                               ids);
        if (!people)
            return Status::failure(people.error());
        while (people->next()) {
            out[index.value(people->value(0).toLongLong())].participants
                << Participant{people->value(1).toLongLong(), Sql::text(people->value(2)), people->value(3).toString(),
                               people->value(4).toString(), people->value(5).toString(), people->value(6).toLongLong()};
        }
        auto cites = citations(m_db, QStringLiteral("event_id"), QStringLiteral("event x"),
                               QStringLiteral("x.id IN (%1)").arg(in), ids);
        if (!cites)
            return Status::failure(cites.error());
        for (auto it = cites->cbegin(); it != cites->cend(); ++it) {
            Event& e = out[index.value(it.key())];
            e.citedProvisions = it->ids;
            e.citedKeys = it->keys;
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
    if (auto tags = TagRepository(m_db).load(QStringLiteral("event"), out); !tags)
        return R::failure(tags.error());
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

Result<QList<Event>> EventRepository::forOrganization(qint64 organizationId, int limit) const
{
    // participant_organization (schema 8) finds them.
    return select(QStringLiteral("x.id IN (SELECT event_id FROM participant WHERE organization_id = ?)"), {organizationId},
                  kLatestFirst, limit);
}

namespace {
Result<Columns> eventColumns(const QSqlDatabase& db, Event& e)
{
    // The editor knows ids; the data file knows keys.
    if (e.dialogueId == 0) {
        auto id = idOfKey(db, QStringLiteral("dialogue"), e.dialogue);
        if (!id)
            return Result<Columns>::failure(id.error());
        e.dialogueId = *id;
    }
    if (e.forumId == 0) {
        auto id = idOfKey(db, QStringLiteral("forum"), e.forum);
        if (!id)
            return Result<Columns>::failure(id.error());
        e.forumId = *id;
    }
    return Columns{{"key", Sql::orNull(e.key)},
                   {"dialogue_id", Sql::orNull(e.dialogueId)},
                   {"forum_id", Sql::orNull(e.forumId)},
                   {"kind", e.kind},
                   {"kind_note", e.kindNote},
                   {"round_number", e.roundNumber ? QVariant(*e.roundNumber) : QVariant()},
                   {"title_en", e.titleEn},
                   {"title_ja", e.titleJa},
                   {"start_date", Sql::orNull(e.startDate)},
                   {"end_date", Sql::orNull(e.endDate)},
                   {"date_note", e.dateNote},
                   {"place", e.place},
                   {"format", e.format},
                   {"level", e.level},
                   {"status", e.status},
                   {"summary", e.summary},
                   {"outcome", e.outcome},
                   {"delegation_heads", e.delegationHeads.join(QLatin1Char('\n'))},
                   {"results_published", Sql::orNull(e.resultsPublished)},
                   {"note", e.note}};
}

QString eventName(const Event& e)
{
    const QString title = e.titleEn.isEmpty() ? e.titleJa : e.titleEn;
    return QStringLiteral("The event \u201c%1\u201d").arg(title.isEmpty() ? e.key : title);
}
} // namespace

Status EventRepository::writeParts(Event& e) const
{
    int position = 0;
    for (Participant& p : e.participants) {
        auto r = Sql::run(m_db,
                          QStringLiteral("INSERT INTO participant (event_id, country_id, organization_id, name, side, "
                                         "role, position) VALUES (?, (SELECT id FROM country WHERE code = ?), ?, ?, ?, ?, ?)"),
                          {e.id, Sql::orNull(p.country), Sql::orNull(p.organizationId), p.name, p.side, p.role, position++});
        if (!r)
            return Status::failure(QStringLiteral("event %1, participant %2: %3").arg(e.key, p.country, r.error()));
        p.id = r->lastInsertId().toLongLong();
    }
    if (auto s = replaceCitations(m_db, QStringLiteral("event_id"), e.id, QStringLiteral("event %1").arg(e.key),
                                  e.citedProvisions, e.citedKeys);
        !s)
        return s;
    if (auto tags = TagRepository(m_db).setTags(QStringLiteral("event"), e.id, e.tags); !tags)
        return Status::failure(QStringLiteral("event %1: %2").arg(e.key, tags.error()));
    return insertSources(m_db, QStringLiteral("event"), e.id, e.sources);
}

Result<bool> EventRepository::roundTaken(qint64 dialogueId, qint64 forumId, int round, qint64 exceptId) const
{
    if (dialogueId == 0 && forumId == 0)
        return false;
    auto q = Sql::run(m_db,
                      dialogueId != 0 ? QStringLiteral("SELECT 1 FROM event WHERE dialogue_id = ? AND round_number = ? AND id <> ?")
                                      : QStringLiteral("SELECT 1 FROM event WHERE forum_id = ? AND round_number = ? AND id <> ?"),
                      {dialogueId != 0 ? dialogueId : forumId, round, exceptId});
    if (!q)
        return Result<bool>::failure(q.error());
    return q->next();
}

Status EventRepository::insert(Event& e) const
{
    auto cols = eventColumns(m_db, e);
    if (!cols)
        return Status::failure(QStringLiteral("event %1: %2").arg(e.key, cols.error()));
    if (auto s = insertRow(m_db, QStringLiteral("event"), QStringLiteral("event %1").arg(e.key), e, *cols); !s)
        return s;
    return writeParts(e);
}

Status EventRepository::update(Event& e) const
{
    auto cols = eventColumns(m_db, e);
    if (!cols)
        return Status::failure(QStringLiteral("event %1: %2").arg(e.key, cols.error()));
    if (auto s = updateRow(m_db, QStringLiteral("event"), eventName(e), e, *cols); !s)
        return s;
    // The participants and sources are replaced as a whole: the event's version guards them too.
    auto gone = Sql::run(m_db, QStringLiteral("DELETE FROM participant WHERE event_id = ?"), {e.id});
    if (!gone)
        return Status::failure(gone.error());
    auto src = Sql::run(m_db, QStringLiteral("DELETE FROM source WHERE entity = 'event' AND entity_id = ?"), {e.id});
    if (!src)
        return Status::failure(src.error());
    return writeParts(e); // which sets the tags to the event's, adding and removing only what changed
}

Status EventRepository::remove(const Event& e) const
{
    // Participants, actions and citations go with the event (ON DELETE CASCADE); sources are not keyed to it.
    if (auto s = deleteRow(m_db, QStringLiteral("event"), eventName(e), e); !s)
        return s;
    auto src = Sql::run(m_db, QStringLiteral("DELETE FROM source WHERE entity = 'event' AND entity_id = ?"), {e.id});
    if (!src)
        return Status::failure(src.error());
    return TagRepository(m_db).setTags(QStringLiteral("event"), e.id, {});
}
