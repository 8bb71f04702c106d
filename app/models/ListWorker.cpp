// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ListWorker.h"

#include "storage/Database.h"

ListWorker::ListWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(path)), m_latest(std::move(latest))
{
}

ListWorker::~ListWorker()
{
    m_active = nullptr;
}

bool ListWorker::open()
{
    if (m_db)
        return true;
    auto db = Database::open(m_path, Database::Mode::ReadOnly);
    if (!db)
        return false;
    m_db = std::move(db).value();
    m_active = m_db.get();
    return true;
}

void ListWorker::page(quint64 generation, const ListRequest& request, const PageCallback& done)
{
    if (generation < m_latest->load())
        return;
    if (!open())
        return done({}, QStringLiteral("cannot open %1").arg(m_path));
    auto rows = ListQuery(m_db->connection()).page(request);
    if (generation < m_latest->load())
        return;
    done(rows ? *rows : QList<ListRow>(), rows ? QString() : rows.error());
}

void ListWorker::count(quint64 generation, const ListRequest& request, const CountCallback& done)
{
    if (generation < m_latest->load() || !open())
        return;
    auto n = ListQuery(m_db->connection()).count(request);
    if (generation < m_latest->load() || !n)
        return;
    done(*n);
}

void ListWorker::interrupt()
{
    if (Database* db = m_active.load())
        db->interrupt();
}
