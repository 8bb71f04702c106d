// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

#include <sys/stat.h>

namespace {
struct FileId
{
    dev_t device;
    ino_t inode;
    bool operator==(const FileId& o) const { return device == o.device && inode == o.inode; }
};

/// The file or folder `path` names, links followed; nothing when it does not exist.
std::optional<FileId> idOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return OutputFile::tr("a folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return OutputFile::tr("a device");
    if (S_ISFIFO(mode))
        return OutputFile::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return OutputFile::tr("a socket");
    return OutputFile::tr("not a regular file");
}

/// True when `folder` (links followed) is `store` or lies inside it.
bool inside(const QString& folder, const FileId& store)
{
    QDir dir(folder);
    for (int depth = 0; depth < 256; ++depth) {
        if (const auto id = idOf(dir.absolutePath()); id && *id == store)
            return true;
        if (dir.isRoot() || !dir.cdUp())
            return false;
    }
    return false;
}
} // namespace

QString OutputFile::specialKind(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return {};
    return kindOf(st.st_mode);
}

QStringList OutputFile::companions(const QString& databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

QString OutputFile::attachmentFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".attachments");
}

Result<QString> OutputFile::check(const QString& target, const QString& databasePath)
{
    using R = Result<QString>;
    if (target.isEmpty())
        return R::failure(tr("no output file given"));
    if (isStandardOutput(target))
        return target;
    const QByteArray name = QFile::encodeName(target);
    QString resolved = target;
    struct stat st;
    if (::lstat(name.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) {
            if (::stat(name.constData(), &st) != 0)
                return R::failure(tr("%1 is a symbolic link to %2, which does not exist; name the file itself")
                                      .arg(target, QFileInfo(target).symLinkTarget()));
            resolved = QFileInfo(target).canonicalFilePath();
        }
        if (!S_ISREG(st.st_mode))
            return R::failure(tr("%1 is %2; write to a regular file, or to standard output with -o -")
                                  .arg(target, kindOf(st.st_mode)));
    } else if (errno == ENOENT) {
        const QFileInfo info(target);
        const QFileInfo folder(info.absolutePath());
        if (!folder.exists())
            return R::failure(tr("%1 cannot be written: the folder %2 does not exist").arg(target, folder.filePath()));
        if (!folder.isDir())
            return R::failure(tr("%1 cannot be written: %2 is not a folder").arg(target, folder.filePath()));
    } else {
        return R::failure(tr("%1 cannot be written (%2)").arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    }

    // The database may itself be reached through a link: its companions lie beside the file it names and beside the
    // real file, and either may be the one SQLite uses.
    QStringList databaseNames;
    if (!databasePath.isEmpty())
        databaseNames << databasePath;
    if (const QString real = QFileInfo(databasePath).canonicalFilePath();
        !databasePath.isEmpty() && !real.isEmpty() && real != databasePath)
        databaseNames << real;
    const QFileInfo resolvedInfo(resolved);
    const auto targetId = idOf(resolved);
    const auto targetFolder = idOf(resolvedInfo.absolutePath());
    for (const QString& db : databaseNames) {
        const QStringList files = companions(db);
        for (const QString& file : files) {
            const auto id = idOf(file);
            const bool same = targetId ? id && *id == *targetId
                                       : targetFolder && idOf(QFileInfo(file).absolutePath()) == targetFolder &&
                                             QFileInfo(file).fileName() == resolvedInfo.fileName();
            if (same)
                return R::failure(file == db ? tr("%1 is the open database %2; it would be destroyed. Choose "
                                                  "another file name")
                                                   .arg(target, databasePath)
                                             : tr("%1 is %2, a file SQLite keeps for the open database; it would "
                                                  "be damaged. Choose another file name")
                                                   .arg(target, file));
        }
        const QString store = attachmentFolder(db);
        const bool storeName = targetFolder && idOf(QFileInfo(store).absolutePath()) == targetFolder &&
                               QFileInfo(store).fileName() == resolvedInfo.fileName();
        const auto storeId = idOf(store);
        if (storeName || (storeId && inside(resolvedInfo.absolutePath(), *storeId)))
            return R::failure(tr("%1 is in %2, the attachment store of the open database; choose a file outside it")
                                  .arg(target, store));
    }
    return resolved;
}

QString OutputFile::writeError(const QString& path, const QString& why, qint64 needed)
{
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    // Qt's words for a failed write vary by the call that failed ("Unknown error" from a flush): the free space tells.
    if (volume.isValid() && volume.bytesAvailable() < needed + 64 * 1024)
        return tr("%1 cannot be written: the disk is full (%2 holds %3 bytes free). Nothing was written")
            .arg(path, volume.rootPath())
            .arg(volume.bytesAvailable());
    return tr("%1 cannot be written (%2). Nothing was written").arg(path, why);
}

Status OutputFile::write(const QString& target, const QByteArray& bytes, const QString& databasePath)
{
    auto path = check(target, databasePath);
    if (!path)
        return Status::failure(path.error());
    if (isStandardOutput(*path)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
            return Status::failure(tr("standard output cannot be written (%1)").arg(out.errorString()));
        return {};
    }
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(writeError(*path, file.errorString(), bytes.size()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::failure(writeError(*path, why, bytes.size()));
    }
    if (!file.commit())
        return Status::failure(writeError(*path, file.errorString(), bytes.size()));
    return {};
}
