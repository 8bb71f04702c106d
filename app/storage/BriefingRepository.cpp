// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BriefingRepository.h"

#include "storage/EventFilter.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <algorithm>

using namespace RecordColumns;

namespace {
// Only what the pack prints: no participants, and sources only of the rows returned.
const QString kEventColumns = QStringLiteral(
    "x.id, x.dialogue_id, x.forum_id, x.kind, x.round_number, x.title_en, x.title_ja, x.start_date, x.end_date, "
    "x.place, x.format, x.level, x.status, x.summary, x.outcome, x.classification, x.unconfirmed");

Event readEvent(const QSqlQuery& q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.dialogueId = q.value(1).toLongLong();
    e.forumId = q.value(2).toLongLong();
    e.kind = q.value(3).toString();
    if (!q.value(4).isNull())
        e.roundNumber = q.value(4).toInt();
    e.titleEn = q.value(5).toString();
    e.titleJa = q.value(6).toString();
    e.startDate = Sql::text(q.value(7));
    e.endDate = Sql::text(q.value(8));
    e.place = q.value(9).toString();
    e.format = q.value(10).toString();
    e.level = q.value(11).toString();
    e.status = q.value(12).toString();
    e.summary = q.value(13).toString();
    e.outcome = q.value(14).toString();
    e.classification = q.value(15).toInt();
    e.unconfirmed = q.value(16).toInt() != 0;
    return e;
}

QString marks(qsizetype n)
{
    QStringList m;
    m.fill(QStringLiteral("?"), n);
    return m.join(QLatin1Char(','));
}

/// Events of `x` that belong to the scope and stay under its ceiling; the SQL is this file's own text.
QString scopeWhere(const BriefingScope& s, QVariantList& binds)
{
    QStringList any;
    if (!s.countries.isEmpty()) {
        // Asked of each event through participant_event_country, so a list in date order stops at its limit even
        // for a country that took part in every event (an IN list of its events was built in full each time).
        any << QStringLiteral("EXISTS (SELECT 1 FROM participant p WHERE p.event_id = x.id AND p.country_id IN "
                              "(SELECT id FROM country WHERE code IN (%1)))")
                   .arg(marks(s.countries.size()));
        for (const QString& c : s.countries)
            binds << c;
    }
    if (!s.dialogues.isEmpty()) {
        any << QStringLiteral("x.dialogue_id IN (%1)").arg(marks(s.dialogues.size()));
        for (qint64 id : s.dialogues)
            binds << id;
    }
    if (!s.fora.isEmpty()) {
        any << QStringLiteral("x.forum_id IN (%1)").arg(marks(s.fora.size()));
        for (qint64 id : s.fora)
            binds << id;
    }
    binds << s.maxClassification;
    return QStringLiteral("(%1) AND x.classification <= ?")
        .arg(any.isEmpty() ? QStringLiteral("0") : any.join(QStringLiteral(" OR ")));
}

/// A page of a longer list from a statement selecting (id, count(*) OVER ()) in the list's order: `out` gets an
/// empty row per id, in that order, and the whole list's count; the returned positions say where each id's row,
/// read after by id, goes.
template <typename T>
Result<QHash<qint64, qsizetype>> pageOfIds(const QSqlDatabase& db, const QString& sql, const QVariantList& binds,
                                           Capped<T>& out)
{
    auto page = Sql::run(db, sql, binds);
    if (!page)
        return Result<QHash<qint64, qsizetype>>::failure(page.error());
    QHash<qint64, qsizetype> position;
    while (page->next()) {
        position.insert(page->value(0).toLongLong(), out.rows.size());
        out.rows << T{};
        out.total = page->value(1).toLongLong();
    }
    return position;
}

/// The date range as a condition on x.start_date, the same rule as the timeline's and charts' filter.
QString rangeWhere(const BriefingScope& s, QVariantList& binds)
{
    EventFilter range;
    range.dateFrom = s.from;
    range.dateTo = s.to;
    const QString where = range.where(QStringLiteral("x"), binds);
    return where == QLatin1String("1") ? QString() : QStringLiteral(" AND ") + where;
}
} // namespace

Result<Capped<Event>> BriefingRepository::selectEvents(const QString& where, const QVariantList& binds,
                                                       const QString& order, int limit, bool count) const
{
    using R = Result<Capped<Event>>;
    Capped<Event> out;
    QVariantList values = binds;
    values << limit;
    auto q = Sql::run(
        m_db, QStringLiteral("SELECT %1 FROM event x WHERE %2 ORDER BY %3 LIMIT ?").arg(kEventColumns, where, order),
        values);
    if (!q)
        return R::failure(q.error());
    QHash<qint64, int> index;
    while (q->next()) {
        out.rows << readEvent(*q);
        index.insert(out.rows.last().id, int(out.rows.size() - 1));
    }
    // Counted only when the limit cut the list: for a busy country the count reads every event.
    out.total = out.rows.size();
    if (count && out.rows.size() >= limit) {
        auto all = Sql::run(m_db, QStringLiteral("SELECT count(*) FROM event x WHERE ") + where, binds);
        if (!all)
            return R::failure(all.error());
        if (all->next())
            out.total = all->value(0).toLongLong();
    }
    const Status src = inChunks(index.keys(), [&](const QString& in, const QVariantList& ids) {
        auto urls = sources(m_db, QStringLiteral("event"), QStringLiteral("event x"),
                            QStringLiteral("x.id IN (%1)").arg(in), ids);
        if (!urls)
            return Status::failure(urls.error());
        for (auto it = urls->cbegin(); it != urls->cend(); ++it)
            out.rows[index.value(it.key())].sources = it.value();
        return Status();
    });
    if (!src)
        return R::failure(src.error());
    return out;
}

Result<Capped<Event>> BriefingRepository::events(const BriefingScope& scope, const QString& until, int limit,
                                                 bool count) const
{
    QVariantList binds;
    QString where = scopeWhere(scope, binds);
    where += rangeWhere(scope, binds);
    where += QStringLiteral(" AND x.start_date <= ? AND x.status <> 'cancelled'");
    binds << until;
    return selectEvents(where, binds, QStringLiteral("x.start_date DESC, x.id DESC"), limit, count);
}

Result<Capped<Event>> BriefingRepository::dialogueRounds(qint64 dialogueId, const BriefingScope& scope, int limit) const
{
    QVariantList binds{dialogueId, scope.maxClassification};
    QString where = QStringLiteral("x.dialogue_id = ? AND x.classification <= ?");
    where += rangeWhere(scope, binds);
    auto r = selectEvents(where, binds, QStringLiteral("x.start_date DESC, x.id DESC"), limit);
    if (r)
        std::reverse(r->rows.begin(), r->rows.end());
    return r;
}

Result<QList<qint64>> BriefingRepository::foraMetIn(const QStringList& countries, int maxClassification) const
{
    // Each forum asks whether one of its meetings had the country (event_forum, then participant_country_event):
    // for a country at every meeting the first meeting answers, and a forum it never attended is read in full,
    // which at 100,000 events (11,000 in fora) takes at most 10 ms. Reading the country's participations instead
    // took 30 ms for the busiest country's 190,000.
    // A meeting above the ceiling does not count: a forum met in only through a Secret meeting is not "in common".
    QVariantList binds{maxClassification};
    for (const QString& c : countries)
        binds << c;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT f.id FROM forum f WHERE EXISTS (SELECT 1 FROM event e WHERE e.forum_id = "
                                     "f.id AND e.classification <= ? AND EXISTS (SELECT 1 FROM participant p WHERE "
                                     "p.event_id = e.id AND p.country_id IN (SELECT id FROM country WHERE code IN "
                                     "(%1))))")
                          .arg(marks(countries.size())),
                      binds);
    if (!q)
        return Result<QList<qint64>>::failure(q.error());
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<QHash<qint64, QString>> BriefingRepository::latestMeetings(const QList<qint64>& dialogueIds,
                                                                  const BriefingScope& scope) const
{
    QHash<qint64, QString> out;
    const Status s = inChunks(dialogueIds, [&](const QString& in, const QVariantList& ids) {
        QVariantList binds{scope.maxClassification};
        QString where = QStringLiteral("x.dialogue_id = d.id AND x.classification <= ?");
        where += rangeWhere(scope, binds);
        binds << ids;
        // One walk down the (dialogue_id, start_date) index per dialogue, stopping at the first meeting under the
        // ceiling: a max() over the dialogues read every meeting of each to test its marking.
        auto q = Sql::run(m_db,
                          QStringLiteral("SELECT d.id, (SELECT x.start_date FROM event x WHERE %1 ORDER BY "
                                         "x.start_date DESC LIMIT 1) AS latest FROM dialogue d WHERE d.id IN (%2)")
                              .arg(where, in),
                          binds);
        if (!q)
            return Status::failure(q.error());
        while (q->next()) {
            if (!q->value(1).isNull())
                out.insert(q->value(0).toLongLong(), Sql::text(q->value(1)));
        }
        return Status();
    });
    if (!s)
        return Result<QHash<qint64, QString>>::failure(s.error());
    return out;
}

Result<Capped<Event>> BriefingRepository::upcoming(const BriefingScope& scope, const QString& asOf, int limit) const
{
    QVariantList binds;
    QString where = scopeWhere(scope, binds);
    // A range of the start-date index: from the as-of date on, soonest first.
    where += QStringLiteral(" AND x.start_date >= ? AND x.status <> 'cancelled'");
    binds << asOf;
    return selectEvents(where, binds, QStringLiteral("x.start_date, x.id"), limit);
}

Result<Capped<BriefingAction>> BriefingRepository::openActions(const BriefingScope& scope, int limit) const
{
    using R = Result<Capped<BriefingAction>>;
    QVariantList binds;
    const QString where =
        QStringLiteral("a.status IN ('open', 'in_progress') AND a.classification <= ? AND ") + scopeWhere(scope, binds);
    binds.prepend(scope.maxClassification);
    binds << limit;
    // Sorting by due date reads every open action of the scope anyway: that one pass keeps only ids and sort keys
    // and counts them all (count(*) OVER ()); the page's rows are read after, by id. Carrying every column through
    // the sort, or counting in a second statement, read them all again.
    Capped<BriefingAction> out;
    auto position = pageOfIds(m_db,
                              QStringLiteral("SELECT a.id, count(*) OVER () FROM action a JOIN event x ON x.id = "
                                             "a.event_id WHERE %1 ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT ?")
                                  .arg(where),
                              binds, out);
    if (!position)
        return R::failure(position.error());
    const Status read = inChunks(position->keys(), [&](const QString& in, const QVariantList& ids) {
        auto q = Sql::run(m_db,
                          QStringLiteral("SELECT a.id, a.event_id, a.description, a.owner, a.due_date, a.status, "
                                         "a.classification, x.title_en, x.title_ja, x.start_date FROM action a "
                                         "JOIN event x ON x.id = a.event_id WHERE a.id IN (%1)")
                              .arg(in),
                          ids);
        if (!q)
            return Status::failure(q.error());
        while (q->next()) {
            BriefingAction& b = out.rows[position->value(q->value(0).toLongLong())];
            b.action.id = q->value(0).toLongLong();
            b.action.eventId = q->value(1).toLongLong();
            b.action.description = q->value(2).toString();
            b.action.owner = q->value(3).toString();
            b.action.dueDate = Sql::text(q->value(4));
            b.action.status = q->value(5).toString();
            b.action.classification = q->value(6).toInt();
            b.eventTitleEn = q->value(7).toString();
            b.eventTitleJa = q->value(8).toString();
            b.eventDate = Sql::text(q->value(9));
        }
        return Status();
    });
    if (!read)
        return R::failure(read.error());
    return out;
}

Result<Capped<BriefingCitation>> BriefingRepository::citations(const BriefingScope& scope,
                                                               const QList<qint64>& agreementIds, int limit) const
{
    using R = Result<Capped<BriefingCitation>>;
    // The citations of the scope's events and of the agreements, each with the policy item and article it names and
    // what cites it (`%1`, an event x or agreement g, dated `%2`); `%3` the columns.
    const QString head = QStringLiteral("SELECT %3 FROM citation ci JOIN provision pr ON pr.id = ci.provision_id "
                                        "JOIN policy_item pi ON pi.id = pr.policy_item_id ");
    const QString byEvent = QStringLiteral("JOIN event x ON x.id = ci.event_id WHERE ");
    const QString byAgreement = QStringLiteral("JOIN agreement g ON g.id = ci.agreement_id WHERE ");
    auto both = [&](const QString& columns, const QString& eventWhere, const QString& agreementWhere) {
        QString sql = head.arg(columns).arg(QStringLiteral("x"), QStringLiteral("x.start_date")) + byEvent + eventWhere;
        if (!agreementWhere.isEmpty())
            sql += QStringLiteral(" UNION ALL ") +
                   head.arg(columns).arg(QStringLiteral("g"), QStringLiteral("g.signed_date")) + byAgreement +
                   agreementWhere;
        return sql;
    };

    // As for the open actions: one pass sorts only ids and keys and counts every citation; the page is read after.
    QVariantList binds;
    QString eventWhere = scopeWhere(scope, binds);
    eventWhere += rangeWhere(scope, binds);
    QString agreementWhere;
    if (!agreementIds.isEmpty()) {
        agreementWhere = QStringLiteral("g.id IN (%1)").arg(marks(agreementIds.size()));
        for (qint64 id : agreementIds)
            binds << id;
    }
    binds << scope.maxClassification << limit;
    const QString keys = QStringLiteral("ci.id AS cid, pi.id AS pid, pr.position AS pos, pr.article AS article, "
                                        "%2 AS by_date, max(pi.classification, pr.classification, %1.classification) "
                                        "AS cls");
    Capped<BriefingCitation> out;
    auto position = pageOfIds(m_db,
                              QStringLiteral("SELECT cid, count(*) OVER () FROM (%1) WHERE cls <= ? "
                                             "ORDER BY pid, pos, article, by_date DESC, cid LIMIT ?")
                                  .arg(both(keys, eventWhere, agreementWhere)),
                              binds, out);
    if (!position)
        return R::failure(position.error());
    const QString columns = QStringLiteral(
        "ci.id, pi.title_en, pi.title_ja, pr.article, pr.label_en, pr.label_ja, pr.subject_en, pr.subject_ja, "
        "%1.title_en, %1.title_ja, %2, ci.note, max(pi.classification, pr.classification, %1.classification)");
    const Status read = inChunks(position->keys(), [&](const QString& in, const QVariantList& ids) {
        const QString byId = QStringLiteral("ci.id IN (%1)").arg(in);
        auto q = Sql::run(m_db, both(columns, byId, agreementIds.isEmpty() ? QString() : byId),
                          agreementIds.isEmpty() ? ids : ids + ids);
        if (!q)
            return Status::failure(q.error());
        while (q->next()) {
            BriefingCitation& c = out.rows[position->value(q->value(0).toLongLong())];
            c.policyTitleEn = q->value(1).toString();
            c.policyTitleJa = q->value(2).toString();
            c.article = q->value(3).toString();
            c.labelEn = q->value(4).toString();
            c.labelJa = q->value(5).toString();
            c.subjectEn = q->value(6).toString();
            c.subjectJa = q->value(7).toString();
            c.citedByEn = q->value(8).toString();
            c.citedByJa = q->value(9).toString();
            c.citedByDate = Sql::text(q->value(10));
            c.note = q->value(11).toString();
            c.classification = q->value(12).toInt();
        }
        return Status();
    });
    if (!read)
        return R::failure(read.error());
    return out;
}
