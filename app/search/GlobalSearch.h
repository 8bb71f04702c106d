// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class Database;

/// A found record: what to call it, and the text around the match with the matched ranges.
struct SearchResult
{
    int kind = 0; ///< 0 organization, 1 country, 2 dialogue, 3 forum, 4 event, 5 agreement, 6 policy item, 7 action
    qint64 id = 0;
    QString title;
    QString snippet;
    QList<std::pair<int, int>> highlights; ///< [start, length) in snippet
};

/// The results of one kind, best first. The kind's name is the section's (Sections::title).
struct SearchGroup
{
    int kind = 0;
    int total = 0; ///< all matches of this kind; results hold at most the limit
    QList<SearchResult> results;
};

/// Search across every record kind: Japanese substrings of any length, English words and prefixes,
/// full- and half-width forms alike (the quick filter's folding).
class GlobalSearch
{
public:
    explicit GlobalSearch(Database& db) : m_db(db) {}
    Result<QList<SearchGroup>> search(const QString& text, int perKind = 20) const;
    /// The snippet of `text` around the first term, with every term's occurrences marked.
    static SearchResult snippet(const QString& text, const QStringList& foldedTerms, int width = 90);

private:
    Database& m_db;
};
