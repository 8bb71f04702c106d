// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/SqlFunctions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

#include <sqlite3.h>

namespace {
/// Why the connection `to`, writing `target`, failed, in words: the disk being full, or a folder that cannot be
/// written, is said as such with the folder's name.
QString failure(sqlite3* to, const QString& target)
{
    if (!to)
        return QStringLiteral("out of memory");
    const int code = sqlite3_extended_errcode(to) & 0xff;
    const int system = sqlite3_system_errno(to);
    const QString folder = QFileInfo(target).absolutePath();
    if (code == SQLITE_FULL || system == ENOSPC)
        return QStringLiteral("the disk holding %1 is full").arg(folder);
    if (code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_PERM) {
        const QString why = system ? QString::fromLocal8Bit(std::strerror(system)) : QString::fromUtf8(sqlite3_errmsg(to));
        return QStringLiteral("the file cannot be created in the folder %1 (%2)").arg(folder, why);
    }
    if (system)
        return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(to)), QString::fromLocal8Bit(std::strerror(system)));
    return QString::fromUtf8(sqlite3_errmsg(to));
}

/// Copies every page of `from` into `to` in one step; SQLite holds the source's read lock meanwhile.
Status copyPages(sqlite3* to, sqlite3* from, const QString& target)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return Status::failure(failure(to, target));
    const int step = sqlite3_backup_step(b, -1);
    const int finish = sqlite3_backup_finish(b);
    if (step != SQLITE_DONE || finish != SQLITE_OK)
        return Status::failure(failure(to, target));
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

Status save(Database& db, const QString& target, bool replace)
{
    if (!replace && QFileInfo::exists(target))
        return Status::failure(QStringLiteral("%1 already exists; choose a new file name").arg(target));
    const QString temporary = target + QStringLiteral(".partial");
    // SQLite writes a journal beside the copy while it fills it: it goes too, whatever happens.
    const auto removeTemporary = [&temporary] {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temporary + QLatin1String(suffix));
    };
    removeTemporary();
    // SQLite falls back to opening read-only when it cannot create a file, and then reports that fallback's error;
    // asking the folder first gives the real reason (a read-only file system, no permission).
    const QString folder = QFileInfo(target).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return Status::failure(QStringLiteral("backup to %1 failed: the file cannot be created in the folder %2 (%3). "
                                              "Nothing was saved")
                                   .arg(target, folder, QString::fromLocal8Bit(std::strerror(errno))));
    sqlite3* out = nullptr;
    const QByteArray name = QFile::encodeName(temporary);
    if (sqlite3_open_v2(name.constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString why = failure(out, target);
        sqlite3_close(out);
        removeTemporary();
        return Status::failure(QStringLiteral("backup to %1 failed: %2").arg(target, why));
    }
    Status s = copyPages(out, static_cast<sqlite3*>(SqlFunctions::handle(db.connection())), target);
    // A copy is a single file: fold its journal back in before it is closed.
    if (s && sqlite3_exec(out, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        s = Status::failure(failure(out, target));
    sqlite3_close(out);
    if (s)
        s = verify(temporary);
    if (s && std::rename(name.constData(), QFile::encodeName(target).constData()) != 0)
        s = Status::failure(QStringLiteral("cannot move the finished copy to %1 (%2)")
                                .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    if (!s) {
        removeTemporary();
        return Status::failure(QStringLiteral("backup to %1 failed: %2. Nothing was saved").arg(target, s.error()));
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
    const Status s = copyPages(static_cast<sqlite3*>(SqlFunctions::handle(db.connection())), in, db.path());
    sqlite3_close(in);
    if (!s)
        return Status::failure(QStringLiteral("restoring %1 failed, the database is unchanged: %2").arg(source, s.error()));
    return db.quickCheck();
}
} // namespace Backup
