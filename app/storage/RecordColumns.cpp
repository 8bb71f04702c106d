// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RecordColumns.h"

#include "storage/Sql.h"

#include <QVariant>

namespace RecordColumns {
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

Status writeSources(const QSqlDatabase& db, const QString& entity, qint64 id, const QStringList& urls, bool replace)
{
    if (!replace)
        return insertSources(db, entity, id, urls);
    if (auto r = Sql::run(db, QStringLiteral("DELETE FROM source WHERE entity = ? AND entity_id = ?"), {entity, id}); !r)
        return Status::failure(r.error());
    return insertSources(db, entity, id, urls);
}

Result<qint64> writeRow(const QSqlDatabase& db, const QString& table, qint64 id, const QString& columns,
                        const QString& exprs, QVariantList values, const RecordMeta& m, const QStringList& children)
{
    values += insertValues(m);
    QString sql;
    if (id == 0) {
        sql = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4, ?, ?, ?)").arg(table, columns, insertColumns(), exprs);
    } else {
        // A row-value assignment keeps one column list for both statements.
        sql = QStringLiteral("UPDATE %1 SET (%2, %3) = (%4, ?, ?, ?), version = version + 1, "
                             "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
                  .arg(table, columns, insertColumns(), exprs);
        values << id;
    }
    auto q = Sql::run(db, sql, values);
    if (!q)
        return Result<qint64>::failure(q.error());
    if (id != 0) {
        if (q->numRowsAffected() != 1)
            return Result<qint64>::failure(QStringLiteral("no %1 with id %2").arg(table).arg(id));
        for (const QString& child : children) {
            const QStringList parts = child.split(QLatin1Char('.'));
            if (auto r = Sql::run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(parts.value(0), parts.value(1)), {id}); !r)
                return Result<qint64>::failure(r.error());
        }
        return id;
    }
    return q->lastInsertId().toLongLong();
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
