// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DailyBackup.h"

#include "io/AttachmentStore.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DailyBackup {
QString fileFor(const QString& folder, const QString& databasePath, const QDate& day)
{
    return QStringLiteral("%1/%2-%3.sqlite")
        .arg(folder, QFileInfo(databasePath).completeBaseName(), day.toString(QStringLiteral("yyyyMMdd")));
}

Result<QString> run(const QString& databasePath, const QString& folder, int keep, const QDate& today)
{
    using R = Result<QString>;
    const QString target = fileFor(folder, databasePath, today);
    QString made;
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(folder))
            return R::failure(QStringLiteral("cannot create the backup folder %1").arg(folder));
        // One connection for both steps (each open checks the file): files that no attachment refers to (an import
        // that failed half-way, a crash between storing a file and committing its row) are removed first, so that no
        // copy carries them; the copy is then read through SQLite's backup API, which writes nothing.
        auto db = Database::open(databasePath, Database::Mode::OpenExisting);
        if (!db)
            return R::failure(db.error());
        if (auto removed = AttachmentStore(*db.value()).removeUnreferenced(); !removed)
            return R::failure(removed.error());
        if (auto s = Backup::save(*db.value(), target); !s)
            return R::failure(s.error());
        if (auto files = AttachmentStore::mirror(databasePath, target); !files) {
            QFile::remove(target);
            QDir(AttachmentStore::folderFor(target)).removeRecursively();
            return R::failure(files.error());
        }
        made = target;
    }
    // Names carry the date, so name order is age order.
    const QString base = QFileInfo(databasePath).completeBaseName();
    QStringList copies = QDir(folder).entryList({base + QStringLiteral("-????????.sqlite")}, QDir::Files, QDir::Name);
    while (copies.size() > qMax(1, keep)) {
        const QString old = folder + QLatin1Char('/') + copies.takeFirst();
        QFile::remove(old);
        QDir(AttachmentStore::folderFor(old)).removeRecursively();
    }
    return made;
}
} // namespace DailyBackup
