// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "storage/EventFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

/// Country, region, kind and year-range filters over events, shared by the timeline and the charts.
class EventFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit EventFilterBar(QWidget* parent = nullptr);

    /// Fills the country and region choices; keeps the current filter where it still applies.
    void setCountries(const QList<Country>& countries);
    EventFilter filter() const { return m_filter; }
    /// Shows `filter` without emitting filterChanged (to mirror another bar).
    void setFilter(const EventFilter& filter);

    QComboBox* countryBox() const { return m_country; }
    QComboBox* regionBox() const { return m_region; }
    QComboBox* kindBox() const { return m_kind; }
    QSpinBox* fromBox() const { return m_from; }
    QSpinBox* toBox() const { return m_to; }
    /// Why the controls are not applied (a year range that ends before it starts); empty when they are.
    QString problem() const;

signals:
    void filterChanged(const EventFilter& filter);

private:
    void readControls();
    void showFilter();
    QComboBox* m_country;
    QComboBox* m_region;
    QComboBox* m_kind;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QLabel* m_problem;
    EventFilter m_filter;
    bool m_updating = false;
};
