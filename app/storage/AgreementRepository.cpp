// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AgreementRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

using namespace RecordColumns;

Result<QList<Agreement>> AgreementRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Agreement>>;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.key, x.kind, x.title_en, x.title_ja, x.signed_date, x.in_force_date, "
                                     "x.expiry_date, x.review_date, x.status, x.url, d.key, x.summary, x.note, %1 "
                                     "FROM agreement x LEFT JOIN dialogue d ON d.id = x.dialogue_id %2 "
                                     "ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), filter),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto parties = Sql::run(m_db,
                            QStringLiteral("SELECT p.agreement_id, c.code FROM agreement_party p JOIN agreement x ON x.id = "
                                           "p.agreement_id JOIN country c ON c.id = p.country_id %1 "
                                           "ORDER BY p.agreement_id, p.position")
                                .arg(filter),
                            binds);
    if (!parties)
        return R::failure(parties.error());
    QHash<qint64, QStringList> partyCodes;
    while (parties->next())
        partyCodes[parties->value(0).toLongLong()] << parties->value(1).toString();
    auto src = sources(m_db, QStringLiteral("agreement"), QStringLiteral("agreement x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Agreement> out;
    while (q->next()) {
        Agreement a;
        a.key = Sql::text(q->value(1));
        a.kind = q->value(2).toString();
        a.titleEn = q->value(3).toString();
        a.titleJa = q->value(4).toString();
        a.signedDate = Sql::text(q->value(5));
        a.inForceDate = Sql::text(q->value(6));
        a.expiryDate = Sql::text(q->value(7));
        a.reviewDate = Sql::text(q->value(8));
        a.status = q->value(9).toString();
        a.url = q->value(10).toString();
        a.dialogue = Sql::text(q->value(11));
        a.summary = q->value(12).toString();
        a.note = q->value(13).toString();
        readMeta(*q, 0, 14, a);
        a.parties = partyCodes.value(a.id);
        a.sources = src->value(a.id);
        out << a;
    }
    return out;
}

Result<QList<Agreement>> AgreementRepository::all() const { return select({}, {}); }

Result<Agreement> AgreementRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("agreement with id %1").arg(id));
}

Result<QList<Agreement>> AgreementRepository::forCountry(const QString& code) const
{
    return select(QStringLiteral("x.id IN (SELECT ap.agreement_id FROM agreement_party ap JOIN country ac ON ac.id = "
                                 "ap.country_id WHERE ac.code = ?)"),
                  {code});
}

Status AgreementRepository::insert(Agreement& a) const { return write(a, false); }

Status AgreementRepository::update(Agreement& a) const { return write(a, true); }

Status AgreementRepository::write(Agreement& a, bool update) const
{
    auto id = writeRow(m_db, QStringLiteral("agreement"), update ? a.id : 0,
                       QStringLiteral("key, kind, title_en, title_ja, signed_date, in_force_date, expiry_date, "
                                      "review_date, status, url, dialogue_id, summary, note"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM dialogue WHERE key = ?), ?, ?"),
                       {Sql::orNull(a.key), a.kind, a.titleEn, a.titleJa, Sql::orNull(a.signedDate),
                        Sql::orNull(a.inForceDate), Sql::orNull(a.expiryDate), Sql::orNull(a.reviewDate), a.status, a.url,
                        Sql::orNull(a.dialogue), a.summary, a.note},
                       a, {QStringLiteral("agreement_party.agreement_id")});
    if (!id)
        return Status::failure(QStringLiteral("agreement %1: %2").arg(a.key, id.error()));
    a.id = *id;
    int position = 0;
    for (const QString& code : a.parties) {
        auto p = Sql::run(m_db,
                          QStringLiteral("INSERT INTO agreement_party (agreement_id, country_id, position) "
                                         "SELECT ?, id, ? FROM country WHERE code = ?"),
                          {a.id, position++, code});
        if (!p)
            return Status::failure(QStringLiteral("agreement %1, party %2: %3").arg(a.key, code, p.error()));
        if (p->numRowsAffected() != 1)
            return Status::failure(QStringLiteral("agreement %1: no country with code %2").arg(a.key, code));
    }
    return writeSources(m_db, QStringLiteral("agreement"), a.id, a.sources, update);
}
