// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"

#include <QWidget>

class EntityTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSpinBox;
class QTableView;
class RecordFilterProxy;

/// One browsable table: quick filter, facet filters, year range, column chooser and an "N of M shown" count.
class SectionView : public QWidget
{
    Q_OBJECT
public:
    SectionView(const QString& key, EntityTableModel* model, QWidget* parent = nullptr);

    QString key() const { return m_key; }
    QTableView* table() const { return m_table; }
    /// The filter proxy of an in-memory table; nullptr for a table filtered in the database.
    RecordFilterProxy* proxy() const { return m_proxy; }
    EntityTableModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QString countText() const;
    /// Selects the record's row when the filters show it; returns whether they do.
    bool selectId(qint64 id);
    NavTarget currentTarget() const;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    /// Refills facet choices after the model was reloaded.
    void refreshFacets();
    /// Sizes columns to their contents, within limits; used until the user's own widths are restored.
    void fitColumns();

signals:
    void currentChanged(const NavTarget& target);
    void activated(const NavTarget& target);

private:
    void applyFilters();
    void updateCount();
    void buildColumnMenu();
    QString m_key;
    EntityTableModel* m_model;
    RecordFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QList<QComboBox*> m_facets;
    QSpinBox* m_yearFrom = nullptr;
    QSpinBox* m_yearTo = nullptr;
    QTableView* m_table;
    QLabel* m_count;
    QMenu* m_columnMenu;
    bool m_resetting = false;
};
