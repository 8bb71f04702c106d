// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// A file attached to a record: the file itself is stored once per content, by its SHA-256; the rest is metadata.
struct Attachment
{
    qint64 id = 0;
    QString entity; ///< the record's table: event, dialogue, country, ...
    qint64 entityId = 0;
    QString sha256;       ///< 64 lowercase hex digits
    QString originalName; ///< as the user's file was called; metadata only, never a path
    QString mimeType;
    qint64 sizeBytes = 0;
    QString addedBy;
    QString createdAt; ///< UTC, ISO 8601
    int classification = 0;
    bool operator==(const Attachment&) const = default;
};

/// An attachment as a dump carries it: the record by table and dump key (a country's code, a record's key, an
/// action's "event key" + newline + description), with the file's content.
struct AttachedFile
{
    Attachment meta;
    QString recordKey;
    QByteArray content;
    bool operator==(const AttachedFile&) const = default;
};
