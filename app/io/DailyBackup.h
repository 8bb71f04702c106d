// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

/// The backup taken on the first start of each day: one verified copy per day in a folder, the newest
/// `keep` kept.
namespace DailyBackup {
/// The file today's copy of `databasePath` goes to in `folder`.
QString fileFor(const QString& folder, const QString& databasePath, const QDate& day);
/// Saves today's copy unless it exists, then deletes the oldest copies beyond `keep`. Stored files that no
/// attachment refers to are removed from the database's store before the copy is taken. Opens its own
/// connection, so it may run on any thread. Returns the copy's path (empty when one existed).
Result<QString> run(const QString& databasePath, const QString& folder, int keep, const QDate& today);
} // namespace DailyBackup
