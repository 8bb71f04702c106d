// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SectionView.h"

#include "core/Language.h"
#include "models/EntityTableModel.h"
#include "models/RecordFilterProxy.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QSpinBox* yearBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1899, 2100);
    box->setSpecialValueText(SectionView::tr("any"));
    box->setValue(1899);
    box->setAccelerated(true);
    return box;
}
} // namespace

SectionView::SectionView(const QString& key, EntityTableModel* model, QWidget* parent)
    : QWidget(parent), m_key(key), m_model(model),
      m_proxy(model->filtersInDatabase() ? nullptr : new RecordFilterProxy(this)), m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_columnMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("section-") + key);
    if (m_proxy)
        m_proxy->setSourceModel(model);

    m_filter->setObjectName(QStringLiteral("quickFilter"));
    m_filter->setPlaceholderText(tr("Filter, in Japanese or English…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &SectionView::applyFilters);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 3);
    const QStringList facets = model->facetTitles();
    for (int i = 0; i < facets.size(); ++i) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("facet-%1").arg(i));
        combo->setToolTip(facets[i]);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &SectionView::applyFilters);
        bar->addWidget(combo);
        m_facets << combo;
    }
    if (!model->yearTitle().isEmpty()) {
        auto* label = new QLabel(model->yearTitle() + QLatin1Char(':'), this);
        m_yearFrom = yearBox(this, QStringLiteral("yearFrom"));
        m_yearTo = yearBox(this, QStringLiteral("yearTo"));
        m_yearFrom->setToolTip(tr("From year"));
        m_yearTo->setToolTip(tr("To year"));
        connect(m_yearFrom, &QSpinBox::valueChanged, this, &SectionView::applyFilters);
        connect(m_yearTo, &QSpinBox::valueChanged, this, &SectionView::applyFilters);
        bar->addWidget(label);
        bar->addWidget(m_yearFrom);
        bar->addWidget(new QLabel(QStringLiteral("–"), this));
        bar->addWidget(m_yearTo);
    }
    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, [this] {
        // One query for the whole reset, not one per widget.
        m_resetting = true;
        m_filter->clear();
        for (QComboBox* c : std::as_const(m_facets))
            c->setCurrentIndex(0);
        if (m_yearFrom) {
            m_yearFrom->setValue(m_yearFrom->minimum());
            m_yearTo->setValue(m_yearTo->minimum());
        }
        m_resetting = false;
        applyFilters();
    });
    bar->addWidget(clear);
    auto* columns = new QToolButton(this);
    columns->setObjectName(QStringLiteral("columnChooser"));
    columns->setText(tr("Columns"));
    columns->setMenu(m_columnMenu);
    columns->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(columns);

    m_table->setObjectName(QStringLiteral("table"));
    // Big tables filter and sort in the database; the view then sits on the model itself.
    m_table->setModel(m_proxy ? static_cast<QAbstractItemModel*>(m_proxy) : model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos)); });
    m_table->sortByColumn(model->defaultSortColumn(), model->defaultSortOrder());
    for (int c : model->initiallyHiddenColumns())
        m_table->setColumnHidden(c, true);
    buildColumnMenu();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            emit currentChanged(current.data(EntityTableModel::TargetRole).value<NavTarget>());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit activated(index.data(EntityTableModel::TargetRole).value<NavTarget>());
    });

    m_count->setObjectName(QStringLiteral("count"));
    QAbstractItemModel* shown = m_table->model();
    if (m_proxy)
        connect(m_proxy, &RecordFilterProxy::filterChanged, this, &SectionView::updateCount);
    connect(model, &EntityTableModel::countsChanged, this, &SectionView::updateCount);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &SectionView::updateCount);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &SectionView::updateCount);
    connect(shown, &QAbstractItemModel::modelReset, this, &SectionView::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    refreshFacets();
    updateCount();
}

void SectionView::refreshFacets()
{
    QCollator collator(QLocale(uiLanguage() == Lang::Ja ? QLocale::Japanese : QLocale::English));
    for (int i = 0; i < m_facets.size(); ++i) {
        QComboBox* combo = m_facets[i];
        const QString current = combo->currentData().toString();
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("All: %1").arg(m_model->facetTitles()[i]), QString());
        QStringList values = m_model->facetValues(i);
        std::sort(values.begin(), values.end(), [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        for (const QString& v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
}

void SectionView::fitColumns()
{
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qBound(48, m_table->columnWidth(c) + 8, 340));
}

void SectionView::buildColumnMenu()
{
    m_columnMenu->clear();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* a = m_columnMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            // Keep at least one column visible, or the table could not be brought back.
            int visible = 0;
            for (int i = 0; i < m_model->columnCount(); ++i)
                visible += m_table->isColumnHidden(i) ? 0 : 1;
            if (!on && visible <= 1) {
                m_columnMenu->actions().at(c)->setChecked(true);
                return;
            }
            m_table->setColumnHidden(c, !on);
        });
    }
}

void SectionView::updateCount()
{
    m_count->setText(countText());
}

QString SectionView::countText() const
{
    if (m_proxy)
        return tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    const qint64 total = m_model->totalCount();
    const qint64 count = m_model->matchingCount();
    if (total < 0)
        return tr("counting…");
    const QString all = QLocale().toString(total);
    if (count < 0)
        return tr("counting… of %1").arg(all);
    return tr("%1 of %2 shown").arg(QLocale().toString(count), all);
}

void SectionView::applyFilters()
{
    if (m_resetting)
        return;
    const int from = m_yearFrom && m_yearFrom->value() != m_yearFrom->minimum() ? m_yearFrom->value() : 0;
    const int to = m_yearTo && m_yearTo->value() != m_yearTo->minimum() ? m_yearTo->value() : 0;
    if (!m_proxy) {
        QHash<int, QString> facets;
        for (int i = 0; i < m_facets.size(); ++i)
            facets.insert(i, m_facets[i]->currentData().toString());
        m_model->setQuery(m_filter->text(), facets, from, to);
        return;
    }
    m_proxy->setFilterText(m_filter->text());
    for (int i = 0; i < m_facets.size(); ++i)
        m_proxy->setFacet(i, m_facets[i]->currentData().toString());
    m_proxy->setYearRange(from, to);
}

bool SectionView::selectId(qint64 id)
{
    const QModelIndex source = m_model->indexForId(id);
    const QModelIndex index = m_proxy ? m_proxy->mapFromSource(source) : source;
    QSignalBlocker block(m_table->selectionModel());
    if (!index.isValid()) {
        m_table->clearSelection();
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

NavTarget SectionView::currentTarget() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(EntityTableModel::TargetRole).value<NavTarget>() : NavTarget{};
}

void SectionView::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("sections/%1/header").arg(m_key), m_table->horizontalHeader()->saveState());
}

void SectionView::restoreState(const QSettings& settings)
{
    const QByteArray state = settings.value(QStringLiteral("sections/%1/header").arg(m_key)).toByteArray();
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state)) {
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_columnMenu->actions().at(c)->setChecked(!m_table->isColumnHidden(c));
    }
}
