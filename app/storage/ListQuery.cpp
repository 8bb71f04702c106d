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
         QStringLiteral("coalesce(nullif(f.acronym, ''), d.name_en, f.name_en, '')"), QStringLiteral("x.kind"),
         QStringLiteral("x.round_number"), QStringLiteral("x.place"), QStringLiteral("x.format"), QStringLiteral("x.level"),
         QStringLiteral("x.status")},
        {QStringLiteral("x.start_date"), QStringLiteral("coalesce(nullif(x.title_ja, ''), x.title_en)"),
         QStringLiteral("coalesce(nullif(x.title_en, ''), x.title_ja)"),
         QStringLiteral("coalesce(nullif(f.acronym, ''), d.name_ja, f.name_ja, '')"), QStringLiteral("x.kind"),
         QStringLiteral("x.round_number"), QStringLiteral("x.place"), QStringLiteral("x.format"), QStringLiteral("x.level"),
         QStringLiteral("x.status")},
        {QStringLiteral("x.kind"), QStringLiteral("x.status"), QStringLiteral("x.format")},
        QStringLiteral("CAST(substr(x.start_date, 1, 4) AS INTEGER)"),
        {true, true, true, false, true, true, true, true, true, true}};
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
        {true, true, true, true, false}};
    return kind == ListKind::Events ? events : actions;
}

/// WHERE clause of the filters (text, facets, years), without the keyset. With `walkSort`, the matches of the
/// text are a set each row is tested against while an index is read in sort order; without, they drive the query.
QString filters(const Spec& s, const ListRequest& r, QVariantList& binds, bool walkSort)
{
    QStringList where;
    if (!r.terms.isEmpty()) {
        // Index rowids are id * 8 + kind. "+" keeps the planner from driving the query by the match set.
        const QString rowids = SearchRepository::rowidQuery(r.terms, binds);
        where << QStringLiteral("%1x.id IN (SELECT r / 8 FROM (%2) WHERE r % 8 = %3)")
                     .arg(walkSort ? QStringLiteral("+") : QString(), rowids)
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

QString ListQuery::pageSql(const ListRequest& r, QVariantList& binds)
{
    const Spec& s = spec(r.kind);
    const QStringList& sorts = r.japaneseFirst ? s.sortJa : s.sortEn;
    const int column = qBound(0, r.sortColumn, int(sorts.size()) - 1);
    const QString key = sorts.value(column);
    // Reading an index in order and testing each row beats sorting every match, common or rare
    // (measured in docs/PERFORMANCE.md); without an index the matches must drive.
    QString where = filters(s, r, binds, s.indexed.value(column));
    // Keyset paging: rows after the last one read, in (key, id) order. SQLite puts NULL keys first in
    // ascending order and last in descending order, and the conditions follow that.
    if (r.afterId > 0) {
        const QString cmp = r.descending ? QStringLiteral("<") : QStringLiteral(">");
        if (r.afterValue.isNull()) {
            where += r.descending ? QStringLiteral(" AND (%1 IS NULL AND x.id < ?)").arg(key)
                                  : QStringLiteral(" AND (%1 IS NOT NULL OR x.id > ?)").arg(key);
            binds << r.afterId;
        } else {
            where += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND x.id %2 ?)%3)")
                         .arg(key, cmp, r.descending ? QStringLiteral(" OR %1 IS NULL").arg(key) : QString());
            binds << r.afterValue << r.afterValue << r.afterId;
        }
    }
    const QString dir = r.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    binds << r.limit;
    return QStringLiteral("SELECT x.id, %1, %2 FROM %3 WHERE %4 ORDER BY %1 %5, x.id %5 LIMIT ?")
        .arg(key, s.raw.join(QStringLiteral(", ")), s.from, where, dir);
}

Result<QList<ListRow>> ListQuery::page(const ListRequest& r) const
{
    QVariantList binds;
    auto q = Sql::run(m_db, pageSql(r, binds), binds);
    if (!q)
        return Result<QList<ListRow>>::failure(q.error());
    const int columns = int(spec(r.kind).raw.size());
    QList<ListRow> out;
    out.reserve(r.limit);
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
}

Result<qint64> ListQuery::count(const ListRequest& r) const
{
    const Spec& s = spec(r.kind);
    QVariantList binds;
    const QString where = filters(s, r, binds, false);
    auto q = Sql::run(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(s.from, where), binds);
    if (!q || !q->next())
        return Result<qint64>::failure(q ? QStringLiteral("count returned no row") : q.error());
    return q->value(0).toLongLong();
}
