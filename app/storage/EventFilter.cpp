// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventFilter.h"

#include <QStringList>

namespace {
QString marks(qsizetype n)
{
    QStringList m;
    m.fill(QStringLiteral("?"), n);
    return m.join(QLatin1Char(','));
}
} // namespace

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
    QStringList any;
    if (!scopeCountries.isEmpty()) {
        any << QStringLiteral("%1.id IN (SELECT p.event_id FROM participant p WHERE p.country_id IN "
                              "(SELECT id FROM country WHERE code IN (%2)))")
                   .arg(a, marks(scopeCountries.size()));
        for (const QString& c : scopeCountries)
            binds << c;
    }
    if (!scopeDialogues.isEmpty()) {
        any << QStringLiteral("%1.dialogue_id IN (%2)").arg(a, marks(scopeDialogues.size()));
        for (qint64 id : scopeDialogues)
            binds << id;
    }
    if (!scopeFora.isEmpty()) {
        any << QStringLiteral("%1.forum_id IN (%2)").arg(a, marks(scopeFora.size()));
        for (qint64 id : scopeFora)
            binds << id;
    }
    if (!any.isEmpty())
        parts << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    // A date of any precision overlaps the range when its last possible day is not before `from` and its first is
    // not after `to`; appending '~' (above every digit and '-') turns an ISO text into "its latest".
    if (!dateFrom.isEmpty()) {
        parts << QStringLiteral("(%1.start_date || '~') >= ?").arg(a);
        binds << dateFrom;
    }
    if (!dateTo.isEmpty()) {
        parts << QStringLiteral("%1.start_date <= ?").arg(a);
        binds << dateTo + QLatin1Char('~');
    }
    if (maxClassification < 3) {
        parts << QStringLiteral("%1.classification <= ?").arg(a);
        binds << maxClassification;
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}
