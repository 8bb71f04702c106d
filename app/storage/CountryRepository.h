// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads and writes country records and sources.
class CountryRepository
{
public:
    explicit CountryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Country>> all() const;
    Result<Country> byId(qint64 id) const;
    Result<Country> byCode(const QString& code) const;
    /// Inserts `record` and sets its id; call inside a Transaction.
    Status insert(Country& record) const;
    /// Saves an edited record if nobody changed it since it was read (record.version); a conflict otherwise.
    /// Call inside a Transaction.
    Status update(Country& record) const;
    /// Deletes the record with its dependent rows and sources, guarded like update().
    Status remove(const Country& record) const;

private:
    Result<QList<Country>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
