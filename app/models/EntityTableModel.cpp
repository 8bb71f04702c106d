// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntityTableModel.h"

#include "core/PartialDate.h"
#include "core/TextFilter.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QSet>

EntityTableModel::EntityTableModel(NavTarget::Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind) {}

int EntityTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columnTitles.size());
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const Cell& cell = row.cells[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        if (cell.unconfirmed)
            return QCoreApplication::translate("Models", "Unconfirmed: not verified in a source");
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::FontRole:
        if (cell.unconfirmed) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.alert)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (cell.unconfirmed)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (cell.sort.typeId() == QMetaType::Int)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case SortRole:
        return cell.sort.isValid() ? cell.sort : QVariant(cell.text);
    case DateRole:
        return row.year;
    case UnconfirmedRole:
        return cell.unconfirmed;
    case TargetRole:
        return QVariant::fromValue(NavTarget{m_kind, row.id});
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columnTitles.size())
        return m_columnTitles[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

QModelIndex EntityTableModel::indexForId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return index(i, 0);
    }
    return {};
}

QStringList EntityTableModel::facetValues(int facet) const
{
    QStringList out;
    QSet<QString> seen;
    for (const Row& r : m_rows) {
        const QString v = r.facets.value(facet);
        if (!v.isEmpty() && !seen.contains(v)) {
            seen.insert(v);
            out << v;
        }
    }
    return out;
}

void EntityTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EntityTableModel::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows += std::move(rows);
    endInsertRows();
}

void EntityTableModel::finish(Row& row, const QStringList& alsoFound)
{
    QStringList parts = alsoFound;
    for (const Cell& c : row.cells) {
        parts << c.text;
        if (c.unconfirmed)
            row.unconfirmed = true;
    }
    row.folded = TextFilter::fold(parts.join(QLatin1Char('\n')));
}

EntityTableModel::Cell EntityTableModel::dateCell(const QString& start, const QString& end, bool unconfirmed)
{
    const PartialDate s = PartialDate::parse(start).value_or(PartialDate());
    const PartialDate e = PartialDate::parse(end).value_or(PartialDate());
    // Unknown dates sort as empty text, which the proxy keeps last in both directions.
    return Cell{PartialDate::displayRange(s, e, uiLanguage()), s.isNull() ? QString() : s.toIso(), unconfirmed};
}
