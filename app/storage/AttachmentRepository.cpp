// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AttachmentRepository.h"

#include "storage/Sql.h"

#include <QStringList>

namespace {
// The tables an attachment may point to; the name is spliced into SQL only after it matched this list.
const QStringList& attachable()
{
    static const QStringList tables{
        QStringLiteral("country"),   QStringLiteral("organization"), QStringLiteral("dialogue"),
        QStringLiteral("forum"),     QStringLiteral("event"),        QStringLiteral("action"),
        QStringLiteral("agreement"), QStringLiteral("policy_item"),  QStringLiteral("provision")};
    return tables;
}

const QString kColumns = QStringLiteral(
    "id, entity, entity_id, sha256, original_name, mime_type, size_bytes, added_by, created_at, classification");
} // namespace

bool AttachmentRepository::isAttachable(const QString& entity)
{
    return attachable().contains(entity);
}

Result<bool> AttachmentRepository::recordExists(const QString& entity, qint64 id) const
{
    if (!isAttachable(entity))
        return Result<bool>::failure(QStringLiteral("%1 records cannot have attachments").arg(entity));
    auto q = Sql::run(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entity), {id});
    if (!q)
        return Result<bool>::failure(q.error());
    return q->next();
}

Result<QList<Attachment>> AttachmentRepository::select(const QString& where, const QVariantList& binds) const
{
    auto q =
        Sql::run(m_db, QStringLiteral("SELECT %1 FROM attachment WHERE %2 ORDER BY id").arg(kColumns, where), binds);
    if (!q)
        return Result<QList<Attachment>>::failure(q.error());
    QList<Attachment> list;
    while (q->next()) {
        Attachment a;
        a.id = q->value(0).toLongLong();
        a.entity = q->value(1).toString();
        a.entityId = q->value(2).toLongLong();
        a.sha256 = q->value(3).toString();
        a.originalName = q->value(4).toString();
        a.mimeType = q->value(5).toString();
        a.sizeBytes = q->value(6).toLongLong();
        a.addedBy = q->value(7).toString();
        a.createdAt = q->value(8).toString();
        a.classification = q->value(9).toInt();
        list << a;
    }
    return list;
}

Result<QList<Attachment>> AttachmentRepository::forRecord(const QString& entity, qint64 id) const
{
    return select(QStringLiteral("entity = ? AND entity_id = ?"), {entity, id});
}

Result<Attachment> AttachmentRepository::byId(qint64 id) const
{
    auto list = select(QStringLiteral("id = ?"), {id});
    if (!list)
        return Result<Attachment>::failure(list.error());
    if (list->isEmpty())
        return Result<Attachment>::failure(QStringLiteral("attachment %1 does not exist").arg(id));
    return list->first();
}

Result<qint64> AttachmentRepository::referencesTo(const QString& sha256) const
{
    auto q = Sql::run(m_db, QStringLiteral("SELECT count(*) FROM attachment WHERE sha256 = ?"), {sha256});
    if (!q || !q->next())
        return Result<qint64>::failure(q ? QStringLiteral("attachment count: no result") : q.error());
    return q->value(0).toLongLong();
}

Result<QSet<QString>> AttachmentRepository::referencedHashes() const
{
    auto q = Sql::run(m_db, QStringLiteral("SELECT DISTINCT sha256 FROM attachment"));
    if (!q)
        return Result<QSet<QString>>::failure(q.error());
    QSet<QString> hashes;
    while (q->next())
        hashes << q->value(0).toString();
    return hashes;
}

Status AttachmentRepository::insert(Attachment& a) const
{
    auto q = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO attachment (entity, entity_id, sha256, original_name, mime_type, size_bytes, "
                       "added_by, classification, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
        {a.entity, a.entityId, a.sha256, a.originalName, a.mimeType, a.sizeBytes, a.addedBy, a.classification,
         Sql::orNull(a.createdAt)});
    if (!q)
        return Status::failure(QStringLiteral("attachment %1: %2").arg(a.originalName, q.error()));
    a.id = q->lastInsertId().toLongLong();
    auto created = Sql::run(m_db, QStringLiteral("SELECT created_at FROM attachment WHERE id = ?"), {a.id});
    if (created && created->next())
        a.createdAt = created->value(0).toString();
    return {};
}

Result<QList<Attachment>> AttachmentRepository::all() const { return select(QStringLiteral("1"), {}); }

Result<qint64> AttachmentRepository::idOfDumpKey(const QString& entity, const QString& key) const
{
    using R = Result<qint64>;
    if (!isAttachable(entity))
        return R::failure(QStringLiteral("%1 records cannot have attachments").arg(entity));
    auto q = Result<QSqlQuery>::failure({});
    if (entity == QLatin1String("country")) {
        q = Sql::run(m_db, QStringLiteral("SELECT id FROM country WHERE code = ?"), {key});
    } else if (entity == QLatin1String("organization")) {
        q = Sql::run(m_db, QStringLiteral("SELECT id FROM organization WHERE id = ?"), {key.toLongLong()});
    } else if (entity == QLatin1String("action")) {
        const qsizetype cut = key.indexOf(QLatin1Char('\n'));
        auto event = idOfDumpKey(QStringLiteral("event"), key.left(cut));
        if (!event)
            return event;
        q = Sql::run(m_db, QStringLiteral("SELECT id FROM action WHERE event_id = ? AND description = ? ORDER BY id LIMIT 1"),
                     {*event, cut < 0 ? QString() : key.mid(cut + 1)});
    } else {
        // The table name matched the fixed list above before it is spliced in.
        q = Sql::run(m_db,
                     QStringLiteral("SELECT id FROM %1 WHERE key = ? UNION ALL SELECT id FROM %1 WHERE key IS NULL "
                                    "AND ? = '%2-' || id LIMIT 1")
                         .arg(entity, entity == QLatin1String("policy_item") ? QStringLiteral("policy") : entity),
                     {key, key});
    }
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R::failure(QStringLiteral("no %1 with key '%2'").arg(entity, QString(key).replace(QLatin1Char('\n'), QStringLiteral(" / "))));
    return q->value(0).toLongLong();
}

Status AttachmentRepository::remove(qint64 id) const
{
    auto q = Sql::run(m_db, QStringLiteral("DELETE FROM attachment WHERE id = ?"), {id});
    if (!q)
        return Status::failure(QStringLiteral("attachment %1: %2").arg(id).arg(q.error()));
    if (q->numRowsAffected() != 1)
        return Status::failure(QStringLiteral("attachment %1 does not exist").arg(id));
    return {};
}
