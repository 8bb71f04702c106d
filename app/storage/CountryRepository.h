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
    /// Writes `record` over the row with its id: version + 1, updated_at now; dependent rows and sources replaced.
    Status update(Country& record) const;

private:
    Status write(Country& record, bool update) const;
    Result<QList<Country>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
