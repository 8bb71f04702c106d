// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

/// While one lives, Sql::run on its connection (same thread) prepares each INSERT, UPDATE or DELETE text once and
/// reuses it: an import writes the same few statements hundreds of thousands of times, and preparing an insert
/// compiles the search-index triggers of its table each time. SELECTs are never cached (their results may be
/// read while the same text runs again).
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase& db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// The cached statement for `sql` on `db`, or nullptr when no cache applies.
    static QSqlQuery* find(const QSqlDatabase& db, const QString& sql);

private:
    QString m_connection;
    QHash<QString, QSqlQuery> m_statements;
    StatementCache* m_outer = nullptr;
};
