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
    /// Saves an edited record if nobody changed it since it was read (record.version); a conflict otherwise.
    /// Call inside a Transaction.
    Status update(Forum& record) const;
    /// Deletes the record with its dependent rows and sources, guarded like update().
    Status remove(const Forum& record) const;

private:
    Status writeParts(const Forum& record) const;
    Result<QList<Forum>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
