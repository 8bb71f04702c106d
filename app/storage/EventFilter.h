// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

/// Which events the timeline and the charts show: a participant country, a participant region, a kind, a year range.
struct EventFilter
{
    qint64 countryId = 0; ///< a participant country; 0 for any
    QString region;       ///< a participant's region as stored ("Europe"); empty for any
    QString kind;         ///< event.kind as stored; empty for any
    int yearFrom = 0;     ///< first year of the start date; 0 for no limit
    int yearTo = 0;       ///< last year of the start date; 0 for no limit
    // A briefing pack's scope: the event has a participant among these countries, or belongs to one of these
    // dialogues or fora; all empty for any.
    QStringList scopeCountries; ///< country codes
    QList<qint64> scopeDialogues;
    QList<qint64> scopeFora;
    QString dateFrom; ///< ISO date of any precision the start date must not end before; empty for open
    QString dateTo;   ///< ISO date of any precision, inclusive; empty for open
    int maxClassification = 3; ///< events marked above this are left out

    bool operator==(const EventFilter&) const = default;

    /// SQL condition on the event aliased `alias`, with its values appended to `binds`; "1" when nothing is set.
    QString where(const QString& alias, QVariantList& binds) const;
};
