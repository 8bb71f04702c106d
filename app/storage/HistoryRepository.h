// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads the audit log of a record and puts a past value back.
class HistoryRepository
{
public:
    explicit HistoryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Every change to the record and its dependent rows (participants, sources…), newest first.
    Result<QList<HistoryEntry>> forRecord(const QString& entity, qint64 id, int limit = 500) const;
    /// The changes to one row (an action, a participant), newest first.
    Result<QList<HistoryEntry>> forRow(const QString& table, qint64 rowId, int limit = 500) const;
    Result<HistoryEntry> entry(qint64 id) const;
    /// Puts the row back as it was before `entry` (an update or delete); a deleted row comes back under its id.
    /// The restore is itself an update or insert, so it shows in the history too. Call inside a Transaction.
    Status restoreBefore(const HistoryEntry& entry) const;

private:
    /// `where` is this class's own SQL text; values are bound.
    Result<QList<HistoryEntry>> select(const QString& where, const QVariantList& binds, int limit) const;
    QSqlDatabase m_db;
};
