// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/HistoryRepository.h"

#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
const QString kColumns = QStringLiteral(
    "id, at, user_name, entity, entity_id, row_table, row_id, action, before_json, after_json FROM audit_log");

HistoryEntry readEntry(const QSqlQuery& q)
{
    HistoryEntry h;
    h.id = q.value(0).toLongLong();
    h.at = q.value(1).toString();
    h.user = q.value(2).toString();
    h.entity = q.value(3).toString();
    h.entityId = q.value(4).toLongLong();
    h.rowTable = q.value(5).toString();
    h.rowId = q.value(6).toLongLong();
    h.action = q.value(7).toString();
    h.beforeJson = Sql::text(q.value(8));
    h.afterJson = Sql::text(q.value(9));
    return h;
}

// The tables whose rows can be put back, and the columns that never are: the row's identity and bookkeeping.
const QSet<QString> kRestorable{QStringLiteral("country"),     QStringLiteral("organization"), QStringLiteral("dialogue"),
                                QStringLiteral("dialogue_party"), QStringLiteral("forum"),     QStringLiteral("forum_member"),
                                QStringLiteral("event"),       QStringLiteral("participant"),  QStringLiteral("action"),
                                QStringLiteral("agreement"),   QStringLiteral("agreement_party"),
                                QStringLiteral("policy_item"), QStringLiteral("provision"),    QStringLiteral("citation"),
                                QStringLiteral("source"),      QStringLiteral("tag"),          QStringLiteral("entity_tag"),
                                QStringLiteral("attachment")};
const QSet<QString> kBookkeeping{QStringLiteral("version"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
} // namespace

Result<QList<HistoryEntry>> HistoryRepository::select(const QString& where, const QVariantList& binds, int limit) const
{
    auto q = Sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") + where +
                                QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                      binds + QVariantList{limit});
    if (!q)
        return Result<QList<HistoryEntry>>::failure(q.error());
    QList<HistoryEntry> out;
    while (q->next())
        out << readEntry(*q);
    return out;
}

Result<QList<HistoryEntry>> HistoryRepository::forRecord(const QString& entity, qint64 id, int limit) const
{
    return select(QStringLiteral("entity = ? AND entity_id = ?"), {entity, id}, limit);
}

Result<QList<HistoryEntry>> HistoryRepository::forRow(const QString& table, qint64 rowId, int limit) const
{
    return select(QStringLiteral("row_table = ? AND row_id = ?"), {table, rowId}, limit);
}

Result<HistoryEntry> HistoryRepository::entry(qint64 id) const
{
    auto q = Sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return Result<HistoryEntry>::failure(q.error());
    if (!q->next())
        return Result<HistoryEntry>::failure(QStringLiteral("no history entry %1").arg(id));
    return readEntry(*q);
}

Status HistoryRepository::restoreBefore(const HistoryEntry& h) const
{
    if (!kRestorable.contains(h.rowTable))
        return Status::failure(QStringLiteral("history entry %1: rows of \"%2\" cannot be restored").arg(h.id).arg(h.rowTable));
    if (h.beforeJson.isEmpty())
        return Status::failure(QStringLiteral("history entry %1 added the row; there is no earlier value to restore").arg(h.id));
    QJsonParseError err;
    const QJsonObject before = QJsonDocument::fromJson(h.beforeJson.toUtf8(), &err).object();
    if (err.error != QJsonParseError::NoError)
        return Status::failure(QStringLiteral("history entry %1: %2").arg(h.id).arg(err.errorString()));
    // Column names come from the table itself; the JSON only supplies values for them.
    auto info = Sql::run(m_db, QStringLiteral("SELECT name, pk FROM pragma_table_info(?)"), {h.rowTable});
    if (!info)
        return Status::failure(info.error());
    QStringList names, keys;
    QVariantList values, keyValues;
    bool hasVersion = false;
    while (info->next()) {
        const QString name = info->value(0).toString();
        hasVersion = hasVersion || name == QLatin1String("version");
        if (info->value(1).toInt() > 0) {
            keys << name;
            keyValues << before.value(name).toVariant();
        } else if (!kBookkeeping.contains(name) && before.contains(name)) {
            names << name;
            values << before.value(name).toVariant();
        }
    }
    QStringList where;
    for (const QString& k : keys)
        where << k + QStringLiteral(" = ?");
    auto exists = Sql::run(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(h.rowTable, where.join(QStringLiteral(" AND "))),
                           keyValues);
    if (!exists || !exists->next())
        return Status::failure(exists ? QStringLiteral("cannot read %1").arg(h.rowTable) : exists.error());
    Result<QSqlQuery> done = Result<QSqlQuery>::failure({});
    if (exists->value(0).toInt() > 0) {
        QStringList sets;
        for (const QString& n : names)
            sets << n + QStringLiteral(" = ?");
        if (hasVersion)
            sets << QStringLiteral("version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
        if (sets.isEmpty())
            return {};
        done = Sql::run(m_db,
                        QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(h.rowTable, sets.join(QStringLiteral(", ")),
                                                                        where.join(QStringLiteral(" AND "))),
                        values + keyValues);
    } else {
        const QStringList all = keys + names;
        done = Sql::run(m_db,
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(h.rowTable, all.join(QLatin1Char(',')),
                                 QStringLiteral("?,").repeated(int(all.size())).chopped(1)),
                        keyValues + values);
    }
    if (!done)
        return Status::failure(QStringLiteral("restoring history entry %1: %2").arg(h.id).arg(done.error()));
    return {};
}
