// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Recovery.h"

#include "io/AttachmentStore.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Recovery {
QString newestGoodBackup(const QString& folder, const QString& databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QStringList copies = QDir(folder).entryList({base + QStringLiteral("-????????.sqlite")}, QDir::Files, QDir::Name);
    while (!copies.isEmpty()) {
        const QString candidate = folder + QLatin1Char('/') + copies.takeLast();
        if (Backup::verify(candidate))
            return candidate;
    }
    return {};
}

Result<QString> replaceWithBackup(const QString& databasePath, const QString& backup)
{
    using R = Result<QString>;
    // One connection both checks the backup and serves as the copy's source.
    auto source = Database::open(backup, Database::Mode::ReadOnly);
    if (!source)
        return R::failure(source.error());
    if (auto s = source.value()->quickCheck(); !s)
        return R::failure(s.error());
    // The backup's attached files join the store first; they are only ever added.
    if (auto files = AttachmentStore::mirror(backup, databasePath); !files)
        return R::failure(files.error());
    const QFileInfo info(databasePath);
    const QString aside = QStringLiteral("%1/%2.damaged-%3.sqlite")
                              .arg(info.absolutePath(), info.completeBaseName(),
                                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (info.exists() && !QFile::rename(databasePath, aside))
        return R::failure(QStringLiteral("cannot move %1 aside to %2").arg(databasePath, aside));
    // The journal files belong to the damaged file; they go with it, so they are never applied to the copy.
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString journal = databasePath + QLatin1String(suffix);
        if (QFile::exists(journal))
            QFile::rename(journal, aside + QLatin1String(suffix));
    }
    if (auto s = Backup::save(*source.value(), databasePath); !s) {
        QFile::rename(aside, databasePath); // put things back as they were
        return R::failure(s.error());
    }
    return aside;
}
} // namespace Recovery
