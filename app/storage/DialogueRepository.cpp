// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DialogueRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

using namespace RecordColumns;

Result<QList<Dialogue>> DialogueRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Dialogue>>;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.key, x.kind, x.name_en, x.name_ja, x.first_held, x.first_held_note, "
                                     "x.agreed_date, x.agreed_by, x.status, x.lead_agency, x.gaps, x.note, x.beyond_seed, "
                                     "%1 FROM dialogue x %2 ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), filter),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto parties = Sql::run(m_db,
                            QStringLiteral("SELECT p.dialogue_id, c.code FROM dialogue_party p JOIN dialogue x ON x.id = "
                                           "p.dialogue_id JOIN country c ON c.id = p.country_id %1 "
                                           "ORDER BY p.dialogue_id, p.position")
                                .arg(filter),
                            binds);
    if (!parties)
        return R::failure(parties.error());
    QHash<qint64, QStringList> partyCodes;
    while (parties->next())
        partyCodes[parties->value(0).toLongLong()] << parties->value(1).toString();
    auto src = sources(m_db, QStringLiteral("dialogue"), QStringLiteral("dialogue x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<Dialogue> out;
    while (q->next()) {
        Dialogue d;
        d.key = Sql::text(q->value(1));
        d.kind = q->value(2).toString();
        d.nameEn = q->value(3).toString();
        d.nameJa = q->value(4).toString();
        d.firstHeld = Sql::text(q->value(5));
        d.firstHeldNote = q->value(6).toString();
        d.agreedDate = Sql::text(q->value(7));
        d.agreedBy = q->value(8).toString();
        d.status = q->value(9).toString();
        d.leadAgency = q->value(10).toString();
        d.gaps = q->value(11).toString();
        d.note = q->value(12).toString();
        d.beyondSeed = q->value(13).toInt() != 0;
        readMeta(*q, 0, 14, d);
        d.parties = partyCodes.value(d.id);
        d.sources = src->value(d.id);
        out << d;
    }
    if (auto s = TagRepository(m_db).load(QStringLiteral("dialogue"), out); !s)
        return Result<QList<Dialogue>>::failure(s.error());
    return out;
}

Result<QList<Dialogue>> DialogueRepository::all() const { return select({}, {}); }

Result<Dialogue> DialogueRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("dialogue with id %1").arg(id));
}

Result<QList<Dialogue>> DialogueRepository::forCountry(const QString& code) const
{
    return select(QStringLiteral("x.id IN (SELECT dp.dialogue_id FROM dialogue_party dp JOIN country dc ON dc.id = "
                                 "dp.country_id WHERE dc.code = ?)"),
                  {code});
}

namespace {
Columns dialogueColumns(const Dialogue& d)
{
    return {{"key", Sql::orNull(d.key)},
            {"kind", d.kind},
            {"name_en", d.nameEn},
            {"name_ja", d.nameJa},
            {"first_held", Sql::orNull(d.firstHeld)},
            {"first_held_note", d.firstHeldNote},
            {"agreed_date", Sql::orNull(d.agreedDate)},
            {"agreed_by", d.agreedBy},
            {"status", d.status},
            {"lead_agency", d.leadAgency},
            {"gaps", d.gaps},
            {"note", d.note},
            {"beyond_seed", d.beyondSeed ? 1 : 0}};
}

QString dialogueName(const Dialogue& d)
{
    return QStringLiteral("The dialogue \u201c%1\u201d").arg(d.nameEn.isEmpty() ? d.nameJa : d.nameEn);
}
} // namespace

Status DialogueRepository::writeParts(const Dialogue& d) const
{
    int position = 0;
    for (const QString& code : d.parties) {
        auto p = Sql::run(m_db,
                          QStringLiteral("INSERT INTO dialogue_party (dialogue_id, country_id, position) "
                                         "SELECT ?, id, ? FROM country WHERE code = ?"),
                          {d.id, position++, code});
        if (!p)
            return Status::failure(QStringLiteral("dialogue %1, party %2: %3").arg(d.key, code, p.error()));
        if (p->numRowsAffected() != 1)
            return Status::failure(QStringLiteral("dialogue %1: no country with code %2").arg(d.key, code));
    }
    if (auto s = insertSources(m_db, QStringLiteral("dialogue"), d.id, d.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("dialogue"), d.id, d.tags);
}

Status DialogueRepository::insert(Dialogue& d) const
{
    if (auto s = insertRow(m_db, QStringLiteral("dialogue"), QStringLiteral("dialogue %1").arg(d.key), d, dialogueColumns(d)); !s)
        return s;
    return writeParts(d);
}

Status DialogueRepository::update(Dialogue& d) const
{
    if (auto s = updateRow(m_db, QStringLiteral("dialogue"), dialogueName(d), d, dialogueColumns(d)); !s)
        return s;
    auto gone = Sql::run(m_db, QStringLiteral("DELETE FROM dialogue_party WHERE dialogue_id = ?"), {d.id});
    if (!gone)
        return Status::failure(gone.error());
    if (auto s = replaceSources(m_db, QStringLiteral("dialogue"), d.id, {}); !s)
        return s;
    return writeParts(d);
}

Status DialogueRepository::remove(const Dialogue& d) const
{
    if (auto s = deleteRow(m_db, QStringLiteral("dialogue"), dialogueName(d), d); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("dialogue"), d.id, {}); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("dialogue"), d.id, {});
}
