// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PolicyRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace RecordColumns;

namespace {
// Named dates keep their order as a JSON array of [name, date] pairs.
QString datesToJson(const QList<NamedDate>& dates)
{
    QJsonArray a;
    for (const NamedDate& d : dates)
        a.append(QJsonArray{d.name, d.date});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<NamedDate> datesFromJson(const QString& text)
{
    QList<NamedDate> out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : a)
        out << NamedDate{v.toArray().at(0).toString(), v.toArray().at(1).toString()};
    return out;
}

QString listToJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}
} // namespace

Result<QList<PolicyItem>> PolicyRepository::select(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<PolicyItem>>;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT x.id, x.key, x.kind, x.title_en, x.title_ja, x.law_number, x.issued_by, "
                                     "x.issued_date, x.date_note, x.dates_json, x.revisions_json, x.note, %1 "
                                     "FROM policy_item x %2 ORDER BY x.id")
                          .arg(meta(QStringLiteral("x")), filter),
                      binds);
    if (!q)
        return R::failure(q.error());
    auto pq = Sql::run(m_db,
                       QStringLiteral("SELECT p.id, p.policy_item_id, p.key, p.article, p.label_en, p.label_ja, "
                                      "p.subject_en, p.subject_ja, %1 FROM provision p JOIN policy_item x ON x.id = "
                                      "p.policy_item_id %2 ORDER BY p.policy_item_id, p.position, p.id")
                           .arg(meta(QStringLiteral("p")), filter),
                       binds);
    if (!pq)
        return R::failure(pq.error());
    auto provisionSources = sources(m_db, QStringLiteral("provision"),
                                    QStringLiteral("(provision pp JOIN policy_item x ON x.id = pp.policy_item_id)"),
                                    where, binds, QStringLiteral("pp.id"));
    if (!provisionSources)
        return R::failure(provisionSources.error());
    QHash<qint64, QList<Provision>> provisions;
    while (pq->next()) {
        Provision p;
        p.key = Sql::text(pq->value(2));
        p.article = pq->value(3).toString();
        p.labelEn = pq->value(4).toString();
        p.labelJa = pq->value(5).toString();
        p.subjectEn = pq->value(6).toString();
        p.subjectJa = pq->value(7).toString();
        readMeta(*pq, 0, 8, p);
        p.sources = provisionSources->value(p.id);
        provisions[pq->value(1).toLongLong()] << p;
    }
    auto src = sources(m_db, QStringLiteral("policy_item"), QStringLiteral("policy_item x"), where, binds);
    if (!src)
        return R::failure(src.error());
    QList<PolicyItem> out;
    while (q->next()) {
        PolicyItem p;
        p.key = Sql::text(q->value(1));
        p.kind = q->value(2).toString();
        p.titleEn = q->value(3).toString();
        p.titleJa = q->value(4).toString();
        p.lawNumber = q->value(5).toString();
        p.issuedBy = q->value(6).toString();
        p.date = Sql::text(q->value(7));
        p.dateNote = q->value(8).toString();
        p.dates = datesFromJson(q->value(9).toString());
        p.revisions = listFromJson(q->value(10).toString());
        p.note = q->value(11).toString();
        readMeta(*q, 0, 12, p);
        p.provisions = provisions.value(p.id);
        p.sources = src->value(p.id);
        out << p;
    }
    return out;
}

Result<QList<PolicyItem>> PolicyRepository::all() const { return select({}, {}); }

Result<PolicyItem> PolicyRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("policy item with id %1").arg(id));
}

Status PolicyRepository::insert(PolicyItem& p) const { return write(p, false); }

Status PolicyRepository::update(PolicyItem& p) const { return write(p, true); }

Status PolicyRepository::write(PolicyItem& p, bool update) const
{
    auto id = writeRow(m_db, QStringLiteral("policy_item"), update ? p.id : 0,
                       QStringLiteral("key, kind, title_en, title_ja, law_number, issued_by, issued_date, date_note, "
                                      "dates_json, revisions_json, note"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"),
                       {Sql::orNull(p.key), p.kind, p.titleEn, p.titleJa, p.lawNumber, p.issuedBy, Sql::orNull(p.date),
                        p.dateNote, datesToJson(p.dates), listToJson(p.revisions), p.note},
                       p);
    if (!id)
        return Status::failure(QStringLiteral("policy item %1: %2").arg(p.key, id.error()));
    p.id = *id;
    int position = 0;
    for (Provision& pr : p.provisions) {
        // Provisions are matched by key and never deleted here: citations refer to them.
        qint64 existing = 0;
        if (update) {
            auto q = Sql::run(m_db, QStringLiteral("SELECT id FROM provision WHERE key = ? AND policy_item_id = ?"),
                              {Sql::orNull(pr.key), p.id});
            if (!q)
                return Status::failure(q.error());
            if (q->next())
                existing = q->value(0).toLongLong();
        }
        auto r = writeRow(m_db, QStringLiteral("provision"), existing,
                          QStringLiteral("policy_item_id, key, article, label_en, label_ja, subject_en, subject_ja, position"),
                          QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?"),
                          {p.id, Sql::orNull(pr.key), pr.article, pr.labelEn, pr.labelJa, pr.subjectEn, pr.subjectJa,
                           position++},
                          pr);
        if (!r)
            return Status::failure(QStringLiteral("policy item %1, article %2: %3").arg(p.key, pr.article, r.error()));
        pr.id = *r;
        const Status s = writeSources(m_db, QStringLiteral("provision"), pr.id, pr.sources, existing != 0);
        if (!s)
            return s;
    }
    return writeSources(m_db, QStringLiteral("policy_item"), p.id, p.sources, update);
}
