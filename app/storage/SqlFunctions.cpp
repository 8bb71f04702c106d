// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlFunctions.h"


#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

int liaisonRegister(sqlite3* db);                            // SqlExtension.cpp
int liaisonSetAuditUser(sqlite3* db, const char* name); // SqlExtension.cpp

namespace SqlFunctions {
void* handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

bool inTransaction(const QSqlDatabase& db)
{
    auto* h = static_cast<sqlite3*>(handle(db));
    return h && sqlite3_get_autocommit(h) == 0;
}

void interrupt(void* h)
{
    sqlite3_interrupt(static_cast<sqlite3*>(h));
}

Status install(const QSqlDatabase& db)
{
    auto* h = static_cast<sqlite3*>(handle(db));
    if (!h)
        return Status::failure(QStringLiteral("the SQLite driver gave no connection handle"));
    const int rc = liaisonRegister(h);
    if (rc != SQLITE_OK)
        return Status::failure(QStringLiteral("cannot register Liaison's SQL functions: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}
Status setAuditUser(const QSqlDatabase& db, const QString& name, bool enabled)
{
    auto* h = static_cast<sqlite3*>(handle(db));
    if (!h)
        return Status::failure(QStringLiteral("the SQLite driver gave no connection handle"));
    const QByteArray utf8 = name.toUtf8();
    if (const int rc = liaisonSetAuditUser(h, enabled ? utf8.constData() : nullptr); rc != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}
} // namespace SqlFunctions
