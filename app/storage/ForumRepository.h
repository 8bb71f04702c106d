// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads and writes forum records with their dependent rows and sources.
class ForumRepository
{
public:
    explicit ForumRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Forum>> all() const;
    Result<Forum> byId(qint64 id) const;
    /// Fora the country is a member of, or met in through an event.
    Result<QList<Forum>> forCountry(const QString& code) const;
    /// Inserts `record` and sets its id; call inside a Transaction.
    Status insert(Forum& record) const;
    /// Writes `record` over the row with its id: version + 1, updated_at now; dependent rows and sources replaced.
    Status update(Forum& record) const;

private:
    Status write(Forum& record, bool update) const;
    Result<QList<Forum>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
