// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads and writes agreement records with their dependent rows and sources.
class AgreementRepository
{
public:
    explicit AgreementRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Agreement>> all() const;
    Result<Agreement> byId(qint64 id) const;
    Result<QList<Agreement>> forCountry(const QString& code) const;
    /// Inserts `record` and sets its id; call inside a Transaction.
    Status insert(Agreement& record) const;
    /// Writes `record` over the row with its id: version + 1, updated_at now; dependent rows and sources replaced.
    Status update(Agreement& record) const;

private:
    Status write(Agreement& record, bool update) const;
    Result<QList<Agreement>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
