// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CountryRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

using namespace RecordColumns;

Result<QList<Country>> CountryRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Country>>;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, %1, %2 FROM country x %3 ORDER BY x.id")
                          .arg(fieldColumns<Country>(QStringLiteral("x")), meta(QStringLiteral("x")),
                               where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto src = sources(m_db, QStringLiteral("country"), QStringLiteral("country x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Country> out;
    while (q->next()) {
        Country c;
        readMeta(*q, 0, readFields(*q, 1, c), c);
        c.sources = src->value(c.id);
        out << c;
    }
    if (auto s = TagRepository(m_db).load(QStringLiteral("country"), out); !s)
        return Result<QList<Country>>::failure(s.error());
    return out;
}

Result<QList<Country>> CountryRepository::all() const { return select({}, {}); }

Result<Country> CountryRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("country with id %1").arg(id));
}

Result<Country> CountryRepository::byCode(const QString& code) const
{
    return single(select(QStringLiteral("x.code = ?"), {code}), QStringLiteral("country with code %1").arg(code));
}

namespace {
Columns countryColumns(const Country& c) { return fieldValues(c); }

QString countryName(const Country& c)
{
    return QStringLiteral("The country %1 (%2)").arg(c.nameEn.isEmpty() ? c.nameJa : c.nameEn, c.code);
}
} // namespace

Status CountryRepository::insert(Country& c) const
{
    if (auto s = insertRow(m_db, QStringLiteral("country"), QStringLiteral("country %1").arg(c.code), c, countryColumns(c)); !s)
        return s;
    if (auto s = insertSources(m_db, QStringLiteral("country"), c.id, c.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("country"), c.id, c.tags);
}

Status CountryRepository::update(Country& c) const
{
    if (auto s = updateRow(m_db, QStringLiteral("country"), countryName(c), c, countryColumns(c)); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("country"), c.id, c.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("country"), c.id, c.tags);
}

Status CountryRepository::remove(const Country& c) const
{
    if (auto s = deleteRow(m_db, QStringLiteral("country"), countryName(c), c); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("country"), c.id, {}); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("country"), c.id, {});
}
