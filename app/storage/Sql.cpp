// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Sql {
namespace {
// SQLite's primary result codes (sqlite3.h); the Qt driver reports them as the native error code.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };

QString describe(const QSqlDatabase& db, const QString& sql, const QSqlError& e)
{
    QString head = sql.simplified();
    if (head.size() > 60)
        head = head.left(57) + QStringLiteral("...");
    return QStringLiteral("%1 [%2]").arg(errorText(db, e), head);
}
} // namespace

QString errorText(const QSqlDatabase& db, const QSqlError& e)
{
    const QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    bool known = false;
    const int code = e.nativeErrorCode().toInt(&known) & 0xff;
    if (!known)
        return reason;
    const QString file = db.databaseName();
    QString message;
    switch (code) {
    case Full:
        message = QCoreApplication::translate("Sql", "The disk is full (or %1 reached its size limit): this change "
                                                     "was not saved; everything saved before is intact. Free some "
                                                     "disk space and save again.")
                      .arg(file);
        break;
    case Busy:
    case Locked:
        message = QCoreApplication::translate("Sql", "%1 is busy: another Liaison window or program kept it locked "
                                                     "for more than 5 seconds. This change was not saved; try again "
                                                     "in a moment.")
                      .arg(file);
        break;
    case ReadOnly:
        message = QCoreApplication::translate("Sql", "%1 cannot be written (the file or its folder is read-only): "
                                                     "this change was not saved.")
                      .arg(file);
        break;
    case IoErr:
        message = QCoreApplication::translate("Sql", "The disk reported an input/output error on %1: this change "
                                                     "was not saved. Check the disk, then run \"liaison check\".")
                      .arg(file);
        break;
    case Corrupt:
    case NotADb:
        message = QCoreApplication::translate("Sql", "%1 is damaged: this change was not saved. Restore it from a "
                                                     "backup.")
                      .arg(file);
        break;
    case CantOpen:
        message = QCoreApplication::translate("Sql", "%1 (or its journal beside it) cannot be opened: this change "
                                                     "was not saved.")
                      .arg(file);
        break;
    default:
        return reason;
    }
    return QStringLiteral("%1 (SQLite: %2)").arg(message, reason);
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (QSqlQuery* cached = StatementCache::find(db, sql)) {
        for (int i = 0; i < values.size(); ++i)
            cached->bindValue(i, bindable(values[i]));
        if (!cached->exec())
            return Result<QSqlQuery>::failure(describe(db, sql, cached->lastError()));
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
        return Result<QSqlQuery>::failure(describe(db, sql, q.lastError()));
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return Result<QSqlQuery>::failure(describe(db, sql, q.lastError()));
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
