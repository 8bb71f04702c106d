// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ForumRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

using namespace RecordColumns;

Result<QList<Forum>> ForumRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Forum>>;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.key, x.acronym, x.name_en, x.name_ja, x.former_name_en, "
                                     "x.former_name_ja, x.renamed, x.kind, x.level, x.founded, x.incorporated, x.url, "
                                     "x.note, x.japan_status, x.japan_hosts, x.gaps, %1 FROM forum x %2 ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), filter),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto members = Sql::run(m_db,
                            QStringLiteral("SELECT m.forum_id, c.code, m.since FROM forum_member m JOIN forum x ON x.id = "
                                           "m.forum_id JOIN country c ON c.id = m.country_id %1 "
                                           "ORDER BY m.forum_id, m.position")
                                .arg(filter),
                            binds);
    if (!members)
        return R::failure(members.error());
    QHash<qint64, QList<ForumMember>> memberLists;
    while (members->next())
        memberLists[members->value(0).toLongLong()] << ForumMember{members->value(1).toString(), Sql::text(members->value(2))};
    auto src = sources(m_db, QStringLiteral("forum"), QStringLiteral("forum x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Forum> out;
    while (q->next()) {
        Forum f;
        f.key = Sql::text(q->value(1));
        f.acronym = q->value(2).toString();
        f.nameEn = q->value(3).toString();
        f.nameJa = q->value(4).toString();
        f.formerNameEn = q->value(5).toString();
        f.formerNameJa = q->value(6).toString();
        f.renamed = q->value(7).toString();
        f.kind = q->value(8).toString();
        f.level = q->value(9).toString();
        f.founded = Sql::text(q->value(10));
        f.incorporated = Sql::text(q->value(11));
        f.url = q->value(12).toString();
        f.note = q->value(13).toString();
        f.japanStatus = q->value(14).toString();
        f.japanHosts = q->value(15).toString();
        f.gaps = q->value(16).toString();
        readMeta(*q, 0, 17, f);
        f.members = memberLists.value(f.id);
        f.sources = src->value(f.id);
        out << f;
    }
    if (auto s = TagRepository(m_db).load(QStringLiteral("forum"), out); !s)
        return Result<QList<Forum>>::failure(s.error());
    return out;
}

Result<QList<Forum>> ForumRepository::all() const { return select({}, {}); }

Result<Forum> ForumRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("forum with id %1").arg(id));
}

Result<QList<Forum>> ForumRepository::forCountry(const QString& code) const
{
    // Per forum: a member, or present at one of its meetings (the first such meeting ends the search).
    return select(QStringLiteral("EXISTS (SELECT 1 FROM forum_member fm WHERE fm.forum_id = x.id AND fm.country_id = "
                                 "(SELECT id FROM country WHERE code = ?)) OR EXISTS (SELECT 1 FROM event fe JOIN "
                                 "participant fp ON fp.event_id = fe.id WHERE fe.forum_id = x.id AND fp.country_id = "
                                 "(SELECT id FROM country WHERE code = ?))"),
                  {code, code});
}

namespace {
Columns forumColumns(const Forum& f)
{
    return {{"key", Sql::orNull(f.key)},
            {"acronym", f.acronym},
            {"name_en", f.nameEn},
            {"name_ja", f.nameJa},
            {"former_name_en", f.formerNameEn},
            {"former_name_ja", f.formerNameJa},
            {"renamed", f.renamed},
            {"kind", f.kind},
            {"level", f.level},
            {"founded", Sql::orNull(f.founded)},
            {"incorporated", Sql::orNull(f.incorporated)},
            {"url", f.url},
            {"note", f.note},
            {"japan_status", f.japanStatus},
            {"japan_hosts", f.japanHosts},
            {"gaps", f.gaps}};
}

QString forumName(const Forum& f)
{
    return QStringLiteral("The forum \u201c%1\u201d").arg(f.nameEn.isEmpty() ? f.nameJa : f.nameEn);
}
} // namespace

Status ForumRepository::writeParts(const Forum& f) const
{
    int position = 0;
    for (const ForumMember& m : f.members) {
        auto r = Sql::run(m_db,
                          QStringLiteral("INSERT INTO forum_member (forum_id, country_id, since, position) "
                                         "SELECT ?, id, ?, ? FROM country WHERE code = ?"),
                          {f.id, Sql::orNull(m.since), position++, m.country});
        if (!r)
            return Status::failure(QStringLiteral("forum %1, member %2: %3").arg(f.key, m.country, r.error()));
        if (r->numRowsAffected() != 1)
            return Status::failure(QStringLiteral("forum %1: no country with code %2").arg(f.key, m.country));
    }
    if (auto s = insertSources(m_db, QStringLiteral("forum"), f.id, f.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("forum"), f.id, f.tags);
}

Status ForumRepository::insert(Forum& f) const
{
    if (auto s = insertRow(m_db, QStringLiteral("forum"), QStringLiteral("forum %1").arg(f.key), f, forumColumns(f)); !s)
        return s;
    return writeParts(f);
}

Status ForumRepository::update(Forum& f) const
{
    if (auto s = updateRow(m_db, QStringLiteral("forum"), forumName(f), f, forumColumns(f)); !s)
        return s;
    auto gone = Sql::run(m_db, QStringLiteral("DELETE FROM forum_member WHERE forum_id = ?"), {f.id});
    if (!gone)
        return Status::failure(gone.error());
    if (auto s = replaceSources(m_db, QStringLiteral("forum"), f.id, {}); !s)
        return s;
    return writeParts(f);
}

Status ForumRepository::remove(const Forum& f) const
{
    if (auto s = deleteRow(m_db, QStringLiteral("forum"), forumName(f), f); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("forum"), f.id, {}); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("forum"), f.id, {});
}
