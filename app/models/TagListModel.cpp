// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TagListModel.h"

#include <QColor>
#include <QHash>
#include <QSet>

TagListModel::TagListModel(QObject* parent) : QAbstractTableModel(parent) {}

void TagListModel::setTags(const QList<TagUsage>& tags)
{
    QHash<qint64, const TagUsage*> fresh;
    for (const TagUsage& t : tags)
        fresh.insert(t.tag.id, &t);
    // Backwards, so the rows still to visit keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const auto it = fresh.constFind(m_rows[row].tag.id);
        if (it == fresh.cend()) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (!(**it == m_rows[row])) {
            m_rows[row] = **it;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    QSet<qint64> shown;
    for (const TagUsage& t : std::as_const(m_rows))
        shown.insert(t.tag.id);
    QList<TagUsage> added;
    for (const TagUsage& t : tags) {
        if (!shown.contains(t.tag.id))
            added << t;
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows << added;
    endInsertRows();
}

int TagListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int TagListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TagListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagUsage& t = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(t.tag.name) : QVariant(t.total());
    case Qt::DecorationRole:
        if (index.column() == Name && !t.tag.color.isEmpty())
            return QColor::fromString(t.tag.color);
        return {};
    case Qt::ToolTipRole:
        return index.column() == Name && !t.tag.color.isEmpty() ? t.tag.color : breakdown(t);
    case Qt::TextAlignmentRole:
        return index.column() == Records ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return t.tag.id;
    case SortRole:
        return index.column() == Name ? QVariant(t.tag.name.toCaseFolded()) : QVariant(t.total());
    default:
        return {};
    }
}

QVariant TagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Tag");
    case Records:
        return tr("Records");
    default:
        return {};
    }
}

QModelIndex TagListModel::indexForId(qint64 id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[row].tag.id == id)
            return index(row, Name);
    }
    return {};
}

QStringList TagListModel::names() const
{
    QStringList out;
    for (const TagUsage& t : m_rows)
        out << t.tag.name;
    return out;
}

QString TagListModel::breakdown(const TagUsage& usage)
{
    const auto phrase = [](const QString& entity, int n) {
        if (entity == QLatin1String("country"))
            return tr("%n country(s)", nullptr, n);
        if (entity == QLatin1String("dialogue"))
            return tr("%n dialogue(s)", nullptr, n);
        if (entity == QLatin1String("forum"))
            return tr("%n forum(s)", nullptr, n);
        if (entity == QLatin1String("event"))
            return tr("%n event(s)", nullptr, n);
        if (entity == QLatin1String("agreement"))
            return tr("%n agreement(s)", nullptr, n);
        if (entity == QLatin1String("organization"))
            return tr("%n organization(s)", nullptr, n);
        return tr("%n policy item(s)", nullptr, n);
    };
    QStringList parts;
    for (const QString& entity : TagRepository::entities()) {
        if (const int n = usage.counts.value(entity); n > 0)
            parts << phrase(entity, n);
    }
    return parts.isEmpty() ? tr("on no record") : parts.join(QStringLiteral(", "));
}
