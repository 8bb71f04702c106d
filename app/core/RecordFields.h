// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FieldTable.h"
#include "core/Kinds.h"
#include "core/Records.h"

/// The field table of each record kind (FieldTable::Field), in the order files and CSV layouts list them.
namespace RecordFields {
using FieldTable::Field;

template <typename T>
std::span<const Field<T>> of();
template <>
std::span<const Field<Country>> of<Country>();
template <>
std::span<const Field<Dialogue>> of<Dialogue>();
template <>
std::span<const Field<Forum>> of<Forum>();
template <>
std::span<const Field<Event>> of<Event>();
template <>
std::span<const Field<Action>> of<Action>();
template <>
std::span<const Field<Agreement>> of<Agreement>();
template <>
std::span<const Field<Organization>> of<Organization>();
template <>
std::span<const Field<PolicyItem>> of<PolicyItem>();
template <>
std::span<const Field<Provision>> of<Provision>();

/// The fields every record has (classification, unconfirmed, unconfirmed_fields, sources, tags).
std::span<const FieldTable::Spec> meta();
/// The description of `key` (a JSON key or an SQL column) of records of `kind`, meta fields included; null when
/// unknown.
const FieldTable::Spec* spec(RecordKind kind, const QString& key);
/// Every field description of `kind` (its own, then meta), for tests and the schema checks.
QList<const FieldTable::Spec*> specs(RecordKind kind);
/// The translated label of `key` of `kind`; the key itself when unknown.
QString label(RecordKind kind, const QString& key);

/// One line of differences(): "Label — theirs: “…”; yours: “…”", each value cut to 120 characters.
QString differenceLine(const QString& label, const QString& theirs, const QString& mine);

/// Field by field where two versions of a record differ, with translated labels: one line each,
/// "Label — theirs: “…”; yours: “…”".
template <typename T>
QStringList differences(const T& theirs, const T& mine);
} // namespace RecordFields
