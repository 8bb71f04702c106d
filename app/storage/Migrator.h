// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

/// Applies the numbered migrations compiled in under :/migrations, each in one transaction with its version bump.
class Migrator
{
public:
    /// The highest migration number this program knows.
    static int latestVersion();
    /// Applies the migrations after the database's version, up to `upTo` (the latest unless tests say otherwise).
    static Status migrate(const QSqlDatabase& db, int upTo = -1);
    static int currentVersion(const QSqlDatabase& db);
    /// Splits a migration script into statements; `BEGIN … END;` bodies of triggers stay whole.
    static QStringList splitStatements(const QString& script);
};
