// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TagRepository.h"

#include "core/Kinds.h"

#include "core/Validation.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString tr(const char* text) { return QCoreApplication::translate("TagRepository", text); }

Status failIf(const QString& error) { return error.isEmpty() ? Status() : Status::failure(error); }
} // namespace

int TagUsage::total() const
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

const QStringList& TagRepository::entities()
{
    static const QStringList kinds = Kinds::tablesWithTags();
    return kinds;
}

Status TagRepository::checkEntity(const QString& entity) const
{
    if (entities().contains(entity))
        return {};
    return Status::failure(QStringLiteral("records of kind \u201c%1\u201d carry no tags").arg(entity));
}

Result<QList<TagUsage>> TagRepository::all() const
{
    using R = Result<QList<TagUsage>>;
    auto q = Sql::run(m_db, QStringLiteral("SELECT t.id, t.name, t.color, et.entity, count(et.entity_id) FROM tag t "
                                           "LEFT JOIN entity_tag et ON et.tag_id = t.id "
                                           "GROUP BY t.id, et.entity ORDER BY t.name COLLATE NOCASE, t.id"));
    if (!q)
        return R::failure(q.error());
    QList<TagUsage> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.isEmpty() || out.last().tag.id != id)
            out << TagUsage{Tag{id, q->value(1).toString(), q->value(2).toString()}, {}};
        if (!q->value(3).isNull())
            out.last().counts.insert(q->value(3).toString(), q->value(4).toInt());
    }
    return out;
}

Result<Tag> TagRepository::byId(qint64 id) const
{
    auto q = Sql::run(m_db, QStringLiteral("SELECT id, name, color FROM tag WHERE id = ?"), {id});
    if (!q)
        return Result<Tag>::failure(q.error());
    if (!q->next())
        return Result<Tag>::failure(tr("There is no tag with id %1 (it may have been deleted).").arg(id));
    return Tag{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
}

Result<Tag> TagRepository::byName(const QString& name) const
{
    // The column is COLLATE NOCASE, so "cert" finds "CERT".
    auto q = Sql::run(m_db, QStringLiteral("SELECT id, name, color FROM tag WHERE name = ?"), {name.trimmed()});
    if (!q)
        return Result<Tag>::failure(q.error());
    if (!q->next())
        return Tag{};
    return Tag{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
}

Status TagRepository::insert(Tag& tag) const
{
    const QString name = tag.name.trimmed();
    if (auto s = failIf(Validation::tagNameError(name)); !s)
        return s;
    if (auto s = failIf(Validation::tagColorError(tag.color)); !s)
        return s;
    auto existing = byName(name);
    if (!existing)
        return Status::failure(existing.error());
    if (existing->id != 0)
        return Status::failure(tr("A tag called \u201c%1\u201d exists already.").arg(existing->name));
    auto q = Sql::run(m_db, QStringLiteral("INSERT INTO tag (id, name, color) VALUES (?, ?, ?)"),
                      {Sql::orNull(tag.id), name, tag.color});
    if (!q)
        return Status::failure(QStringLiteral("tag \u201c%1\u201d: %2").arg(name, q.error()));
    tag.id = q->lastInsertId().toLongLong();
    tag.name = name;
    return {};
}

Status TagRepository::rename(qint64 id, const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (auto s = failIf(Validation::tagNameError(trimmed)); !s)
        return s;
    auto existing = byName(trimmed);
    if (!existing)
        return Status::failure(existing.error());
    if (existing->id != 0 && existing->id != id)
        return Status::failure(tr("Another tag is called \u201c%1\u201d already (names are compared without regard "
                                  "to case). To make them one tag, use Merge into\u2026 instead.")
                                   .arg(existing->name));
    auto q = Sql::run(m_db, QStringLiteral("UPDATE tag SET name = ? WHERE id = ?"), {trimmed, id});
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() != 1)
        return Status::failure(tr("There is no tag with id %1 (it may have been deleted).").arg(id));
    return {};
}

Status TagRepository::setColor(qint64 id, const QString& color) const
{
    if (auto s = failIf(Validation::tagColorError(color)); !s)
        return s;
    auto q = Sql::run(m_db, QStringLiteral("UPDATE tag SET color = ? WHERE id = ?"), {color.toLower(), id});
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() != 1)
        return Status::failure(tr("There is no tag with id %1 (it may have been deleted).").arg(id));
    return {};
}

Status TagRepository::merge(qint64 from, qint64 into) const
{
    if (from == into)
        return Status::failure(tr("A tag cannot be merged into itself."));
    auto a = byId(from);
    if (!a)
        return Status::failure(a.error());
    auto b = byId(into);
    if (!b)
        return Status::failure(b.error());
    auto copy = Sql::run(m_db,
                         QStringLiteral("INSERT OR IGNORE INTO entity_tag (tag_id, entity, entity_id) "
                                        "SELECT ?, entity, entity_id FROM entity_tag WHERE tag_id = ?"),
                         {into, from});
    if (!copy)
        return Status::failure(copy.error());
    return remove(from);
}

Status TagRepository::remove(qint64 id) const
{
    // The links go first, row by row, so the history of each record shows the tag leaving it.
    auto links = Sql::run(m_db, QStringLiteral("DELETE FROM entity_tag WHERE tag_id = ?"), {id});
    if (!links)
        return Status::failure(links.error());
    auto q = Sql::run(m_db, QStringLiteral("DELETE FROM tag WHERE id = ?"), {id});
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() != 1)
        return Status::failure(tr("There is no tag with id %1 (it may have been deleted).").arg(id));
    return {};
}

Result<QList<TagLink>> TagRepository::linksOf(qint64 tagId) const
{
    using R = Result<QList<TagLink>>;
    auto q = Sql::run(m_db, QStringLiteral("SELECT entity, entity_id FROM entity_tag WHERE tag_id = ? ORDER BY entity, entity_id"),
                      {tagId});
    if (!q)
        return R::failure(q.error());
    QList<TagLink> out;
    while (q->next())
        out << TagLink{q->value(0).toString(), q->value(1).toLongLong()};
    return out;
}

Status TagRepository::attach(qint64 tagId, const QList<TagLink>& links) const
{
    for (const TagLink& l : links) {
        if (auto s = checkEntity(l.entity); !s)
            return s;
        auto q = Sql::run(m_db, QStringLiteral("INSERT OR IGNORE INTO entity_tag (tag_id, entity, entity_id) VALUES (?, ?, ?)"),
                          {tagId, l.entity, l.entityId});
        if (!q)
            return Status::failure(q.error());
    }
    return {};
}

Status TagRepository::detach(qint64 tagId, const QList<TagLink>& links) const
{
    for (const TagLink& l : links) {
        auto q = Sql::run(m_db, QStringLiteral("DELETE FROM entity_tag WHERE tag_id = ? AND entity = ? AND entity_id = ?"),
                          {tagId, l.entity, l.entityId});
        if (!q)
            return Status::failure(q.error());
    }
    return {};
}

Result<QList<Tag>> TagRepository::tagsOfRecord(const QString& entity, qint64 id) const
{
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT t.id, t.name, t.color FROM entity_tag et JOIN tag t ON t.id = et.tag_id "
                                     "WHERE et.entity = ? AND et.entity_id = ? ORDER BY t.name COLLATE NOCASE"),
                      {entity, id});
    if (!q)
        return Result<QList<Tag>>::failure(q.error());
    QList<Tag> out;
    while (q->next())
        out << Tag{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

Result<QStringList> TagRepository::tagsOf(const QString& entity, qint64 id) const
{
    auto all = tagsOf(entity, QList<qint64>{id});
    if (!all)
        return Result<QStringList>::failure(all.error());
    return all->value(id);
}

Result<QHash<qint64, QStringList>> TagRepository::tagsOf(const QString& entity, const QList<qint64>& ids) const
{
    using R = Result<QHash<qint64, QStringList>>;
    QHash<qint64, QStringList> out;
    const Status s = RecordColumns::inChunks(ids, [&](const QString& in, const QVariantList& values) {
        auto q = Sql::run(m_db,
                          QStringLiteral("SELECT et.entity_id, t.name FROM entity_tag et JOIN tag t ON t.id = et.tag_id "
                                         "WHERE et.entity = ? AND et.entity_id IN (%1) "
                                         "ORDER BY et.entity_id, t.name COLLATE NOCASE")
                              .arg(in),
                          QVariantList{entity} + values);
        if (!q)
            return Status::failure(q.error());
        while (q->next())
            out[q->value(0).toLongLong()] << q->value(1).toString();
        return Status();
    });
    if (!s)
        return R::failure(s.error());
    return out;
}

Status TagRepository::setTags(const QString& entity, qint64 id, const QStringList& names) const
{
    if (auto s = checkEntity(entity); !s)
        return s;
    QStringList wanted;
    QSet<QString> wantedKeys;
    for (const QString& n : names) {
        const QString name = n.trimmed();
        if (auto s = failIf(Validation::tagNameError(name)); !s)
            return s;
        if (!wantedKeys.contains(name.toCaseFolded())) {
            wanted << name;
            wantedKeys.insert(name.toCaseFolded());
        }
    }
    auto current = tagsOfRecord(entity, id);
    if (!current)
        return Status::failure(current.error());
    QSet<QString> have;
    const QList<TagLink> self{TagLink{entity, id}};
    for (const Tag& t : std::as_const(*current)) {
        if (wantedKeys.contains(t.name.toCaseFolded())) {
            have.insert(t.name.toCaseFolded());
        } else if (auto s = detach(t.id, self); !s) {
            return s;
        }
    }
    for (const QString& name : std::as_const(wanted)) {
        if (have.contains(name.toCaseFolded()))
            continue;
        auto tag = byName(name);
        if (!tag)
            return Status::failure(tag.error());
        if (tag->id == 0) {
            tag->name = name;
            if (auto s = insert(*tag); !s)
                return s;
        }
        if (auto s = attach(tag->id, self); !s)
            return Status::failure(QStringLiteral("tag \u201c%1\u201d: %2").arg(name, s.error()));
    }
    return {};
}
