// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// The CSV layout of each record kind: its columns (the JSON field names) and how a cell maps to a JSON value.
/// Lists hold one item per line of the cell; nested lists (participants, members) are JSON text in the cell.
/// Every layout ends with `id`, the record's id in the database it was exported from, which an import of the file
/// into that database uses to find the record (docs/IMPORT-EXPORT.md).
class CsvLayout
{
public:
    /// "countries", "dialogues", "fora", "events", "actions", "agreements".
    static QStringList kinds();
    static QStringList columns(const QString& kind);
    /// The kind whose columns a header names, or empty: every name must be a column of the kind and its first
    /// (identifying) column must be there.
    static QString kindOfHeader(const QStringList& header);
    /// The cell of each column for one record in its JSON form.
    static QStringList toRow(const QString& kind, const QJsonObject& record);
    /// The row's cells as JSON fields (only the columns in `header`); sets `error` ("field X: why") on a bad cell.
    static QJsonObject fromRow(const QString& kind, const QStringList& header, const QStringList& cells, QString* error);
};
