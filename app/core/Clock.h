// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

/// Today's date, replaceable in tests.
namespace Clock {
QDate today();
/// Fixes today() to `date`; an invalid date returns to the system clock.
void setToday(const QDate& date);
} // namespace Clock
