// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

/// Begins a transaction; rolls it back on destruction unless commit() succeeded. Inside a transaction already open on
/// the connection it is a savepoint: commit() releases it and the outer transaction decides, and destruction without
/// commit() undoes only what was done since it began.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_nested = false;
    QString m_error;
};
