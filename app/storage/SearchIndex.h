// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

/// Upkeep of the search indexes (search_fts, search_gram) for bulk loads: suspend the triggers, then
/// rebuild everything in one pass. Call both inside transactions.
namespace SearchIndex {
Status suspend(const QSqlDatabase& db);
/// Refills both indexes from the records and lifts the suspension.
Status rebuild(const QSqlDatabase& db);
/// True when a suspension was left behind (a bulk load that did not finish).
bool isSuspended(const QSqlDatabase& db);
} // namespace SearchIndex
