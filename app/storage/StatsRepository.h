// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>

/// Counts the overview tables show without reading every event: rounds per dialogue, meetings per forum,
/// dialogues and events per country.
class StatsRepository
{
public:
    struct Rounds
    {
        int count = 0;
        QString last; ///< date of the latest round
    };

    explicit StatsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Dialogue id → its own meetings (rounds, intersessionals, meetings), not related events.
    Result<QHash<qint64, Rounds>> dialogueRounds() const;
    Result<QHash<qint64, int>> forumMeetings() const;
    /// Dialogue id → number of its events, for the dialogues the country is a party to.
    Result<QHash<qint64, int>> dialogueEventsOfCountry(const QString& code) const;
    /// Country id → dialogues it is a party to.
    Result<QHash<qint64, int>> countryDialogues() const;
    /// Country id → events it took part in.
    Result<QHash<qint64, int>> countryEvents() const;
    /// Organization id → events it took part in.
    Result<QHash<qint64, int>> organizationEvents() const;

private:
    Result<QHash<qint64, int>> counts(const QString& sql, const QVariantList& binds = {}) const;
    QSqlDatabase m_db;
};
