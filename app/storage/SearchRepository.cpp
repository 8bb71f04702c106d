// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "core/TextFilter.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QMap>
#include <QSet>

#include <algorithm>

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

bool SearchRepository::hasPrefixTerms(const QStringList& terms)
{
    return std::any_of(terms.begin(), terms.end(), [](const QString& t) { return TextFilter::isWordTerm(t); });
}

QString SearchRepository::probeClause(const QString& rowidExpr, const QStringList& terms, QVariantList& binds)
{
    // Folded terms hold no spaces (TextFilter splits on them), so one space-joined value carries them all.
    // search_fts_content is where FTS5 keeps search_fts's text (c0 = title, c1 = body, id = rowid): a plain table
    // read by its key costs a quarter of a lookup through the virtual table, and the probe runs once per row.
    binds << terms.join(QLatin1Char(' '));
    return QStringLiteral("EXISTS (SELECT 1 FROM search_fts_content p WHERE p.id = %1 AND liaison_match(p.c0, p.c1, ?))")
        .arg(rowidExpr);
}

namespace {
/// Per kind: how many rows matched and the newest rowids, from liaison_kind_top's lines.
struct KindTop
{
    qint64 count = 0;
    QList<qint64> newest;
};

QMap<int, KindTop> parseKindTop(const QString& text)
{
    QMap<int, KindTop> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() < 2)
            continue;
        KindTop& k = out[f[0].toInt()];
        k.count = f[1].toLongLong();
        for (int i = 2; i < f.size(); ++i)
            k.newest << f[i].toLongLong();
    }
    return out;
}
} // namespace

Result<QList<SearchHit>> SearchRepository::find(const QStringList& terms, int perKind) const
{
    using R = Result<QList<SearchHit>>;
    if (terms.isEmpty() || perKind <= 0)
        return QList<SearchHit>();
    // Two reads of the index in all, whatever the number of kinds: the records with every term in the title,
    // and all the matches, each folded by liaison_kind_top into per-kind counts and newest rowids in one pass.
    // (One counting and two limited queries per kind read a common term's whole match set fifteen times.)
    auto top = [&](bool titleOnly, int n) -> Result<QMap<int, KindTop>> {
        QVariantList binds{n};
        const QString rows = rowidQuery(terms, binds, titleOnly);
        auto q = Sql::run(m_db, QStringLiteral("SELECT liaison_kind_top(r, ?) FROM (%1)").arg(rows), binds);
        if (!q)
            return Result<QMap<int, KindTop>>::failure(q.error());
        return parseKindTop(q->next() ? q->value(0).toString() : QString());
    };
    auto all = top(false, perKind);
    if (!all)
        return R::failure(all.error());
    auto titled = top(true, perKind * 4);
    if (!titled)
        return R::failure(titled.error());
    // Best first: records whose title holds every term, the shortest such titles first (the match is most of
    // the name) among the newest few; then the others, newest first.
    QString candidates;
    for (const KindTop& k : *titled) {
        for (qint64 rowid : k.newest)
            candidates += (candidates.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(rowid);
    }
    QHash<qint64, int> titleLength;
    if (!candidates.isEmpty()) {
        // The rowids are numbers the index returned above, not input.
        auto q = Sql::run(m_db, QStringLiteral("SELECT rowid, length(title) FROM search_fts WHERE rowid IN (%1)").arg(candidates));
        if (!q)
            return R::failure(q.error());
        while (q->next())
            titleLength.insert(q->value(0).toLongLong(), q->value(1).toInt());
    }
    QList<SearchHit> out;
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        const int kind = it.key();
        QList<std::pair<int, qint64>> inTitle; // title length, rowid
        for (qint64 rowid : titled->value(kind).newest)
            inTitle.append({titleLength.value(rowid), rowid});
        std::stable_sort(inTitle.begin(), inTitle.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        QSet<qint64> seen;
        for (int i = 0; i < inTitle.size() && int(seen.size()) < perKind; ++i) {
            seen.insert(inTitle[i].second);
            out << SearchHit{kind, inTitle[i].second / 8, double(out.size()), int(it->count), true};
        }
        // The newest perKind matches hold at least perKind - seen.size() that are not among those above.
        for (qint64 rowid : it->newest) {
            if (int(seen.size()) >= perKind)
                break;
            if (seen.contains(rowid))
                continue;
            seen.insert(rowid);
            out << SearchHit{kind, rowid / 8, double(out.size()), int(it->count), false};
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
