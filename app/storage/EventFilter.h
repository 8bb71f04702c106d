// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

/// Which events the timeline and the charts show: a participant country, a participant region, a kind, a year range.
struct EventFilter
{
    qint64 countryId = 0; ///< a participant country; 0 for any
    QString region;       ///< a participant's region as stored ("Europe"); empty for any
    QString kind;         ///< event.kind as stored; empty for any
    int yearFrom = 0;     ///< first year of the start date; 0 for no limit
    int yearTo = 0;       ///< last year of the start date; 0 for no limit

    bool operator==(const EventFilter&) const = default;

    /// SQL condition on the event aliased `alias`, with its values appended to `binds`; "1" when nothing is set.
    QString where(const QString& alias, QVariantList& binds) const;
};
