// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attachment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Classification markings, lowest first; stored as their index.
enum class Classification { Unclassified = 0, Internal = 1, Confidential = 2, Secret = 3 };

/// Columns shared by every editable record: identity, concurrency, marking and provenance.
struct RecordMeta
{
    qint64 id = 0;
    int version = 1;
    QString createdAt;
    QString updatedAt;
    int classification = 0;
    bool unconfirmed = false;
    QStringList unconfirmedFields;
    QStringList sources;
    QStringList tags; ///< tag names; countries, dialogues, fora, events, agreements and policy items carry them

    bool isUnconfirmed(const QString& field) const { return unconfirmed || unconfirmedFields.contains(field); }
    bool operator==(const RecordMeta&) const = default;
};

/// A country, or a grouping with a code of its own (EU).
struct Country : RecordMeta
{
    QString code, nameEn, nameJa, isoNameEn, isoNameJa, region, kind = QStringLiteral("state"), note;
    QStringList shortForms; ///< short forms and aliases, e.g. 豪 for Australia, as the press and cables write them
    bool beyondSeed = false;
    bool operator==(const Country&) const = default;
};

/// An agency or body a country's side or a forum is made of: a partner's CERT, a foreign ministry, a company, a
/// secretariat. Files refer to it by id: it has no key.
struct Organization : RecordMeta
{
    QString country; ///< country code, may be empty
    QString acronym, nameEn, nameJa, kind, url, note;
    bool operator==(const Organization&) const = default;
};

/// A bilateral, trilateral or minilateral dialogue framework.
struct Dialogue : RecordMeta
{
    QString key, kind = QStringLiteral("bilateral"), nameEn, nameJa;
    QStringList parties; ///< country codes, Japan first
    QString firstHeld, firstHeldNote, agreedDate, agreedBy, status = QStringLiteral("unknown"), leadAgency, gaps, note;
    bool beyondSeed = false;
    bool operator==(const Dialogue&) const = default;
};

/// A country's membership of a forum.
struct ForumMember
{
    QString country;
    QString since;
    bool operator==(const ForumMember&) const = default;
};

/// A multilateral body, conference series or network.
struct Forum : RecordMeta
{
    QString key, acronym, nameEn, nameJa, formerNameEn, formerNameJa, renamed, kind, level, founded, incorporated, url,
        note, japanStatus, japanHosts, gaps;
    QList<ForumMember> members;
    bool operator==(const Forum&) const = default;
};

/// Who attended an event, for which side and in what role.
struct Participant
{
    qint64 id = 0;
    QString country; ///< country code, may be empty
    QString name;
    QString side;
    QString role;
    qint64 organizationId = 0; ///< the organization the participant stands for, 0 when none
    bool operator==(const Participant&) const = default;
};

/// One meeting, round, exercise, workshop or training.
struct Event : RecordMeta
{
    QString key;
    QString dialogue; ///< dialogue key, empty when none
    QString forum;    ///< forum key, empty when none
    qint64 dialogueId = 0;
    qint64 forumId = 0;
    QString kind = QStringLiteral("meeting"), kindNote;
    std::optional<int> roundNumber;
    QString titleEn, titleJa, startDate, endDate, dateNote, place, format = QStringLiteral("unknown"), level,
        status = QStringLiteral("held"), summary, outcome, resultsPublished, note;
    QStringList delegationHeads;
    QList<Participant> participants;
    QList<qint64> citedProvisions; ///< provision ids: the policy articles the event relied on or discussed
    QStringList citedKeys;         ///< the same articles by provision key, for files; used when there are no ids
    bool operator==(const Event&) const = default;
};

/// A follow-up action that came out of an event.
struct Action : RecordMeta
{
    qint64 eventId = 0;
    QString event; ///< the event's key, for import and export
    QString description, owner, dueDate, status = QStringLiteral("open"), note;
    bool operator==(const Action&) const = default;
};

/// A memorandum, joint statement, accord or other instrument between parties.
struct Agreement : RecordMeta
{
    QString key, kind, titleEn, titleJa;
    QStringList parties;
    QString signedDate, inForceDate, expiryDate, reviewDate, status = QStringLiteral("signed"), url, dialogue, summary,
        note;
    /// Set by an import only, for a dialogue it knows without a key in the database ("dialogue-7" in a file);
    /// 0: `dialogue` is looked up by key.
    qint64 dialogueId = 0;
    QList<qint64> citedProvisions; ///< provision ids, in order
    QStringList citedKeys;         ///< the same articles by key (a file names them so)
    bool operator==(const Agreement&) const = default;
};

/// An article-level entry of a policy item (e.g. Art. 24 of the Basic Act).
struct Provision : RecordMeta
{
    QString key, article, labelEn, labelJa, subjectEn, subjectJa;
    bool operator==(const Provision&) const = default;
};

/// A date with a name, such as "in_force" or "japan_acceptance".
struct NamedDate
{
    QString name;
    QString date;
    bool operator==(const NamedDate&) const = default;
};

/// A law, strategy, policy, declaration or treaty, with its provisions.
struct PolicyItem : RecordMeta
{
    QString key, kind, titleEn, titleJa, lawNumber, issuedBy, date, dateNote;
    QList<NamedDate> dates;
    QStringList revisions;
    QString note;
    QList<Provision> provisions;
    bool operator==(const PolicyItem&) const = default;
};

/// A label users put on records; `color` is "#rrggbb" or empty.
struct Tag
{
    qint64 id = 0;
    QString name;
    QString color;
    bool operator==(const Tag&) const = default;
};

/// Everything the bundled data file holds, in one value.
struct Dataset
{
    QString scopeNote, isoReference, seedCorrection;
    QList<Tag> tags; ///< every tag with its colour, used or not; empty in the bundled file
    QList<Country> countries;
    QList<Dialogue> dialogues;
    QList<Forum> fora;
    QList<Event> events;
    QList<Agreement> agreements;
    QList<PolicyItem> policyItems;
    QList<Action> actions; ///< empty in the bundled file; carried by a full export
    QList<AttachedFile> attachments; ///< a full export's attached files, content included
    QList<Organization> organizations; ///< empty in the bundled file; carried by a full export
    bool operator==(const Dataset&) const = default;
};

/// One row change from the audit log: who changed which row of which record, and how.
struct HistoryEntry
{
    qint64 id = 0;
    QString at;       ///< UTC, ISO 8601
    QString user;
    QString entity;   ///< the record the row belongs to ("event")
    qint64 entityId = 0;
    QString rowTable; ///< the row itself ("participant")
    qint64 rowId = 0;
    QString action;   ///< insert, update, delete
    QString beforeJson, afterJson;
    bool operator==(const HistoryEntry&) const = default;
};
