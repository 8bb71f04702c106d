// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

/// One record that matched a search: its kind (1 country … 7 action), id, rank and how many of its kind matched.
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

    /// Records whose title or body contains every term, best first within each kind, at most `perKind` of each.
    /// Terms of three characters or more use the trigram index; shorter ones a scan of the indexed text.
    Result<QList<SearchHit>> find(const QStringList& foldedTerms, int perKind) const;
    /// Ids of one kind that match, with no limit: the quick filter of a big table uses it as a subquery.
    static QString matchClause(const QStringList& foldedTerms, QVariantList& binds);
    Result<QHash<qint64, SearchText>> texts(int kind, const QList<qint64>& ids) const;

private:
    QSqlDatabase m_db;
};
