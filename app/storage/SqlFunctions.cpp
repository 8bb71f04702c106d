// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlFunctions.h"

#include "core/TextFilter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {
void fold(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray folded = TextFilter::fold(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}
} // namespace

namespace SqlFunctions {
void* handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
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
    const int rc = sqlite3_create_function_v2(h, "liaison_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, fold, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Status::failure(QStringLiteral("cannot register liaison_fold: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}
} // namespace SqlFunctions
