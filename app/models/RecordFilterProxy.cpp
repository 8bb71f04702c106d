// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecordFilterProxy.h"

#include "core/Language.h"
#include "models/EntityTableModel.h"

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent),
      m_collator(QLocale(uiLanguage() == Lang::Ja ? QLocale::Japanese : QLocale::English,
                         uiLanguage() == Lang::Ja ? QLocale::Japan : QLocale::UnitedStates))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(EntityTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<EntityTableModel*>(model);
    Q_ASSERT(m_model || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_filter = TextFilter(text);
    refilter();
}

void RecordFilterProxy::setFacet(int facet, const QString& value)
{
    if (m_facets.value(facet) == value)
        return;
    if (value.isEmpty())
        m_facets.remove(facet);
    else
        m_facets.insert(facet, value);
    refilter();
}

void RecordFilterProxy::setYearRange(int from, int to)
{
    if (from == m_yearFrom && to == m_yearTo)
        return;
    m_yearFrom = from;
    m_yearTo = to;
    refilter();
}

void RecordFilterProxy::clearFilters()
{
    m_text.clear();
    m_filter = TextFilter();
    m_facets.clear();
    m_yearFrom = m_yearTo = 0;
    refilter();
}

void RecordFilterProxy::refilter()
{
    invalidateFilter();
    emit filterChanged();
}

bool RecordFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    if (!m_model || parent.isValid())
        return false;
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        if (m_model->facetValue(row, it.key()) != it.value())
            return false;
    }
    if (m_yearFrom > 0 || m_yearTo > 0) {
        const int year = m_model->yearAt(row);
        if (year == 0 || (m_yearFrom > 0 && year < m_yearFrom) || (m_yearTo > 0 && year > m_yearTo))
            return false;
    }
    return m_filter.isEmpty() || m_filter.matchesFolded(m_model->foldedText(row));
}

bool RecordFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(EntityTableModel::SortRole);
    const QVariant b = right.data(EntityTableModel::SortRole);
    if (a.typeId() == QMetaType::Int || a.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int)
        return a.toLongLong() < b.toLongLong();
    const QString sa = a.toString();
    const QString sb = b.toString();
    // Empty text sorts after everything, whichever the direction, so blanks never crowd the top.
    if (sa.isEmpty() != sb.isEmpty())
        return sortOrder() == Qt::AscendingOrder ? sb.isEmpty() : sa.isEmpty();
    const int c = m_collator.compare(sa, sb);
    if (c != 0)
        return c < 0;
    return left.row() < right.row();
}
