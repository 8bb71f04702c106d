// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/TagRepository.h"

#include <QAbstractTableModel>

/// The tags with their colour (a swatch on the name) and how many records carry each; updated row by row.
class TagListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Records, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole ///< the name folded for sorting, or the count as a number
    };

    explicit TagListModel(QObject* parent = nullptr);

    /// Shows `tags`: rows of tags gone are removed, changed ones updated, new ones appended.
    void setTags(const QList<TagUsage>& tags);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TagUsage& tagAt(const QModelIndex& index) const { return m_rows[index.row()]; }
    QModelIndex indexForId(qint64 id) const;
    /// Every tag's name, for completers.
    QStringList names() const;
    /// "3 events, 1 country": how many records of each kind carry the tag.
    static QString breakdown(const TagUsage& usage);

private:
    QList<TagUsage> m_rows;
};
