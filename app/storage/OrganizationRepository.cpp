// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OrganizationRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

using namespace RecordColumns;

Result<QList<Organization>> OrganizationRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Organization>>;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, c.code, x.acronym, x.name_en, x.name_ja, x.kind, x.url, x.note, %1 "
                                     "FROM organization x LEFT JOIN country c ON c.id = x.country_id %2 ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto src = sources(m_db, QStringLiteral("organization"), QStringLiteral("organization x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Organization> out;
    while (q->next()) {
        Organization o;
        o.country = Sql::text(q->value(1));
        o.acronym = q->value(2).toString();
        o.nameEn = q->value(3).toString();
        o.nameJa = q->value(4).toString();
        o.kind = q->value(5).toString();
        o.url = q->value(6).toString();
        o.note = q->value(7).toString();
        readMeta(*q, 0, 8, o);
        o.sources = src->value(o.id);
        out << o;
    }
    if (auto s = TagRepository(m_db).load(QStringLiteral("organization"), out); !s)
        return R::failure(s.error());
    return out;
}

Result<QList<Organization>> OrganizationRepository::all() const { return select({}, {}); }

Result<Organization> OrganizationRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("organization with id %1").arg(id));
}

Result<QList<Organization>> OrganizationRepository::forCountry(const QString& code) const
{
    return select(QStringLiteral("x.country_id = (SELECT id FROM country WHERE code = ?)"), {code});
}

Result<qint64> OrganizationRepository::eventCount(qint64 id) const
{
    auto q = Sql::run(m_db, QStringLiteral("SELECT count(DISTINCT event_id) FROM participant WHERE organization_id = ?"),
                      {id});
    if (!q)
        return Result<qint64>::failure(q.error());
    if (!q->next())
        return Result<qint64>::failure(QStringLiteral("no count"));
    return q->value(0).toLongLong();
}

namespace {
Result<Columns> organizationColumns(const QSqlDatabase& db, const Organization& o)
{
    QVariant country;
    if (!o.country.isEmpty()) {
        auto q = Sql::run(db, QStringLiteral("SELECT id FROM country WHERE code = ?"), {o.country});
        if (!q)
            return Result<Columns>::failure(q.error());
        if (!q->next())
            return Result<Columns>::failure(QStringLiteral("no country with code %1").arg(o.country));
        country = q->value(0);
    }
    return Columns{{"country_id", country}, {"acronym", o.acronym}, {"name_en", o.nameEn}, {"name_ja", o.nameJa},
                   {"kind", o.kind},        {"url", o.url},         {"note", o.note}};
}

QString organizationName(const Organization& o)
{
    const QString name = o.nameEn.isEmpty() ? o.nameJa : o.nameEn;
    return QStringLiteral("The organization \u201c%1\u201d").arg(name.isEmpty() ? o.acronym : name);
}
} // namespace

Status OrganizationRepository::insert(Organization& o) const
{
    auto cols = organizationColumns(m_db, o);
    if (!cols)
        return Status::failure(QStringLiteral("%1: %2").arg(organizationName(o), cols.error()));
    if (auto s = insertRow(m_db, QStringLiteral("organization"), organizationName(o), o, *cols); !s)
        return s;
    if (auto s = insertSources(m_db, QStringLiteral("organization"), o.id, o.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("organization"), o.id, o.tags);
}

Status OrganizationRepository::update(Organization& o) const
{
    auto cols = organizationColumns(m_db, o);
    if (!cols)
        return Status::failure(QStringLiteral("%1: %2").arg(organizationName(o), cols.error()));
    if (auto s = updateRow(m_db, QStringLiteral("organization"), organizationName(o), o, *cols); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("organization"), o.id, o.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("organization"), o.id, o.tags);
}

Status OrganizationRepository::remove(const Organization& o) const
{
    auto events = eventCount(o.id);
    if (!events)
        return Status::failure(events.error());
    if (*events > 0)
        return Status::failure(QStringLiteral("%1 cannot be deleted: %2 name it as a participant. Change or delete "
                                              "those first.")
                                   .arg(organizationName(o),
                                        *events == 1 ? QStringLiteral("1 event") : QStringLiteral("%1 events").arg(*events)));
    if (auto s = deleteRow(m_db, QStringLiteral("organization"), organizationName(o), o); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("organization"), o.id, {}); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("organization"), o.id, {});
}
