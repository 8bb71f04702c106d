// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ListQuery.h"

#include "storage/SearchRepository.h"
#include "storage/Sql.h"

namespace {
struct Spec
{
    int searchKind;                  ///< kind code in search_fts rowids
    QString from;                    ///< FROM clause, main table aliased x
    QStringList raw;                 ///< raw column expressions, in rawColumns() order
    QStringList rawNames;
    QStringList sortEn, sortJa;      ///< sort expression per display column
    QStringList facetColumns;        ///< expression per facet
    QString yearExpr;
    QList<bool> indexed;             ///< per display column: an index reads the sort in order (schema 6)
    int seriesColumn = -1;           ///< the display column sorted by event_series (schema 10), -1 for none
    QString seriesFrom;              ///< FROM clause for that sort: event_series s drives, main table aliased x
};

const Spec& spec(ListKind kind)
{
    // The titles sort by the interface language's form, falling back to the other.
    static const Spec events{
        4,
        QStringLiteral("event x LEFT JOIN dialogue d ON d.id = x.dialogue_id LEFT JOIN forum f ON f.id = x.forum_id"),
        {QStringLiteral("x.start_date"), QStringLiteral("x.end_date"), QStringLiteral("x.date_note"),
         QStringLiteral("x.title_en"), QStringLiteral("x.title_ja"), QStringLiteral("coalesce(d.name_en, f.name_en, '')"),
         QStringLiteral("coalesce(d.name_ja, f.name_ja, '')"), QStringLiteral("coalesce(f.acronym, '')"),
         QStringLiteral("x.kind"), QStringLiteral("x.round_number"), QStringLiteral("x.place"), QStringLiteral("x.format"),
         QStringLiteral("x.level"), QStringLiteral("x.status"), QStringLiteral("x.unconfirmed"),
         QStringLiteral("x.unconfirmed_fields")},
        {QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("date_note"), QStringLiteral("title_en"),
         QStringLiteral("title_ja"), QStringLiteral("series_en"), QStringLiteral("series_ja"), QStringLiteral("series_acronym"),
         QStringLiteral("kind"), QStringLiteral("round_number"), QStringLiteral("place"), QStringLiteral("format"),
         QStringLiteral("level"), QStringLiteral("status"), QStringLiteral("unconfirmed"), QStringLiteral("unconfirmed_fields")},
        {QStringLiteral("x.start_date"), QStringLiteral("coalesce(nullif(x.title_en, ''), x.title_ja)"),
         QStringLiteral("coalesce(nullif(x.title_ja, ''), x.title_en)"),
         QStringLiteral("s.series_en"), QStringLiteral("x.kind"),
         QStringLiteral("x.round_number"), QStringLiteral("x.place"), QStringLiteral("x.format"), QStringLiteral("x.level"),
         QStringLiteral("x.status")},
        {QStringLiteral("x.start_date"), QStringLiteral("coalesce(nullif(x.title_ja, ''), x.title_en)"),
         QStringLiteral("coalesce(nullif(x.title_en, ''), x.title_ja)"),
         QStringLiteral("s.series_ja"), QStringLiteral("x.kind"),
         QStringLiteral("x.round_number"), QStringLiteral("x.place"), QStringLiteral("x.format"), QStringLiteral("x.level"),
         QStringLiteral("x.status")},
        {QStringLiteral("x.kind"), QStringLiteral("x.status"), QStringLiteral("x.format")},
        QStringLiteral("CAST(substr(x.start_date, 1, 4) AS INTEGER)"),
        {true, true, true, true, true, true, true, true, true, true},
        3,
        QStringLiteral("event_series s JOIN event x ON x.id = s.event_id LEFT JOIN dialogue d ON d.id = x.dialogue_id "
                       "LEFT JOIN forum f ON f.id = x.forum_id")};
    static const Spec actions{
        7,
        QStringLiteral("action x JOIN event e ON e.id = x.event_id"),
        {QStringLiteral("x.due_date"), QStringLiteral("x.description"), QStringLiteral("x.owner"), QStringLiteral("x.status"),
         QStringLiteral("e.title_en"), QStringLiteral("e.title_ja"), QStringLiteral("x.event_id")},
        {QStringLiteral("due_date"), QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("status"),
         QStringLiteral("event_title_en"), QStringLiteral("event_title_ja"), QStringLiteral("event_id")},
        {QStringLiteral("x.due_date"), QStringLiteral("x.description"), QStringLiteral("x.owner"), QStringLiteral("x.status"),
         QStringLiteral("coalesce(nullif(e.title_en, ''), e.title_ja)")},
        {QStringLiteral("x.due_date"), QStringLiteral("x.description"), QStringLiteral("x.owner"), QStringLiteral("x.status"),
         QStringLiteral("coalesce(nullif(e.title_ja, ''), e.title_en)")},
        {QStringLiteral("x.status"), QStringLiteral("x.owner")},
        QStringLiteral("CAST(substr(x.due_date, 1, 4) AS INTEGER)"),
        {true, true, true, true, false},
        -1,
        {}};
    return kind == ListKind::Events ? events : actions;
}

/// How the text terms are tested. Set: the index's match set, tested against rows read in sort order (`+x.id
/// IN …`, so the planner does not drive the query by it). Drive: the match set drives the query, then a sort.
/// Probe: no set at all; filters() leaves the terms out and the caller tests each row's text (see pageSql).
enum class TermPlan { Set, Drive, Probe };

/// WHERE clause of the filters (text, facets, years), without the keyset.
QString filters(const Spec& s, const ListRequest& r, QVariantList& binds, TermPlan plan)
{
    QStringList where;
    if (!r.terms.isEmpty() && plan != TermPlan::Probe) {
        // Index rowids are id * 8 + kind. "+" keeps the planner from driving the query by the match set.
        const QString rowids = SearchRepository::rowidQuery(r.terms, binds);
        where << QStringLiteral("%1x.id IN (SELECT r / 8 FROM (%2) WHERE r % 8 = %3)")
                     .arg(plan == TermPlan::Set ? QStringLiteral("+") : QString(), rowids)
                     .arg(s.searchKind);
    }
    for (const auto& [facet, value] : r.facets) {
        if (facet < 0 || facet >= s.facetColumns.size())
            continue;
        where << s.facetColumns[facet] + QStringLiteral(" = ?");
        binds << value;
    }
    if (r.yearFrom > 0) {
        where << s.yearExpr + QStringLiteral(" >= ?");
        binds << r.yearFrom;
    }
    if (r.yearTo > 0) {
        where << s.yearExpr + QStringLiteral(" <= ?");
        binds << r.yearTo;
    }
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}
} // namespace

QStringList ListQuery::rawColumns(ListKind kind) { return spec(kind).rawNames; }

int ListQuery::sortableColumns(ListKind kind) { return int(spec(kind).sortEn.size()); }

bool ListQuery::canProbe(const ListRequest& r)
{
    const Spec& s = spec(r.kind);
    return !r.terms.isEmpty() && s.indexed.value(qBound(0, r.sortColumn, int(s.sortEn.size()) - 1));
}

QString ListQuery::pageSql(const ListRequest& r, QVariantList& binds, int probeWindow, bool driveBySet)
{
    const bool probe = probeWindow > 0 && canProbe(r);
    const Spec& s = spec(r.kind);
    const QStringList& sorts = r.japaneseFirst ? s.sortJa : s.sortEn;
    const int column = qBound(0, r.sortColumn, int(sorts.size()) - 1);
    const QString key = sorts.value(column);
    // The series sort reads event_series's index in (key, event id) order, so the rows come sorted with their
    // tie-break; ordered by x.id instead, SQLite would sort each series' rows again.
    const bool bySeries = column == s.seriesColumn;
    const QString from = bySeries ? s.seriesFrom : s.from;
    const QString id = bySeries ? QStringLiteral("s.event_id") : QStringLiteral("x.id");
    // Reading an index in order and testing each row beats sorting every match, common or rare
    // (measured in docs/PERFORMANCE.md); without an index the matches must drive.
    QString where = filters(s, r, binds,
                            probe ? TermPlan::Probe
                                  : s.indexed.value(column) && !driveBySet ? TermPlan::Set : TermPlan::Drive);
    // Keyset paging: rows after the last one read, in (key, id) order. SQLite puts NULL keys first in
    // ascending order and last in descending order, and the conditions follow that.
    if (r.afterId > 0) {
        const QString cmp = r.descending ? QStringLiteral("<") : QStringLiteral(">");
        if (r.afterValue.isNull()) {
            where += r.descending ? QStringLiteral(" AND (%1 IS NULL AND %2 < ?)").arg(key, id)
                                  : QStringLiteral(" AND (%1 IS NOT NULL OR %2 > ?)").arg(key, id);
            binds << r.afterId;
        } else {
            where += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND %4 %2 ?)%3)")
                         .arg(key, cmp, r.descending ? QStringLiteral(" OR %1 IS NULL").arg(key) : QString(), id);
            binds << r.afterValue << r.afterValue << r.afterId;
        }
    }
    const QString dir = r.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString order = QStringLiteral("ORDER BY %1 %2, %3 %2").arg(key, dir, id);
    if (probe) {
        // The next probeWindow rows in sort order (read from the sort column's index, the other filters applied),
        // each tested against its own indexed text: for a term in most records this finds a page after a few
        // hundred rows, where reading the match set means reading most of the index. page() falls back to the
        // set when the window holds fewer than a page of matches.
        binds << probeWindow;
        const QString window = QStringLiteral("SELECT x.id AS wid FROM %1 WHERE %2 %3 LIMIT ?").arg(from, where, order);
        const QString test = SearchRepository::probeClause(QStringLiteral("x.id * 8 + %1").arg(s.searchKind), r.terms, binds);
        binds << r.limit;
        return QStringLiteral("SELECT x.id, %1, %2 FROM (%3) w, %4 WHERE x.id = w.wid AND %5 %6 LIMIT ?")
            .arg(key, s.raw.join(QStringLiteral(", ")), window, from, test, order);
    }
    binds << r.limit;
    return QStringLiteral("SELECT x.id, %1, %2 FROM %3 WHERE %4 %5 LIMIT ?")
        .arg(key, s.raw.join(QStringLiteral(", ")), from, where, order);
}

Result<QList<ListRow>> ListQuery::page(const ListRequest& r, QList<std::pair<QString, QVariantList>>* ran) const
{
    // A small match set is sorted; a common term fills the page from the first rows in sort order; the rest read
    // the sort index against the match set. The first probe costs at most kProbeWindow row tests and is its own
    // estimate of how common the terms are near the top of the order: one match in a hundred rows or more, and a
    // wider probe sized to find a page costs less than reading the whole match set; fewer, and the set it is.
    auto run = [&](int window, bool drive = false) -> Result<QList<ListRow>> {
        QVariantList binds;
        const QString sql = pageSql(r, binds, window, drive);
        if (ran)
            ran->append({sql, binds});
        auto q = Sql::run(m_db, sql, binds);
        if (!q)
            return Result<QList<ListRow>>::failure(q.error());
        const int columns = int(spec(r.kind).raw.size());
        QList<ListRow> out;
        out.reserve(qMin(r.limit, 1000));
        while (q->next()) {
            ListRow row;
            row.id = q->value(0).toLongLong();
            row.sortValue = q->value(1);
            row.values.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.values << q->value(2 + c);
            out << row;
        }
        return out;
    };
    if (canProbe(r) && !SearchRepository::hasPrefixTerms(r.terms)) {
        // A set of a few thousand rows is cheapest sorted: reading the sort index for it can mean reading all of
        // it (日米 is in none of 1,000,000 generated events: 0.4 s walking the index, 0 ms driven by the set).
        // Counting up to the limit streams the first rows of the set; word terms are left out because their
        // prefix queries merge every matching doclist before the first row, so the count would cost a whole set.
        const Spec& s = spec(r.kind);
        QVariantList binds;
        const QString rowids = SearchRepository::rowidQuery(r.terms, binds);
        binds << s.searchKind << kDriveLimit;
        const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM (%1) WHERE r % 8 = ? LIMIT ?)").arg(rowids);
        if (ran)
            ran->append({sql, binds});
        auto n = Sql::run(m_db, sql, binds);
        if (!n)
            return Result<QList<ListRow>>::failure(n.error());
        if (n->next() && n->value(0).toInt() < kDriveLimit)
            return run(0, true);
    }
    if (canProbe(r)) {
        auto first = run(kProbeWindow);
        if (!first || first->size() >= r.limit)
            return first;
        const qint64 found = first->size();
        if (found * 100 >= kProbeWindow) {
            // Rows needed for a page at the density seen, with half again for luck.
            const qint64 wider = qMin<qint64>(kMaxProbeWindow, qint64(kProbeWindow) * r.limit / found * 3 / 2);
            if (wider > kProbeWindow) {
                auto second = run(int(wider));
                if (!second || second->size() >= r.limit)
                    return second;
            }
        }
    }
    return run(0);
}

Result<qint64> ListQuery::count(const ListRequest& r) const
{
    const Spec& s = spec(r.kind);
    QVariantList binds;
    const QString where = filters(s, r, binds, TermPlan::Drive);
    auto q = Sql::run(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(s.from, where), binds);
    if (!q || !q->next())
        return Result<qint64>::failure(q ? QStringLiteral("count returned no row") : q.error());
    return q->value(0).toLongLong();
}
