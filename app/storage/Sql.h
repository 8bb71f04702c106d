// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

/// Checked, bound execution of one statement; the only way storage code runs SQL.
namespace Sql {
/// Prepares `sql`, binds `values` in order and executes; the error names the statement and the driver's reason.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values);
/// The driver's error in words a user can act on: a full disk, a lock held too long, a read-only or damaged file
/// are named as such, with the database file; other errors keep the driver's text.
QString errorText(const QSqlDatabase& db, const QSqlError& e);
/// A value as it should be bound: a null QString becomes '' (unknown text), an invalid QVariant stays NULL.
QVariant bindable(const QVariant& v);
/// NULL (an invalid QVariant) for empty text such as unknown dates and optional keys; the text otherwise.
QVariant orNull(const QString& text);
QVariant orNull(qint64 id);
QString text(const QVariant& v);
} // namespace Sql
