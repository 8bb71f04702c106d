// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/// A tag with how many records of each kind carry it (keyed by table: "event", "policy_item").
struct TagUsage
{
    Tag tag;
    QHash<QString, int> counts;
    int total() const;
    bool operator==(const TagUsage&) const = default;
};

/// One record carrying a tag: its table ("country") and id.
struct TagLink
{
    QString entity;
    qint64 entityId = 0;
    bool operator==(const TagLink&) const = default;
};

/// Tags and which records carry them, for every kind that can (countries, dialogues, fora, events, agreements,
/// policy items). Writes run inside the caller's Transaction; a refused write changes nothing.
class TagRepository
{
public:
    explicit TagRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The tables whose records carry tags, in display order.
    static const QStringList& entities();

    /// Every tag by name (case-insensitive), with its usage.
    Result<QList<TagUsage>> all() const;
    Result<Tag> byId(qint64 id) const;
    /// The tag named `name`, compared case-insensitively; an empty tag (id 0) when there is none.
    Result<Tag> byName(const QString& name) const;

    /// Adds `tag` (name trimmed, colour checked); a nonzero id is kept, so undo can put a tag back. Sets tag.id.
    Status insert(Tag& tag) const;
    /// Renames; refused when the name is bad or another tag has it, in any case.
    Status rename(qint64 id, const QString& name) const;
    Status setColor(qint64 id, const QString& color) const;
    /// Every record carrying `from` carries `into` afterwards, and `from` is deleted.
    Status merge(qint64 from, qint64 into) const;
    /// Deletes the tag and takes it off every record.
    Status remove(qint64 id) const;

    /// The records carrying a tag, by kind then id.
    Result<QList<TagLink>> linksOf(qint64 tagId) const;
    /// Puts the tag on each record (those that carry it already are left as they are).
    Status attach(qint64 tagId, const QList<TagLink>& links) const;
    /// Takes the tag off each record.
    Status detach(qint64 tagId, const QList<TagLink>& links) const;

    /// The tags of one record, with their colours, sorted by name.
    Result<QList<Tag>> tagsOfRecord(const QString& entity, qint64 id) const;
    /// The tag names of one record, sorted.
    Result<QStringList> tagsOf(const QString& entity, qint64 id) const;
    /// The tag names of many records of one kind, by id.
    Result<QHash<qint64, QStringList>> tagsOf(const QString& entity, const QList<qint64>& ids) const;
    /// Makes `names` the record's tags: creates tags not there yet, matches existing ones case-insensitively, and
    /// adds and removes only the differences (so the history shows what changed).
    Status setTags(const QString& entity, qint64 id, const QStringList& names) const;

    /// Fills `tags` of each record in `records` (values with `id` and `tags`); for the repositories' selects.
    template <typename T>
    Status load(const QString& entity, QList<T>& records) const
    {
        QList<qint64> ids;
        ids.reserve(records.size());
        for (const T& r : records)
            ids << r.id;
        auto tags = tagsOf(entity, ids);
        if (!tags)
            return Status::failure(tags.error());
        for (T& r : records)
            r.tags = tags->value(r.id);
        return {};
    }

private:
    Status checkEntity(const QString& entity) const;
    QSqlDatabase m_db;
};
