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
    /// Saves an edited record if nobody changed it since it was read (record.version); a conflict otherwise.
    /// Call inside a Transaction.
    Status update(Agreement& record) const;
    /// Deletes the record with its dependent rows and sources, guarded like update().
    Status remove(const Agreement& record) const;

private:
    Status writeParts(const Agreement& record) const;
    Result<QList<Agreement>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
