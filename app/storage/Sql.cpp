// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include "storage/StatementCache.h"

#include <QSqlError>

namespace Sql {
namespace {
QString describe(const QString& sql, const QSqlError& e)
{
    QString head = sql.simplified();
    if (head.size() > 60)
        head = head.left(57) + QStringLiteral("...");
    const QString reason = e.driverText().isEmpty() ? e.text() : e.databaseText();
    return QStringLiteral("%1 [%2]").arg(reason.isEmpty() ? e.text() : reason, head);
}
} // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (QSqlQuery* cached = StatementCache::find(db, sql)) {
        for (int i = 0; i < values.size(); ++i)
            cached->bindValue(i, bindable(values[i]));
        if (!cached->exec())
            return Result<QSqlQuery>::failure(describe(sql, cached->lastError()));
        // A second handle on the cached statement, read by the caller (lastInsertId, numRowsAffected) before the
        // next run of the same text; Qt deprecates copies because both handles see the same result.
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        return *cached;
        QT_WARNING_POP
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Result<QSqlQuery>::failure(describe(sql, q.lastError()));
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return Result<QSqlQuery>::failure(describe(sql, q.lastError()));
    return q;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    return run(db, sql, QVariantList(values));
}

QVariant bindable(const QVariant& v)
{
    // A null QString binds as SQL NULL; text columns are NOT NULL DEFAULT '', so unknown text is ''.
    // Values meant as NULL come as an invalid QVariant (orNull()).
    return v.metaType().id() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v;
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}
} // namespace Sql
