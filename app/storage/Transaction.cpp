// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // BEGIN IMMEDIATE takes the write lock now, so a second writer waits (busy timeout) instead of failing later.
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = Sql::errorText(m_db, q.lastError());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(QStringLiteral("no transaction is open: ") + m_error);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Status::failure(QStringLiteral("commit failed: ") + Sql::errorText(m_db, q.lastError()));
    m_active = false;
    return {};
}
