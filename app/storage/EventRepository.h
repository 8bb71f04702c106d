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
    /// The newest events an organization took part in, newest first; `limit` 0 for all.
    Result<QList<Event>> forOrganization(qint64 organizationId, int limit = 0) const;
    /// The newest events of a country (those it took part in), newest first.
    Result<QList<Event>> latestForCountry(const QString& code, int limit) const;
    Result<qint64> countForCountry(const QString& code) const;
    /// The newest `perDialogue` meetings of each dialogue, without participants or sources.
    Result<QList<Event>> latestOfDialogues(const QList<qint64>& dialogueIds, int perDialogue) const;
    /// Whether an event other than `exceptId` of the dialogue (or forum) has round `round`.
    Result<bool> roundTaken(qint64 dialogueId, qint64 forumId, int round, qint64 exceptId) const;
    /// Inserts `record` with its participants and sources and sets its id (a nonzero id is kept); call inside a
    /// Transaction.
    Status insert(Event& record) const;
    /// Saves an edited event, participants and sources included, if nobody changed it since it was read
    /// (record.version); a conflict otherwise. Call inside a Transaction.
    Status update(Event& record) const;
    /// Deletes the event with its participants, actions, citations and sources, guarded like update().
    Status remove(const Event& record) const;

private:
    Status writeParts(Event& e) const;
    Result<QList<Event>> select(const QString& where, const QVariantList& binds, const QString& order = {},
                                int limit = 0) const;
    QSqlDatabase m_db;
};
