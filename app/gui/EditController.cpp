// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/EditController.h"

#include "core/RecordFields.h"

#include "gui/MessageBox.h"
#include "gui/dialogs/AgreementEditor.h"
#include "gui/dialogs/CountryEditor.h"
#include "gui/dialogs/DialogueEditor.h"
#include "gui/dialogs/EventEditor.h"
#include "gui/dialogs/ForumEditor.h"
#include "gui/dialogs/OrganizationEditor.h"
#include "gui/dialogs/PolicyItemEditor.h"
#include "io/DatasetJson.h"
#include "models/Catalog.h"
#include "models/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <type_traits>

namespace {
/// The names the editors' tag field completes from; none when they cannot be read (typing still works).
QStringList tagNames(const RecordStore& store)
{
    QStringList names;
    if (auto tags = store.tags()) {
        for (const TagUsage& t : std::as_const(*tags))
            names << t.tag.name;
    }
    return names;
}

void put(Dataset& d, const Country& r) { d.countries << r; }
void put(Dataset& d, const Dialogue& r) { d.dialogues << r; }
void put(Dataset& d, const Forum& r) { d.fora << r; }
void put(Dataset& d, const Agreement& r) { d.agreements << r; }
void put(Dataset& d, const PolicyItem& r) { d.policyItems << r; }
void put(Dataset& d, const Organization& r) { d.organizations << r; }

// Field by field where two versions of a record differ, in the data file's terms (one serializer for all kinds).
template <typename T>
QString differences(const T& theirs, const T& mine)
{
    const auto object = [](const T& r) {
        Dataset d;
        put(d, r);
        const QJsonObject root = DatasetJson::toJson(d);
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.value().isArray() && it.value().toArray().size() == 1)
                return it.value().toArray().first().toObject();
        }
        return QJsonObject();
    };
    // The fields of the table by their labels; the nested parts it does not describe (members, articles, dates)
    // from the file form, named by their labels too.
    QStringList out = RecordFields::differences(theirs, mine);
    const RecordKind kind = NavTarget::kindOf(theirs);
    const QJsonObject a = object(theirs), b = object(mine);
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    const auto text = [](const QJsonValue& v) {
        if (v.isString())
            return v.toString();
        if (v.isNull() || v.isUndefined())
            return QString();
        return QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{v.toVariant()}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    for (const QString& k : std::as_const(keys)) {
        if (!RecordFields::spec(kind, k) && a.value(k) != b.value(k))
            out << RecordFields::differenceLine(RecordFields::label(kind, k), text(a.value(k)), text(b.value(k)));
    }
    return out.join(QLatin1Char('\n'));
}

template <typename T>
struct EditorOf;
template <>
struct EditorOf<Country>
{
    using type = CountryEditor;
};
template <>
struct EditorOf<Dialogue>
{
    using type = DialogueEditor;
};
template <>
struct EditorOf<Forum>
{
    using type = ForumEditor;
};
template <>
struct EditorOf<Agreement>
{
    using type = AgreementEditor;
};
template <>
struct EditorOf<PolicyItem>
{
    using type = PolicyItemEditor;
};
template <>
struct EditorOf<Organization>
{
    using type = OrganizationEditor;
};

template <typename T>
Result<T> load(const RecordStore& store, qint64 id)
{
    if constexpr (std::is_same_v<T, Country>)
        return store.country(id);
    else if constexpr (std::is_same_v<T, Dialogue>)
        return store.dialogue(id);
    else if constexpr (std::is_same_v<T, Forum>)
        return store.forum(id);
    else if constexpr (std::is_same_v<T, Agreement>)
        return store.agreement(id);
    else if constexpr (std::is_same_v<T, PolicyItem>)
        return store.policyItem(id);
    else
        return store.organization(id);
}

/// A country, dialogue, forum, agreement, policy item or organization in its editor.
template <typename T>
class RecordDraft : public EditController::Draft
{
public:
    using MakeEditor = std::function<FormDialog*(const T&, QWidget*)>;

    RecordDraft(RecordStore& store, std::optional<T> before, T draft, MakeEditor make)
        : m_store(store), m_before(std::move(before)), m_draft(std::move(draft)), m_make(std::move(make))
    {
    }

    std::unique_ptr<FormDialog> makeEditor(QWidget* parent) const override
    {
        return std::unique_ptr<FormDialog>(m_make(m_draft, parent));
    }

    void take(const FormDialog& editor) override
    {
        m_draft = static_cast<const typename EditorOf<T>::type&>(editor).value();
    }

    Status save() override
    {
        T saving = m_draft;
        const Status s = m_store.save(m_before, saving);
        if (s)
            m_saved = NavTarget{NavTarget::kindOf(saving), saving.id};
        return s;
    }

    NavTarget target() const override { return m_saved; }

    std::optional<QString> rebase() override
    {
        auto theirs = load<T>(m_store, m_draft.id);
        if (!theirs) {
            m_before.reset();
            m_draft.id = 0;
            return std::nullopt;
        }
        const QString differ = differences(*theirs, m_draft);
        m_before = *theirs;
        m_draft.version = theirs->version;
        return differ;
    }

    QString savesAsNew(const QString& error) const override
    {
        return EditController::tr(
                   "%1\n\nYour changes are still in the form; saving again records them as a new record.")
            .arg(error);
    }

private:
    RecordStore& m_store;
    std::optional<T> m_before;
    T m_draft;
    MakeEditor m_make;
    NavTarget m_saved;
};

/// An event and its follow-up actions in the event editor.
class EventDraft : public EditController::Draft
{
public:
    EventDraft(RecordStore& store, const Catalog& catalog, std::optional<Event> before, Event draft,
               QList<Action> actionsBefore, QList<Action> draftActions)
        : m_store(store), m_catalog(catalog), m_before(std::move(before)), m_draft(std::move(draft)),
          m_actionsBefore(std::move(actionsBefore)), m_draftActions(std::move(draftActions))
    {
    }

    std::unique_ptr<FormDialog> makeEditor(QWidget* parent) const override
    {
        return std::make_unique<EventEditor>(
            m_draft, m_draftActions, m_catalog, [store = &m_store](const Event& e) { return store->roundTaken(e); },
            parent);
    }

    void take(const FormDialog& editor) override
    {
        const auto& events = static_cast<const EventEditor&>(editor);
        m_draft = events.value();
        m_draftActions = events.actions();
    }

    Status save() override
    {
        // Only actions the form listed are touched: carried ones still there move, removed ones stay behind.
        QList<Action> touched;
        for (const Action& a : std::as_const(m_actionsBefore)) {
            const bool listed = std::any_of(m_draftActions.cbegin(), m_draftActions.cend(),
                                            [&](const Action& d) { return d.id == a.id; });
            if (listed || (m_before && a.eventId == m_before->id))
                touched << a;
        }
        Event saving = m_draft;
        const Status s = m_store.saveEvent(m_before, saving, touched, m_draftActions);
        if (s)
            m_saved = NavTarget{NavTarget::Kind::Event, saving.id};
        return s;
    }

    NavTarget target() const override { return m_saved; }

    std::optional<QString> rebase() override
    {
        auto theirs = m_store.event(m_draft.id);
        if (!theirs) {
            m_before.reset();
            m_draft.id = 0;
            for (Action& d : m_draftActions)
                d.id = 0;
            m_actionsBefore.clear();
            return std::nullopt;
        }
        const QString differ = m_store.differences(*theirs, m_draft);
        m_before = *theirs;
        m_draft.version = theirs->version;
        // Their versions of the actions too, so saving again replaces them rather than conflicting once more.
        if (auto current = m_store.actionsOf(m_draft.id)) {
            for (Action& a : m_actionsBefore) {
                for (const Action& c : *current) {
                    if (c.id == a.id)
                        a = c;
                }
            }
            for (Action& d : m_draftActions) {
                for (const Action& c : *current) {
                    if (c.id == d.id)
                        d.version = c.version;
                }
            }
        }
        return differ;
    }

    QString savesAsNew(const QString& error) const override
    {
        return EditController::tr(
                   "%1\n\nYour changes are still in the form; saving again records them as a new event.")
            .arg(error);
    }

private:
    RecordStore& m_store;
    const Catalog& m_catalog;
    std::optional<Event> m_before;
    Event m_draft;
    QList<Action> m_actionsBefore;
    QList<Action> m_draftActions;
    NavTarget m_saved;
};
} // namespace

EditController::EditController(RecordStore& store, const Catalog& catalog, QWidget* window, DialogRunner runDialog,
                               QObject* parent)
    : QObject(parent), m_store(store), m_catalog(catalog), m_window(window), m_runDialog(std::move(runDialog))
{
}

bool EditController::run(Draft& draft)
{
    QString problem;
    for (;;) {
        std::unique_ptr<FormDialog> editor = draft.makeEditor(m_window);
        editor->showProblem(problem);
        editor->setKnownTags(tagNames(m_store));
        if (m_runDialog(editor.get()) != QDialog::Accepted)
            return false;
        draft.take(*editor);
        const Status s = draft.save();
        if (s) {
            emit saved(draft.target());
            return true;
        }
        if (!s.isConflict()) {
            problem = s.error();
            continue; // the form comes back as typed, with the reason on top
        }
        // Someone saved first. Their version is shown against the form, which keeps every change typed here;
        // saving again is a deliberate choice to put these values over theirs.
        if (const std::optional<QString> differ = draft.rebase())
            problem = tr("%1\n\nWhere their version differs from yours:\n%2\n\nYour changes are still in the form. "
                         "Save again to replace their version with yours, or Cancel to keep theirs.")
                          .arg(s.error(), *differ);
        else
            problem = draft.savesAsNew(s.error());
    }
}

template <typename T>
FormDialog* EditController::makeEditor(const T& value, QWidget* parent) const
{
    if constexpr (std::is_same_v<T, Country>) {
        QStringList codes;
        for (const Country& c : m_catalog.countries)
            codes << c.code;
        return new CountryEditor(value, codes, parent);
    } else if constexpr (std::is_same_v<T, Dialogue>) {
        return new DialogueEditor(value, m_catalog.countries, parent);
    } else if constexpr (std::is_same_v<T, Forum>) {
        return new ForumEditor(value, m_catalog.countries, parent);
    } else if constexpr (std::is_same_v<T, Agreement>) {
        return new AgreementEditor(value, m_catalog.countries, m_catalog.dialogues, m_catalog.policyItems, parent);
    } else if constexpr (std::is_same_v<T, PolicyItem>) {
        return new PolicyItemEditor(value, parent);
    } else {
        return new OrganizationEditor(value, m_catalog.countries, m_catalog.organizationKinds(), parent);
    }
}

template <typename T>
void EditController::editRecord(std::optional<T> before, const T& draft)
{
    RecordDraft<T> d(m_store, std::move(before), draft,
                     [this](const T& value, QWidget* parent) { return makeEditor(value, parent); });
    run(d);
}

void EditController::editEvent(std::optional<Event> before, Event draft, QList<Action> actionsBefore,
                               QList<Action> draftActions)
{
    EventDraft d(m_store, m_catalog, std::move(before), std::move(draft), std::move(actionsBefore),
                 std::move(draftActions));
    run(d);
}

void EditController::edit(const NavTarget& target)
{
    const auto fail = [this](const QString& error) { MessageBox::critical(m_window, tr("Cannot edit"), error); };
    NavTarget t = target;
    if (t.kind == NavTarget::Kind::Action) {
        auto action = m_store.action(t.id);
        if (!action)
            return fail(action.error());
        t = NavTarget{NavTarget::Kind::Event, action->eventId};
    }
    const auto open = [&](auto record) {
        if (!record)
            return fail(record.error());
        editRecord(std::optional(*record), *record);
    };
    switch (t.kind) {
    case NavTarget::Kind::Country:
        return open(m_store.country(t.id));
    case NavTarget::Kind::Dialogue:
        return open(m_store.dialogue(t.id));
    case NavTarget::Kind::Forum:
        return open(m_store.forum(t.id));
    case NavTarget::Kind::Agreement:
        return open(m_store.agreement(t.id));
    case NavTarget::Kind::Policy:
        return open(m_store.policyItem(t.id));
    case NavTarget::Kind::Organization:
        return open(m_store.organization(t.id));
    case NavTarget::Kind::Event: {
        auto event = m_store.event(t.id);
        auto actions = m_store.actionsOf(t.id);
        if (!event || !actions)
            return fail(event ? actions.error() : event.error());
        return editEvent(*event, *event, *actions, *actions);
    }
    default:
        return;
    }
}

void EditController::create(NavTarget::Kind kind, const NavTarget& context)
{
    switch (kind) {
    case NavTarget::Kind::Country:
        return editRecord<Country>(std::nullopt, Country{});
    case NavTarget::Kind::Dialogue: {
        Dialogue d;
        d.parties = {QStringLiteral("JP")};
        return editRecord<Dialogue>(std::nullopt, d);
    }
    case NavTarget::Kind::Forum:
        return editRecord<Forum>(std::nullopt, Forum{});
    case NavTarget::Kind::Agreement:
        return editRecord<Agreement>(std::nullopt, Agreement{});
    case NavTarget::Kind::Policy:
        return editRecord<PolicyItem>(std::nullopt, PolicyItem{});
    case NavTarget::Kind::Organization: {
        Organization draft;
        // From a country's page the new organization is that country's.
        if (context.kind == NavTarget::Kind::Country) {
            if (auto c = m_store.country(context.id))
                draft.country = c->code;
        }
        return editRecord<Organization>(std::nullopt, draft);
    }
    case NavTarget::Kind::Event: {
        Event draft;
        draft.status = QStringLiteral("planned");
        if (context.kind == NavTarget::Kind::Dialogue)
            draft.dialogueId = context.id;
        else if (context.kind == NavTarget::Kind::Forum)
            draft.forumId = context.id;
        return editEvent(std::nullopt, draft, {}, {});
    }
    default:
        return;
    }
}

void EditController::nextRound(const NavTarget& context)
{
    qint64 dialogueId = 0;
    if (context.kind == NavTarget::Kind::Dialogue) {
        dialogueId = context.id;
    } else if (context.kind == NavTarget::Kind::Event) {
        if (auto e = m_store.event(context.id))
            dialogueId = e->dialogueId;
    }
    if (dialogueId == 0) {
        return MessageBox::information(m_window, tr("Next Round"),
                                       tr("Open a dialogue (or one of its meetings) first."));
    }
    auto last = m_store.lastRoundOf(dialogueId);
    if (!last)
        return MessageBox::information(m_window, tr("Next Round"), last.error());
    auto open = m_store.actionsOf(last->id);
    const QList<Action> carried = EventEditor::carriedForward(open ? *open : QList<Action>{}, *last);
    editEvent(std::nullopt, EventEditor::nextRoundOf(*last), open ? *open : QList<Action>{}, carried);
}
