// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatementCache.h"

namespace {
thread_local StatementCache* t_current = nullptr;
}

StatementCache::StatementCache(const QSqlDatabase& db) : m_connection(db.connectionName()), m_outer(t_current)
{
    t_current = this;
}

StatementCache::~StatementCache()
{
    t_current = m_outer;
    m_statements.clear();
}

QSqlQuery* StatementCache::find(const QSqlDatabase& db, const QString& sql)
{
    StatementCache* c = t_current;
    if (!c || c->m_connection != db.connectionName())
        return nullptr;
    const QStringView head = QStringView(sql).trimmed().left(6);
    if (head.compare(QLatin1String("INSERT"), Qt::CaseInsensitive) != 0 &&
        head.compare(QLatin1String("UPDATE"), Qt::CaseInsensitive) != 0 &&
        head.compare(QLatin1String("DELETE"), Qt::CaseInsensitive) != 0)
        return nullptr;
    auto it = c->m_statements.find(sql);
    if (it == c->m_statements.end()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return nullptr; // Sql::run prepares it again and reports the error
        it = c->m_statements.insert(sql, std::move(q));
    }
    return &it.value();
}
