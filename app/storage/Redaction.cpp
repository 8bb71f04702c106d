// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Redaction.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>

namespace {
// Every table whose rows carry a marking of their own. Participants are part of their meeting and carry its marking
// (the program gives them none of their own), so they go with it.
const char* const kMarked[] = {"country", "organization", "dialogue",    "forum",     "event",
                               "action",  "agreement",    "policy_item", "provision", "attachment"};

/// Which rows go, as (entity, id) in the temporary table redact_gone, in an order where each step sees the
/// removals it depends on; each `?` is the ceiling. Entity names are the tables' own, as source, entity_tag and
/// attachment name them.
const char* const kGone[] = {
    "INSERT INTO redact_gone SELECT 'country', id FROM country WHERE classification > ?",
    "INSERT INTO redact_gone SELECT 'organization', id FROM organization WHERE classification > ?",
    "INSERT INTO redact_gone SELECT 'dialogue', id FROM dialogue WHERE classification > ?",
    "INSERT INTO redact_gone SELECT 'forum', id FROM forum WHERE classification > ?",
    "INSERT INTO redact_gone SELECT 'agreement', id FROM agreement WHERE classification > ?",
    "INSERT INTO redact_gone SELECT 'policy_item', id FROM policy_item WHERE classification > ?",
    "INSERT INTO redact_gone SELECT 'provision', id FROM provision WHERE classification > ? OR policy_item_id IN "
    "(SELECT id FROM redact_gone WHERE entity = 'policy_item')",
    // A meeting of a removed dialogue or forum names it. (The schema keeps a meeting at least as high as its
    // dialogue or forum, so this adds nothing to a sound database; it is here for one that is not.)
    "INSERT INTO redact_gone SELECT 'event', id FROM event WHERE classification > ? OR dialogue_id IN "
    "(SELECT id FROM redact_gone WHERE entity = 'dialogue') OR forum_id IN (SELECT id FROM redact_gone WHERE "
    "entity = 'forum')",
    "INSERT INTO redact_gone SELECT 'action', id FROM action WHERE classification > ? OR event_id IN "
    "(SELECT id FROM redact_gone WHERE entity = 'event')",
    // A participant that names a removed country goes; one that names only a removed organization keeps its
    // country or name (the organization is cleared, as its foreign key says) and goes when it has neither.
    "INSERT INTO redact_gone SELECT 'participant', id FROM participant WHERE event_id IN (SELECT id FROM redact_gone "
    "WHERE entity = 'event') OR country_id IN (SELECT id FROM redact_gone WHERE entity = 'country') OR "
    "(organization_id IN (SELECT id FROM redact_gone WHERE entity = 'organization') AND country_id IS NULL AND "
    "name = '')",
    "INSERT INTO redact_gone SELECT 'citation', id FROM citation WHERE provision_id IN (SELECT id FROM redact_gone "
    "WHERE entity = 'provision') OR event_id IN (SELECT id FROM redact_gone WHERE entity = 'event') OR agreement_id "
    "IN (SELECT id FROM redact_gone WHERE entity = 'agreement')",
    "INSERT INTO redact_gone SELECT 'attachment', id FROM attachment WHERE classification > ? OR (entity, "
    "entity_id) IN (SELECT entity, id FROM redact_gone)",
};

/// The deletes, children before parents so that no RESTRICT key stops them.
const char* const kDelete[] = {
    "DELETE FROM citation WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'citation')",
    "DELETE FROM attachment WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'attachment')",
    "DELETE FROM source WHERE (entity, entity_id) IN (SELECT entity, id FROM redact_gone)",
    "DELETE FROM entity_tag WHERE (entity, entity_id) IN (SELECT entity, id FROM redact_gone)",
    "DELETE FROM participant WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'participant')",
    "DELETE FROM action WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'action')",
    "DELETE FROM event WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'event')",
    "DELETE FROM provision WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'provision')",
    "DELETE FROM policy_item WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'policy_item')",
    "DELETE FROM agreement_party WHERE country_id IN (SELECT id FROM redact_gone WHERE entity = 'country')",
    "DELETE FROM agreement WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'agreement')",
    "DELETE FROM dialogue_party WHERE country_id IN (SELECT id FROM redact_gone WHERE entity = 'country')",
    "DELETE FROM dialogue WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'dialogue')",
    "DELETE FROM forum_member WHERE country_id IN (SELECT id FROM redact_gone WHERE entity = 'country')",
    "DELETE FROM forum WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'forum')",
    "DELETE FROM organization WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'organization')",
    "DELETE FROM country WHERE id IN (SELECT id FROM redact_gone WHERE entity = 'country')",
    // History: every row about a removed record or row, every row that once showed a marking above the ceiling
    // (a record since lowered, or deleted), and the party, member and participant rows of a removed country.
    "DELETE FROM audit_log WHERE (entity, entity_id) IN (SELECT entity, id FROM redact_gone) OR (row_table, row_id) "
    "IN (SELECT entity, id FROM redact_gone) OR coalesce(json_extract(before_json, '$.classification'), 0) > ? OR "
    "coalesce(json_extract(after_json, '$.classification'), 0) > ? OR coalesce(json_extract(before_json, "
    "'$.country_id'), json_extract(after_json, '$.country_id')) IN (SELECT id FROM redact_gone WHERE entity = "
    "'country') OR coalesce(json_extract(before_json, '$.organization_id'), json_extract(after_json, "
    "'$.organization_id')) IN (SELECT id FROM redact_gone WHERE entity = 'organization')",
};
/// The values for a statement of the lists above: the ceiling for each `?` in it.
QVariantList ceilings(const QString& sql, int ceiling)
{
    QVariantList out;
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        out << ceiling;
    return out;
}
} // namespace

namespace Redaction {
Result<bool> anyAbove(Database& db, int ceiling)
{
    QStringList any;
    for (const char* table : kMarked)
        any << QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE classification > ?)").arg(QLatin1String(table));
    const QString sql = QStringLiteral("SELECT ") + any.join(QStringLiteral(" OR "));
    auto q = Sql::run(db.connection(), sql, ceilings(sql, ceiling));
    if (!q)
        return Result<bool>::failure(q.error());
    return q->next() && q->value(0).toBool();
}

Status removeAbove(Database& db, int ceiling)
{
    if (ceiling < 0 || ceiling > 3)
        return Status::failure(QStringLiteral("classification ceiling %1 is not between 0 and 3").arg(ceiling));
    const QSqlDatabase c = db.connection();
    const bool auditing = !db.auditUser().isNull();
    if (auto s = db.setAuditing(false); !s)
        return s;
    Status result = [&]() -> Status {
        Transaction tx(c);
        if (!tx.isActive())
            return Status::failure(tx.error());
        for (const char* sql : {"CREATE TEMP TABLE IF NOT EXISTS redact_gone (entity TEXT NOT NULL, id INTEGER NOT "
                                "NULL, PRIMARY KEY (entity, id)) WITHOUT ROWID",
                                "DELETE FROM temp.redact_gone"}) {
            if (auto r = Sql::run(c, QString::fromLatin1(sql)); !r)
                return Status::failure(r.error());
        }
        // The index is rebuilt once from what is left, which also leaves no removed text in its pages.
        if (auto s = SearchIndex::suspend(c); !s)
            return s;
        for (const char* sql : kGone) {
            const QString text = QString::fromLatin1(sql);
            if (auto r = Sql::run(c, text, ceilings(text, ceiling)); !r)
                return Status::failure(r.error());
        }
        for (const char* sql : kDelete) {
            const QString text = QString::fromLatin1(sql);
            if (auto r = Sql::run(c, text, ceilings(text, ceiling)); !r)
                return Status::failure(r.error());
        }
        if (auto s = SearchIndex::rebuild(c); !s)
            return s;
        if (auto r = Sql::run(c, QStringLiteral("DELETE FROM temp.redact_gone")); !r)
            return Status::failure(r.error());
        return tx.commit();
    }();
    if (auditing) {
        if (auto s = db.setAuditing(true); !s && result)
            result = s;
    }
    return result;
}

Status saveRedacted(Database& db, const QString& target, int ceiling)
{
    if (auto s = Backup::save(db, target); !s)
        return s;
    Status s = [&]() -> Status {
        auto copy = Database::open(target, Database::Mode::OpenExisting);
        if (!copy)
            return Status::failure(copy.error());
        if (auto r = removeAbove(*copy.value(), ceiling); !r)
            return r;
        // VACUUM rewrites the file from the live rows only: the removed records' bytes stay in no free page.
        if (auto r = Sql::run(copy.value()->connection(), QStringLiteral("VACUUM")); !r)
            return Status::failure(r.error());
        return Status();
    }();
    if (!s)
        QFile::remove(target);
    return s;
}
} // namespace Redaction
