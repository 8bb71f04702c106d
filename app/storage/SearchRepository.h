// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

/// One record that matched a search: its kind (0 organization, 1 country … 7 action), id, rank and how many of its kind matched.
struct SearchHit
{
    int kind = 0;
    qint64 id = 0;
    double rank = 0;       ///< lower is better
    int kindTotal = 0;     ///< matches of this kind in all
    bool inTitle = false;  ///< every term occurs in the title
};

/// The searchable text of a record as stored, before folding.
struct SearchText
{
    QString title;
    QString body;
};

/// Queries the full-text index (search_fts). Terms must already be folded (TextFilter::fold).
class SearchRepository
{
public:
    explicit SearchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records whose title or body contains every term, at most `perKind` of each kind: those with every term in
    /// the title first, then the rest, newest first within each. Terms of three characters or more use the
    /// trigram index, shorter East Asian runs and word prefixes the grams index, anything else a scan.
    Result<QList<SearchHit>> find(const QStringList& foldedTerms, int perKind) const;
    /// The WHERE condition, over search_fts, of the records that contain every term.
    static QString matchClause(const QStringList& foldedTerms, QVariantList& binds, bool titleOnly = false);
    /// A SELECT of the matching rowids (column r), driven by the most selective index; the big tables use it.
    static QString rowidQuery(const QStringList& foldedTerms, QVariantList& binds, bool titleOnly = false);
    /// Whether some term is a word, answered by a prefix query (which reads all its doclists before any row).
    static bool hasPrefixTerms(const QStringList& foldedTerms);
    /// A condition true when the indexed record with rowid `rowidExpr` holds every term, tested on that record's
    /// text alone (liaison_match): cheap per row, for rows read in another order, with no match set built.
    static QString probeClause(const QString& rowidExpr, const QStringList& foldedTerms, QVariantList& binds);
    Result<QHash<qint64, SearchText>> texts(int kind, const QList<qint64>& ids) const;

private:
    struct Plan
    {
        QString trigram;      ///< MATCH expression for search_fts, or empty
        QString grams;        ///< MATCH expression for search_gram, or empty
        QStringList scanTerms; ///< terms neither index answers
        bool titleOnly = false;
    };
    static Plan plan(const QStringList& foldedTerms, bool titleOnly);
    QSqlDatabase m_db;
};
