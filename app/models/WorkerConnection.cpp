// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/WorkerConnection.h"

#include "storage/Database.h"

WorkerConnection::WorkerConnection(QString path) : m_path(std::move(path)) {}

WorkerConnection::~WorkerConnection()
{
    m_active = nullptr;
}

Result<Database*> WorkerConnection::get()
{
    if (!m_db) {
        auto db = Database::open(m_path, Database::Mode::ReadOnly);
        if (!db)
            return Result<Database*>::failure(db.error());
        m_db = std::move(db).value();
        m_active = m_db.get();
    }
    return m_db.get();
}

void WorkerConnection::interrupt()
{
    if (Database* db = m_active.load())
        db->interrupt();
}
