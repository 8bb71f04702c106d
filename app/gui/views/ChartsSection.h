// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "storage/ChartRepository.h"
#include "storage/EventFilter.h"

#include <QWidget>

class BackgroundReader;
class EventFilterBar;
class QChart;
class QChartView;

/// Four charts over the filtered events: events per year by kind, engagement by region, dialogue rounds per
/// partner, and follow-up actions open and closed by year; each can be saved as PNG or SVG.
class ChartsSection : public QWidget
{
    Q_OBJECT
public:
    enum Chart { EventsPerYear, Regions, Partners, Actions, ChartCount };
    /// What the charts were last drawn from, for tests and for saving.
    struct Data
    {
        QList<ChartRepository::YearKind> perYear;
        QList<ChartRepository::Named> regions;
        QList<ChartRepository::Named> partners;
        QList<ChartRepository::YearActions> actions;
    };

    explicit ChartsSection(QWidget* parent = nullptr);
    ~ChartsSection() override;

    void setDatabasePath(const QString& path);
    void setCountries(const QList<Country>& countries);
    void setFilter(const EventFilter& filter);
    EventFilter filter() const { return m_filter; }
    void reload();
    bool waitForLoaded(int timeoutMs = 60000);
    /// While hidden, reloads wait until the section is shown: a window with 100,000 events need not read them
    /// all for a section nobody has opened.
    void setDeferredWhileHidden(bool deferred) { m_deferWhileHidden = deferred; }

    const Data& data() const { return m_data; }
    QChart* chart(Chart which) const;
    QChartView* chartView(Chart which) const { return m_views[which]; }
    EventFilterBar* filterBar() const { return m_bar; }
    /// Writes the chart as SVG (by a .svg suffix) or PNG (anything else).
    Status save(Chart which, const QString& path) const;
    /// Asks for a file name (FileDialog) and saves.
    void saveWithDialog(Chart which);

    /// Partners beyond this many are left out of the partner chart, which says so.
    static constexpr int kMaxPartners = 20;
    /// The country whose relations the database records; left out of "partners" and "engagement".
    static QString homeCountryCode() { return QStringLiteral("JP"); }

protected:
    void showEvent(QShowEvent* e) override;

signals:
    void filterEdited(const EventFilter& filter);

private:
    void showData(const Data& data);
    EventFilter m_filter;
    bool m_deferWhileHidden = false;
    bool m_pending = false; ///< a reload waits for the section to be shown
    BackgroundReader* m_reader;
    EventFilterBar* m_bar;
    QChartView* m_views[ChartCount];
    Data m_data;
};
