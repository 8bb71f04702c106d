// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NavigationHistory.h"

#include <QtGlobal>

NavigationHistory::NavigationHistory(int cap, QObject* parent) : QObject(parent), m_cap(qMax(1, cap)) {}

bool NavigationHistory::visit(const NavTarget& target)
{
    // A second visit to the record shown (a click, then a double-click on the same row) would make Back stay put.
    if (!target.isValid() || current() == target)
        return false;
    const bool couldGoBack = canGoBack(), couldGoForward = canGoForward();
    // Going somewhere new drops the forward history, as in a browser.
    m_entries.resize(m_pos + 1);
    m_entries << target;
    if (m_entries.size() > m_cap)
        m_entries.remove(0, m_entries.size() - m_cap);
    m_pos = int(m_entries.size()) - 1;
    notifyIfChanged(couldGoBack, couldGoForward);
    return true;
}

NavTarget NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    const bool couldGoForward = canGoForward();
    --m_pos;
    notifyIfChanged(true, couldGoForward);
    return current();
}

NavTarget NavigationHistory::forward()
{
    if (!canGoForward())
        return {};
    const bool couldGoBack = canGoBack();
    ++m_pos;
    notifyIfChanged(couldGoBack, true);
    return current();
}

void NavigationHistory::clear()
{
    const bool couldGoBack = canGoBack(), couldGoForward = canGoForward();
    m_entries.clear();
    m_pos = -1;
    notifyIfChanged(couldGoBack, couldGoForward);
}

void NavigationHistory::notifyIfChanged(bool couldGoBack, bool couldGoForward)
{
    if (couldGoBack != canGoBack() || couldGoForward != canGoForward())
        emit availabilityChanged(canGoBack(), canGoForward());
}
