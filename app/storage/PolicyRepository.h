// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads and writes policy item records with their dependent rows and sources.
class PolicyRepository
{
public:
    explicit PolicyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<PolicyItem>> all() const;
    Result<PolicyItem> byId(qint64 id) const;

    /// Inserts `record` and sets its id; call inside a Transaction.
    Status insert(PolicyItem& record) const;
    /// Saves an edited record if nobody changed it since it was read (record.version); a conflict otherwise.
    /// Call inside a Transaction.
    Status update(PolicyItem& record) const;
    /// Deletes the record with its dependent rows and sources, guarded like update().
    Status remove(const PolicyItem& record) const;

private:
    Result<QList<PolicyItem>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
