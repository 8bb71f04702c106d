// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Initializer.h"

#include "io/DatasetJson.h"
#include "storage/Database.h"
#include "storage/DatasetStore.h"
#include "storage/AppMeta.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace {
const QString kInitializedKey = QStringLiteral("initialized_at");

Status markInitialized(Database& db, bool empty)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    Status s = AppMeta::set(db.connection(), kInitializedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (s)
        s = AppMeta::set(db.connection(), QStringLiteral("initialized_with"),
                         empty ? QStringLiteral("empty") : QStringLiteral("dataset"));
    return s ? tx.commit() : s;
}
} // namespace

bool Initializer::isInitialized(Database& db)
{
    return AppMeta::has(db.connection(), kInitializedKey);
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
