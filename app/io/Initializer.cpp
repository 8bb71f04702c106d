// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Initializer.h"

#include "io/DatasetJson.h"
#include "storage/Database.h"
#include "storage/DatasetStore.h"
#include "storage/Sql.h"

#include <QDateTime>

namespace {
const QString kInitializedKey = QStringLiteral("initialized_at");

Status markInitialized(Database& db, bool empty)
{
    auto r = Sql::run(db.connection(), QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?), (?, ?)"),
                      {kInitializedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                       QStringLiteral("initialized_with"), empty ? QStringLiteral("empty") : QStringLiteral("dataset")});
    return r ? Status() : Status::failure(r.error());
}
} // namespace

bool Initializer::isInitialized(Database& db)
{
    auto q = Sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM app_meta WHERE key = ?"), {kInitializedKey});
    return q && q->next() && q->value(0).toInt() > 0;
}

Status Initializer::initialize(Database& db, bool empty)
{
    if (isInitialized(db) || !db.isEmpty())
        return Status::failure(QStringLiteral("%1 already holds a Liaison database; nothing was changed").arg(db.path()));
    if (!empty) {
        auto dataset = DatasetJson::bundled();
        if (!dataset)
            return Status::failure(dataset.error());
        if (auto s = DatasetStore(db).load(std::move(dataset).value()); !s)
            return s;
    }
    return markInitialized(db, empty);
}

Result<std::unique_ptr<Database>> Initializer::openOrCreate(const QString& path)
{
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    if (!db)
        return db;
    if (!isInitialized(*db.value()) && db.value()->isEmpty()) {
        if (auto s = initialize(*db.value(), false); !s)
            return Result<std::unique_ptr<Database>>::failure(s.error());
    }
    return db;
}
