// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PolicyRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/TagRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
    if (auto s = TagRepository(m_db).load(QStringLiteral("policy_item"), out); !s)
        return Result<QList<PolicyItem>>::failure(s.error());
    return out;
}

Result<QList<PolicyItem>> PolicyRepository::all() const { return select({}, {}); }

Result<PolicyItem> PolicyRepository::byId(qint64 id) const
{
    return single(select(QStringLiteral("x.id = ?"), {id}), QStringLiteral("policy item with id %1").arg(id));
}

namespace {
Columns policyColumns(const PolicyItem& p)
{
    return {{"key", Sql::orNull(p.key)},       {"kind", p.kind},
            {"title_en", p.titleEn},           {"title_ja", p.titleJa},
            {"law_number", p.lawNumber},       {"issued_by", p.issuedBy},
            {"issued_date", Sql::orNull(p.date)}, {"date_note", p.dateNote},
            {"dates_json", datesToJson(p.dates)}, {"revisions_json", listToJson(p.revisions)},
            {"note", p.note}};
}

Columns provisionColumns(qint64 itemId, const Provision& pr, int position)
{
    return {{"policy_item_id", itemId}, {"key", Sql::orNull(pr.key)}, {"article", pr.article},
            {"label_en", pr.labelEn},   {"label_ja", pr.labelJa},     {"subject_en", pr.subjectEn},
            {"subject_ja", pr.subjectJa}, {"position", position}};
}

QString policyName(const PolicyItem& p)
{
    return QStringLiteral("The policy item \u201c%1\u201d").arg(p.titleEn.isEmpty() ? p.titleJa : p.titleEn);
}
} // namespace

Status PolicyRepository::insert(PolicyItem& p) const
{
    if (auto s = insertRow(m_db, QStringLiteral("policy_item"), QStringLiteral("policy item %1").arg(p.key), p,
                           policyColumns(p));
        !s)
        return s;
    int position = 0;
    for (Provision& pr : p.provisions) {
        // Never below the item (the schema refuses it: 0011_classification_floor.sql).
        pr.classification = qMax(pr.classification, p.classification);
        if (auto s = insertRow(m_db, QStringLiteral("provision"),
                               QStringLiteral("policy item %1, article %2").arg(p.key, pr.article), pr,
                               provisionColumns(p.id, pr, position++));
            !s)
            return s;
        if (auto s = insertSources(m_db, QStringLiteral("provision"), pr.id, pr.sources); !s)
            return s;
    }
    if (auto s = insertSources(m_db, QStringLiteral("policy_item"), p.id, p.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("policy_item"), p.id, p.tags);
}

Status PolicyRepository::update(PolicyItem& p) const
{
    if (auto s = updateRow(m_db, QStringLiteral("policy_item"), policyName(p), p, policyColumns(p)); !s)
        return s;
    // Provisions are kept by id, because events and agreements cite them; a removed one that is still cited
    // cannot go (the citation's foreign key says so).
    auto before = Sql::run(m_db, QStringLiteral("SELECT id, key, article, version FROM provision WHERE policy_item_id = ?"),
                           {p.id});
    if (!before)
        return Status::failure(before.error());
    // A provision without an id (an import) is the stored one with its key, or else its article.
    QHash<QString, std::pair<qint64, int>> byKey, byArticle;
    QList<qint64> existing;
    while (before->next()) {
        existing << before->value(0).toLongLong();
        const std::pair<qint64, int> idVersion{before->value(0).toLongLong(), before->value(3).toInt()};
        if (const QString key = Sql::text(before->value(1)); !key.isEmpty())
            byKey.insert(key, idVersion);
        byArticle.insert(before->value(2).toString(), idVersion);
    }
    for (Provision& pr : p.provisions) {
        if (pr.id != 0)
            continue;
        const auto match = !pr.key.isEmpty() && byKey.contains(pr.key) ? byKey.value(pr.key) : byArticle.value(pr.article);
        if (match.first != 0) {
            pr.id = match.first;
            pr.version = match.second;
        }
    }
    QSet<qint64> kept;
    for (const Provision& pr : p.provisions)
        kept.insert(pr.id);
    for (qint64 id : std::as_const(existing)) {
        if (kept.contains(id))
            continue;
        auto gone = Sql::run(m_db, QStringLiteral("DELETE FROM provision WHERE id = ?"), {id});
        if (!gone)
            return Status::failure(QStringLiteral("%1: a removed article is still cited by an event or agreement (%2)")
                                       .arg(policyName(p), gone.error()));
        if (auto s = replaceSources(m_db, QStringLiteral("provision"), id, {}); !s)
            return s;
    }
    int position = 0;
    for (Provision& pr : p.provisions) {
        pr.classification = qMax(pr.classification, p.classification);
        const QString what = QStringLiteral("%1, article %2").arg(policyName(p), pr.article);
        Status s = pr.id == 0 ? insertRow(m_db, QStringLiteral("provision"), what, pr, provisionColumns(p.id, pr, position))
                              : updateRow(m_db, QStringLiteral("provision"), what, pr, provisionColumns(p.id, pr, position));
        ++position;
        if (!s)
            return s;
        if (auto r = replaceSources(m_db, QStringLiteral("provision"), pr.id, pr.sources); !r)
            return r;
    }
    if (auto s = replaceSources(m_db, QStringLiteral("policy_item"), p.id, p.sources); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("policy_item"), p.id, p.tags);
}

Status PolicyRepository::remove(const PolicyItem& p) const
{
    for (const Provision& pr : p.provisions) {
        if (auto s = replaceSources(m_db, QStringLiteral("provision"), pr.id, {}); !s)
            return s;
    }
    if (auto s = deleteRow(m_db, QStringLiteral("policy_item"), policyName(p), p); !s)
        return s;
    if (auto s = replaceSources(m_db, QStringLiteral("policy_item"), p.id, {}); !s)
        return s;
    return TagRepository(m_db).setTags(QStringLiteral("policy_item"), p.id, {});
}
