// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QGuiApplication>

/// Shows the wait cursor over the whole application while an operation that blocks the window runs (an import,
/// an export, a briefing pack), and puts the previous cursor back when it goes out of scope, however it leaves.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

/// Runs `work` under the wait cursor and returns what it returns; messages about the result come after, with the
/// normal cursor.
template <typename Work> auto whileBusy(Work work)
{
    const BusyCursor busy;
    return work();
}
