// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RecordFields.h"
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

/// One column of a record row and the value to write; names are the repositories' own text, never input.
struct Column
{
    const char* name;
    QVariant value;
};
using Columns = QList<Column>;
/// INSERT of `cols` plus the meta columns into `table`. A nonzero meta.id is kept (undoing a delete puts the
/// record back under its id); sets meta.id and meta.version.
Status insertRow(const QSqlDatabase& db, const QString& table, const QString& what, RecordMeta& meta, const Columns& cols);
/// UPDATE guarded by the version the caller read: bumps version and updated_at and sets meta.version. A conflict
/// (Status::isConflict) when the row changed since, or is gone; the message says who changed it and when.
Status updateRow(const QSqlDatabase& db, const QString& table, const QString& what, RecordMeta& meta, const Columns& cols);
/// DELETE guarded by the version the caller read, like updateRow().
Status deleteRow(const QSqlDatabase& db, const QString& table, const QString& what, const RecordMeta& meta);
/// The id of the row of `table` with `key`, 0 for an empty key; an error for a key that is not there.
Result<qint64> idOfKey(const QSqlDatabase& db, const QString& table, const QString& key);
/// Replaces the sources of one record.
Status replaceSources(const QSqlDatabase& db, const QString& entity, qint64 id, const QStringList& urls);

/// Sources of every `entity` row of `table` (a join expression) selected by `where`; SQL fragments are the caller's
/// own text, never input. `idColumn` is the entity's id in that expression.
Result<QHash<qint64, QStringList>> sources(const QSqlDatabase& db, const QString& entity, const QString& table,
                                           const QString& where, const QVariantList& binds,
                                           const QString& idColumn = QStringLiteral("x.id"));
Status insertSources(const QSqlDatabase& db, const QString& entity, qint64 id, const QStringList& urls);

/// The policy articles a record cites, in the order they were cited: provision ids and their keys.
struct Cited
{
    QList<qint64> ids;
    QStringList keys;
};
/// Citations of every row of `table` (a join expression, id `x.id`) selected by `where`, by the citing row's id.
/// `owner` is the citation column of that kind: "event_id" or "agreement_id" (the repositories' own text).
Result<QHash<qint64, Cited>> citations(const QSqlDatabase& db, const QString& owner, const QString& table,
                                       const QString& where, const QVariantList& binds);
/// Writes the citations of one record: by provision id, or when there are none, by provision key (a file names
/// articles by key); a key that is not there is an error naming `what`. Replaces what was there.
Status replaceCitations(const QSqlDatabase& db, const QString& owner, qint64 id, const QString& what,
                        const QList<qint64>& ids, const QStringList& keys);
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

namespace RecordColumns {
/// A List field's column text: one item a line, or a JSON array (FieldTable::Spec::storedAsJson).
QString listText(const FieldTable::Spec& spec, const QStringList& items);
QStringList listItems(const FieldTable::Spec& spec, const QString& text);

/// The columns of T's own fields (RecordFields) of table alias `alias`, in the table's order, for a SELECT.
template <typename T>
QString fieldColumns(const QString& alias)
{
    QStringList out;
    for (const FieldTable::Field<T>& f : RecordFields::of<T>()) {
        if (f.spec.isColumn())
            out << alias + QLatin1Char('.') + f.spec.columnName();
    }
    return out.join(QStringLiteral(", "));
}

/// Reads T's own fields from `q`, starting at column `first` in fieldColumns() order; returns the next column.
template <typename T>
int readFields(const QSqlQuery& q, int first, T& r)
{
    int i = first;
    for (const FieldTable::Field<T>& f : RecordFields::of<T>()) {
        if (!f.spec.isColumn())
            continue;
        const QVariant v = q.value(i++);
        if (f.text)
            r.*f.text = v.isNull() ? QString() : v.toString();
        else if (f.flag)
            r.*f.flag = v.toInt() != 0;
        else if (f.number)
            r.*f.number = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
        else
            r.*f.list = listItems(f.spec, v.toString());
    }
    return i;
}

/// T's own fields as the values an insert or update writes; an empty date or number is NULL.
template <typename T>
Columns fieldValues(const T& r)
{
    Columns out;
    for (const FieldTable::Field<T>& f : RecordFields::of<T>()) {
        if (!f.spec.isColumn())
            continue;
        QVariant v;
        if (f.text) {
            const QString& t = r.*f.text;
            v = t.isEmpty() && f.spec.type == FieldTable::Type::Date ? QVariant() : QVariant(t);
        } else if (f.flag) {
            v = (r.*f.flag) ? 1 : 0;
        } else if (f.number) {
            v = (r.*f.number) ? QVariant(*(r.*f.number)) : QVariant();
        } else {
            v = listText(f.spec, r.*f.list);
        }
        out << Column{f.spec.column ? f.spec.column : f.spec.key, v};
    }
    return out;
}
} // namespace RecordColumns
