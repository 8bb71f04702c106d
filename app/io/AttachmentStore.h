// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attachment.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

/// Files attached to records: stored once per content under its SHA-256 in `<database>.attachments/ab/cdef…`,
/// written atomically (temporary file, fsync, rename), with a row per attachment. The original name is metadata
/// only and never becomes a path inside the store.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(Database& db);

    /// The folder beside `databasePath` that holds its attachment files.
    static QString folderFor(const QString& databasePath);
    const QString& folder() const { return m_folder; }
    /// Where the file with this content lives; empty when `sha256` is not 64 lowercase hex digits.
    QString fileFor(const QString& sha256) const;

    /// Refuses names holding NUL, control or direction-override characters, empty names and names longer than
    /// 255 characters, saying which and where. Slashes, backslashes and ".." are allowed: they stay metadata.
    static Status checkName(const QString& name);
    /// A file name that is safe to create in any folder and keeps the extension: no separators, no control
    /// characters, no leading dots, at most 200 bytes.
    static QString safeFileName(const QString& name);

    /// Copies the regular file `sourcePath` into the store and attaches it to the record; `name` defaults to the
    /// source's file name. Symbolic links, folders, devices, pipes and sockets are refused. Nothing changes on
    /// failure.
    Result<Attachment> add(const QString& entity, qint64 entityId, const QString& sourcePath,
                           const QString& name = QString());
    Result<QList<Attachment>> list(const QString& entity, qint64 entityId) const;
    /// Removes the attachment; its file goes too once no other attachment has the same content.
    Status remove(qint64 attachmentId);
    /// Reads the file again and reports a missing file or content that no longer matches its SHA-256.
    Status verify(qint64 attachmentId) const;
    /// The stored file's bytes, read once and checked against the attachment's SHA-256 and size, as verify() does.
    Result<QByteArray> content(const Attachment& a) const;
    /// Writes a read-only copy into `folder`/ID/, named after the original name made safe, checking the content
    /// against its SHA-256 on the way; returns the copy's path.
    Result<QString> copyForViewing(qint64 attachmentId, const QString& folder) const;

    /// Puts every stored file of the database `fromDatabase` into the store of `toDatabase` (a backup, or a database
    /// restored from one), leaving files already there as they are and never removing any. On one file system a
    /// file is hard-linked (stored files never change); elsewhere it is copied and its SHA-256 checked on the way.
    /// Returns how many files were added.
    static Result<int> mirror(const QString& fromDatabase, const QString& toDatabase);
    /// Stores `content` (an import's attached file) under its SHA-256 without a row; the caller then writes the
    /// row. A file whose row never comes is removed by removeUnreferenced(). `created` (when given) says whether
    /// the file was not in the store before, so that a caller whose rows are rolled back removes only its own.
    Status putContent(const QByteArray& content, bool* created = nullptr);
    /// Deletes what a crash can leave behind: stored files no attachment refers to (stored, then killed before
    /// the row was committed) and temporary files older than a day. Returns how many files went.
    Result<int> removeUnreferenced();

private:
    Database& m_db;
    QString m_folder;
};
