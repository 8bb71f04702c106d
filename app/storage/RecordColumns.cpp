// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RecordColumns.h"

#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace RecordColumns {
QString listText(const FieldTable::Spec& spec, const QStringList& items)
{
    if (spec.storedAsJson)
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
    return items.join(QLatin1Char('\n'));
}

QStringList listItems(const FieldTable::Spec& spec, const QString& text)
{
    QStringList out;
    if (spec.storedAsJson) {
        for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
            out << v.toString();
        return out;
    }
    return splitList(text, QLatin1Char('\n'));
}

QString meta(const QString& a)
{
    return QStringLiteral("%1.classification, %1.unconfirmed, %1.unconfirmed_fields, %1.version, %1.created_at, "
                          "%1.updated_at")
        .arg(a);
}

void readMeta(const QSqlQuery& q, int idIndex, int i, RecordMeta& out)
{
    out.id = q.value(idIndex).toLongLong();
    out.classification = q.value(i).toInt();
    out.unconfirmed = q.value(i + 1).toInt() != 0;
    out.unconfirmedFields = splitList(q.value(i + 2).toString());
    out.version = q.value(i + 3).toInt();
    out.createdAt = q.value(i + 4).toString();
    out.updatedAt = q.value(i + 5).toString();
}

QString insertColumns() { return QStringLiteral("classification, unconfirmed, unconfirmed_fields"); }

QVariantList insertValues(const RecordMeta& m)
{
    return {m.classification, m.unconfirmed ? 1 : 0, m.unconfirmedFields.join(QLatin1Char(','))};
}

Result<QHash<qint64, QStringList>> sources(const QSqlDatabase& db, const QString& entity, const QString& table,
                                           const QString& where, const QVariantList& binds, const QString& idColumn)
{
    using R = Result<QHash<qint64, QStringList>>;
    QVariantList values{entity};
    values += binds;
    auto q = Sql::run(db,
                      QStringLiteral("SELECT s.entity_id, s.url FROM source s JOIN %1 ON %3 = s.entity_id "
                                     "WHERE s.entity = ? %2 ORDER BY s.entity_id, s.position, s.id")
                          .arg(table, where.isEmpty() ? QString() : QStringLiteral(" AND (") + where + QLatin1Char(')'),
                               idColumn),
                      values);
    if (!q)
        return R::failure(q.error());
    QHash<qint64, QStringList> out;
    while (q->next())
        out[q->value(0).toLongLong()] << q->value(1).toString();
    return out;
}

Result<QHash<qint64, Cited>> citations(const QSqlDatabase& db, const QString& owner, const QString& table,
                                       const QString& where, const QVariantList& binds)
{
    using R = Result<QHash<qint64, Cited>>;
    auto q = Sql::run(db,
                      QStringLiteral("SELECT c.%1, c.provision_id, p.key FROM citation c JOIN provision p ON p.id = "
                                     "c.provision_id JOIN %2 ON x.id = c.%1 %3 ORDER BY c.%1, c.id")
                          .arg(owner, table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
                      binds);
    if (!q)
        return R::failure(q.error());
    QHash<qint64, Cited> out;
    while (q->next()) {
        Cited& c = out[q->value(0).toLongLong()];
        c.ids << q->value(1).toLongLong();
        c.keys << Sql::text(q->value(2));
    }
    return out;
}

Status replaceCitations(const QSqlDatabase& db, const QString& owner, qint64 id, const QString& what,
                        const QList<qint64>& ids, const QStringList& keys)
{
    auto gone = Sql::run(db, QStringLiteral("DELETE FROM citation WHERE %1 = ?").arg(owner), {id});
    if (!gone)
        return Status::failure(gone.error());
    for (qint64 provision : ids) {
        auto r = Sql::run(db, QStringLiteral("INSERT INTO citation (provision_id, %1) VALUES (?, ?)").arg(owner),
                          {provision, id});
        if (!r)
            return Status::failure(QStringLiteral("%1, cited article %2: %3").arg(what).arg(provision).arg(r.error()));
    }
    if (!ids.isEmpty())
        return {};
    for (const QString& key : keys) {
        auto r = Sql::run(db,
                          QStringLiteral("INSERT INTO citation (provision_id, %1) SELECT id, ? FROM provision WHERE key = ?")
                              .arg(owner),
                          {id, key});
        if (!r)
            return Status::failure(QStringLiteral("%1, cited article %2: %3").arg(what, key, r.error()));
        if (r->numRowsAffected() != 1)
            return Status::failure(QStringLiteral("%1 cites the article %2, which is not there").arg(what, key));
    }
    return {};
}

Status insertSources(const QSqlDatabase& db, const QString& entity, qint64 id, const QStringList& urls)
{
    int position = 0;
    for (const QString& url : urls) {
        auto r = Sql::run(db, QStringLiteral("INSERT INTO source (entity, entity_id, position, url) VALUES (?, ?, ?, ?)"),
                          {entity, id, position++, url});
        if (!r)
            return Status::failure(r.error());
    }
    return {};
}

Status insertRow(const QSqlDatabase& db, const QString& table, const QString& what, RecordMeta& meta, const Columns& cols)
{
    QStringList names{QStringLiteral("id")};
    QVariantList values{Sql::orNull(meta.id)};
    for (const Column& c : cols) {
        names << QLatin1String(c.name);
        values << c.value;
    }
    names << insertColumns().split(QStringLiteral(", "));
    values += insertValues(meta);
    const QString marks = QStringLiteral("?,").repeated(int(values.size())).chopped(1);
    auto q = Sql::run(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QLatin1Char(',')), marks),
                      values);
    if (!q)
        return Status::failure(QStringLiteral("%1: %2").arg(what, q.error()));
    meta.id = q->lastInsertId().toLongLong();
    meta.version = 1;
    return {};
}

namespace {
// Why a guarded write touched nothing: gone, or changed by someone since the caller read it.
Status conflictOf(const QSqlDatabase& db, const QString& table, const QString& what, const RecordMeta& meta)
{
    auto now = Sql::run(db, QStringLiteral("SELECT version, updated_at FROM %1 WHERE id = ?").arg(table), {meta.id});
    if (!now)
        return Status::failure(now.error());
    if (!now->next())
        return Status::conflict(QStringLiteral("%1 was deleted by someone else after you opened it.").arg(what));
    auto who = Sql::run(db,
                        QStringLiteral("SELECT user_name, at FROM audit_log WHERE row_table = ? AND row_id = ? "
                                       "ORDER BY id DESC LIMIT 1"),
                        {table, meta.id});
    QString by;
    if (who && who->next())
    {
        const QDateTime at = QDateTime::fromString(who->value(1).toString(), Qt::ISODateWithMs);
        by = QStringLiteral(" by %1 at %2").arg(who->value(0).toString(),
                                                at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                                             : who->value(1).toString());
    }
    return Status::conflict(QStringLiteral("%1 was changed%2 after you opened it (it is now version %3; you edited "
                                           "version %4).")
                                .arg(what, by)
                                .arg(now->value(0).toInt())
                                .arg(meta.version));
}
} // namespace

Status updateRow(const QSqlDatabase& db, const QString& table, const QString& what, RecordMeta& meta, const Columns& cols)
{
    QStringList sets;
    QVariantList values;
    for (const Column& c : cols) {
        sets << QStringLiteral("%1 = ?").arg(QLatin1String(c.name));
        values << c.value;
    }
    const QStringList metaNames = insertColumns().split(QStringLiteral(", "));
    const QVariantList metaValues = insertValues(meta);
    for (int i = 0; i < metaNames.size(); ++i) {
        sets << QStringLiteral("%1 = ?").arg(metaNames[i]);
        values << metaValues[i];
    }
    values << meta.id << meta.version;
    auto q = Sql::run(db,
                      QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                                     "'now') WHERE id = ? AND version = ?")
                          .arg(table, sets.join(QStringLiteral(", "))),
                      values);
    if (!q)
        return Status::failure(QStringLiteral("%1: %2").arg(what, q.error()));
    if (q->numRowsAffected() != 1)
        return conflictOf(db, table, what, meta);
    ++meta.version;
    return {};
}

Status deleteRow(const QSqlDatabase& db, const QString& table, const QString& what, const RecordMeta& meta)
{
    auto q = Sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table), {meta.id, meta.version});
    if (!q && q.error().contains(QLatin1String("FOREIGN KEY constraint failed")))
        return Status::failure(QStringLiteral("%1 cannot be deleted: other records still refer to it (events, "
                                              "participants, dialogues, memberships or citations). Change or delete "
                                              "those first.")
                                   .arg(what));
    if (!q)
        return Status::failure(QStringLiteral("%1: %2").arg(what, q.error()));
    if (q->numRowsAffected() != 1)
        return conflictOf(db, table, what, meta);
    return {};
}

Result<qint64> idOfKey(const QSqlDatabase& db, const QString& table, const QString& key)
{
    if (key.isEmpty())
        return qint64(0);
    auto q = Sql::run(db, QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(table), {key});
    if (!q)
        return Result<qint64>::failure(q.error());
    if (!q->next())
        return Result<qint64>::failure(QStringLiteral("no %1 with key %2").arg(table, key));
    return q->value(0).toLongLong();
}

Status replaceSources(const QSqlDatabase& db, const QString& entity, qint64 id, const QStringList& urls)
{
    auto q = Sql::run(db, QStringLiteral("DELETE FROM source WHERE entity = ? AND entity_id = ?"), {entity, id});
    if (!q)
        return Status::failure(q.error());
    return insertSources(db, entity, id, urls);
}

Status inChunks(const QList<qint64>& ids, const std::function<Status(const QString&, const QVariantList&)>& step)
{
    constexpr int kChunk = 500;
    for (int start = 0; start < ids.size(); start += kChunk) {
        QStringList marks;
        QVariantList values;
        for (int i = start; i < qMin(int(ids.size()), start + kChunk); ++i) {
            marks << QStringLiteral("?");
            values << ids[i];
        }
        if (auto s = step(marks.join(QLatin1Char(',')), values); !s)
            return s;
    }
    return {};
}

QStringList splitList(const QString& text, QChar sep)
{
    return text.isEmpty() ? QStringList() : text.split(sep);
}
} // namespace RecordColumns
