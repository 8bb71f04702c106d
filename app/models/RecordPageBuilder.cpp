// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecordPageBuilder.h"

#include "core/Language.h"
#include "core/PartialDate.h"
#include "core/RecordFields.h"
#include "core/Vocabulary.h"
#include "storage/ActionRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/Database.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/StatsRepository.h"
#include "storage/TagRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace {
Lang lang() { return uiLanguage(); }

// A profile stays quick and readable for the busiest country: it shows this much and says where the rest is.
constexpr int kEventsShown = 100;
constexpr int kRoundsShown = 30;
constexpr int kRoundsShownMany = 5;
constexpr int kActionsShown = 50;

QString name(const QString& en, const QString& ja) { return pickName(lang(), en, ja); }

QString date(const QString& iso) { return PartialDate::parse(iso).value_or(PartialDate()).display(lang()); }

} // namespace

QString RecordPageBuilder::dateRange(const QString& start, const QString& end)
{
    const QString s = PartialDate::displayRange(PartialDate::parse(start).value_or(PartialDate()),
                                                PartialDate::parse(end).value_or(PartialDate()), lang());
    return s.isEmpty() ? tr("date unknown") : s;
}

QString label(const char* set, const QString& value) { return Vocabulary::label(QString::fromLatin1(set), value, lang()); }

void sortByDate(QList<Event>& events)
{
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        // Unknown dates go last; ISO text of mixed precision sorts chronologically.
        if (a.startDate.isEmpty() != b.startDate.isEmpty())
            return b.startDate.isEmpty();
        return a.startDate < b.startDate;
    });
}

QString RecordPageBuilder::roundLabel(const Event& e)
{
    if (e.roundNumber)
        return tr("Round %1").arg(*e.roundNumber);
    QString s = label("eventKind", e.kind);
    if (!e.kindNote.isEmpty())
        s += QStringLiteral(" (") + e.kindNote + QLatin1Char(')');
    return s;
}

QString RecordPageBuilder::place(const Event& e)
{
    if (!e.place.isEmpty())
        return e.place;
    return e.isUnconfirmed(QStringLiteral("place")) ? tr("unknown") : QString();
}

namespace {
/// Adds a field when it has a value; `field` names the data field for unconfirmed marking.
void add(QList<PageField>& fields, const QString& labelText, const QString& value, const RecordMeta& m = {},
         const QString& field = {}, NavTarget target = {})
{
    if (value.trimmed().isEmpty())
        return;
    fields << PageField{labelText, value, !field.isEmpty() && m.isUnconfirmed(field), target};
}

/// The basic rows of a record's page, from its field table: every field with a value, labelled as the editors
/// and History label it; choices and regions in the interface language, dates as dates. Keys, flags and references
/// (shown as links by each page) are left to the page.
template <typename T>
void addFields(QList<PageField>& fields, const T& r)
{
    using FieldTable::Type;
    for (const FieldTable::Field<T>& f : RecordFields::of<T>()) {
        const FieldTable::Spec& s = f.spec;
        if (s.type == Type::Key || s.type == Type::Flag || s.type == Type::Reference || s.type == Type::References)
            continue;
        QString value = FieldTable::display(f, r);
        if (s.type == Type::Date)
            value = date(value);
        else if (s.vocabularySet && f.text)
            value = Vocabulary::label(QString::fromLatin1(s.vocabularySet), value, lang());
        add(fields, s.labelText(), value, r, s.keyName());
    }
}

void addSources(QList<PageSource>& out, QSet<QString>& seen, const QStringList& urls, const QString& supports)
{
    for (const QString& url : urls) {
        if (seen.contains(url))
            continue;
        seen.insert(url);
        out << PageSource{url, supports};
    }
}

struct Countries
{
    QHash<QString, Country> byCode;
    static Result<Countries> load(const QSqlDatabase& db)
    {
        auto all = CountryRepository(db).all();
        if (!all)
            return Result<Countries>::failure(all.error());
        Countries c;
        for (const Country& x : *all)
            c.byCode.insert(x.code, x);
        return c;
    }
    QString name(const QString& code) const
    {
        const auto it = byCode.constFind(code);
        return it == byCode.cend() ? code : ::name(it->nameEn, it->nameJa);
    }
    NavTarget target(const QString& code) const
    {
        const auto it = byCode.constFind(code);
        return it == byCode.cend() ? NavTarget{} : NavTarget{NavTarget::Kind::Country, it->id};
    }
};

PageRow eventRow(const Event& e, const QStringList& cells)
{
    PageRow r{cells, NavTarget{NavTarget::Kind::Event, e.id}, e.unconfirmed, false, {}};
    return r;
}
} // namespace

Result<RecordPage> RecordPageBuilder::build(const NavTarget& target) const
{
    auto page = compose(target);
    const QString entity = NavTarget::tableName(target.kind);
    if (!page || !TagRepository::entities().contains(entity))
        return page;
    auto tags = TagRepository(m_db.connection()).tagsOfRecord(entity, target.id);
    if (!tags)
        return Result<RecordPage>::failure(tags.error());
    for (const Tag& t : std::as_const(*tags))
        page->tags << PageTag{t.name, t.color, NavTarget{NavTarget::Kind::Tag, t.id}};
    return page;
}

Result<RecordPage> RecordPageBuilder::compose(const NavTarget& target) const
{
    switch (target.kind) {
    case NavTarget::Kind::Country:
        return country(target.id);
    case NavTarget::Kind::Dialogue:
        return dialogue(target.id);
    case NavTarget::Kind::Forum:
        return forum(target.id);
    case NavTarget::Kind::Event:
        return event(target.id);
    case NavTarget::Kind::Agreement:
        return agreement(target.id);
    case NavTarget::Kind::Policy:
        return policy(target.id);
    case NavTarget::Kind::Action:
        return action(target.id);
    case NavTarget::Kind::Organization:
        return organization(target.id);
    case NavTarget::Kind::Tag:
        return tag(target.id);
    case NavTarget::Kind::Provision: // shown on its policy item's page
    case NavTarget::Kind::None:
        break;
    }
    return Result<RecordPage>::failure(tr("Nothing selected"));
}

Result<RecordPage> RecordPageBuilder::country(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    auto c = CountryRepository(db).byId(id);
    if (!c)
        return R::failure(c.error());
    auto countries = Countries::load(db);
    const EventRepository eventRepo(db);
    auto dialogues = DialogueRepository(db).forCountry(c->code);
    auto fora = ForumRepository(db).forCountry(c->code);
    auto events = eventRepo.latestForCountry(c->code, kEventsShown);
    auto eventCount = eventRepo.countForCountry(c->code);
    auto agreements = AgreementRepository(db).forCountry(c->code);
    auto actions = ActionRepository(db).openForCountry(c->code, kActionsShown + 1);
    auto roundCounts = StatsRepository(db).dialogueEventsOfCountry(c->code);
    for (const QString* e : {&countries.error(), &dialogues.error(), &fora.error(), &events.error(), &eventCount.error(),
                             &agreements.error(), &actions.error(), &roundCounts.error()}) {
        if (!e->isEmpty())
            return R::failure(*e);
    }
    QList<qint64> dialogueIds;
    for (const Dialogue& d : *dialogues)
        dialogueIds << d.id;
    // With many dialogues (Japan's own profile) each shows fewer of its latest meetings.
    auto rounds = eventRepo.latestOfDialogues(dialogueIds, dialogueIds.size() > 20 ? kRoundsShownMany : kRoundsShown);
    if (!rounds)
        return R::failure(rounds.error());
    sortByDate(*events);

    RecordPage page;
    page.target = {NavTarget::Kind::Country, id};
    page.title = bilingualName(c->nameEn, c->nameJa);
    page.subtitle = label("region", c->region) + QStringLiteral(" · ") + c->code;
    page.unconfirmed = c->unconfirmed;
    addFields(page.fields, *c);

    QSet<QString> seen;
    addSources(page.sources, seen, c->sources, page.title);

    PageSection ds{QStringLiteral("dialogues"), tr("Dialogues and their rounds"),
                   {tr("Dialogue / round"), tr("Date"), tr("Place"), tr("Level")}, {}, tr("No dialogue recorded.")};
    for (const Dialogue& d : *dialogues) {
        PageRow row;
        row.target = {NavTarget::Kind::Dialogue, d.id};
        row.unconfirmed = d.isUnconfirmed(lang() == Lang::Ja ? QStringLiteral("name_ja") : QStringLiteral("name_en"));
        const QString first = d.firstHeld.isEmpty() ? QString() : tr("since %1").arg(date(d.firstHeld));
        row.cells = {name(d.nameEn, d.nameJa), first, QString(), QString()};
        addSources(page.sources, seen, d.sources, name(d.nameEn, d.nameJa));
        // A long series shows its latest rounds here; the dialogue's own page has them all.
        QList<Event> mine;
        for (const Event& e : *rounds) {
            if (e.dialogueId == d.id)
                mine << e;
        }
        sortByDate(mine);
        const int total = roundCounts->value(d.id);
        if (total > mine.size()) {
            row.children << PageRow{{tr("%1 earlier meetings: open the dialogue to see them all").arg(total - mine.size()),
                                     {}, {}, {}},
                                    row.target, false, true, {}};
        }
        for (const Event& e : mine) {
            PageRow round = eventRow(e, {roundLabel(e), dateRange(e.startDate, e.endDate), place(e), e.level});
            round.unconfirmed = e.unconfirmed || e.isUnconfirmed(QStringLiteral("place")) ||
                                e.isUnconfirmed(QStringLiteral("round_number"));
            row.children << round;
        }
        if (row.children.isEmpty())
            row.children << PageRow{{tr("No round recorded"), {}, {}, {}}, {}, false, true, {}};
        if (!d.gaps.isEmpty())
            row.children << PageRow{{tr("Not found: %1").arg(d.gaps), {}, {}, {}}, {}, false, true, {}};
        if (!d.firstHeldNote.isEmpty())
            row.children << PageRow{{d.firstHeldNote, {}, {}, {}}, {}, false, true, {}};
        ds.rows << row;
    }
    page.sections << ds;

    PageSection fs{QStringLiteral("fora"), tr("Fora shared with Japan"), {tr("Forum"), tr("Kind"), tr("Level"), tr("Basis")},
                   {}, tr("No forum recorded.")};
    for (const Forum& f : *fora) {
        const bool member = std::any_of(f.members.begin(), f.members.end(),
                                        [&](const ForumMember& m) { return m.country == c->code; });
        QString title = name(f.nameEn, f.nameJa);
        if (!f.acronym.isEmpty() && !title.contains(f.acronym))
            title = f.acronym + QStringLiteral(" — ") + title;
        fs.rows << PageRow{{title, f.kind, f.level, member ? tr("member") : tr("met at an event")},
                           {NavTarget::Kind::Forum, f.id}, f.unconfirmed, false, {}};
    }
    page.sections << fs;

    PageSection es{QStringLiteral("events"), tr("Events"), {tr("Date"), tr("Event"), tr("Place"), tr("Status")}, {},
                   tr("No event recorded.")};
    if (*eventCount > events->size())
        es.note = tr("The latest %1 of %2 events; the Events table has them all.").arg(events->size()).arg(*eventCount);
    for (const Event& e : *events) {
        PageRow row = eventRow(e, {dateRange(e.startDate, e.endDate), name(e.titleEn, e.titleJa), place(e),
                                   label("eventStatus", e.status)});
        row.unconfirmed = e.unconfirmed || e.isUnconfirmed(QStringLiteral("start_date"));
        es.rows << row;
        addSources(page.sources, seen, e.sources, name(e.titleEn, e.titleJa));
    }
    page.sections << es;

    PageSection as{QStringLiteral("agreements"), tr("Agreements"), {tr("Signed"), tr("Title"), tr("Kind"), tr("Status")}, {},
                   tr("No agreement recorded.")};
    for (const Agreement& a : *agreements) {
        as.rows << PageRow{{date(a.signedDate), name(a.titleEn, a.titleJa), a.kind, label("agreementStatus", a.status)},
                           {NavTarget::Kind::Agreement, a.id}, a.unconfirmed, false, {}};
        addSources(page.sources, seen, a.sources, name(a.titleEn, a.titleJa));
    }
    page.sections << as;

    PageSection os{QStringLiteral("actions"), tr("Open actions"), {tr("Due"), tr("Action"), tr("Owner"), tr("Status")}, {},
                   tr("No open action.")};
    if (actions->size() > kActionsShown) {
        actions->removeLast();
        os.note = tr("The %1 due soonest; the Actions table has them all.").arg(kActionsShown);
    }
    for (const Action& a : *actions) {
        os.rows << PageRow{{date(a.dueDate), a.description, a.owner, label("actionStatus", a.status)},
                           {NavTarget::Kind::Action, a.id}, a.unconfirmed, false, {}};
    }
    page.sections << os;
    return page;
}

Result<RecordPage> RecordPageBuilder::dialogue(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    auto d = DialogueRepository(db).byId(id);
    if (!d)
        return R::failure(d.error());
    auto countries = Countries::load(db);
    auto events = EventRepository(db).forDialogue(id);
    auto agreements = AgreementRepository(db).all();
    for (const QString* e : {&countries.error(), &events.error(), &agreements.error()}) {
        if (!e->isEmpty())
            return R::failure(*e);
    }
    sortByDate(*events);
    RecordPage page;
    page.target = {NavTarget::Kind::Dialogue, id};
    page.title = bilingualName(d->nameEn, d->nameJa);
    QStringList parties;
    for (const QString& code : d->parties)
        parties << countries->name(code);
    page.subtitle = label("dialogueKind", d->kind) + QStringLiteral(" · ") + parties.join(QStringLiteral(", "));
    page.unconfirmed = d->unconfirmed;
    add(page.fields, tr("Name (English)"), d->nameEn, *d, QStringLiteral("name_en"));
    add(page.fields, tr("Name (Japanese)"), d->nameJa, *d, QStringLiteral("name_ja"));
    add(page.fields, tr("Kind"), label("dialogueKind", d->kind));
    add(page.fields, tr("First held"), date(d->firstHeld), *d, QStringLiteral("first_held"));
    add(page.fields, tr("About the first meeting"), d->firstHeldNote);
    add(page.fields, tr("Agreed"), date(d->agreedDate));
    add(page.fields, tr("Agreed by"), d->agreedBy);
    add(page.fields, tr("Status"), label("dialogueStatus", d->status));
    add(page.fields, tr("Lead agency"), d->leadAgency);
    add(page.fields, tr("Not found"), d->gaps);
    add(page.fields, tr("Note"), d->note);
    QSet<QString> seen;
    addSources(page.sources, seen, d->sources, page.title);

    PageSection ps{QStringLiteral("parties"), tr("Parties"), {tr("Country"), tr("Region")}, {}, {}};
    for (const QString& code : d->parties)
        ps.rows << PageRow{{countries->name(code), label("region", countries->byCode.value(code).region)},
                           countries->target(code), false, false, {}};
    page.sections << ps;

    PageSection rs{QStringLiteral("rounds"), tr("Rounds and related events"),
                   {tr("Round"), tr("Date"), tr("Place"), tr("Level")}, {}, tr("No round recorded.")};
    for (const Event& e : *events) {
        PageRow row = eventRow(e, {roundLabel(e), dateRange(e.startDate, e.endDate), place(e), e.level});
        row.unconfirmed = e.unconfirmed || e.isUnconfirmed(QStringLiteral("place"));
        rs.rows << row;
        addSources(page.sources, seen, e.sources, name(e.titleEn, e.titleJa));
    }
    page.sections << rs;

    PageSection as{QStringLiteral("agreements"), tr("Agreements"), {tr("Signed"), tr("Title"), tr("Kind")}, {}, {}};
    for (const Agreement& a : *agreements) {
        if (a.dialogue != d->key)
            continue;
        as.rows << PageRow{{date(a.signedDate), name(a.titleEn, a.titleJa), a.kind},
                           {NavTarget::Kind::Agreement, a.id}, a.unconfirmed, false, {}};
        addSources(page.sources, seen, a.sources, name(a.titleEn, a.titleJa));
    }
    if (!as.rows.isEmpty())
        page.sections << as;
    return page;
}

Result<RecordPage> RecordPageBuilder::forum(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    auto f = ForumRepository(db).byId(id);
    if (!f)
        return R::failure(f.error());
    auto countries = Countries::load(db);
    auto events = EventRepository(db).forForum(id);
    for (const QString* e : {&countries.error(), &events.error()}) {
        if (!e->isEmpty())
            return R::failure(*e);
    }
    sortByDate(*events);
    RecordPage page;
    page.target = {NavTarget::Kind::Forum, id};
    page.title = bilingualName(f->nameEn, f->nameJa);
    page.subtitle = f->kind + (f->level.isEmpty() ? QString() : QStringLiteral(" · ") + f->level);
    page.unconfirmed = f->unconfirmed;
    add(page.fields, tr("Acronym"), f->acronym);
    add(page.fields, tr("Name (English)"), f->nameEn, *f, QStringLiteral("name_en"));
    add(page.fields, tr("Name (Japanese)"), f->nameJa, *f, QStringLiteral("name_ja"));
    add(page.fields, tr("Former name (English)"), f->formerNameEn);
    add(page.fields, tr("Former name (Japanese)"), f->formerNameJa);
    add(page.fields, tr("Renamed"), f->renamed);
    add(page.fields, tr("Kind"), f->kind);
    add(page.fields, tr("Level"), f->level);
    add(page.fields, tr("Founded"), date(f->founded), *f, QStringLiteral("founded"));
    add(page.fields, tr("Incorporated"), date(f->incorporated));
    add(page.fields, tr("Website"), f->url, *f, QStringLiteral("url"));
    add(page.fields, tr("Japan's status"), f->japanStatus);
    add(page.fields, tr("Japanese hosts"), f->japanHosts);
    add(page.fields, tr("Not found"), f->gaps);
    add(page.fields, tr("Note"), f->note);
    QSet<QString> seen;
    addSources(page.sources, seen, f->sources, page.title);

    PageSection ms{QStringLiteral("meetings"), tr("Meetings"), {tr("Meeting"), tr("Date"), tr("Place"), tr("Status")}, {},
                   tr("No meeting recorded.")};
    for (const Event& e : *events) {
        PageRow row = eventRow(e, {roundLabel(e), dateRange(e.startDate, e.endDate), place(e), label("eventStatus", e.status)});
        row.unconfirmed = e.unconfirmed || e.isUnconfirmed(QStringLiteral("start_date"));
        ms.rows << row;
        addSources(page.sources, seen, e.sources, name(e.titleEn, e.titleJa));
    }
    page.sections << ms;

    PageSection mem{QStringLiteral("members"), tr("Members"), {tr("Country"), tr("Since")}, {}, tr("No member recorded.")};
    for (const ForumMember& m : f->members)
        mem.rows << PageRow{{countries->name(m.country), date(m.since)}, countries->target(m.country), false, false, {}};
    page.sections << mem;
    return page;
}

Result<RecordPage> RecordPageBuilder::event(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    auto e = EventRepository(db).byId(id);
    if (!e)
        return R::failure(e.error());
    auto countries = Countries::load(db);
    auto actions = ActionRepository(db).forEvent(id);
    if (!countries)
        return R::failure(countries.error());
    if (!actions)
        return R::failure(actions.error());
    RecordPage page;
    page.target = {NavTarget::Kind::Event, id};
    page.title = bilingualName(e->titleEn, e->titleJa);
    page.subtitle = dateRange(e->startDate, e->endDate) + (e->place.isEmpty() ? QString() : QStringLiteral(" · ") + e->place);
    page.unconfirmed = e->unconfirmed;

    NavTarget series;
    QString seriesName;
    if (e->dialogueId) {
        auto d = DialogueRepository(db).byId(e->dialogueId);
        if (d) {
            series = {NavTarget::Kind::Dialogue, d->id};
            seriesName = name(d->nameEn, d->nameJa);
        }
    } else if (e->forumId) {
        auto f = ForumRepository(db).byId(e->forumId);
        if (f) {
            series = {NavTarget::Kind::Forum, f->id};
            seriesName = name(f->nameEn, f->nameJa);
        }
    }
    add(page.fields, tr("Title (English)"), e->titleEn, *e, QStringLiteral("title_en"));
    add(page.fields, tr("Title (Japanese)"), e->titleJa, *e, QStringLiteral("title_ja"));
    add(page.fields, e->dialogueId ? tr("Dialogue") : tr("Forum"), seriesName, {}, {}, series);
    add(page.fields, tr("Kind"), label("eventKind", e->kind) + (e->kindNote.isEmpty() ? QString() : QStringLiteral(" (") + e->kindNote + QLatin1Char(')')));
    add(page.fields, tr("Round"), e->roundNumber ? QString::number(*e->roundNumber) : QString(), *e, QStringLiteral("round_number"));
    PageField when{tr("Date"), dateRange(e->startDate, e->endDate), e->isUnconfirmed(QStringLiteral("start_date")), {}};
    page.fields << when;
    add(page.fields, tr("About the date"), e->dateNote);
    page.fields << PageField{tr("Place"), e->place.isEmpty() ? tr("unknown") : e->place, e->isUnconfirmed(QStringLiteral("place")), {}};
    add(page.fields, tr("Format"), label("eventFormat", e->format));
    add(page.fields, tr("Level"), e->level);
    add(page.fields, tr("Status"), label("eventStatus", e->status));
    add(page.fields, tr("Heads of delegation"), e->delegationHeads.join(QLatin1Char('\n')));
    add(page.fields, tr("Summary"), e->summary);
    add(page.fields, tr("Outcome"), e->outcome);
    add(page.fields, tr("Results published"), date(e->resultsPublished));
    add(page.fields, tr("Note"), e->note);
    add(page.fields, tr("Classification"), Vocabulary::classificationLabel(e->classification, lang()));
    QSet<QString> seen;
    addSources(page.sources, seen, e->sources, page.title);
    if (auto s = addCited(page, e->citedProvisions); !s)
        return R::failure(s.error());

    auto organizations = OrganizationRepository(db).all();
    if (!organizations)
        return R::failure(organizations.error());
    QHash<qint64, const Organization*> organizationById;
    for (const Organization& o : std::as_const(*organizations))
        organizationById.insert(o.id, &o);
    // The organization column appears only when someone came for one, so most pages keep three columns.
    const bool withOrganizations = std::any_of(e->participants.cbegin(), e->participants.cend(),
                                               [](const Participant& p) { return p.organizationId != 0; });
    PageSection ps{QStringLiteral("participants"), tr("Participants"), {tr("Country"), tr("Name"), tr("Role")}, {},
                   tr("No participant recorded.")};
    if (withOrganizations)
        ps.headers.insert(1, tr("Organization"));
    for (const Participant& p : e->participants) {
        // A participant that stands for an organization links to it; otherwise to its country.
        const Organization* o = organizationById.value(p.organizationId);
        QStringList cells{countries->name(p.country), p.name, p.role};
        if (withOrganizations)
            cells.insert(1, o ? acronymAndName(lang(), o->acronym, o->nameEn, o->nameJa) : QString());
        ps.rows << PageRow{cells, o ? NavTarget{NavTarget::Kind::Organization, o->id} : countries->target(p.country),
                           false, false, {}};
    }
    page.sections << ps;

    PageSection as{QStringLiteral("actions"), tr("Follow-up actions"), {tr("Due"), tr("Action"), tr("Owner"), tr("Status")},
                   {}, tr("No follow-up action recorded.")};
    for (const Action& a : *actions)
        as.rows << PageRow{{date(a.dueDate), a.description, a.owner, label("actionStatus", a.status)},
                           {NavTarget::Kind::Action, a.id}, false, false, {}};
    page.sections << as;
    return page;
}

Result<RecordPage> RecordPageBuilder::agreement(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    auto a = AgreementRepository(db).byId(id);
    if (!a)
        return R::failure(a.error());
    auto countries = Countries::load(db);
    if (!countries)
        return R::failure(countries.error());
    RecordPage page;
    page.target = {NavTarget::Kind::Agreement, id};
    page.title = bilingualName(a->titleEn, a->titleJa);
    page.subtitle = a->kind + QStringLiteral(" · ") + date(a->signedDate);
    page.unconfirmed = a->unconfirmed;
    add(page.fields, tr("Title (English)"), a->titleEn, *a, QStringLiteral("title_en"));
    add(page.fields, tr("Title (Japanese)"), a->titleJa, *a, QStringLiteral("title_ja"));
    add(page.fields, tr("Kind"), a->kind);
    add(page.fields, tr("Signed"), date(a->signedDate), *a, QStringLiteral("signed_date"));
    add(page.fields, tr("In force"), date(a->inForceDate));
    add(page.fields, tr("Expires"), date(a->expiryDate));
    add(page.fields, tr("Review"), date(a->reviewDate));
    add(page.fields, tr("Status"), label("agreementStatus", a->status));
    if (!a->dialogue.isEmpty()) {
        auto all = DialogueRepository(db).all();
        if (all) {
            for (const Dialogue& d : *all) {
                if (d.key == a->dialogue)
                    add(page.fields, tr("Dialogue"), name(d.nameEn, d.nameJa), {}, {}, {NavTarget::Kind::Dialogue, d.id});
            }
        }
    }
    add(page.fields, tr("Summary"), a->summary);
    add(page.fields, tr("Text"), a->url);
    add(page.fields, tr("Note"), a->note);
    QSet<QString> seen;
    addSources(page.sources, seen, a->sources, page.title);
    PageSection ps{QStringLiteral("parties"), tr("Parties"), {tr("Country")}, {}, {}};
    for (const QString& code : a->parties)
        ps.rows << PageRow{{countries->name(code)}, countries->target(code), false, false, {}};
    page.sections << ps;
    if (auto s = addCited(page, a->citedProvisions); !s)
        return R::failure(s.error());
    return page;
}

Status RecordPageBuilder::addCited(RecordPage& page, const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    PageSection cs{QStringLiteral("cited"), tr("Cited articles"), {tr("Policy"), tr("Article"), tr("Subject")}, {}, {}};
    auto policies = PolicyRepository(m_db.connection()).all();
    if (!policies)
        return Status::failure(policies.error());
    for (const PolicyItem& item : std::as_const(*policies)) {
        for (const Provision& pr : item.provisions) {
            if (ids.contains(pr.id))
                cs.rows << PageRow{{name(item.titleEn, item.titleJa), pr.article, name(pr.subjectEn, pr.subjectJa)},
                                   {NavTarget::Kind::Policy, item.id}, false, false, {}};
        }
    }
    page.sections << cs;
    return {};
}

Result<RecordPage> RecordPageBuilder::policy(qint64 id) const
{
    using R = Result<RecordPage>;
    auto p = PolicyRepository(m_db.connection()).byId(id);
    if (!p)
        return R::failure(p.error());
    RecordPage page;
    page.target = {NavTarget::Kind::Policy, id};
    page.title = bilingualName(p->titleEn, p->titleJa);
    page.subtitle = p->kind + (p->date.isEmpty() ? QString() : QStringLiteral(" · ") + date(p->date));
    page.unconfirmed = p->unconfirmed;
    add(page.fields, tr("Title (English)"), p->titleEn, *p, QStringLiteral("title_en"));
    add(page.fields, tr("Title (Japanese)"), p->titleJa, *p, QStringLiteral("title_ja"));
    add(page.fields, tr("Kind"), p->kind);
    add(page.fields, tr("Law number"), p->lawNumber);
    add(page.fields, tr("Issued by"), p->issuedBy, *p, QStringLiteral("issued_by"));
    add(page.fields, tr("Date"), date(p->date), *p, QStringLiteral("date"));
    add(page.fields, tr("About the date"), p->dateNote);
    for (const NamedDate& nd : p->dates)
        add(page.fields, QString(nd.name).replace(QLatin1Char('_'), QLatin1Char(' ')), date(nd.date));
    add(page.fields, tr("Revisions"), p->revisions.join(QLatin1Char('\n')));
    add(page.fields, tr("Note"), p->note);
    QSet<QString> seen;
    addSources(page.sources, seen, p->sources, page.title);
    PageSection ps{QStringLiteral("provisions"), tr("Provisions"), {tr("Article"), tr("Subject")}, {},
                   tr("No article recorded.")};
    for (const Provision& pr : p->provisions) {
        ps.rows << PageRow{{name(pr.labelEn, pr.labelJa), name(pr.subjectEn, pr.subjectJa)}, {}, pr.unconfirmed, false, {}};
        addSources(page.sources, seen, pr.sources, name(pr.labelEn, pr.labelJa));
    }
    page.sections << ps;
    return page;
}

Result<RecordPage> RecordPageBuilder::action(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    auto a = ActionRepository(db).byId(id);
    if (!a)
        return R::failure(a.error());
    auto e = EventRepository(db).byId(a->eventId);
    RecordPage page;
    page.target = {NavTarget::Kind::Action, id};
    page.title = a->description;
    page.subtitle = label("actionStatus", a->status);
    add(page.fields, tr("Action"), a->description);
    add(page.fields, tr("Owner"), a->owner);
    add(page.fields, tr("Due"), date(a->dueDate));
    add(page.fields, tr("Status"), label("actionStatus", a->status));
    if (e)
        add(page.fields, tr("Event"), name(e->titleEn, e->titleJa), {}, {}, {NavTarget::Kind::Event, e->id});
    add(page.fields, tr("Note"), a->note);
    QSet<QString> seen;
    addSources(page.sources, seen, a->sources, page.title);
    return page;
}

Result<RecordPage> RecordPageBuilder::organization(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    auto o = OrganizationRepository(db).byId(id);
    if (!o)
        return R::failure(o.error());
    auto countries = Countries::load(db);
    auto events = EventRepository(db).forOrganization(id, kEventsShown);
    auto eventCount = OrganizationRepository(db).eventCount(id);
    for (const QString* e : {&countries.error(), &events.error(), &eventCount.error()}) {
        if (!e->isEmpty())
            return R::failure(*e);
    }
    RecordPage page;
    page.target = {NavTarget::Kind::Organization, id};
    page.title = bilingualName(o->nameEn, o->nameJa);
    if (page.title.isEmpty())
        page.title = o->acronym;
    QStringList subtitle;
    for (const QString& part : {o->acronym, o->kind, o->country.isEmpty() ? QString() : countries->name(o->country)}) {
        if (!part.isEmpty())
            subtitle << part;
    }
    page.subtitle = subtitle.join(QStringLiteral(" · "));
    page.unconfirmed = o->unconfirmed;
    add(page.fields, tr("Acronym"), o->acronym, *o, QStringLiteral("acronym"));
    add(page.fields, tr("Name (English)"), o->nameEn, *o, QStringLiteral("name_en"));
    add(page.fields, tr("Name (Japanese)"), o->nameJa, *o, QStringLiteral("name_ja"));
    add(page.fields, tr("Kind"), o->kind, *o, QStringLiteral("kind"));
    if (!o->country.isEmpty())
        add(page.fields, tr("Country"), countries->name(o->country), *o, QStringLiteral("country"),
            countries->target(o->country));
    add(page.fields, tr("Website"), o->url, *o, QStringLiteral("url"));
    add(page.fields, tr("Note"), o->note);
    add(page.fields, tr("Classification"), Vocabulary::classificationLabel(o->classification, lang()));
    QSet<QString> seen;
    addSources(page.sources, seen, o->sources, page.title);

    PageSection es{QStringLiteral("events"), tr("Events"), {tr("Date"), tr("Event"), tr("Place"), tr("Role")}, {},
                   tr("No event recorded.")};
    if (*eventCount > events->size())
        es.note = tr("The latest %1 of %2 events.").arg(events->size()).arg(*eventCount);
    for (const Event& e : *events) {
        QStringList roles;
        for (const Participant& p : e.participants) {
            if (p.organizationId == id && !p.role.isEmpty())
                roles << p.role;
        }
        roles.removeDuplicates();
        PageRow row = eventRow(e, {dateRange(e.startDate, e.endDate), name(e.titleEn, e.titleJa), place(e),
                                   roles.join(QStringLiteral(", "))});
        row.unconfirmed = e.unconfirmed || e.isUnconfirmed(QStringLiteral("start_date"));
        es.rows << row;
    }
    page.sections << es;
    return page;
}

namespace {
// A tag page lists this many records of each kind and says how many more there are.
constexpr int kTaggedShown = 200;

/// The section of a tag page listing the records of one kind (`byTable`: ids by table), read through `byId` (records gone since are
/// skipped); nothing when there are none.
template <typename T>
void addTagged(RecordPage& page, const QHash<QString, QList<qint64>>& byTable, NavTarget::Kind kind, const QString& title,
               const QStringList& headers, const std::function<Result<T>(qint64)>& byId,
               const std::function<QStringList(const T&)>& cells)
{
    const QList<qint64> ids = byTable.value(NavTarget::tableName(kind));
    if (ids.isEmpty())
        return;
    PageSection s{QStringLiteral("tagged-") + NavTarget::tableName(kind), title, headers, {}, {}};
    for (qint64 id : ids.mid(0, kTaggedShown)) {
        if (auto r = byId(id))
            s.rows << PageRow{cells(*r), NavTarget{kind, id}, r->unconfirmed, false, {}};
    }
    if (ids.size() > kTaggedShown)
        s.note = RecordPageBuilder::tr("The first %1 of %2.").arg(kTaggedShown).arg(ids.size());
    page.sections << s;
}
} // namespace

Result<RecordPage> RecordPageBuilder::tag(qint64 id) const
{
    using R = Result<RecordPage>;
    const QSqlDatabase db = m_db.connection();
    TagRepository tags(db);
    auto t = tags.byId(id);
    if (!t)
        return R::failure(t.error());
    auto links = tags.linksOf(id);
    if (!links)
        return R::failure(links.error());
    QHash<QString, QList<qint64>> ids;
    for (const TagLink& l : std::as_const(*links))
        ids[l.entity] << l.entityId;
    RecordPage page;
    page.target = {NavTarget::Kind::Tag, id};
    page.title = t->name;
    page.subtitle = tr("Tag \u00b7 on %n record(s)", nullptr, int(links->size()));
    add(page.fields, tr("Colour"), t->color);
    page.tags << PageTag{t->name, t->color, {}};

    addTagged<Country>(page, ids, NavTarget::Kind::Country, tr("Countries"),
                       {tr("Name"), tr("Code")}, [&](qint64 x) { return CountryRepository(db).byId(x); },
                       [](const Country& c) { return QStringList{name(c.nameEn, c.nameJa), c.code}; });
    addTagged<Dialogue>(page, ids, NavTarget::Kind::Dialogue, tr("Dialogues"),
                        {tr("Name"), tr("First held")}, [&](qint64 x) { return DialogueRepository(db).byId(x); },
                        [](const Dialogue& d) { return QStringList{name(d.nameEn, d.nameJa), date(d.firstHeld)}; });
    addTagged<Forum>(page, ids, NavTarget::Kind::Forum, tr("Fora"), {tr("Name"), tr("Acronym")},
                     [&](qint64 x) { return ForumRepository(db).byId(x); },
                     [](const Forum& f) { return QStringList{name(f.nameEn, f.nameJa), f.acronym}; });
    addTagged<Event>(page, ids, NavTarget::Kind::Event, tr("Events"), {tr("Title"), tr("Date")},
                     [&](qint64 x) { return EventRepository(db).byId(x); },
                     [](const Event& e) { return QStringList{name(e.titleEn, e.titleJa), dateRange(e.startDate, e.endDate)}; });
    addTagged<Agreement>(page, ids, NavTarget::Kind::Agreement, tr("Agreements"),
                         {tr("Title"), tr("Signed")}, [&](qint64 x) { return AgreementRepository(db).byId(x); },
                         [](const Agreement& a) { return QStringList{name(a.titleEn, a.titleJa), date(a.signedDate)}; });
    addTagged<PolicyItem>(page, ids, NavTarget::Kind::Policy, tr("Policy items"),
                          {tr("Title"), tr("Date")}, [&](qint64 x) { return PolicyRepository(db).byId(x); },
                          [](const PolicyItem& p) { return QStringList{name(p.titleEn, p.titleJa), date(p.date)}; });
    addTagged<Organization>(page, ids, NavTarget::Kind::Organization, tr("Organizations"),
                            {tr("Name"), tr("Acronym")}, [&](qint64 x) { return OrganizationRepository(db).byId(x); },
                            [](const Organization& o) { return QStringList{name(o.nameEn, o.nameJa), o.acronym}; });
    if (links->isEmpty())
        page.sections << PageSection{QStringLiteral("tagged"), tr("Records"), {}, {}, tr("No record carries this tag."), {}};
    return page;
}
