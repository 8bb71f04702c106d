// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AppMeta.h"

#include "storage/Sql.h"

namespace AppMeta {
Status set(const QSqlDatabase& db, const QString& key, const QString& value)
{
    auto r = Sql::run(db, QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)"), {key, value});
    return r ? Status() : Status::failure(r.error());
}

bool has(const QSqlDatabase& db, const QString& key)
{
    auto q = Sql::run(db, QStringLiteral("SELECT count(*) FROM app_meta WHERE key = ?"), {key});
    return q && q->next() && q->value(0).toInt() > 0;
}

Status remove(const QSqlDatabase& db, const QString& key)
{
    auto r = Sql::run(db, QStringLiteral("DELETE FROM app_meta WHERE key = ?"), {key});
    return r ? Status() : Status::failure(r.error());
}
} // namespace AppMeta
