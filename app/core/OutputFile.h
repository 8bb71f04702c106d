// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Where a command may write what it makes (`-o FILE`, a file dialog's choice), and the writing itself.
///
/// One rule everywhere: the target is a new name in an existing folder, or an existing regular file, which is
/// replaced only once the new content is complete and on disk; `-` is standard output. Refused, whatever the
/// spelling (relative, `./`, a hard or symbolic link; files are compared by device and inode, never by name): the
/// open database, its `-wal`, `-shm` and `-journal` files, its attachment store and anything in it, and anything that
/// is not a regular file (a device, a FIFO, a socket, a folder).
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    /// True for `-`, which names standard output.
    static bool isStandardOutput(const QString& target) { return target == QLatin1String("-"); }
    /// The path to write for `target`: the target itself, or the regular file a symbolic link there points to.
    /// Fails with a sentence that names the target and says why it is refused.
    [[nodiscard]] static Result<QString> check(const QString& target, const QString& databasePath);
    /// Checks `target`, then writes `bytes` to it (a temporary file beside it, flushed to disk, renamed over it) or
    /// to standard output. Nothing partial is left behind on failure.
    [[nodiscard]] static Status write(const QString& target, const QByteArray& bytes, const QString& databasePath);
    /// The sentence for a write of `needed` bytes to `path` that failed with `why`: names the file, and says so when
    /// its disk is full.
    static QString writeError(const QString& path, const QString& why, qint64 needed = 0);

    /// "a device", "a named pipe (FIFO)" or "a socket" for such a file (links followed); empty for a regular file, a
    /// folder or a name that does not exist.
    static QString specialKind(const QString& path);
    /// The files SQLite keeps for a database: the file itself, then its -wal, -shm and -journal files.
    static QStringList companions(const QString& databasePath);
    /// The folder beside a database that holds its attached files.
    static QString attachmentFolder(const QString& databasePath);
};
