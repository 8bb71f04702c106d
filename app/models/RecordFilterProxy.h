// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TextFilter.h"

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>

class EntityTableModel;

/// The one filter proxy of every table: quick-filter text, facet values and a year range, with collated sorting.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    void setFilterText(const QString& text);
    /// Shows only rows whose facet equals `value`; an empty value shows all.
    void setFacet(int facet, const QString& value);
    /// Years are inclusive; 0 leaves that end open. Rows without a year are hidden while a range is set.
    void setYearRange(int from, int to);
    void clearFilters();

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    EntityTableModel* m_model = nullptr;
    QString m_text;
    TextFilter m_filter;
    QHash<int, QString> m_facets;
    int m_yearFrom = 0;
    int m_yearTo = 0;
    QCollator m_collator;
};
