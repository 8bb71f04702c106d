// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

/// The database's own key-value notes (table app_meta): when it was initialized, an unfinished bulk load.
namespace AppMeta {
Status set(const QSqlDatabase& db, const QString& key, const QString& value);
/// True when `key` is there; false also when it cannot be read.
bool has(const QSqlDatabase& db, const QString& key);
Status remove(const QSqlDatabase& db, const QString& key);
} // namespace AppMeta
