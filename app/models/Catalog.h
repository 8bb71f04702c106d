// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "storage/StatsRepository.h"

#include <QHash>

class Database;

/// The small tables in memory (countries, organizations, dialogues, fora, agreements, policy items) with the counts and
/// look-ups the overview tables need. Events and actions are too many: they are read a page at a time.
class Catalog
{
public:
    static Result<Catalog> load(Database& db);

    QList<Country> countries;
    QList<Dialogue> dialogues;
    QList<Forum> fora;
    QList<Agreement> agreements;
    QList<PolicyItem> policyItems;
    QList<Organization> organizations;

    /// Name of a country code in the interface language, or the code itself.
    QString countryName(const QString& code) const;
    const Country* country(const QString& code) const;
    const Dialogue* dialogue(const QString& key) const;
    const Organization* organization(qint64 id) const;
    /// The kinds the organizations use, sorted, for the editor's completer.
    QStringList organizationKinds() const;
    /// Meetings of a dialogue itself (rounds, intersessionals, meetings); related events are not counted.
    StatsRepository::Rounds rounds(qint64 dialogueId) const { return m_rounds.value(dialogueId); }
    int meetingCount(qint64 forumId) const { return m_meetings.value(forumId); }
    int dialogueCount(qint64 countryId) const { return m_countryDialogues.value(countryId); }
    int eventCount(qint64 countryId) const { return m_countryEvents.value(countryId); }
    int organizationEventCount(qint64 organizationId) const { return m_organizationEvents.value(organizationId); }

private:
    void index();
    QHash<QString, int> m_countryByCode, m_dialogueByKey;
    QHash<qint64, int> m_organizationById;
    QHash<qint64, StatsRepository::Rounds> m_rounds;
    QHash<qint64, int> m_meetings, m_countryDialogues, m_countryEvents, m_organizationEvents;
};
