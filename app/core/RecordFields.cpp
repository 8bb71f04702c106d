// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RecordFields.h"

#include "core/Validation.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>

using FieldTable::Empty;
using FieldTable::Field;
using FieldTable::field;
using FieldTable::Spec;
using FieldTable::Type;

QString FieldTable::Spec::labelText() const { return QCoreApplication::translate("Field", label); }

namespace {
// The limits were the larger of what the editors and the importer allowed before they shared this table, so that
// nothing either had accepted is refused now; a limit is changed here, and only here.
constexpr int kKey = 200;
constexpr int kName = 200;
constexpr int kLongName = 300;
constexpr int kLine = Validation::kTitleMax;     // 500
constexpr int kPhrase = 4000;                     // one-line notes (place, date note)
constexpr int kParagraphs = Validation::kTextMax; // 20000
constexpr int kUrl = Validation::kUrlMax;

#define LABEL(text) QT_TRANSLATE_NOOP("Field", text)

const Field<Country> kCountry[] = {
    field<Country>({.key = "code", .label = LABEL("Code"), .type = Type::Code, .maxLength = 8, .required = true,
                    .empty = Empty::Value, .searchable = true},
                   &Country::code),
    field<Country>({.key = "name_en", .label = LABEL("Name (English)"), .maxLength = kName, .shownAs = "name",
                    .searchable = true},
                   &Country::nameEn),
    field<Country>({.key = "name_ja", .label = LABEL("Name (Japanese)"), .maxLength = kName, .shownAs = "name",
                    .searchable = true},
                   &Country::nameJa),
    field<Country>({.key = "iso_name_en", .label = LABEL("ISO name (English)"), .maxLength = kLine, .searchable = true},
                   &Country::isoNameEn),
    field<Country>({.key = "iso_name_ja", .label = LABEL("ISO name (Japanese)"), .maxLength = kLine, .searchable = true},
                   &Country::isoNameJa),
    field<Country>({.key = "region", .label = LABEL("Region"), .maxLength = kName, .vocabularySet = "region",
                    .searchable = true},
                   &Country::region),
    field<Country>({.key = "kind", .label = LABEL("Kind"), .type = Type::Choice, .vocabulary = Vocabulary::countryKinds,
                    .vocabularySet = "countryKind", .fallback = "state", .empty = Empty::Value},
                   &Country::kind),
    field<Country>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true, .searchable = true},
                   &Country::note),
    field<Country>({.key = "beyond_seed", .label = LABEL("Beyond the seed list"), .type = Type::Flag, .empty = Empty::Value},
                   &Country::beyondSeed),
    field<Country>({.key = "short_forms", .label = LABEL("Short forms"), .type = Type::List, .maxLength = 50,
                    .empty = Empty::Omit, .searchable = true},
                   &Country::shortForms),
};

const Field<Dialogue> kDialogue[] = {
    field<Dialogue>({.key = "key", .label = LABEL("Key"), .type = Type::Key, .maxLength = kKey,
                     .empty = Empty::Value},
                    &Dialogue::key),
    field<Dialogue>({.key = "kind", .label = LABEL("Kind"), .type = Type::Choice, .vocabulary = Vocabulary::dialogueKinds,
                     .vocabularySet = "dialogueKind", .fallback = "bilateral", .empty = Empty::Value},
                    &Dialogue::kind),
    field<Dialogue>({.key = "parties", .label = LABEL("Parties"), .type = Type::References, .maxLength = 8,
                     .refers = "country", .column = "", .empty = Empty::Value},
                    &Dialogue::parties),
    field<Dialogue>({.key = "name_en", .label = LABEL("Name (English)"), .maxLength = kLongName, .shownAs = "name",
                     .searchable = true},
                    &Dialogue::nameEn),
    field<Dialogue>({.key = "name_ja", .label = LABEL("Name (Japanese)"), .maxLength = kLongName, .shownAs = "name",
                     .searchable = true},
                    &Dialogue::nameJa),
    field<Dialogue>({.key = "first_held", .label = LABEL("First held"), .type = Type::Date}, &Dialogue::firstHeld),
    field<Dialogue>({.key = "first_held_note", .label = LABEL("First held (note)"), .maxLength = kLine, .searchable = true},
                    &Dialogue::firstHeldNote),
    field<Dialogue>({.key = "agreed_date", .label = LABEL("Agreed"), .type = Type::Date}, &Dialogue::agreedDate),
    field<Dialogue>({.key = "agreed_by", .label = LABEL("Agreed by"), .maxLength = kLine, .searchable = true},
                    &Dialogue::agreedBy),
    field<Dialogue>({.key = "status", .label = LABEL("Status"), .type = Type::Choice,
                     .vocabulary = Vocabulary::dialogueStatuses, .vocabularySet = "dialogueStatus",
                     .fallback = "unknown", .empty = Empty::Value},
                    &Dialogue::status),
    field<Dialogue>({.key = "lead_agency", .label = LABEL("Lead agency"), .maxLength = kLine, .empty = Empty::Omit,
                     .searchable = true},
                    &Dialogue::leadAgency),
    field<Dialogue>({.key = "gaps", .label = LABEL("Gaps"), .maxLength = kParagraphs, .multiLine = true, .searchable = true},
                    &Dialogue::gaps),
    field<Dialogue>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true, .searchable = true},
                    &Dialogue::note),
    field<Dialogue>({.key = "beyond_seed", .label = LABEL("Beyond the seed list"), .type = Type::Flag,
                     .empty = Empty::Value},
                    &Dialogue::beyondSeed),
};

const Field<Forum> kForum[] = {
    field<Forum>({.key = "key", .label = LABEL("Key"), .type = Type::Key, .maxLength = kKey,
                  .empty = Empty::Value},
                 &Forum::key),
    field<Forum>({.key = "acronym", .label = LABEL("Acronym"), .maxLength = 50, .searchable = true}, &Forum::acronym),
    field<Forum>({.key = "name_en", .label = LABEL("Name (English)"), .maxLength = kLongName, .shownAs = "name",
                  .searchable = true},
                 &Forum::nameEn),
    field<Forum>({.key = "name_ja", .label = LABEL("Name (Japanese)"), .maxLength = kLongName, .shownAs = "name",
                  .searchable = true},
                 &Forum::nameJa),
    field<Forum>({.key = "former_name_en", .label = LABEL("Former name (English)"), .maxLength = kLongName,
                  .shownAs = "former_name", .searchable = true},
                 &Forum::formerNameEn),
    field<Forum>({.key = "former_name_ja", .label = LABEL("Former name (Japanese)"), .maxLength = kLongName,
                  .shownAs = "former_name", .searchable = true},
                 &Forum::formerNameJa),
    field<Forum>({.key = "renamed", .label = LABEL("Renamed"), .maxLength = kLine}, &Forum::renamed),
    field<Forum>({.key = "kind", .label = LABEL("Kind"), .maxLength = kLine, .searchable = true}, &Forum::kind),
    field<Forum>({.key = "level", .label = LABEL("Level"), .maxLength = kLine, .searchable = true}, &Forum::level),
    field<Forum>({.key = "founded", .label = LABEL("Founded"), .type = Type::Date}, &Forum::founded),
    field<Forum>({.key = "incorporated", .label = LABEL("Incorporated"), .type = Type::Date}, &Forum::incorporated),
    field<Forum>({.key = "url", .label = LABEL("Web address"), .type = Type::Url, .maxLength = kUrl}, &Forum::url),
    field<Forum>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true, .searchable = true},
                 &Forum::note),
    field<Forum>({.key = "japan_status", .label = LABEL("Japan's status"), .maxLength = kLine, .searchable = true},
                 &Forum::japanStatus),
    field<Forum>({.key = "japan_hosts", .label = LABEL("Hosted by Japan"), .maxLength = kLine, .searchable = true},
                 &Forum::japanHosts),
    field<Forum>({.key = "gaps", .label = LABEL("Gaps"), .maxLength = kParagraphs, .multiLine = true}, &Forum::gaps),
};

const Field<Event> kEvent[] = {
    field<Event>({.key = "key", .label = LABEL("Key"), .type = Type::Key, .maxLength = kKey,
                  .empty = Empty::Value},
                 &Event::key),
    field<Event>({.key = "dialogue", .label = LABEL("Dialogue"), .type = Type::Reference, .maxLength = kKey,
                  .refers = "dialogue", .column = ""},
                 &Event::dialogue),
    field<Event>({.key = "forum", .label = LABEL("Forum"), .type = Type::Reference, .maxLength = kKey,
                  .refers = "forum", .column = ""},
                 &Event::forum),
    field<Event>({.key = "kind", .label = LABEL("Kind"), .type = Type::Choice, .vocabulary = Vocabulary::eventKinds,
                  .vocabularySet = "eventKind", .fallback = "meeting", .empty = Empty::Value},
                 &Event::kind),
    field<Event>({.key = "kind_note", .label = LABEL("Kind (note)"), .maxLength = kPhrase, .searchable = true},
                 &Event::kindNote),
    field<Event>({.key = "round_number", .label = LABEL("Round"), .type = Type::Integer, .minimum = 1,
                  .maximum = 10000},
                 &Event::roundNumber),
    field<Event>({.key = "title_en", .label = LABEL("Title (English)"), .maxLength = kLine, .shownAs = "title",
                  .searchable = true},
                 &Event::titleEn),
    field<Event>({.key = "title_ja", .label = LABEL("Title (Japanese)"), .maxLength = kLine, .shownAs = "title",
                  .searchable = true},
                 &Event::titleJa),
    field<Event>({.key = "start_date", .label = LABEL("Start"), .type = Type::Date}, &Event::startDate),
    field<Event>({.key = "end_date", .label = LABEL("End"), .type = Type::Date}, &Event::endDate),
    field<Event>({.key = "date_note", .label = LABEL("Date (note)"), .maxLength = kPhrase}, &Event::dateNote),
    field<Event>({.key = "place", .label = LABEL("Place"), .maxLength = kPhrase, .searchable = true}, &Event::place),
    field<Event>({.key = "format", .label = LABEL("Format"), .type = Type::Choice, .vocabulary = Vocabulary::eventFormats,
                  .vocabularySet = "eventFormat", .fallback = "unknown", .empty = Empty::Value},
                 &Event::format),
    field<Event>({.key = "level", .label = LABEL("Level"), .maxLength = kPhrase, .searchable = true}, &Event::level),
    field<Event>({.key = "status", .label = LABEL("Status"), .type = Type::Choice,
                  .vocabulary = Vocabulary::eventStatuses, .vocabularySet = "eventStatus", .fallback = "held",
                  .empty = Empty::Value},
                 &Event::status),
    field<Event>({.key = "summary", .label = LABEL("Summary"), .maxLength = kParagraphs, .multiLine = true,
                  .searchable = true},
                 &Event::summary),
    field<Event>({.key = "outcome", .label = LABEL("Outcome"), .maxLength = kParagraphs, .multiLine = true,
                  .searchable = true},
                 &Event::outcome),
    field<Event>({.key = "delegation_heads", .label = LABEL("Heads of delegation"), .type = Type::List,
                  .maxLength = kLine, .empty = Empty::Value, .searchable = true},
                 &Event::delegationHeads),
    field<Event>({.key = "results_published", .label = LABEL("Results published"), .type = Type::Date},
                 &Event::resultsPublished),
    field<Event>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true, .searchable = true},
                 &Event::note),
};

const Field<Action> kAction[] = {
    field<Action>({.key = "event", .label = LABEL("Event"), .type = Type::Reference, .maxLength = kKey,
                   .refers = "event", .column = "", .empty = Empty::Value},
                  &Action::event),
    field<Action>({.key = "description", .label = LABEL("Description"), .maxLength = 4000, .required = true,
                   .multiLine = true, .empty = Empty::Value, .searchable = true},
                  &Action::description),
    field<Action>({.key = "owner", .label = LABEL("Owner"), .maxLength = kLine, .searchable = true}, &Action::owner),
    field<Action>({.key = "due_date", .label = LABEL("Due"), .type = Type::Date}, &Action::dueDate),
    field<Action>({.key = "status", .label = LABEL("Status"), .type = Type::Choice,
                   .vocabulary = Vocabulary::actionStatuses, .vocabularySet = "actionStatus", .fallback = "open",
                   .empty = Empty::Value},
                  &Action::status),
    field<Action>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true, .searchable = true},
                  &Action::note),
};

const Field<Agreement> kAgreement[] = {
    field<Agreement>({.key = "key", .label = LABEL("Key"), .type = Type::Key, .maxLength = kKey,
                      .empty = Empty::Value},
                     &Agreement::key),
    field<Agreement>({.key = "kind", .label = LABEL("Kind"), .maxLength = kLine, .searchable = true}, &Agreement::kind),
    field<Agreement>({.key = "title_en", .label = LABEL("Title (English)"), .maxLength = kLine, .shownAs = "title",
                      .searchable = true},
                     &Agreement::titleEn),
    field<Agreement>({.key = "title_ja", .label = LABEL("Title (Japanese)"), .maxLength = kLine, .shownAs = "title",
                      .searchable = true},
                     &Agreement::titleJa),
    field<Agreement>({.key = "parties", .label = LABEL("Parties"), .type = Type::References, .maxLength = 8,
                      .refers = "country", .column = "", .empty = Empty::Value},
                     &Agreement::parties),
    field<Agreement>({.key = "signed_date", .label = LABEL("Signed"), .type = Type::Date}, &Agreement::signedDate),
    field<Agreement>({.key = "in_force_date", .label = LABEL("In force"), .type = Type::Date}, &Agreement::inForceDate),
    field<Agreement>({.key = "expiry_date", .label = LABEL("Expires"), .type = Type::Date}, &Agreement::expiryDate),
    field<Agreement>({.key = "review_date", .label = LABEL("Review"), .type = Type::Date}, &Agreement::reviewDate),
    field<Agreement>({.key = "status", .label = LABEL("Status"), .type = Type::Choice,
                      .vocabulary = Vocabulary::agreementStatuses, .vocabularySet = "agreementStatus",
                      .fallback = "signed", .empty = Empty::Value},
                     &Agreement::status),
    field<Agreement>({.key = "url", .label = LABEL("Web address"), .type = Type::Url, .maxLength = kUrl}, &Agreement::url),
    field<Agreement>({.key = "dialogue", .label = LABEL("Dialogue"), .type = Type::Reference, .maxLength = kKey,
                      .refers = "dialogue", .column = ""},
                     &Agreement::dialogue),
    field<Agreement>({.key = "summary", .label = LABEL("Summary"), .maxLength = kParagraphs, .multiLine = true,
                      .searchable = true},
                     &Agreement::summary),
    field<Agreement>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true,
                      .searchable = true},
                     &Agreement::note),
};

const Field<Organization> kOrganization[] = {
    field<Organization>({.key = "country", .label = LABEL("Country"), .type = Type::Reference, .maxLength = 8,
                         .refers = "country", .column = ""},
                        &Organization::country),
    field<Organization>({.key = "acronym", .label = LABEL("Acronym"), .maxLength = 50, .searchable = true},
                        &Organization::acronym),
    field<Organization>({.key = "name_en", .label = LABEL("Name (English)"), .maxLength = kLongName, .shownAs = "name",
                         .searchable = true},
                        &Organization::nameEn),
    field<Organization>({.key = "name_ja", .label = LABEL("Name (Japanese)"), .maxLength = kLongName, .shownAs = "name",
                         .searchable = true},
                        &Organization::nameJa),
    field<Organization>({.key = "kind", .label = LABEL("Kind"), .maxLength = kName, .searchable = true},
                        &Organization::kind),
    field<Organization>({.key = "url", .label = LABEL("Web address"), .type = Type::Url, .maxLength = kUrl,
                         .searchable = true},
                        &Organization::url),
    field<Organization>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true,
                         .searchable = true},
                        &Organization::note),
};

const Field<PolicyItem> kPolicyItem[] = {
    field<PolicyItem>({.key = "key", .label = LABEL("Key"), .type = Type::Key, .maxLength = kKey,
                       .empty = Empty::Value},
                      &PolicyItem::key),
    field<PolicyItem>({.key = "kind", .label = LABEL("Kind"), .maxLength = kLine, .searchable = true}, &PolicyItem::kind),
    field<PolicyItem>({.key = "title_en", .label = LABEL("Title (English)"), .maxLength = kLine, .shownAs = "title",
                       .searchable = true},
                      &PolicyItem::titleEn),
    field<PolicyItem>({.key = "title_ja", .label = LABEL("Title (Japanese)"), .maxLength = kLine, .shownAs = "title",
                       .searchable = true},
                      &PolicyItem::titleJa),
    field<PolicyItem>({.key = "law_number", .label = LABEL("Law number"), .maxLength = kLine, .searchable = true},
                      &PolicyItem::lawNumber),
    field<PolicyItem>({.key = "issued_by", .label = LABEL("Issued by"), .maxLength = kLine, .searchable = true},
                      &PolicyItem::issuedBy),
    field<PolicyItem>({.key = "date", .label = LABEL("Date"), .type = Type::Date, .column = "issued_date"},
                      &PolicyItem::date),
    field<PolicyItem>({.key = "date_note", .label = LABEL("Date (note)"), .maxLength = kLine}, &PolicyItem::dateNote),
    field<PolicyItem>({.key = "revisions", .label = LABEL("Revisions"), .type = Type::List, .maxLength = kPhrase,
                       .column = "revisions_json", .empty = Empty::Value, .storedAsJson = true},
                      &PolicyItem::revisions),
    field<PolicyItem>({.key = "note", .label = LABEL("Note"), .maxLength = kParagraphs, .multiLine = true,
                       .searchable = true},
                      &PolicyItem::note),
};

const Field<Provision> kProvision[] = {
    field<Provision>({.key = "key", .label = LABEL("Key"), .type = Type::Key, .maxLength = kKey,
                      .empty = Empty::Value},
                     &Provision::key),
    field<Provision>({.key = "article", .label = LABEL("Article"), .maxLength = 50, .required = true,
                      .empty = Empty::Value},
                     &Provision::article),
    field<Provision>({.key = "label_en", .label = LABEL("Label (English)"), .maxLength = kLine, .shownAs = "label",
                      .searchable = true},
                     &Provision::labelEn),
    field<Provision>({.key = "label_ja", .label = LABEL("Label (Japanese)"), .maxLength = kLine, .shownAs = "label",
                      .searchable = true},
                     &Provision::labelJa),
    field<Provision>({.key = "subject_en", .label = LABEL("Subject (English)"), .maxLength = kParagraphs,
                      .shownAs = "subject", .searchable = true},
                     &Provision::subjectEn),
    field<Provision>({.key = "subject_ja", .label = LABEL("Subject (Japanese)"), .maxLength = kParagraphs,
                      .shownAs = "subject", .empty = Empty::Omit, .searchable = true},
                     &Provision::subjectJa),
};

const Spec kMeta[] = {
    {.key = "classification", .label = LABEL("Classification"), .type = Type::Integer, .minimum = 0, .maximum = 3},
    {.key = "unconfirmed", .label = LABEL("Unconfirmed"), .type = Type::Flag},
    {.key = "unconfirmed_fields", .label = LABEL("Unconfirmed fields"), .type = Type::List},
    {.key = "sources", .label = LABEL("Sources"), .type = Type::List, .maxLength = kUrl, .column = ""},
    {.key = "tags", .label = LABEL("Tags"), .type = Type::List, .maxLength = Validation::kTagMax, .column = ""},
};

// Columns named otherwise than their field, or kept for bookkeeping, as History shows them.
struct Extra
{
    const char* key;
    const char* label;
};
const Extra kExtras[] = {
    {"dialogue_id", LABEL("Dialogue")},
    {"forum_id", LABEL("Forum")},
    {"event_id", LABEL("Event")},
    {"organization_id", LABEL("Organization")},
    {"country_code", LABEL("Country")},
    {"dates_json", LABEL("Dates")},
    {"position", LABEL("Position")},
    {"since", LABEL("Member since")},
    {"name", LABEL("Name")},
    {"side", LABEL("Side")},
    {"role", LABEL("Role")},
    {"url", LABEL("Web address")},
    {"members", LABEL("Members")},
    {"provisions", LABEL("Articles")},
    {"dates", LABEL("Dates")},
    {"participants", LABEL("Participants")},
    {"cites", LABEL("Cited articles")},
};
#undef LABEL

template <typename T>
void collect(QList<const Spec*>& out)
{
    for (const Field<T>& f : RecordFields::of<T>())
        out << &f.spec;
}
} // namespace

namespace RecordFields {
template <>
std::span<const Field<Country>> of<Country>()
{
    return kCountry;
}
template <>
std::span<const Field<Dialogue>> of<Dialogue>()
{
    return kDialogue;
}
template <>
std::span<const Field<Forum>> of<Forum>()
{
    return kForum;
}
template <>
std::span<const Field<Event>> of<Event>()
{
    return kEvent;
}
template <>
std::span<const Field<Action>> of<Action>()
{
    return kAction;
}
template <>
std::span<const Field<Agreement>> of<Agreement>()
{
    return kAgreement;
}
template <>
std::span<const Field<Organization>> of<Organization>()
{
    return kOrganization;
}
template <>
std::span<const Field<PolicyItem>> of<PolicyItem>()
{
    return kPolicyItem;
}
template <>
std::span<const Field<Provision>> of<Provision>()
{
    return kProvision;
}

std::span<const Spec> meta() { return kMeta; }

QList<const Spec*> specs(RecordKind kind)
{
    QList<const Spec*> out;
    switch (kind) {
    case RecordKind::Country:
        collect<Country>(out);
        break;
    case RecordKind::Dialogue:
        collect<Dialogue>(out);
        break;
    case RecordKind::Forum:
        collect<Forum>(out);
        break;
    case RecordKind::Event:
        collect<Event>(out);
        break;
    case RecordKind::Agreement:
        collect<Agreement>(out);
        break;
    case RecordKind::Policy:
        collect<PolicyItem>(out);
        break;
    case RecordKind::Action:
        collect<Action>(out);
        break;
    case RecordKind::Organization:
        collect<Organization>(out);
        break;
    case RecordKind::Provision:
        collect<Provision>(out);
        break;
    case RecordKind::None:
    case RecordKind::Tag:
        return out;
    }
    for (const Spec& s : kMeta)
        out << &s;
    return out;
}

const Spec* spec(RecordKind kind, const QString& key)
{
    for (const Spec* s : specs(kind)) {
        if (key == QLatin1String(s->key) || (s->column && *s->column && key == QLatin1String(s->column)))
            return s;
    }
    return nullptr;
}

QString label(RecordKind kind, const QString& key)
{
    if (const Spec* s = spec(kind, key))
        return s->labelText();
    for (const Extra& e : kExtras) {
        if (key == QLatin1String(e.key))
            return QCoreApplication::translate("Field", e.label);
    }
    // Any record's field by that name (a part's row in History: a participant's "country").
    for (const Kinds::Info& k : Kinds::all()) {
        if (const Spec* s = spec(k.kind, key))
            return s->labelText();
    }
    return key;
}

QString differenceLine(const QString& label, const QString& theirs, const QString& mine)
{
    return QCoreApplication::translate("Field", "%1 \u2014 theirs: \u201c%2\u201d; yours: \u201c%3\u201d")
        .arg(label, theirs.left(120), mine.left(120));
}

template <typename T>
QStringList differences(const T& theirs, const T& mine)
{
    QStringList out;
    const auto line = [&](const QString& label, const QString& a, const QString& b) {
        out << differenceLine(label, a, b);
    };
    for (const Field<T>& f : of<T>()) {
        if (!FieldTable::same(f, theirs, mine))
            line(f.spec.labelText(), FieldTable::display(f, theirs), FieldTable::display(f, mine));
    }
    if (theirs.classification != mine.classification)
        line(kMeta[0].labelText(), QString::number(theirs.classification), QString::number(mine.classification));
    if (theirs.unconfirmed != mine.unconfirmed || theirs.unconfirmedFields != mine.unconfirmedFields)
        line(kMeta[1].labelText(), theirs.unconfirmedFields.join(QStringLiteral(", ")),
             mine.unconfirmedFields.join(QStringLiteral(", ")));
    if (theirs.sources != mine.sources)
        line(kMeta[3].labelText(), theirs.sources.join(QLatin1Char(' ')), mine.sources.join(QLatin1Char(' ')));
    if (theirs.tags != mine.tags)
        line(kMeta[4].labelText(), theirs.tags.join(QStringLiteral(", ")), mine.tags.join(QStringLiteral(", ")));
    return out;
}

template QStringList differences(const Country&, const Country&);
template QStringList differences(const Dialogue&, const Dialogue&);
template QStringList differences(const Forum&, const Forum&);
template QStringList differences(const Event&, const Event&);
template QStringList differences(const Action&, const Action&);
template QStringList differences(const Agreement&, const Agreement&);
template QStringList differences(const Organization&, const Organization&);
template QStringList differences(const PolicyItem&, const PolicyItem&);
} // namespace RecordFields
