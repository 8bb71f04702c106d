// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecordStore.h"

#include "core/Language.h"
#include "core/RecordFields.h"

#include "storage/ActionRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/Database.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/HistoryRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace {

template <typename T> struct RepoOf;
template <> struct RepoOf<Country> { using type = CountryRepository; };
template <> struct RepoOf<Dialogue> { using type = DialogueRepository; };
template <> struct RepoOf<Forum> { using type = ForumRepository; };
template <> struct RepoOf<Event> { using type = EventRepository; };
template <> struct RepoOf<Agreement> { using type = AgreementRepository; };
template <> struct RepoOf<PolicyItem> { using type = PolicyRepository; };
template <> struct RepoOf<Action> { using type = ActionRepository; };
template <> struct RepoOf<Organization> { using type = OrganizationRepository; };

/// One record going from one state to another; an empty state means "not there". Applied backwards it goes
/// back. Each application remembers the record as written (its id and new version), so the next one is
/// guarded by exactly what this one left.
class Step
{
public:
    virtual ~Step() = default;
    /// `versions` holds the version this store last wrote of each record ("kind:id").
    virtual Status apply(const QSqlDatabase& db, bool forward, QHash<QString, int>& versions) = 0;
    virtual NavTarget target() const = 0;
};

template <typename T>
class RecordStep : public Step
{
public:
    RecordStep(std::optional<T> before, std::optional<T> after, std::function<void(T&)> prepare = {})
        : m_before(std::move(before)), m_after(std::move(after)), m_prepare(std::move(prepare))
    {
    }

    Status apply(const QSqlDatabase& db, bool forward, QHash<QString, int>& versions) override
    {
        std::optional<T>& from = forward ? m_before : m_after;
        std::optional<T>& to = forward ? m_after : m_before;
        typename RepoOf<T>::type repo(db);
        // What the database should hold now: the version this store last wrote, or the one the editor read. Later
        // commands may have changed the record since this one ran; someone else's change makes it differ.
        const QString key = versionKey();
        if (!to) {
            T gone = *from;
            gone.version = versions.value(key, from->version);
            Status s = repo.remove(gone);
            if (s)
                versions.remove(key);
            return s;
        }
        T value = *to;
        if (m_prepare && forward) // backwards, `to` is the state as it was, parent included
            m_prepare(value);
        Status s;
        if (!from) {
            s = repo.insert(value);
        } else {
            value.version = versions.value(key, from->version);
            s = repo.update(value);
        }
        if (s) {
            *to = value;
            versions.insert(versionKey(), value.version);
        }
        return s;
    }

    QString versionKey() const
    {
        const NavTarget t = target();
        return QStringLiteral("%1:%2").arg(int(t.kind)).arg(t.id);
    }

    NavTarget target() const override
    {
        const T& any = m_after ? *m_after : *m_before;
        return NavTarget{NavTarget::kindOf(any), any.id};
    }
    qint64 currentId() const { return m_after ? m_after->id : m_before->id; }

private:
    std::optional<T> m_before, m_after;
    std::function<void(T&)> m_prepare;
};

/// A change to tags: a write forwards and its inverse backwards. Tags have no version column; the repository's
/// own checks (a name taken, a tag gone) refuse a step that no longer fits.
class TagStep : public Step
{
public:
    using Write = std::function<Status(const TagRepository&, bool forward)>;
    TagStep(Write write, qint64 id) : m_write(std::move(write)), m_id(id) {}

    Status apply(const QSqlDatabase& db, bool forward, QHash<QString, int>&) override
    {
        return m_write(TagRepository(db), forward);
    }
    NavTarget target() const override { return NavTarget{NavTarget::Kind::Tag, m_id}; }

private:
    Write m_write;
    qint64 m_id;
};
} // namespace

/// A user's edit as a list of steps applied in one transaction: forwards in order, backwards in reverse.
class RecordStore::Command : public QUndoCommand
{
public:
    Command(RecordStore& store, const QString& text) : QUndoCommand(text), m_store(store) {}

    void add(std::unique_ptr<Step> step) { m_steps.push_back(std::move(step)); }
    Step* last() const { return m_steps.back().get(); }

    Status run(bool forward)
    {
        const QSqlDatabase db = m_store.m_db.connection();
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        QHash<QString, int> versions = m_store.m_versions;
        const int n = int(m_steps.size());
        for (int i = 0; i < n; ++i) {
            Step& step = *m_steps[forward ? i : n - 1 - i];
            if (auto s = step.apply(db, forward, versions); !s)
                return s; // rolled back: the database is as before, and so are the known versions
        }
        if (auto s = tx.commit(); !s)
            return s;
        m_store.m_versions = versions;
        return {};
    }

    void redo() override
    {
        if (m_applied) { // the first redo happens when the stack takes the command: it was applied already
            m_applied = false;
            return;
        }
        report(run(true), tr("Cannot redo \u201c%1\u201d: %2"));
    }
    void undo() override { report(run(false), tr("Cannot undo \u201c%1\u201d: %2")); }

    bool m_applied = true;

private:
    void report(const Status& s, const QString& pattern)
    {
        if (!s) {
            // Nothing was written. The stack moves on, so this command is dropped rather than left pointing at a
            // state that is not there.
            setObsolete(true);
            emit m_store.failed(pattern.arg(text(), s.error()));
        }
        for (const auto& step : m_steps)
            emit m_store.changed(step->target());
    }

    RecordStore& m_store;
    std::vector<std::unique_ptr<Step>> m_steps;
};

RecordStore::RecordStore(Database& db, QObject* parent) : QObject(parent), m_db(db), m_undo(new QUndoStack(this)) {}

RecordStore::~RecordStore() = default;

Status RecordStore::push(Command* command)
{
    std::unique_ptr<Command> owned(command);
    if (auto s = command->run(true); !s)
        return s;
    m_undo->push(owned.release()); // calls redo() at once, which m_applied makes a no-op
    return {};
}

namespace {
QString nameOf(const Country& c) { return c.nameEn.isEmpty() ? c.nameJa : c.nameEn; }
QString nameOf(const Dialogue& d) { return d.nameEn.isEmpty() ? d.nameJa : d.nameEn; }
QString nameOf(const Forum& f) { return f.acronym.isEmpty() ? (f.nameEn.isEmpty() ? f.nameJa : f.nameEn) : f.acronym; }
QString nameOf(const Event& e) { return e.titleEn.isEmpty() ? e.titleJa : e.titleEn; }
QString nameOf(const Agreement& a) { return a.titleEn.isEmpty() ? a.titleJa : a.titleEn; }
QString nameOf(const PolicyItem& p) { return p.titleEn.isEmpty() ? p.titleJa : p.titleEn; }
QString nameOf(const Action& a) { return a.description.left(40); }
QString nameOf(const Organization& o) { return o.acronym.isEmpty() ? (o.nameEn.isEmpty() ? o.nameJa : o.nameEn) : o.acronym; }
} // namespace

template <typename T>
Status RecordStore::saveRecord(const std::optional<T>& before, T& after)
{
    auto* c = new Command(*this, before ? tr("Edit \u201c%1\u201d").arg(nameOf(after))
                                        : tr("Add \u201c%1\u201d").arg(nameOf(after)));
    auto* step = new RecordStep<T>(before, after);
    c->add(std::unique_ptr<Step>(step));
    if (auto s = push(c); !s)
        return s;
    after.id = step->currentId();
    emit changed(step->target());
    return {};
}

template <typename T>
Status RecordStore::removeRecord(const T& record)
{
    auto* c = new Command(*this, tr("Delete \u201c%1\u201d").arg(nameOf(record)));
    auto* step = new RecordStep<T>(record, std::nullopt);
    c->add(std::unique_ptr<Step>(step));
    if (auto s = push(c); !s)
        return s;
    emit changed(step->target());
    return {};
}

Status RecordStore::save(const std::optional<Country>& b, Country& a) { return saveRecord(b, a); }
Status RecordStore::save(const std::optional<Dialogue>& b, Dialogue& a) { return saveRecord(b, a); }
Status RecordStore::save(const std::optional<Forum>& b, Forum& a) { return saveRecord(b, a); }
Status RecordStore::save(const std::optional<Agreement>& b, Agreement& a) { return saveRecord(b, a); }
Status RecordStore::save(const std::optional<PolicyItem>& b, PolicyItem& a) { return saveRecord(b, a); }
Status RecordStore::save(const std::optional<Action>& b, Action& a) { return saveRecord(b, a); }
Status RecordStore::save(const std::optional<Organization>& b, Organization& a) { return saveRecord(b, a); }
Status RecordStore::remove(const Country& r) { return removeRecord(r); }
Status RecordStore::remove(const Dialogue& r) { return removeRecord(r); }
Status RecordStore::remove(const Forum& r) { return removeRecord(r); }
Status RecordStore::remove(const Agreement& r) { return removeRecord(r); }
Status RecordStore::remove(const PolicyItem& r) { return removeRecord(r); }
Status RecordStore::remove(const Action& r) { return removeRecord(r); }
Status RecordStore::remove(const Organization& r) { return removeRecord(r); }

Status RecordStore::saveEvent(const std::optional<Event>& before, Event& after, const QList<Action>& actionsBefore,
                              const QList<Action>& actionsAfter)
{
    auto* c = new Command(*this, before ? tr("Edit \u201c%1\u201d").arg(nameOf(after))
                                        : tr("Add \u201c%1\u201d").arg(nameOf(after)));
    auto* eventStep = new RecordStep<Event>(before, after);
    c->add(std::unique_ptr<Step>(eventStep));
    QHash<qint64, Action> old;
    for (const Action& a : actionsBefore)
        old.insert(a.id, a);
    // New actions learn their event's id when the event has one (a new event gets it in the same transaction), and
    // are marked at least as high as it (the schema refuses a child below its parent: 0011_classification_floor.sql).
    const int floor = after.classification;
    const auto parent = [eventStep, floor](Action& a) {
        a.eventId = eventStep->currentId();
        a.classification = qMax(a.classification, floor);
    };
    for (const Action& a : actionsAfter) {
        if (a.id != 0 && old.contains(a.id)) {
            if (!(old.value(a.id) == a))
                c->add(std::make_unique<RecordStep<Action>>(old.take(a.id), a, parent));
            else
                old.remove(a.id);
        } else {
            Action fresh = a;
            fresh.id = 0;
            c->add(std::make_unique<RecordStep<Action>>(std::nullopt, fresh, parent));
        }
    }
    for (const Action& gone : std::as_const(old))
        c->add(std::make_unique<RecordStep<Action>>(gone, std::nullopt));
    if (auto s = push(c); !s)
        return s;
    after.id = eventStep->currentId();
    emit changed(eventStep->target());
    return {};
}

Status RecordStore::deleteEvent(const Event& event)
{
    auto actions = ActionRepository(m_db.connection()).forEvent(event.id);
    if (!actions)
        return Status::failure(actions.error());
    auto* c = new Command(*this, tr("Delete \u201c%1\u201d").arg(nameOf(event)));
    // Actions first, so that undo puts the event back before them.
    for (const Action& a : *actions)
        c->add(std::make_unique<RecordStep<Action>>(a, std::nullopt));
    auto* eventStep = new RecordStep<Event>(event, std::nullopt);
    c->add(std::unique_ptr<Step>(eventStep));
    if (auto s = push(c); !s)
        return s;
    emit changed(eventStep->target());
    return {};
}

Result<QList<HistoryEntry>> RecordStore::history(const NavTarget& target) const
{
    HistoryRepository repo(m_db.connection());
    // An action's rows are logged under its event; its own history is those rows.
    if (target.kind == NavTarget::Kind::Action)
        return repo.forRow(NavTarget::tableName(target.kind), target.id);
    return repo.forRecord(NavTarget::tableName(target.kind), target.id);
}

Status RecordStore::restore(const HistoryEntry& entry)
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (auto s = HistoryRepository(db).restoreBefore(entry); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    // Versions of the restored record changed outside the undo stack: older commands would be refused anyway,
    // but clearing says so plainly.
    m_undo->clear();
    m_versions.clear();
    emit changed(NavTarget{NavTarget::kindOfTable(entry.entity), entry.entityId});
    return {};
}

Result<bool> RecordStore::roundTaken(const Event& e) const
{
    if (!e.roundNumber)
        return false;
    return EventRepository(m_db.connection()).roundTaken(e.dialogueId, e.forumId, *e.roundNumber, e.id);
}

Result<Event> RecordStore::event(qint64 id) const { return EventRepository(m_db.connection()).byId(id); }

Result<Action> RecordStore::action(qint64 id) const { return ActionRepository(m_db.connection()).byId(id); }

Result<QList<Action>> RecordStore::actionsOf(qint64 eventId) const
{
    return ActionRepository(m_db.connection()).forEvent(eventId);
}

Result<Event> RecordStore::lastRoundOf(qint64 dialogueId) const
{
    auto events = EventRepository(m_db.connection()).forDialogue(dialogueId);
    if (!events)
        return Result<Event>::failure(events.error());
    const Event* best = nullptr;
    for (const Event& e : *events) {
        const auto key = [](const Event& x) { return std::pair(x.roundNumber.value_or(0), x.startDate); };
        if (!best || key(e) > key(*best))
            best = &e;
    }
    if (!best)
        return Result<Event>::failure(tr("The dialogue has no meetings yet; record the first one with New Event."));
    return *best;
}

QString RecordStore::differences(const Event& theirs, const Event& mine) const
{
    QStringList out = RecordFields::differences(theirs, mine);
    QHash<qint64, QString> organizations;
    const auto people = [&](const Event& e) {
        QStringList names;
        for (const Participant& p : e.participants) {
            QString name = p.name;
            if (name.isEmpty() && p.organizationId > 0) {
                if (!organizations.contains(p.organizationId)) {
                    const auto o = organization(p.organizationId);
                    organizations.insert(p.organizationId,
                                         !o ? QString() : !o->acronym.isEmpty() ? o->acronym
                                                                                : bilingualName(o->nameEn, o->nameJa));
                }
                name = organizations.value(p.organizationId);
            }
            names << (name.isEmpty() ? p.country : name);
        }
        return names.join(QStringLiteral(", "));
    };
    if (const QString a = people(theirs), b = people(mine); a != b)
        out << RecordFields::differenceLine(RecordFields::label(RecordKind::Event, QStringLiteral("participants")), a, b);
    return out.join(QLatin1Char('\n'));
}

Result<Country> RecordStore::country(qint64 id) const { return CountryRepository(m_db.connection()).byId(id); }
Result<Dialogue> RecordStore::dialogue(qint64 id) const { return DialogueRepository(m_db.connection()).byId(id); }
Result<Forum> RecordStore::forum(qint64 id) const { return ForumRepository(m_db.connection()).byId(id); }
Result<Agreement> RecordStore::agreement(qint64 id) const { return AgreementRepository(m_db.connection()).byId(id); }
Result<PolicyItem> RecordStore::policyItem(qint64 id) const { return PolicyRepository(m_db.connection()).byId(id); }
Result<Organization> RecordStore::organization(qint64 id) const
{
    return OrganizationRepository(m_db.connection()).byId(id);
}

Status RecordStore::pushTagStep(const QString& text, TagStep::Write write, qint64 id)
{
    auto* c = new Command(*this, text);
    c->add(std::make_unique<TagStep>(std::move(write), id));
    if (auto s = push(c); !s)
        return s;
    emit changed(NavTarget{NavTarget::Kind::Tag, id});
    return {};
}

Status RecordStore::createTag(Tag& tag)
{
    // The first run gives the id; redo puts the tag back under the same one.
    auto made = std::make_shared<Tag>(tag);
    const auto write = [made](const TagRepository& repo, bool forward) {
        if (!forward)
            return repo.remove(made->id);
        return repo.insert(*made);
    };
    auto* c = new Command(*this, tr("New tag \u201c%1\u201d").arg(tag.name.trimmed()));
    c->add(std::make_unique<TagStep>(write, 0));
    if (auto s = push(c); !s)
        return s;
    tag = *made;
    emit changed(NavTarget{NavTarget::Kind::Tag, tag.id});
    return {};
}

Status RecordStore::renameTag(qint64 id, const QString& name)
{
    auto old = tag(id);
    if (!old)
        return Status::failure(old.error());
    const QString before = old->name;
    return pushTagStep(tr("Rename tag \u201c%1\u201d to \u201c%2\u201d").arg(before, name.trimmed()),
                       [id, before, name](const TagRepository& repo, bool forward) {
                           return repo.rename(id, forward ? name : before);
                       },
                       id);
}

Status RecordStore::recolorTag(qint64 id, const QString& color)
{
    auto old = tag(id);
    if (!old)
        return Status::failure(old.error());
    const QString before = old->color;
    return pushTagStep(tr("Colour of tag \u201c%1\u201d").arg(old->name),
                       [id, before, color](const TagRepository& repo, bool forward) {
                           return repo.setColor(id, forward ? color : before);
                       },
                       id);
}

Status RecordStore::mergeTags(qint64 from, qint64 into)
{
    TagRepository repo(m_db.connection());
    auto a = repo.byId(from);
    auto b = repo.byId(into);
    if (!a || !b)
        return Status::failure(!a ? a.error() : b.error());
    auto linksA = repo.linksOf(from);
    auto linksB = repo.linksOf(into);
    if (!linksA || !linksB)
        return Status::failure(!linksA ? linksA.error() : linksB.error());
    QList<TagLink> gained; // the records only `from` carried: undo takes `into` off them again
    for (const TagLink& l : std::as_const(*linksA)) {
        if (!linksB->contains(l))
            gained << l;
    }
    const Tag gone = *a;
    const QList<TagLink> carried = *linksA;
    return pushTagStep(tr("Merge tag \u201c%1\u201d into \u201c%2\u201d").arg(a->name, b->name),
                       [gone, into, carried, gained](const TagRepository& r, bool forward) {
                           if (forward)
                               return r.merge(gone.id, into);
                           Tag back = gone;
                           if (auto s = r.insert(back); !s)
                               return s;
                           if (auto s = r.attach(back.id, carried); !s)
                               return s;
                           return r.detach(into, gained);
                       },
                       into);
}

Status RecordStore::deleteTag(qint64 id)
{
    TagRepository repo(m_db.connection());
    auto t = repo.byId(id);
    if (!t)
        return Status::failure(t.error());
    auto links = repo.linksOf(id);
    if (!links)
        return Status::failure(links.error());
    const Tag gone = *t;
    const QList<TagLink> carried = *links;
    return pushTagStep(tr("Delete tag \u201c%1\u201d").arg(gone.name),
                       [gone, carried](const TagRepository& r, bool forward) {
                           if (forward)
                               return r.remove(gone.id);
                           Tag back = gone;
                           if (auto s = r.insert(back); !s)
                               return s;
                           return r.attach(back.id, carried);
                       },
                       id);
}

Result<QList<TagUsage>> RecordStore::tags() const { return TagRepository(m_db.connection()).all(); }
Result<Tag> RecordStore::tag(qint64 id) const { return TagRepository(m_db.connection()).byId(id); }
