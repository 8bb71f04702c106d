// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BulkWriter.h"

#include "storage/Sql.h"

#include <QSqlError>

struct BulkWriter::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : country(db), dialogue(db), party(db), forum(db), member(db), event(db), participant(db), action(db), policy(db),
          provision(db), citation(db), source(db)
    {
    }
    QSqlQuery country, dialogue, party, forum, member, event, participant, action, policy, provision, citation, source;
    bool prepared = false;
    QString error;

    bool prepare()
    {
        const std::pair<QSqlQuery*, const char*> all[] = {
            {&country, "INSERT INTO country (code, name_en, name_ja, region, kind) VALUES (?, ?, ?, ?, ?)"},
            {&dialogue, "INSERT INTO dialogue (kind, name_en, name_ja, first_held, status) VALUES (?, ?, ?, ?, ?)"},
            {&party, "INSERT INTO dialogue_party (dialogue_id, country_id, position) VALUES (?, ?, ?)"},
            {&forum, "INSERT INTO forum (acronym, name_en, name_ja, kind, level, founded) VALUES (?, ?, ?, ?, ?, ?)"},
            {&member, "INSERT INTO forum_member (forum_id, country_id, position) VALUES (?, ?, ?)"},
            {&event, "INSERT INTO event (dialogue_id, forum_id, kind, round_number, title_en, title_ja, start_date, "
                     "end_date, place, format, level, status, summary, outcome, classification) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&participant, "INSERT INTO participant (event_id, country_id, name, side, role, position) VALUES (?, ?, ?, ?, ?, ?)"},
            {&action, "INSERT INTO action (event_id, description, owner, due_date, status, classification) "
                      "VALUES (?, ?, ?, ?, ?, ?)"},
            {&policy, "INSERT INTO policy_item (kind, title_en, title_ja, issued_by, issued_date) VALUES (?, ?, ?, ?, ?)"},
            {&provision, "INSERT INTO provision (policy_item_id, article, label_en, label_ja, subject_en, position) "
                         "VALUES (?, ?, ?, ?, ?, ?)"},
            {&citation, "INSERT INTO citation (provision_id, event_id) VALUES (?, ?)"},
            {&source, "INSERT INTO source (entity, entity_id, url) VALUES (?, ?, ?)"},
        };
        for (const auto& [q, sql] : all) {
            if (!q->prepare(QString::fromLatin1(sql))) {
                error = q->lastError().text() + QStringLiteral(" [") + QString::fromLatin1(sql) + QLatin1Char(']');
                return false;
            }
        }
        prepared = true;
        return true;
    }
};

BulkWriter::BulkWriter(QSqlDatabase db) : m_db(std::move(db)), m_st(std::make_unique<Statements>(m_db))
{
    m_st->prepare();
}

BulkWriter::~BulkWriter() = default;

Result<qint64> BulkWriter::exec(QSqlQuery& q, const QVariantList& values, const char* what)
{
    if (!m_st->prepared)
        return Result<qint64>::failure(m_st->error);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, Sql::bindable(values[i]));
    if (!q.exec())
        return Result<qint64>::failure(
            QStringLiteral("%1: %2").arg(QLatin1String(what), Sql::errorText(m_db, q.lastError())));
    return q.lastInsertId().toLongLong();
}

Result<qint64> BulkWriter::addCountry(const Country& c)
{
    return exec(m_st->country, {c.code, c.nameEn, c.nameJa, c.region, c.kind}, "country");
}

Result<qint64> BulkWriter::addDialogue(const Dialogue& d, const QList<qint64>& partyIds)
{
    auto id = exec(m_st->dialogue, {d.kind, d.nameEn, d.nameJa, Sql::orNull(d.firstHeld), d.status}, "dialogue");
    if (!id)
        return id;
    for (int i = 0; i < partyIds.size(); ++i) {
        if (auto r = exec(m_st->party, {*id, partyIds[i], i}, "dialogue party"); !r)
            return r;
    }
    return id;
}

Result<qint64> BulkWriter::addForum(const Forum& f, const QList<qint64>& memberIds)
{
    auto id = exec(m_st->forum, {f.acronym, f.nameEn, f.nameJa, f.kind, f.level, Sql::orNull(f.founded)}, "forum");
    if (!id)
        return id;
    for (int i = 0; i < memberIds.size(); ++i) {
        if (auto r = exec(m_st->member, {*id, memberIds[i], i}, "forum member"); !r)
            return r;
    }
    return id;
}

Result<qint64> BulkWriter::addEvent(const Event& e, qint64 dialogueId, qint64 forumId,
                                    const QList<std::pair<qint64, Participant>>& participants)
{
    auto id = exec(m_st->event,
                   {Sql::orNull(dialogueId), Sql::orNull(forumId), e.kind, e.roundNumber ? QVariant(*e.roundNumber) : QVariant(),
                    e.titleEn, e.titleJa, Sql::orNull(e.startDate), Sql::orNull(e.endDate), e.place, e.format, e.level,
                    e.status, e.summary, e.outcome, e.classification},
                   "event");
    if (!id)
        return id;
    for (int i = 0; i < participants.size(); ++i) {
        const auto& [country, p] = participants[i];
        if (auto r = exec(m_st->participant, {*id, Sql::orNull(country), p.name, p.side, p.role, i}, "participant"); !r)
            return r;
    }
    return id;
}

Result<qint64> BulkWriter::addAction(const Action& a)
{
    return exec(m_st->action, {a.eventId, a.description, a.owner, Sql::orNull(a.dueDate), a.status, a.classification},
                "action");
}

Result<qint64> BulkWriter::addPolicyItem(const PolicyItem& p)
{
    return exec(m_st->policy, {p.kind, p.titleEn, p.titleJa, p.issuedBy, Sql::orNull(p.date)}, "policy item");
}

Result<qint64> BulkWriter::addProvision(qint64 policyItemId, const Provision& p)
{
    return exec(m_st->provision, {policyItemId, p.article, p.labelEn, p.labelJa, p.subjectEn, 0}, "provision");
}

Status BulkWriter::addCitation(qint64 provisionId, qint64 eventId)
{
    auto r = exec(m_st->citation, {provisionId, eventId}, "citation");
    return r ? Status() : Status::failure(r.error());
}

Status BulkWriter::addSource(const QString& entity, qint64 id, const QString& url)
{
    auto r = exec(m_st->source, {entity, id, url}, "source");
    return r ? Status() : Status::failure(r.error());
}
