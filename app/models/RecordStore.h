// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "models/NavTarget.h"
#include "storage/TagRepository.h"

#include <QHash>
#include <QObject>

#include <functional>

#include <optional>

class Database;
class QUndoStack;

/// Every change the window makes to records: each save or delete runs in one transaction, guarded by the
/// versions the editor read, and becomes one command on the undo stack. Undo and redo are guarded the same way,
/// so they never overwrite what another window saved in between; such a step is refused with a message instead.
class RecordStore : public QObject
{
    Q_OBJECT
public:
    explicit RecordStore(Database& db, QObject* parent = nullptr);
    ~RecordStore() override;

    QUndoStack* undoStack() const { return m_undo; }
    Database& database() const { return m_db; }

    /// Saves an event and its follow-up actions as edited: `before` empty for a new event; actions in
    /// `actionsAfter` with id 0 are added, those of `actionsBefore` missing from it are deleted, and the others
    /// updated (moved to this event when they belonged to another: carrying actions forward). Sets `after`'s id.
    Status saveEvent(const std::optional<Event>& before, Event& after, const QList<Action>& actionsBefore,
                     const QList<Action>& actionsAfter);
    /// Deletes an event with its actions; undo puts all of them back under their ids.
    Status deleteEvent(const Event& event);

    Status save(const std::optional<Country>& before, Country& after);
    Status save(const std::optional<Dialogue>& before, Dialogue& after);
    Status save(const std::optional<Forum>& before, Forum& after);
    Status save(const std::optional<Agreement>& before, Agreement& after);
    Status save(const std::optional<PolicyItem>& before, PolicyItem& after);
    Status save(const std::optional<Action>& before, Action& after);
    Status save(const std::optional<Organization>& before, Organization& after);
    Status remove(const Country& record);
    Status remove(const Dialogue& record);
    Status remove(const Forum& record);
    Status remove(const Agreement& record);
    Status remove(const PolicyItem& record);
    Status remove(const Action& record);
    Status remove(const Organization& record);

    /// Tags: each change is one command on the undo stack, written in one transaction. `tag.id` is set.
    Status createTag(Tag& tag);
    Status renameTag(qint64 id, const QString& name);
    Status recolorTag(qint64 id, const QString& color);
    /// Records carrying `from` carry `into`, and `from` goes; undo brings `from` back on exactly its records and
    /// takes `into` off those only `from` had.
    Status mergeTags(qint64 from, qint64 into);
    /// Takes the tag off every record and deletes it; undo puts it back, under its id, on exactly those records.
    Status deleteTag(qint64 id);
    Result<QList<TagUsage>> tags() const;
    Result<Tag> tag(qint64 id) const;

    Result<Event> event(qint64 id) const;
    Result<Country> country(qint64 id) const;
    Result<Dialogue> dialogue(qint64 id) const;
    Result<Forum> forum(qint64 id) const;
    Result<Agreement> agreement(qint64 id) const;
    Result<PolicyItem> policyItem(qint64 id) const;
    Result<Action> action(qint64 id) const;
    Result<Organization> organization(qint64 id) const;
    Result<QList<Action>> actionsOf(qint64 eventId) const;
    /// The dialogue's latest round (highest round number, else latest start), for "Next round".
    Result<Event> lastRoundOf(qint64 dialogueId) const;
    /// Field by field, where `theirs` (saved by someone else) and `mine` (the form) differ; for the conflict message.
    /// A participant is named by its name, else its organization (acronym or name), else its country code.
    QString differences(const Event& theirs, const Event& mine) const;

    /// The changes to a record and its parts, newest first.
    Result<QList<HistoryEntry>> history(const NavTarget& target) const;
    /// Puts a row back as it was before a history entry; logged like any edit, not on the undo stack.
    Status restore(const HistoryEntry& entry);

    /// Whether another event of the dialogue (or forum) already has this round number.
    Result<bool> roundTaken(const Event& event) const;

signals:
    /// A record was written (saved, deleted, undone or redone): views showing it reload.
    void changed(const NavTarget& target);
    /// An undo or redo could not be applied (someone else changed the record meanwhile); nothing was written.
    void failed(const QString& message);

private:
    class Command;
    Status push(Command* command);
    Status pushTagStep(const QString& text, std::function<Status(const TagRepository&, bool forward)> write, qint64 id);
    template <typename T>
    Status saveRecord(const std::optional<T>& before, T& after);
    template <typename T>
    Status removeRecord(const T& record);
    Database& m_db;
    QUndoStack* m_undo;
    QHash<QString, int> m_versions; ///< the version this store last wrote of each record ("kind:id")
};
