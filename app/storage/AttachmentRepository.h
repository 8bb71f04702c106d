// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attachment.h"
#include "core/Result.h"

#include <QSet>
#include <QSqlDatabase>

/// Reads and writes the rows of attached files; the files themselves are AttachmentStore's.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The records that can carry attachments (table names).
    static bool isAttachable(const QString& entity);
    /// True when the record exists; the error names an unknown kind of record.
    Result<bool> recordExists(const QString& entity, qint64 id) const;
    /// The attachments of one record, oldest first.
    Result<QList<Attachment>> forRecord(const QString& entity, qint64 id) const;
    Result<Attachment> byId(qint64 id) const;
    /// Every attachment, oldest first.
    Result<QList<Attachment>> all() const;
    /// The id of the `entity` record a dump names by `key`: a country's code, a record's key (or "<table>-<id>"
    /// for one without a key), an action's event key, newline, description. An error names what is missing.
    Result<qint64> idOfDumpKey(const QString& entity, const QString& key) const;
    /// How many rows refer to the file with this hash.
    Result<qint64> referencesTo(const QString& sha256) const;
    /// The content hashes some attachment refers to.
    Result<QSet<QString>> referencedHashes() const;
    /// Inserts `record` and sets its id and creation time (a creation time it has is kept); call inside a
    /// Transaction.
    Status insert(Attachment& record) const;
    /// Deletes the row; call inside a Transaction. Not finding it is an error.
    Status remove(qint64 id) const;

private:
    Result<QList<Attachment>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
