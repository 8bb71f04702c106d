// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class Catalog;

/// Shared base of the per-entity table models: rows of precomputed cells, facets, a year and folded search text.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,        ///< value to sort by: text, number or ISO date with unknown last
        DateRole,        ///< year the row is filed under, 0 when unknown
        UnconfirmedRole, ///< true when the cell's fact is not confirmed in a source
        TargetRole       ///< NavTarget of the row
    };

    explicit EntityTableModel(NavTarget::Kind kind, QObject* parent = nullptr);
    /// Rebuilds every row from the catalog.
    virtual void load(const Catalog& catalog) = 0;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    NavTarget::Kind kind() const { return m_kind; }
    qint64 idAt(int row) const { return m_rows[row].id; }
    QModelIndex indexForId(qint64 id) const;

    /// Stable, untranslated column names for machine-readable output ("first_held").
    QStringList columnKeys() const { return m_columnKeys; }
    /// Facets: named columns of closed values the user can filter on (region, kind, status…).
    QStringList facetTitles() const { return m_facetTitles; }
    QString facetValue(int row, int facet) const { return m_rows[row].facets.value(facet); }
    /// Distinct values of a facet, in the order of first appearance sorted by the caller.
    virtual QStringList facetValues(int facet) const;

    /// Big tables filter and sort in the database (SqlListModel); the others through RecordFilterProxy.
    virtual bool filtersInDatabase() const { return false; }
    /// For models that filter in the database: the quick-filter text, facet labels by index, a year range.
    virtual void setQuery(const QString& text, const QHash<int, QString>& facets, int yearFrom, int yearTo)
    {
        Q_UNUSED(text);
        Q_UNUSED(facets);
        Q_UNUSED(yearFrom);
        Q_UNUSED(yearTo);
    }
    /// Records that match the current query, -1 while still counting.
    virtual qint64 matchingCount() const { return rowCount(); }
    /// Records in the table, whatever the query.
    virtual qint64 totalCount() const { return rowCount(); }
    /// The label of a date the year range filters on ("Date", "First held"); empty when the entity has none.
    QString yearTitle() const { return m_yearTitle; }
    int yearAt(int row) const { return m_rows[row].year; }
    const QString& foldedText(int row) const { return m_rows[row].folded; }
    /// Column shown sorted when a section opens.
    int defaultSortColumn() const { return m_defaultSortColumn; }
    Qt::SortOrder defaultSortOrder() const { return m_defaultSortOrder; }
    /// Columns hidden until the user asks for them.
    QList<int> initiallyHiddenColumns() const { return m_hiddenColumns; }

signals:
    /// matchingCount() or totalCount() changed.
    void countsChanged();

protected:
    struct Cell
    {
        QString text = {};
        QVariant sort = {}; ///< defaults to text
        bool unconfirmed = false;
    };
    struct Row
    {
        qint64 id = 0;
        QList<Cell> cells;
        QStringList facets;
        int year = 0;
        QString folded;
        bool unconfirmed = false;
        bool alert = false; ///< overdue and the like: shown in the warning colour
        QString toolTip;
    };

    void setColumns(const QStringList& titles) { m_columnTitles = titles; }
    void setColumnKeys(const QStringList& keys) { m_columnKeys = keys; }
    void setFacets(const QStringList& titles) { m_facetTitles = titles; }
    void setYearTitle(const QString& title) { m_yearTitle = title; }
    void setDefaultSort(int column, Qt::SortOrder order)
    {
        m_defaultSortColumn = column;
        m_defaultSortOrder = order;
    }
    void setHiddenColumns(const QList<int>& columns) { m_hiddenColumns = columns; }
    /// Replaces every row; used when a whole table is (re)loaded.
    void setRows(QList<Row> rows);
    /// Appends rows with row-level signals (a big table's next page).
    void appendRows(QList<Row> rows);
    /// Fills `folded` from the cells, so every displayed value is searchable, and from `alsoFound` (a country's short
    /// forms: 豪 finds Australia though no cell shows it).
    static void finish(Row& row, const QStringList& alsoFound = {});
    static Cell dateCell(const QString& start, const QString& end, bool unconfirmed = false);

private:
    NavTarget::Kind m_kind;
    QStringList m_columnTitles;
    QStringList m_columnKeys;
    QStringList m_facetTitles;
    QString m_yearTitle;
    QList<Row> m_rows;
    int m_defaultSortColumn = 0;
    Qt::SortOrder m_defaultSortOrder = Qt::AscendingOrder;
    QList<int> m_hiddenColumns;
};
