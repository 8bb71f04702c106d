// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

/// The big tables, filtered and sorted in SQL and read a page at a time.
enum class ListKind { Events, Actions };

/// What a table shows: folded quick-filter terms, facet values, a year range, a sort, and where the page starts.
struct ListRequest
{
    ListKind kind = ListKind::Events;
    QStringList terms;                    ///< folded (TextFilter::fold), all must match
    QList<std::pair<int, QString>> facets; ///< facet index, raw stored value
    int yearFrom = 0;
    int yearTo = 0;
    int sortColumn = 0;
    bool descending = false;
    bool japaneseFirst = false; ///< names sort by their Japanese form
    int limit = 200;
    /// Keyset of the last row already read (its sort value and id); empty for the first page.
    QVariant afterValue;
    qint64 afterId = 0;
};

/// One row of a list page: id, the sort value (for the next page's keyset) and raw column values.
struct ListRow
{
    qint64 id = 0;
    QVariant sortValue;
    QVariantList values;
};

/// Builds and runs the list queries of the big tables (events, actions). The raw columns per kind are
/// listed by rawColumns(); models turn them into display text.
class ListQuery
{
public:
    explicit ListQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    /// A page of rows. With `ran`, the statements it ran (SQL and values) are appended there: the benchmark runs
    /// the same ones in the sqlite3 shell as a floor.
    Result<QList<ListRow>> page(const ListRequest& request, QList<std::pair<QString, QVariantList>>* ran = nullptr) const;
    Result<qint64> count(const ListRequest& request) const;

    /// A SELECT of page(), with its values. `probeWindow` > 0: test the next probeWindow rows in sort order one by
    /// one against the terms (page() tries this first when canProbe()), instead of testing rows against the
    /// match set.
    /// `driveBySet`: the match set drives the query and its rows are sorted (for a set of a few thousand rows at
    /// most), instead of reading the sort column's index and testing each row against the set.
    static QString pageSql(const ListRequest& request, QVariantList& binds, int probeWindow = 0, bool driveBySet = false);
    /// Whether a page can be read by probing rows: there are terms and the sort column has an index.
    static bool canProbe(const ListRequest& request);
    /// Rows the first probe reads; a second, wider one (at most kMaxProbeWindow) follows when the first found
    /// at least one match in a hundred rows, else the match set is read.
    static constexpr int kProbeWindow = 2000;
    static constexpr int kMaxProbeWindow = 40000;
    /// A match set smaller than this drives the page (see pageSql).
    static constexpr int kDriveLimit = 5000;
    static QStringList rawColumns(ListKind kind);
    static int sortableColumns(ListKind kind);

private:
    QSqlDatabase m_db;
};
