// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

/// One open Liaison database: validated before anything is written, migrated, with foreign keys on.
class Database
{
public:
    enum class Mode {
        OpenExisting,     ///< the file must exist
        CreateIfMissing,  ///< a missing file becomes a new, empty database
        ReadOnly          ///< never written; not migrated (an older schema is reported, not upgraded)
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode);
    /// The file the user means: --db, then LIAISON_DB, then the application data folder.
    static QString defaultPath();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    bool isEmpty() const; ///< no country, dialogue or event yet
    /// True when the file was too big for PRAGMA quick_check at open; run quickCheck() soon, off the GUI thread.
    bool checkDeferred() const { return m_checkDeferred; }
    /// PRAGMA quick_check of the whole file; the error names the file and the first problems.
    Status quickCheck() const;
    /// PRAGMA data_version: a number that changes when another connection (another window, another program)
    /// commits to the file, and not for this connection's own commits; -1 when it cannot be read.
    qint64 dataVersion() const;
    /// Makes the statement running on this connection stop soon with an "interrupted" error.
    /// Safe to call from another thread while a query runs.
    void interrupt() const;
    static int latestSchemaVersion();
    /// Who the audit log names for writes through this connection; by default the OS account.
    Status setAuditUser(const QString& name);
    QString auditUser() const { return m_auditUser; }
    /// Switches the audit log off (bulk loads of generated data) or back on.
    Status setAuditing(bool on);
    static QString osAccountName();

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
    void* m_handle = nullptr; ///< the sqlite3* of the connection, for interrupt()
    bool m_checkDeferred = false;
    QString m_auditUser;
};
