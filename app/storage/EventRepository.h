// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>

/// Reads and writes event records with their dependent rows and sources.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Event>> all() const;
    Result<Event> byId(qint64 id) const;
    Result<QList<Event>> forDialogue(qint64 dialogueId) const;
    Result<QList<Event>> forForum(qint64 forumId) const;
    /// The newest events of a country (those it took part in), newest first.
    Result<QList<Event>> latestForCountry(const QString& code, int limit) const;
    Result<qint64> countForCountry(const QString& code) const;
    /// The newest `perDialogue` meetings of each dialogue, without participants or sources.
    Result<QList<Event>> latestOfDialogues(const QList<qint64>& dialogueIds, int perDialogue) const;
    /// Inserts `record` and sets its id; call inside a Transaction.
    Status insert(Event& record) const;
    /// Writes `record` over the row with its id: version + 1, updated_at now; dependent rows and sources replaced.
    Status update(Event& record) const;

private:
    Status write(Event& record, bool update) const;
    Result<QList<Event>> select(const QString& where, const QVariantList& binds, const QString& order = {},
                                int limit = 0) const;
    QSqlDatabase m_db;
};
