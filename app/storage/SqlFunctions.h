// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

/// SQL functions the schema relies on, registered on every connection: liaison_fold(text) folds text
/// exactly as the quick filter does (TextFilter::fold), for the search index's triggers, and the
/// liaison_audit_user() of the audit triggers, and the liaison_grams tokenizer of the short-term index (see SqlExtension.cpp).
namespace SqlFunctions {
Status install(const QSqlDatabase& db);
/// Who the audit log records for this connection's writes (default: the OS account); `enabled` false
/// switches auditing off, for bulk loads of generated data.
Status setAuditUser(const QSqlDatabase& db, const QString& name, bool enabled = true);
/// The sqlite3* behind a Qt connection, or nullptr.
void* handle(const QSqlDatabase& db);
/// Whether a transaction is open on the connection (sqlite3_get_autocommit() is 0).
bool inTransaction(const QSqlDatabase& db);
/// sqlite3_interrupt() on a handle from handle().
void interrupt(void* handle);
} // namespace SqlFunctions
