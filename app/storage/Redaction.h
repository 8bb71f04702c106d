// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

class Database;

/// Removes from a database every record marked above a ceiling and every row that names one, so that anything
/// computed from what is left is computed as if those records had never existed (docs/RELIABILITY.md,
/// "Classification ceiling"). Meant for copies: the command line's --max-classification and the tests' oracle.
namespace Redaction {
/// Whether any record of `db` is marked above `ceiling` (0-3).
Result<bool> anyAbove(Database& db, int ceiling);
/// Deletes, in one transaction, the records above `ceiling` and every row that names one: a meeting of a removed
/// dialogue or forum, its participants, actions and citations; parties and members that are removed countries;
/// participants of a removed country; citations of a removed provision, provisions of a removed policy item; the
/// sources, tags, attachments and history rows of everything removed. Nullable links to a removed record are
/// cleared as its foreign key says (an organization's country, an agreement's dialogue, a participant's
/// organization). The search index is rebuilt from what is left. Writes no history of its own.
Status removeAbove(Database& db, int ceiling);
/// Writes to `target` (which must not exist) a copy of `db` with removeAbove(`ceiling`) applied and the freed pages
/// vacuumed away, so that no byte of a removed record stays in the file.
Status saveRedacted(Database& db, const QString& target, int ceiling);
} // namespace Redaction
