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
    /// Writes `record` over the row with its id: version + 1, updated_at now; dependent rows and sources replaced.
    Status update(PolicyItem& record) const;

private:
    Status write(PolicyItem& record, bool update) const;
    Result<QList<PolicyItem>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
