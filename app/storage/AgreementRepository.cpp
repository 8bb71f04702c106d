// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AgreementRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

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
    auto cites = citations(m_db, QStringLiteral("agreement_id"), QStringLiteral("agreement x"), where, binds);
    if (!cites)
        return R::failure(cites.error());
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
        const Cited cited = cites->value(a.id);
        a.citedProvisions = cited.ids;
        a.citedKeys = cited.keys;
        out << a;
    }
    if (auto s = TagRepository(m_db).load(QStringLiteral("agreement"), out); !s)
        return Result<QList<Agreement>>::failure(s.error());
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

namespace {
Result<Columns> agreementColumns(const QSqlDatabase& db, const Agreement& a)
{
    auto dialogue =
        a.dialogueId != 0 ? Result<qint64>(a.dialogueId) : idOfKey(db, QStringLiteral("dialogue"), a.dialogue);
    if (!dialogue)
        return Result<Columns>::failure(dialogue.error());
    return Columns{{"key", Sql::orNull(a.key)},
                   {"kind", a.kind},
                   {"title_en", a.titleEn},
                   {"title_ja", a.titleJa},
                   {"signed_date", Sql::orNull(a.signedDate)},
                   {"in_force_date", Sql::orNull(a.inForceDate)},
                   {"expiry_date", Sql::orNull(a.expiryDate)},
                   {"review_date", Sql::orNull(a.reviewDate)},
                   {"status", a.status},
                   {"url", a.url},
                   {"dialogue_id", Sql::orNull(*dialogue)},
                   {"summary", a.summary},
                   {"note", a.note}};
}

QString agreementName(const Agreement& a)
{
    return QStringLiteral("The agreement \u201c%1\u201d").arg(a.titleEn.isEmpty() ? a.titleJa : a.titleEn);
}
} // namespace

Status AgreementRepository::writeParts(const Agreement& a) const
{
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
    if (auto s = replaceCitations(m_db, QStringLiteral("agreement_id"), a.id, QStringLiteral("agreement %1").arg(a.key),
                                  a.citedProvisions, a.citedKeys);
        !s)
        return s;
    if (auto s = insertSources(m_db, QStringLiteral("agreement"), a.id, a.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("agreement"), a.id, a.tags);
}

Status AgreementRepository::insert(Agreement& a) const
{
    auto cols = agreementColumns(m_db, a);
    if (!cols)
        return Status::failure(QStringLiteral("agreement %1: %2").arg(a.key, cols.error()));
    if (auto s = insertRow(m_db, QStringLiteral("agreement"), QStringLiteral("agreement %1").arg(a.key), a, *cols); !s)
        return s;
    return writeParts(a);
}

Status AgreementRepository::update(Agreement& a) const
{
    auto cols = agreementColumns(m_db, a);
    if (!cols)
        return Status::failure(QStringLiteral("agreement %1: %2").arg(a.key, cols.error()));
    if (auto s = updateRow(m_db, QStringLiteral("agreement"), agreementName(a), a, *cols); !s)
        return s;
    auto gone = Sql::run(m_db, QStringLiteral("DELETE FROM agreement_party WHERE agreement_id = ?"), {a.id});
    if (!gone)
        return Status::failure(gone.error());
    if (auto s = replaceSources(m_db, QStringLiteral("agreement"), a.id, {}); !s)
        return s;
    return writeParts(a);
}

Status AgreementRepository::remove(const Agreement& a) const
{
    if (auto s = deleteRow(m_db, QStringLiteral("agreement"), agreementName(a), a); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("agreement"), a.id, {}); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("agreement"), a.id, {});
}
