// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"

#include <QList>
#include <QObject>

/// The records the reader has opened, with Back and Forward as in a browser.
class NavigationHistory : public QObject
{
    Q_OBJECT
public:
    /// How many records Back can reach by default; older ones are forgotten.
    static constexpr int kDefaultCap = 200;

    explicit NavigationHistory(int cap = kDefaultCap, QObject* parent = nullptr);

    /// Records a visit to `target`: it becomes the current record and the forward history is dropped. An invalid
    /// target, or the current one again, is not recorded; returns whether the visit was.
    bool visit(const NavTarget& target);
    /// The record shown now, or none.
    NavTarget current() const { return m_pos >= 0 ? m_entries[m_pos] : NavTarget{}; }
    bool canGoBack() const { return m_pos > 0; }
    bool canGoForward() const { return m_pos + 1 < int(m_entries.size()); }
    /// Steps back and returns the record now current; none (and no step) when there is nothing before it.
    NavTarget back();
    /// Steps forward and returns the record now current; none (and no step) when there is nothing after it.
    NavTarget forward();
    /// Forgets everything (another database was opened).
    void clear();
    /// The records kept, oldest first.
    const QList<NavTarget>& entries() const { return m_entries; }
    int cap() const { return m_cap; }

signals:
    /// Whether Back or Forward can be taken changed.
    void availabilityChanged(bool canGoBack, bool canGoForward);

private:
    /// Emits availabilityChanged when either answer differs from before the change.
    void notifyIfChanged(bool couldGoBack, bool couldGoForward);

    QList<NavTarget> m_entries;
    int m_pos = -1;
    int m_cap;
};
