// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

class Database;

/// Writes a whole Dataset into a database in one transaction, and reads one back.
class DatasetStore
{
public:
    explicit DatasetStore(Database& db) : m_db(db) {}

    /// All or nothing: on any error the database is as it was.
    Status load(Dataset dataset);
    /// One transaction: rewrites the `changed` records (their ids set) and inserts the `added` ones (attachment
    /// rows too: their files must be in the store already); all or nothing.
    Status merge(Dataset added, Dataset changed);
    Result<Dataset> read() const;

private:
    Database& m_db;
};
