// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/SqlFunctions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {
/// Copies every page of `from` into `to` in one step; SQLite holds the source's read lock meanwhile.
Status copyPages(sqlite3* to, sqlite3* from)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(to)));
    const int step = sqlite3_backup_step(b, -1);
    const int finish = sqlite3_backup_finish(b);
    if (step != SQLITE_DONE || finish != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errstr(step != SQLITE_DONE ? step : finish)));
    return {};
}
} // namespace

namespace Backup {
Status verify(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return Status::failure(db.error());
    return db.value()->quickCheck();
}

Status save(Database& db, const QString& target)
{
    if (QFileInfo::exists(target))
        return Status::failure(QStringLiteral("%1 already exists; choose a new file name").arg(target));
    const QString temporary = target + QStringLiteral(".partial");
    QFile::remove(temporary);
    sqlite3* out = nullptr;
    const QByteArray name = QFile::encodeName(temporary);
    if (sqlite3_open_v2(name.constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString why = out ? QString::fromUtf8(sqlite3_errmsg(out)) : QStringLiteral("cannot create it");
        sqlite3_close(out);
        return Status::failure(QStringLiteral("%1: %2").arg(target, why));
    }
    Status s = copyPages(out, static_cast<sqlite3*>(SqlFunctions::handle(db.connection())));
    // A copy is a single file: fold its journal back in before it is closed.
    if (s)
        sqlite3_exec(out, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(out);
    if (s)
        s = verify(temporary);
    if (s && !QFile::rename(temporary, target))
        s = Status::failure(QStringLiteral("cannot move the finished copy to %1").arg(target));
    if (!s) {
        QFile::remove(temporary);
        return Status::failure(QStringLiteral("backup to %1 failed: %2").arg(target, s.error()));
    }
    return {};
}

Status restore(Database& db, const QString& source, const QString& keptCopy)
{
    if (auto v = verify(source); !v)
        return Status::failure(QStringLiteral("%1 cannot be restored: %2").arg(source, v.error()));
    if (auto kept = save(db, keptCopy); !kept)
        return Status::failure(QStringLiteral("the current database could not be saved first, so nothing was restored: ") +
                               kept.error());
    sqlite3* in = nullptr;
    const QByteArray name = QFile::encodeName(source);
    if (sqlite3_open_v2(name.constData(), &in, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(in);
        return Status::failure(QStringLiteral("%1: cannot be opened").arg(source));
    }
    // The backup API writes the whole destination in one transaction: it has the old pages or the new ones.
    const Status s = copyPages(static_cast<sqlite3*>(SqlFunctions::handle(db.connection())), in);
    sqlite3_close(in);
    if (!s)
        return Status::failure(QStringLiteral("restoring %1 failed, the database is unchanged: %2").arg(source, s.error()));
    return db.quickCheck();
}
} // namespace Backup
