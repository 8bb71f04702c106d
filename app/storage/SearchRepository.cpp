// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "core/TextFilter.h"
#include "storage/Sql.h"

namespace {
// Trigram needs three characters; a shorter term would make MATCH return nothing at all.
constexpr int kTrigram = 3;

QString quoted(const QString& term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}
} // namespace

namespace {
/// A short term the liaison_grams index can answer: all East Asian characters (a phrase of them) or all
/// word characters (a word prefix). Anything else (punctuation, mixtures) is left to a scan.
QString gramQuery(const QString& term)
{
    if (TextFilter::isShortWordTerm(term))
        return quoted(term) + QLatin1Char('*');
    for (uint c : term.toUcs4()) {
        if (TextFilter::charClass(c) != TextFilter::CharClass::Single)
            return {};
    }
    return quoted(term);
}
} // namespace

SearchRepository::Plan SearchRepository::plan(const QStringList& terms)
{
    // Three index paths, by term: the trigram index for three characters or more, the grams index for shorter
    // East Asian runs and word prefixes, and a scan for what neither can answer.
    Plan p;
    QStringList longTerms, gramTerms;
    for (const QString& t : terms) {
        const QString gram = t.size() < kTrigram ? gramQuery(t) : QString();
        if (t.size() >= kTrigram)
            longTerms << quoted(t);
        else if (!gram.isEmpty())
            gramTerms << gram;
        else
            p.scanTerms << t;
    }
    p.trigram = longTerms.join(QLatin1Char(' '));
    p.grams = gramTerms.join(QStringLiteral(" AND "));
    return p;
}

QString SearchRepository::matchClause(const QStringList& terms, QVariantList& binds)
{
    const Plan p = plan(terms);
    QStringList clauses;
    if (!p.trigram.isEmpty()) {
        clauses << QStringLiteral("search_fts MATCH ?");
        binds << p.trigram;
    }
    if (!p.grams.isEmpty()) {
        // With a MATCH above, "+" keeps the planner from re-running that MATCH once per gram row.
        clauses << QStringLiteral("%1search_fts.rowid IN (SELECT rowid FROM search_gram WHERE search_gram MATCH ?)")
                       .arg(p.trigram.isEmpty() ? QString() : QStringLiteral("+"));
        binds << p.grams;
    }
    for (const QString& t : p.scanTerms) {
        clauses << QStringLiteral("(instr(search_fts.title, ?) > 0 OR instr(search_fts.body, ?) > 0)");
        binds << t << t;
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
}

QString SearchRepository::rowidQuery(const QStringList& terms, QVariantList& binds)
{
    const Plan p = plan(terms);
    if (p.trigram.isEmpty() && p.scanTerms.isEmpty() && !p.grams.isEmpty()) {
        binds << p.grams;
        return QStringLiteral("SELECT rowid AS r FROM search_gram WHERE search_gram MATCH ?");
    }
    return QStringLiteral("SELECT rowid AS r FROM search_fts WHERE ") + matchClause(terms, binds);
}

Result<QList<SearchHit>> SearchRepository::find(const QStringList& terms, int perKind) const
{
    using R = Result<QList<SearchHit>>;
    if (terms.isEmpty())
        return QList<SearchHit>();
    QVariantList binds;
    const QString where = matchClause(terms, binds);
    bool anyLong = false;
    for (const QString& t : terms)
        anyLong = anyLong || t.size() >= kTrigram;
    // A title match outranks a body match; bm25 orders within them where the index was used.
    QStringList inTitle;
    QVariantList titleBinds;
    for (const QString& t : terms) {
        inTitle << QStringLiteral("instr(search_fts.title, ?) > 0");
        titleBinds << t;
    }
    const QString rank = anyLong ? QStringLiteral("bm25(search_fts, 10.0, 1.0)") : QStringLiteral("length(search_fts.title)");
    // bm25() cannot be used inside a window function, so it is computed in the innermost query.
    QVariantList values = titleBinds;
    values += binds;
    values << perKind;
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT kind, id, score, total, in_title FROM ("
                                     " SELECT kind, id, score, in_title,"
                                     " row_number() OVER (PARTITION BY kind ORDER BY in_title DESC, score, id) AS n,"
                                     " count(*) OVER (PARTITION BY kind) AS total FROM ("
                                     " SELECT rowid % 8 AS kind, rowid / 8 AS id, %1 AS score, (%2) AS in_title"
                                     " FROM search_fts WHERE %3))"
                                     " WHERE n <= ? ORDER BY kind, n")
                          .arg(rank, inTitle.join(QStringLiteral(" AND ")), where),
                      values);
    if (!q)
        return R::failure(q.error());
    QList<SearchHit> out;
    while (q->next()) {
        out << SearchHit{q->value(0).toInt(), q->value(1).toLongLong(), q->value(2).toDouble(), q->value(3).toInt(),
                         q->value(4).toInt() != 0};
    }
    return out;
}

Result<QHash<qint64, SearchText>> SearchRepository::texts(int kind, const QList<qint64>& ids) const
{
    using R = Result<QHash<qint64, SearchText>>;
    QHash<qint64, SearchText> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds{kind};
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT id, title, body FROM search_source WHERE kind = ? AND id IN (%1)")
                          .arg(marks.join(QLatin1Char(','))),
                      binds);
    if (!q)
        return R::failure(q.error());
    while (q->next())
        out.insert(q->value(0).toLongLong(), SearchText{q->value(1).toString(), q->value(2).toString()});
    return out;
}
