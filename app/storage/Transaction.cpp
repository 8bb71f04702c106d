// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Sql.h"
#include "storage/SqlFunctions.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // BEGIN IMMEDIATE takes the write lock now, so a second writer waits (busy timeout) instead of failing later.
    // Within an open transaction (an import writes its records inside the one that read the database) a savepoint.
    m_nested = SqlFunctions::inTransaction(m_db);
    QSqlQuery q(m_db);
    m_active = q.exec(m_nested ? QStringLiteral("SAVEPOINT liaison_nested") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = Sql::errorText(m_db, q.lastError());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (m_nested) {
            q.exec(QStringLiteral("ROLLBACK TO liaison_nested"));
            q.exec(QStringLiteral("RELEASE liaison_nested"));
        } else {
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(QStringLiteral("no transaction is open: ") + m_error);
    QSqlQuery q(m_db);
    if (!q.exec(m_nested ? QStringLiteral("RELEASE liaison_nested") : QStringLiteral("COMMIT")))
        return Status::failure(QStringLiteral("commit failed: ") + Sql::errorText(m_db, q.lastError()));
    m_active = false;
    return {};
}
