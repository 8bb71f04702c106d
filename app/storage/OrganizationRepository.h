// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads and writes organization records and their sources.
class OrganizationRepository
{
public:
    explicit OrganizationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Organization>> all() const;
    Result<Organization> byId(qint64 id) const;
    /// The organizations of one country (by code).
    Result<QList<Organization>> forCountry(const QString& code) const;
    /// How many events name the organization as a participant.
    Result<qint64> eventCount(qint64 id) const;
    /// Inserts `record` and sets its id (a nonzero id is kept); call inside a Transaction.
    Status insert(Organization& record) const;
    /// Saves an edited record if nobody changed it since it was read (record.version); a conflict otherwise.
    /// Call inside a Transaction.
    Status update(Organization& record) const;
    /// Deletes the record and its sources, guarded like update(). Refused while events name it as a participant:
    /// the database would quietly blank those participants (ON DELETE SET NULL).
    Status remove(const Organization& record) const;

private:
    Result<QList<Organization>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
