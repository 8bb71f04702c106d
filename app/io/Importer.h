// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class Database;

/// What an import adds and changes, kind by kind.
struct ImportReport
{
    struct Change
    {
        QString kind;
        QString key;
        QStringList fields; ///< the JSON field names whose values change
    };
    QString encoding;
    QMap<QString, int> added;   ///< by kind ("events")
    QMap<QString, int> changed; ///< by kind
    QList<Change> changes;
    bool dryRun = false;
    /// "events: 3 added, 1 changed" lines and one line per changed record with its fields.
    QString summary() const;
};

/// Imports a CSV file (one kind, see docs/IMPORT-EXPORT.md) or a JSON dump: validated as a whole, records matched
/// by key, then added or updated in one transaction. Every error names the file, the line (or JSON path) and the
/// field; on any error nothing changes.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    explicit Importer(Database& db) : m_db(db) {}

    /// `what` is a kind (CsvLayout::kinds(), or "policy_items" for JSON) or empty to take it from the file.
    /// With `dryRun` the report says what would happen and nothing is written.
    Result<ImportReport> importFile(const QString& path, const QString& what, bool dryRun);
    Result<ImportReport> importBytes(const QByteArray& bytes, const QString& fileName, const QString& what, bool dryRun);

private:
    Database& m_db;
};
