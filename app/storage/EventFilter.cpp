// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventFilter.h"

#include <QStringList>

QString EventFilter::where(const QString& a, QVariantList& binds) const
{
    QStringList parts;
    // Participants name every country an event involves (dialogue parties included), so they decide both filters;
    // IN (subquery) lets SQLite use participant_country_event for the country.
    if (countryId > 0) {
        parts << QStringLiteral("%1.id IN (SELECT p.event_id FROM participant p WHERE p.country_id = ?)").arg(a);
        binds << countryId;
    }
    if (!region.isEmpty()) {
        parts << QStringLiteral("%1.id IN (SELECT p.event_id FROM participant p JOIN country c ON c.id = p.country_id "
                                "WHERE c.region = ?)")
                     .arg(a);
        binds << region;
    }
    if (!kind.isEmpty()) {
        parts << QStringLiteral("%1.kind = ?").arg(a);
        binds << kind;
    }
    if (yearFrom > 0) {
        parts << QStringLiteral("CAST(substr(%1.start_date, 1, 4) AS INTEGER) >= ?").arg(a);
        binds << yearFrom;
    }
    if (yearTo > 0) {
        parts << QStringLiteral("CAST(substr(%1.start_date, 1, 4) AS INTEGER) <= ?").arg(a);
        binds << yearTo;
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}
