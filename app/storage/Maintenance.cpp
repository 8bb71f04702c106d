// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Maintenance.h"

#include "storage/Database.h"
#include "storage/Sql.h"

Result<QStringList> Maintenance::check() const
{
    using R = Result<QStringList>;
    const QSqlDatabase db = m_db.connection();
    QStringList problems;
    auto integrity = Sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return R::failure(integrity.error());
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("integrity: %1").arg(line);
    }
    auto fk = Sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return R::failure(fk.error());
    while (fk->next()) {
        problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3 row")
                        .arg(fk->value(0).toString(), fk->value(1).toString(), fk->value(2).toString());
    }
    const int version = m_db.schemaVersion();
    const int latest = Database::latestSchemaVersion();
    if (version != latest)
        problems << QStringLiteral("schema version %1, this program expects %2").arg(version).arg(latest);
    return problems;
}

Result<QList<std::pair<QString, qint64>>> Maintenance::counts() const
{
    using R = Result<QList<std::pair<QString, qint64>>>;
    static const char* const tables[] = {"country", "dialogue", "forum", "event", "participant", "action",
                                         "agreement", "policy_item", "provision", "source"};
    QList<std::pair<QString, qint64>> out;
    for (const char* table : tables) {
        // Table names come from the list above, never from input.
        auto q = Sql::run(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!q || !q->next())
            return R::failure(q ? QStringLiteral("cannot count %1").arg(QLatin1String(table)) : q.error());
        out.append({QString::fromLatin1(table), q->value(0).toLongLong()});
    }
    return out;
}
