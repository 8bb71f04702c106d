// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

/// Getting back to work after a database cannot be opened: find the newest good backup and put it in the
/// damaged file's place, keeping the damaged file.
namespace Recovery {
/// The newest daily backup of `databasePath` in `folder` that opens and passes quick_check; empty if none.
QString newestGoodBackup(const QString& folder, const QString& databasePath);
/// Moves the file at `databasePath` (and its -wal/-shm) aside as NAME.damaged-TIME.sqlite and writes a copy of
/// `backup` in its place with the backup API. Returns where the damaged file went.
Result<QString> replaceWithBackup(const QString& databasePath, const QString& backup);
} // namespace Recovery
