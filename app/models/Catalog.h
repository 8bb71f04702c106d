// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QHash>

class Database;

/// Every record of the database in memory, with the look-ups the tables need (names of parties, series, events).
class Catalog
{
public:
    static Result<Catalog> load(Database& db);

    QList<Country> countries;
    QList<Dialogue> dialogues;
    QList<Forum> fora;
    QList<Event> events;
    QList<Agreement> agreements;
    QList<PolicyItem> policyItems;
    QList<Action> actions;

    /// Name of a country code in the interface language, or the code itself.
    QString countryName(const QString& code) const;
    const Country* country(const QString& code) const;
    const Dialogue* dialogue(const QString& key) const;
    const Forum* forum(const QString& key) const;
    const Event* event(qint64 id) const;
    /// "Japan-U.S. Cyber Dialogue" or "G7": the dialogue or forum an event belongs to, in the interface language.
    QString seriesName(const Event& e) const;
    /// Meetings of a dialogue itself (rounds, intersessionals, meetings); related events are not counted.
    int roundCount(const QString& dialogueKey) const;
    static bool isRound(const Event& e);
    int meetingCount(const QString& forumKey) const;
    /// Number of dialogues and events a country takes part in.
    int dialogueCount(const QString& code) const;
    int eventCount(const QString& code) const;

private:
    void index();
    QHash<QString, int> m_countryByCode, m_dialogueByKey, m_forumByKey;
    QHash<qint64, int> m_eventById;
    QHash<QString, int> m_roundsByDialogue, m_meetingsByForum, m_dialoguesByCountry, m_eventsByCountry;
};
