// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QStringList>

class Database;

/// Whole-database checks for `liaison check`: integrity, foreign keys, schema version.
class Maintenance
{
public:
    explicit Maintenance(Database& db) : m_db(db) {}
    /// Every problem found, each named; empty when the database is sound.
    Result<QStringList> check() const;
    /// Row counts per table, for reports.
    Result<QList<std::pair<QString, qint64>>> counts() const;

private:
    Database& m_db;
};
