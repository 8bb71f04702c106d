// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

/// Writes the database, or one kind of record, as JSON (the complete dump Importer reads back), CSV (one kind,
/// the layouts of CsvLayout) or iCalendar (events). Files are replaced only once the new one is complete.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    explicit Exporter(Database& db) : m_db(db) {}

    static QStringList formats(); ///< csv, json, ics
    /// Kinds `what` may name for `format` ("all" for json).
    static QStringList kinds(const QString& format);
    /// The file's content; `note` gets remarks such as events left out of a calendar.
    static Result<QByteArray> render(const Dataset& d, const QString& format, const QString& what, QString* note);
    /// Reads the database and writes `path` (or standard output for "-") as OutputFile does: never the database's
    /// own files, a device or a pipe; an existing file is replaced once the new one is complete.
    Status exportTo(const QString& format, const QString& what, const QString& path, QString* note = nullptr);

private:
    /// Puts every attached file of a record in `d` into it, content included, for a complete dump.
    Status addAttachments(Dataset& d);
    Database& m_db;
};
