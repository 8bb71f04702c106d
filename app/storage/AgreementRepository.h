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

private:
    Result<QList<Agreement>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
