// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/NavTarget.h"
#include "storage/EventFilter.h"

#include <QWidget>

class BackgroundReader;
class EventFilterBar;
class QComboBox;
class QLabel;
class TimelineView;

/// The timeline with its filters, lane choice and legend; loads its rows on a thread of its own.
/// Embedded in a country profile it has no filter bar: the country is fixed.
class TimelineSection : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Full, Embedded };
    explicit TimelineSection(Mode mode, QWidget* parent = nullptr);
    ~TimelineSection() override;

    void setDatabasePath(const QString& path);
    void setCountries(const QList<Country>& countries);
    /// Applies `filter` (shown in the bar, if any) and reloads.
    void setFilter(const EventFilter& filter);
    EventFilter filter() const { return m_filter; }
    /// Reads the rows again (after the database changed).
    void reload();
    /// Runs the event loop until the rows asked for last have arrived (tests, benchmark).
    bool waitForLoaded(int timeoutMs = 60000);
    /// While hidden, reloads wait until the section is shown: a window with 100,000 events need not read them
    /// all for a section nobody has opened.
    void setDeferredWhileHidden(bool deferred) { m_deferWhileHidden = deferred; }

    TimelineView* view() const { return m_view; }
    EventFilterBar* filterBar() const { return m_bar; }
    QComboBox* laneBox() const { return m_lanes; }

protected:
    void showEvent(QShowEvent* e) override;

signals:
    void eventActivated(const NavTarget& target);
    /// The user changed the filters in this section's bar.
    void filterEdited(const EventFilter& filter);

private:
    void updateStatus();
    Mode m_mode;
    EventFilter m_filter;
    bool m_deferWhileHidden = false;
    bool m_pending = false; ///< a reload waits for the section to be shown
    BackgroundReader* m_reader;
    EventFilterBar* m_bar = nullptr;
    QComboBox* m_lanes;
    QLabel* m_status;
    QLabel* m_legend;
    TimelineView* m_view;
    bool m_fitted = false;
};
