// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

class Database;

/// Copies databases with SQLite's online backup API (never a file copy, so a copy taken while another
/// connection writes is still consistent), and verifies every copy by opening it again.
namespace Backup {
/// Opens `path` as a Liaison database, read-only, and runs the full page check (quick_check).
Status verify(const QString& path);
/// Writes a verified copy of `db` to `target`, which must not exist yet unless `replace` (an existing file is then
/// replaced once the copy is complete and verified). Nothing is left behind on failure; a full disk or a folder that
/// cannot be written is said as such.
Status save(Database& db, const QString& target, bool replace = false);
/// Replaces the contents of `db` with the verified database `source`; the contents it had are first saved,
/// verified, to `keptCopy`. On failure `db` is as it was.
Status restore(Database& db, const QString& source, const QString& keptCopy);
} // namespace Backup
