// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"

#include <QAbstractTableModel>

/// A record's history as a table: when, who, what happened to which part, and which fields changed.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Changes, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<HistoryEntry> entries);
    const HistoryEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "title_en: A → B; place: (empty) → Tokyo", leaving out bookkeeping columns.
    static QString changes(const HistoryEntry& entry);

private:
    QList<HistoryEntry> m_entries;
};
