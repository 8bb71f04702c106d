// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

/// Columns and provenance shared by every record table; used by the repositories only.
namespace RecordColumns {
/// The shared columns of table alias `alias`, in the order readMeta() expects.
QString meta(const QString& alias);
/// Reads id (at `idIndex`) and the meta columns starting at `metaIndex`.
void readMeta(const QSqlQuery& q, int idIndex, int metaIndex, RecordMeta& out);
/// classification, unconfirmed, unconfirmed_fields: the meta values an insert binds.
QVariantList insertValues(const RecordMeta& m);
QString insertColumns();

/// Sources of every `entity` row of `table` (a join expression) selected by `where`; SQL fragments are the caller's
/// own text, never input. `idColumn` is the entity's id in that expression.
Result<QHash<qint64, QStringList>> sources(const QSqlDatabase& db, const QString& entity, const QString& table,
                                           const QString& where, const QVariantList& binds,
                                           const QString& idColumn = QStringLiteral("x.id"));
Status insertSources(const QSqlDatabase& db, const QString& entity, qint64 id, const QStringList& urls);
/// Inserts the sources of a new record, or (`replace`) replaces those of an updated one.
Status writeSources(const QSqlDatabase& db, const QString& entity, qint64 id, const QStringList& urls, bool replace);
/// Inserts a row of `table` (`id` 0) or updates row `id`: `columns` and `exprs` ("?" or a subselect, the caller's
/// own text) match `values` in order; the meta columns of `m` follow. An update bumps version and sets updated_at.
/// `children` ("dialogue_party.dialogue_id") are dependent rows an update deletes, for the caller to write anew.
/// Returns the row's id.
Result<qint64> writeRow(const QSqlDatabase& db, const QString& table, qint64 id, const QString& columns,
                        const QString& exprs, QVariantList values, const RecordMeta& m, const QStringList& children = {});
/// Runs `step` over `ids` in chunks small enough for one statement's bound values, passing "?,?,…" and the ids.
Status inChunks(const QList<qint64>& ids, const std::function<Status(const QString& marks, const QVariantList& values)>& step);
/// Comma-joined values for list-valued text columns.
QStringList splitList(const QString& text, QChar sep = QLatin1Char(','));
} // namespace RecordColumns

namespace RecordColumns {
/// The single record of a by-id or by-key selection, or an error naming what was looked for.
template <typename T>
Result<T> single(Result<QList<T>> rows, const QString& what)
{
    if (!rows)
        return Result<T>::failure(rows.error());
    if (rows->isEmpty())
        return Result<T>::failure(QStringLiteral("no %1").arg(what));
    return Result<T>(rows->first());
}
} // namespace RecordColumns
