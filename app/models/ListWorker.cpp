// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ListWorker.h"

#include "storage/Database.h"

ListWorker::ListWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
    : m_connection(std::move(path)), m_latest(std::move(latest))
{
}

void ListWorker::page(quint64 generation, const ListRequest& request, const PageCallback& done)
{
    if (generation < m_latest->load())
        return;
    auto db = m_connection.get();
    if (!db)
        return done({}, QStringLiteral("cannot open %1").arg(m_connection.path()));
    auto rows = ListQuery((*db)->connection()).page(request);
    if (generation < m_latest->load())
        return;
    done(rows ? *rows : QList<ListRow>(), rows ? QString() : rows.error());
}

void ListWorker::count(quint64 generation, const ListRequest& request, const CountCallback& done)
{
    auto db = generation < m_latest->load() ? Result<Database*>::failure({}) : m_connection.get();
    if (!db)
        return;
    auto n = ListQuery((*db)->connection()).count(request);
    if (generation < m_latest->load() || !n)
        return;
    done(*n);
}

void ListWorker::interrupt() { m_connection.interrupt(); }
