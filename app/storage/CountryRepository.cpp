// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CountryRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

using namespace RecordColumns;

Result<QList<Country>> CountryRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Country>>;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.code, x.name_en, x.name_ja, x.iso_name_en, x.iso_name_ja, x.region, "
                                     "x.kind, x.note, x.beyond_seed, %1 FROM country x %2 ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto src = sources(m_db, QStringLiteral("country"), QStringLiteral("country x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Country> out;
    while (q->next()) {
        Country c;
        c.code = q->value(1).toString();
        c.nameEn = q->value(2).toString();
        c.nameJa = q->value(3).toString();
        c.isoNameEn = q->value(4).toString();
        c.isoNameJa = q->value(5).toString();
        c.region = q->value(6).toString();
        c.kind = q->value(7).toString();
        c.note = q->value(8).toString();
        c.beyondSeed = q->value(9).toInt() != 0;
        readMeta(*q, 0, 10, c);
        c.sources = src->value(c.id);
        out << c;
    }
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

Status CountryRepository::insert(Country& c) const { return write(c, false); }

Status CountryRepository::update(Country& c) const { return write(c, true); }

Status CountryRepository::write(Country& c, bool update) const
{
    auto id = writeRow(m_db, QStringLiteral("country"), update ? c.id : 0,
                       QStringLiteral("code, name_en, name_ja, iso_name_en, iso_name_ja, region, kind, note, beyond_seed"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?"),
                       {c.code, c.nameEn, c.nameJa, c.isoNameEn, c.isoNameJa, c.region, c.kind, c.note, c.beyondSeed ? 1 : 0},
                       c);
    if (!id)
        return Status::failure(QStringLiteral("country %1: %2").arg(c.code, id.error()));
    c.id = *id;
    return writeSources(m_db, QStringLiteral("country"), c.id, c.sources, update);
}
