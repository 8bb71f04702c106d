// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "core/TextFilter.h"
#include "storage/RecordColumns.h"
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
/// A term the liaison_grams index can answer: word characters (a word prefix, any length) or East Asian
/// characters (a phrase of them). Anything else (punctuation, mixtures) is left to the trigram index or a scan.
QString gramQuery(const QString& term)
{
    if (TextFilter::isWordTerm(term))
        return quoted(term) + QLatin1Char('*');
    for (uint c : term.toUcs4()) {
        if (TextFilter::charClass(c) != TextFilter::CharClass::Single)
            return {};
    }
    return quoted(term);
}
} // namespace

SearchRepository::Plan SearchRepository::plan(const QStringList& terms, bool titleOnly)
{
    // Three index paths, by term: word prefixes from the grams index (its single tokens are cheap to read); other
    // terms of three characters or more from the trigram index; shorter East Asian runs from the grams index as
    // phrases; and a scan for what none can answer (short mixtures such as "g7" with punctuation).
    Plan p;
    QStringList longTerms, gramTerms;
    for (const QString& t : terms) {
        if (TextFilter::isWordTerm(t))
            gramTerms << gramQuery(t);
        else if (t.size() >= kTrigram)
            longTerms << quoted(t);
        else if (const QString gram = gramQuery(t); !gram.isEmpty())
            gramTerms << gram;
        else
            p.scanTerms << t;
    }
    p.trigram = longTerms.join(QLatin1Char(' '));
    p.grams = gramTerms.join(QStringLiteral(" AND "));
    p.titleOnly = titleOnly;
    if (titleOnly) {
        // FTS5 column filters: the terms must occur in the title.
        if (!p.trigram.isEmpty())
            p.trigram = QStringLiteral("title : (") + p.trigram + QLatin1Char(')');
        if (!p.grams.isEmpty())
            p.grams = QStringLiteral("title : (") + p.grams + QLatin1Char(')');
    }
    return p;
}

QString SearchRepository::matchClause(const QStringList& terms, QVariantList& binds, bool titleOnly)
{
    const Plan p = plan(terms, titleOnly);
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
        if (titleOnly) {
            clauses << QStringLiteral("instr(search_fts.title, ?) > 0");
            binds << t;
        } else {
            clauses << QStringLiteral("(instr(search_fts.title, ?) > 0 OR instr(search_fts.body, ?) > 0)");
            binds << t << t;
        }
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
}

QString SearchRepository::rowidQuery(const QStringList& terms, QVariantList& binds, bool titleOnly)
{
    const Plan p = plan(terms, titleOnly);
    if (p.trigram.isEmpty() && p.scanTerms.isEmpty() && !p.grams.isEmpty()) {
        binds << p.grams;
        return QStringLiteral("SELECT rowid AS r FROM search_gram WHERE search_gram MATCH ?");
    }
    return QStringLiteral("SELECT rowid AS r FROM search_fts WHERE ") + matchClause(terms, binds, titleOnly);
}

QString SearchRepository::probeClause(const QString& rowidExpr, const QStringList& terms, QVariantList& binds)
{
    // Folded terms hold no spaces (TextFilter splits on them), so one space-joined value carries them all.
    binds << terms.join(QLatin1Char(' '));
    return QStringLiteral("EXISTS (SELECT 1 FROM search_fts p WHERE p.rowid = %1 AND liaison_match(p.title, p.body, ?))")
        .arg(rowidExpr);
}

Result<QList<SearchHit>> SearchRepository::find(const QStringList& terms, int perKind) const
{
    using R = Result<QList<SearchHit>>;
    if (terms.isEmpty())
        return QList<SearchHit>();
    // How many of each kind match: one pass over the match set, no sorting.
    QVariantList countBinds;
    auto counts = Sql::run(m_db, QStringLiteral("SELECT r % 8, count(*) FROM (%1) GROUP BY 1").arg(rowidQuery(terms, countBinds)),
                           countBinds);
    if (!counts)
        return R::failure(counts.error());
    QList<std::pair<int, int>> kinds;
    while (counts->next())
        kinds.append({counts->value(0).toInt(), counts->value(1).toInt()});
    // Best first: records whose title holds every term, the shortest such titles first (the match is most of
    // the name) among the newest few; then the others, newest first. The indexes deliver rowids in descending
    // order, so each kind stops reading at its limit.
    QList<SearchHit> out;
    for (const auto& [kind, total] : kinds) {
        QList<qint64> seen;
        for (bool titleOnly : {true, false}) {
            const int want = perKind - int(seen.size());
            if (want <= 0)
                break;
            QVariantList binds;
            const QString rows = rowidQuery(terms, binds, titleOnly);
            QString exclude;
            for (qint64 rowid : seen)
                exclude += (exclude.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(rowid);
            binds << kind << (titleOnly ? want * 4 : want);
            // The excluded rowids are numbers the index returned above, not input.
            auto q = Sql::run(m_db,
                              QStringLiteral("SELECT m.r, length(t.title) FROM (SELECT r FROM (%1) WHERE r % 8 = ?%2 "
                                             "ORDER BY r DESC LIMIT ?) m JOIN search_fts t ON t.rowid = m.r")
                                  .arg(rows, exclude.isEmpty() ? QString() : QStringLiteral(" AND r NOT IN (%1)").arg(exclude)),
                              binds);
            if (!q)
                return R::failure(q.error());
            QList<std::pair<int, qint64>> found; // title length, rowid
            while (q->next())
                found.append({titleOnly ? q->value(1).toInt() : 0, q->value(0).toLongLong()});
            std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first < b.first : a.second > b.second;
            });
            for (int i = 0; i < found.size() && i < want; ++i) {
                seen << found[i].second;
                out << SearchHit{kind, found[i].second / 8, double(out.size()), total, titleOnly};
            }
        }
    }
    return out;
}

Result<QHash<qint64, SearchText>> SearchRepository::texts(int kind, const QList<qint64>& ids) const
{
    QHash<qint64, SearchText> out;
    const Status s = RecordColumns::inChunks(ids, [&](const QString& in, const QVariantList& values) {
        auto q = Sql::run(m_db, QStringLiteral("SELECT id, title, body FROM search_source WHERE kind = ? AND id IN (%1)").arg(in),
                          QVariantList{kind} + values);
        if (!q)
            return Status::failure(q.error());
        while (q->next())
            out.insert(q->value(0).toLongLong(), SearchText{q->value(1).toString(), q->value(2).toString()});
        return Status();
    });
    if (!s)
        return Result<QHash<qint64, SearchText>>::failure(s.error());
    return out;
}
