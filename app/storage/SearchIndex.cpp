// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchIndex.h"

#include "storage/AppMeta.h"
#include "storage/Sql.h"

namespace {
const QString kMark = QStringLiteral("search_index_suspended");
}

namespace SearchIndex {
Status suspend(const QSqlDatabase& db)
{
    return AppMeta::set(db, kMark, QStringLiteral("1"));
}

bool isSuspended(const QSqlDatabase& db)
{
    return AppMeta::has(db, kMark);
}

Status rebuild(const QSqlDatabase& db)
{
    // search_gram is contentless: 'delete-all' empties it, and it is refilled from the trigram table's text.
    const QStringList steps{
        QStringLiteral("INSERT INTO search_gram (search_gram) VALUES ('delete-all')"),
        QStringLiteral("DELETE FROM search_fts"),
        QStringLiteral("INSERT INTO search_fts (rowid, title, body) "
                       "SELECT id * 8 + kind, liaison_fold(title), liaison_fold(body) FROM search_source"),
        QStringLiteral("INSERT INTO search_gram (rowid, title, body) SELECT rowid, title, body FROM search_fts"),
    };
    for (const QString& step : steps) {
        if (auto r = Sql::run(db, step); !r)
            return Status::failure(r.error());
    }
    return AppMeta::remove(db, kMark);
}
} // namespace SearchIndex
