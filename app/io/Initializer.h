// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class Database;

/// Creates databases: empty, or filled with the bundled dataset; and opens the default one on first start.
class Initializer
{
public:
    /// Fills a database that has never been initialised; refuses one that already holds records.
    static Status initialize(Database& db, bool empty);
    /// Opens `path`, creating it and loading the bundled dataset when it is new.
    static Result<std::unique_ptr<Database>> openOrCreate(const QString& path);
    static bool isInitialized(Database& db);
};
