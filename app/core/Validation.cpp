// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Validation.h"

#include "core/PartialDate.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

// The longer of the two language forms decides whether a bilingual pair is too long.
const QString& longer(const QString& en, const QString& ja) { return en.size() >= ja.size() ? en : ja; }

void checkChoice(QList<FieldError>& out, const QString& field, const QString& value, const QStringList& allowed)
{
    if (!allowed.contains(value))
        out << FieldError{field, QCoreApplication::translate("Validation", "\u201c%1\u201d is not one of the allowed values.").arg(value)};
}

// Parties are country codes: none empty, none twice.
void checkParties(QList<FieldError>& out, const QStringList& parties)
{
    QSet<QString> seen;
    for (const QString& p : parties) {
        if (p.trimmed().isEmpty()) {
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "A party has no country.")};
            return;
        }
        if (seen.contains(p)) {
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "%1 is listed twice.").arg(p)};
            return;
        }
        seen.insert(p);
    }
}
struct Text
{
    const char* field; ///< the JSON and column name, which decides single- or multi-line
    const char* shown; ///< the editor's name for the field
    const QString* text;
};

// Every text field of a record through Validation::checkText, one message per shown field.
void checkTexts(QList<FieldError>& out, std::initializer_list<Text> texts)
{
    for (const Text& t : texts) {
        const QString shown = QLatin1String(t.shown);
        if (!Validation::messageFor(out, shown).isEmpty())
            continue;
        Validation::checkText(out, QLatin1String(t.field), *t.text, shown);
    }
}

void checkLines(QList<FieldError>& out, const char* field, const QStringList& lines)
{
    for (const QString& line : lines) {
        const qsizetype before = out.size();
        Validation::checkText(out, QLatin1String(field), line);
        if (out.size() != before)
            return;
    }
}
} // namespace

namespace Validation {
bool isMultiLine(const QString& field)
{
    // An action's description is running text too: follow-ups are often written as a few lines.
    return field == QLatin1String("note") || field == QLatin1String("summary") || field == QLatin1String("outcome") ||
           field == QLatin1String("gaps") || field == QLatin1String("description");
}

QString textError(const QString& text, bool multiLine)
{
    const qsizetype n = text.size();
    qsizetype position = 0; // in characters, from 1
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        ++position;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return QCoreApplication::translate("Validation",
                                               "Half a character (U+%1, a lone surrogate) at position %2: "
                                               "the text is not valid Unicode.")
                .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper())
                .arg(position);
        if (c == 0)
            return QCoreApplication::translate("Validation", "A NUL character at position %1.").arg(position);
        const bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
        const bool allowedBreak = multiLine && (c == u'\t' || c == u'\n' || c == u'\r');
        if (control && !allowedBreak)
            return (multiLine ? QCoreApplication::translate("Validation", "The invisible control character U+%1 at "
                                                                          "position %2.")
                              : QCoreApplication::translate("Validation", "The invisible control character U+%1 at "
                                                                          "position %2 (a line break or tab belongs "
                                                                          "only in notes, summaries and descriptions)."))
                .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper())
                .arg(position);
        const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        if (bidi && !multiLine)
            return QCoreApplication::translate("Validation", "The direction control U+%1 at position %2: it would show "
                                                             "the text after it reversed.")
                .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper())
                .arg(position);
    }
    return {};
}

void checkText(QList<FieldError>& out, const QString& field, const QString& text, const QString& shownAs)
{
    if (const QString error = textError(text, isMultiLine(field)); !error.isEmpty())
        out << FieldError{shownAs.isEmpty() ? field : shownAs, error};
}

void requireName(QList<FieldError>& out, const QString& field, const QString& en, const QString& ja)
{
    if (en.trimmed().isEmpty() && ja.trimmed().isEmpty())
        out << FieldError{field, QCoreApplication::translate("Validation", "Enter a name in English or Japanese (or both).")};
}

void checkLength(QList<FieldError>& out, const QString& field, const QString& text, int max)
{
    if (text.size() > max)
        out << FieldError{field, QCoreApplication::translate("Validation", "Too long: %1 characters; at most %2.").arg(text.size()).arg(max)};
}

void checkDate(QList<FieldError>& out, const QString& field, const QString& text)
{
    if (!text.isEmpty() && !PartialDate::isValidText(text))
        out << FieldError{field, QCoreApplication::translate("Validation", "\u201c%1\u201d is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.").arg(text)};
}

void checkOrder(QList<FieldError>& out, const QString& endField, const QString& start, const QString& end)
{
    const auto s = PartialDate::parse(start), e = PartialDate::parse(end);
    if (s && e && !s->isNull() && !e->isNull() && end < start)
        out << FieldError{endField, QCoreApplication::translate("Validation", "The end (%1) is before the start (%2).").arg(end, start)};
}

void checkUrl(QList<FieldError>& out, const QString& field, const QString& url)
{
    if (url.isEmpty())
        return;
    const QUrl u(url, QUrl::StrictMode);
    const bool web = u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https");
    if (!u.isValid() || !web || u.host().isEmpty() || url.contains(QLatin1Char(' ')))
        out << FieldError{field, QCoreApplication::translate("Validation", "\u201c%1\u201d is not a web address (https://\u2026).").arg(url.left(100))};
    else if (url.size() > kUrlMax)
        out << FieldError{field, QCoreApplication::translate("Validation", "The address is longer than %1 characters.").arg(kUrlMax)};
}

void checkUrls(QList<FieldError>& out, const QString& field, const QStringList& urls)
{
    for (const QString& u : urls) {
        const qsizetype before = out.size();
        checkUrl(out, field, u);
        if (out.size() != before)
            return; // one message per field
    }
}

QString tagNameError(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return QCoreApplication::translate("Validation", "A tag needs a name.");
    if (const QString error = textError(n, false); !error.isEmpty())
        return error;
    if (n.size() > kTagMax)
        return QCoreApplication::translate("Validation", "The tag \u201c%1\u2026\u201d is %2 characters long; a tag is at most %3.")
            .arg(n.left(20)).arg(n.size()).arg(kTagMax);
    return {};
}

QString tagColorError(const QString& color)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (color.isEmpty() || hex.match(color).hasMatch())
        return {};
    return QCoreApplication::translate("Validation", "\u201c%1\u201d is not a colour: write #rrggbb (e.g. #1f77b4), or leave it empty.")
        .arg(color.left(40));
}

void checkTags(QList<FieldError>& out, const QStringList& tags)
{
    for (const QString& tag : tags) {
        if (const QString error = tagNameError(tag); !error.isEmpty()) {
            out << FieldError{QStringLiteral("tags"), error};
            return;
        }
    }
}

QList<FieldError> event(const Event& e)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("title"), e.titleEn, e.titleJa);
    checkLength(out, QStringLiteral("title"), e.titleEn.size() > e.titleJa.size() ? e.titleEn : e.titleJa, kTitleMax);
    checkDate(out, QStringLiteral("start_date"), e.startDate);
    checkDate(out, QStringLiteral("end_date"), e.endDate);
    checkOrder(out, QStringLiteral("end_date"), e.startDate, e.endDate);
    if (e.roundNumber && (*e.roundNumber < 1 || *e.roundNumber > 10000))
        out << FieldError{QStringLiteral("round_number"), QCoreApplication::translate("Validation", "A round number is between 1 and 10000.")};
    if (e.roundNumber && e.dialogueId == 0 && e.dialogue.isEmpty() && e.forumId == 0 && e.forum.isEmpty())
        out << FieldError{QStringLiteral("round_number"), QCoreApplication::translate("Validation", "A round number needs a dialogue or forum.")};
    for (const auto& [field, text] : {std::pair{"summary", &e.summary}, {"outcome", &e.outcome}, {"note", &e.note},
                                      {"place", &e.place}})
        checkLength(out, QLatin1String(field), *text, kTextMax);
    checkUrls(out, QStringLiteral("sources"), e.sources);
    checkTags(out, e.tags);
    for (const Participant& p : e.participants) {
        if (p.country.isEmpty() && p.name.trimmed().isEmpty() && p.organizationId == 0) {
            out << FieldError{QStringLiteral("participants"),
                              QCoreApplication::translate("Validation", "Each participant needs a country, an organization or a name.")};
            break;
        }
    }
    checkTexts(out, {{"title_en", "title", &e.titleEn},
                     {"title_ja", "title", &e.titleJa},
                     {"kind_note", "kind_note", &e.kindNote},
                     {"date_note", "date_note", &e.dateNote},
                     {"place", "place", &e.place},
                     {"level", "level", &e.level},
                     {"summary", "summary", &e.summary},
                     {"outcome", "outcome", &e.outcome},
                     {"note", "note", &e.note}});
    checkLines(out, "delegation_heads", e.delegationHeads);
    for (const Participant& p : e.participants)
        checkTexts(
            out,
            {{"name", "participants", &p.name}, {"side", "participants", &p.side}, {"role", "participants", &p.role}});
    return out;
}

QList<FieldError> action(const Action& a)
{
    QList<FieldError> out;
    if (a.description.trimmed().isEmpty())
        out << FieldError{QStringLiteral("description"), QCoreApplication::translate("Validation", "Describe the action.")};
    checkLength(out, QStringLiteral("description"), a.description, 4000);
    checkDate(out, QStringLiteral("due_date"), a.dueDate);
    checkLength(out, QStringLiteral("owner"), a.owner, kTitleMax);
    checkUrls(out, QStringLiteral("sources"), a.sources);
    checkTexts(
        out, {{"description", "description", &a.description}, {"owner", "owner", &a.owner}, {"note", "note", &a.note}});
    return out;
}

QList<FieldError> country(const Country& c, const QStringList& takenCodes)
{
    QList<FieldError> out;
    static const QRegularExpression codeRule(QStringLiteral("^[A-Z0-9]{2,3}$"));
    if (c.code.isEmpty())
        out << FieldError{QStringLiteral("code"), QCoreApplication::translate("Validation", "Enter the code (2 or 3 capital letters, e.g. JP).")};
    else if (!codeRule.match(c.code).hasMatch())
        out << FieldError{QStringLiteral("code"),
                          QCoreApplication::translate("Validation", "\u201c%1\u201d is not a code: use 2 or 3 capital letters or digits (e.g. JP).").arg(c.code)};
    else if (takenCodes.contains(c.code))
        out << FieldError{QStringLiteral("code"), QCoreApplication::translate("Validation", "Another country already has the code %1.").arg(c.code)};
    requireName(out, QStringLiteral("name"), c.nameEn, c.nameJa);
    checkLength(out, QStringLiteral("name"), longer(c.nameEn, c.nameJa), 200);
    checkLength(out, QStringLiteral("iso_name_en"), c.isoNameEn, kTitleMax);
    checkLength(out, QStringLiteral("iso_name_ja"), c.isoNameJa, kTitleMax);
    checkLength(out, QStringLiteral("region"), c.region, 200);
    checkChoice(out, QStringLiteral("kind"), c.kind, Vocabulary::countryKinds());
    checkLength(out, QStringLiteral("note"), c.note, kTextMax);
    checkUrls(out, QStringLiteral("sources"), c.sources);
    checkTags(out, c.tags);
    checkTexts(out, {{"name_en", "name", &c.nameEn},
                     {"name_ja", "name", &c.nameJa},
                     {"iso_name_en", "iso_name_en", &c.isoNameEn},
                     {"iso_name_ja", "iso_name_ja", &c.isoNameJa},
                     {"region", "region", &c.region},
                     {"note", "note", &c.note}});
    return out;
}

QList<FieldError> dialogue(const Dialogue& d)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("name"), d.nameEn, d.nameJa);
    checkLength(out, QStringLiteral("name"), longer(d.nameEn, d.nameJa), 300);
    checkChoice(out, QStringLiteral("kind"), d.kind, Vocabulary::dialogueKinds());
    const qsizetype before = out.size();
    checkParties(out, d.parties);
    if (out.size() == before) {
        const qsizetype n = d.parties.size();
        if (d.kind == QLatin1String("bilateral") && n != 2)
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "A bilateral dialogue has 2 parties; %1 are ticked.").arg(n)};
        else if (d.kind == QLatin1String("trilateral") && n != 3)
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "A trilateral dialogue has 3 parties; %1 are ticked.").arg(n)};
        else if (d.kind == QLatin1String("minilateral") && n < 3)
            out << FieldError{QStringLiteral("parties"),
                              QCoreApplication::translate("Validation", "A minilateral dialogue has 3 or more parties; %1 are ticked.").arg(n)};
    }
    checkDate(out, QStringLiteral("first_held"), d.firstHeld);
    checkLength(out, QStringLiteral("first_held_note"), d.firstHeldNote, kTitleMax);
    checkDate(out, QStringLiteral("agreed_date"), d.agreedDate);
    checkLength(out, QStringLiteral("agreed_by"), d.agreedBy, kTitleMax);
    checkChoice(out, QStringLiteral("status"), d.status, Vocabulary::dialogueStatuses());
    checkLength(out, QStringLiteral("lead_agency"), d.leadAgency, kTitleMax);
    checkLength(out, QStringLiteral("gaps"), d.gaps, kTextMax);
    checkLength(out, QStringLiteral("note"), d.note, kTextMax);
    checkUrls(out, QStringLiteral("sources"), d.sources);
    checkTags(out, d.tags);
    checkTexts(out, {{"name_en", "name", &d.nameEn},
                     {"name_ja", "name", &d.nameJa},
                     {"first_held_note", "first_held_note", &d.firstHeldNote},
                     {"agreed_by", "agreed_by", &d.agreedBy},
                     {"lead_agency", "lead_agency", &d.leadAgency},
                     {"gaps", "gaps", &d.gaps},
                     {"note", "note", &d.note}});
    return out;
}

QList<FieldError> forum(const Forum& f)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("name"), f.nameEn, f.nameJa);
    checkLength(out, QStringLiteral("name"), longer(f.nameEn, f.nameJa), 300);
    checkLength(out, QStringLiteral("acronym"), f.acronym, 50);
    checkLength(out, QStringLiteral("former_name"), longer(f.formerNameEn, f.formerNameJa), 300);
    for (const auto& [field, text] : {std::pair{"renamed", &f.renamed}, {"kind", &f.kind}, {"level", &f.level},
                                      {"japan_status", &f.japanStatus}, {"japan_hosts", &f.japanHosts}})
        checkLength(out, QLatin1String(field), *text, kTitleMax);
    checkDate(out, QStringLiteral("founded"), f.founded);
    checkDate(out, QStringLiteral("incorporated"), f.incorporated);
    checkUrl(out, QStringLiteral("url"), f.url);
    checkLength(out, QStringLiteral("gaps"), f.gaps, kTextMax);
    checkLength(out, QStringLiteral("note"), f.note, kTextMax);
    QSet<QString> seen;
    for (int i = 0; i < f.members.size(); ++i) {
        const ForumMember& m = f.members[i];
        QString problem;
        if (m.country.isEmpty())
            problem = QCoreApplication::translate("Validation", "Member %1 has no country.").arg(i + 1);
        else if (seen.contains(m.country))
            problem = QCoreApplication::translate("Validation", "%1 is listed twice.").arg(m.country);
        else if (!m.since.isEmpty() && !PartialDate::isValidText(m.since))
            problem = QCoreApplication::translate("Validation", "Member %1: \u201c%2\u201d is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.").arg(i + 1).arg(m.since);
        if (!problem.isEmpty()) {
            out << FieldError{QStringLiteral("members"), problem};
            break;
        }
        seen.insert(m.country);
    }
    checkUrls(out, QStringLiteral("sources"), f.sources);
    checkTags(out, f.tags);
    checkTexts(out, {{"name_en", "name", &f.nameEn},
                     {"name_ja", "name", &f.nameJa},
                     {"acronym", "acronym", &f.acronym},
                     {"former_name_en", "former_name", &f.formerNameEn},
                     {"former_name_ja", "former_name", &f.formerNameJa},
                     {"renamed", "renamed", &f.renamed},
                     {"kind", "kind", &f.kind},
                     {"level", "level", &f.level},
                     {"japan_status", "japan_status", &f.japanStatus},
                     {"japan_hosts", "japan_hosts", &f.japanHosts},
                     {"gaps", "gaps", &f.gaps},
                     {"note", "note", &f.note}});
    return out;
}

QList<FieldError> agreement(const Agreement& a)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("title"), a.titleEn, a.titleJa);
    checkLength(out, QStringLiteral("title"), longer(a.titleEn, a.titleJa), kTitleMax);
    checkLength(out, QStringLiteral("kind"), a.kind, kTitleMax);
    checkParties(out, a.parties);
    for (const auto& [field, date] : {std::pair{"signed_date", &a.signedDate}, {"in_force_date", &a.inForceDate},
                                      {"expiry_date", &a.expiryDate}, {"review_date", &a.reviewDate}})
        checkDate(out, QLatin1String(field), *date);
    if (messageFor(out, QStringLiteral("expiry_date")).isEmpty()) {
        const auto s = PartialDate::parse(a.signedDate), e = PartialDate::parse(a.expiryDate);
        // Compared to the shared precision: an expiry of "2020" does not contradict a signature in 2020-05.
        const qsizetype n = qMin(a.signedDate.size(), a.expiryDate.size());
        if (s && e && !s->isNull() && !e->isNull() && a.expiryDate.left(n) < a.signedDate.left(n))
            out << FieldError{QStringLiteral("expiry_date"),
                              QCoreApplication::translate("Validation", "The expiry (%1) is before the signature (%2).").arg(a.expiryDate, a.signedDate)};
    }
    checkChoice(out, QStringLiteral("status"), a.status, Vocabulary::agreementStatuses());
    checkUrl(out, QStringLiteral("url"), a.url);
    checkLength(out, QStringLiteral("summary"), a.summary, kTextMax);
    checkLength(out, QStringLiteral("note"), a.note, kTextMax);
    checkUrls(out, QStringLiteral("sources"), a.sources);
    checkTags(out, a.tags);
    checkTexts(out, {{"title_en", "title", &a.titleEn},
                     {"title_ja", "title", &a.titleJa},
                     {"kind", "kind", &a.kind},
                     {"summary", "summary", &a.summary},
                     {"note", "note", &a.note}});
    return out;
}

QList<FieldError> organization(const Organization& o)
{
    QList<FieldError> out;
    // Many organizations are known by their acronym alone (JPCERT/CC), so an acronym is enough.
    if (o.acronym.trimmed().isEmpty() && o.nameEn.trimmed().isEmpty() && o.nameJa.trimmed().isEmpty())
        out << FieldError{QStringLiteral("name"),
                          QCoreApplication::translate("Validation", "Enter a name in English or Japanese, or an acronym.")};
    checkLength(out, QStringLiteral("name"), longer(o.nameEn, o.nameJa), 300);
    checkLength(out, QStringLiteral("acronym"), o.acronym, 50);
    checkLength(out, QStringLiteral("kind"), o.kind, 200);
    checkUrl(out, QStringLiteral("url"), o.url);
    checkLength(out, QStringLiteral("note"), o.note, kTextMax);
    checkUrls(out, QStringLiteral("sources"), o.sources);
    checkTags(out, o.tags);
    checkTexts(out, {{"name_en", "name", &o.nameEn},
                     {"name_ja", "name", &o.nameJa},
                     {"acronym", "acronym", &o.acronym},
                     {"kind", "kind", &o.kind},
                     {"note", "note", &o.note}});
    return out;
}

QList<FieldError> provision(const Provision& p)
{
    QList<FieldError> out;
    if (p.article.trimmed().isEmpty())
        out << FieldError{QStringLiteral("article"), QCoreApplication::translate("Validation", "Enter the article (e.g. 24).")};
    checkLength(out, QStringLiteral("article"), p.article, 50);
    checkLength(out, QStringLiteral("label"), longer(p.labelEn, p.labelJa), kTitleMax);
    checkLength(out, QStringLiteral("subject"), longer(p.subjectEn, p.subjectJa), kTextMax);
    checkUrls(out, QStringLiteral("sources"), p.sources);
    checkTexts(out, {{"article", "article", &p.article},
                     {"label_en", "label", &p.labelEn},
                     {"label_ja", "label", &p.labelJa},
                     {"subject_en", "subject", &p.subjectEn},
                     {"subject_ja", "subject", &p.subjectJa}});
    return out;
}

QList<FieldError> policyItem(const PolicyItem& p)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("title"), p.titleEn, p.titleJa);
    checkLength(out, QStringLiteral("title"), longer(p.titleEn, p.titleJa), kTitleMax);
    for (const auto& [field, text] : {std::pair{"kind", &p.kind}, {"law_number", &p.lawNumber},
                                      {"issued_by", &p.issuedBy}, {"date_note", &p.dateNote}})
        checkLength(out, QLatin1String(field), *text, kTitleMax);
    checkDate(out, QStringLiteral("date"), p.date);
    checkLength(out, QStringLiteral("note"), p.note, kTextMax);
    checkUrls(out, QStringLiteral("sources"), p.sources);
    checkTags(out, p.tags);
    checkTexts(out, {{"title_en", "title", &p.titleEn},
                     {"title_ja", "title", &p.titleJa},
                     {"kind", "kind", &p.kind},
                     {"law_number", "law_number", &p.lawNumber},
                     {"issued_by", "issued_by", &p.issuedBy},
                     {"date_note", "date_note", &p.dateNote},
                     {"note", "note", &p.note}});
    checkLines(out, "revisions", p.revisions);
    QSet<QString> articles;
    for (int i = 0; i < p.provisions.size(); ++i) {
        const Provision& v = p.provisions[i];
        const QList<FieldError> bad = provision(v);
        if (!bad.isEmpty()) {
            out << FieldError{QStringLiteral("provisions"), QCoreApplication::translate("Validation", "Provision %1: %2").arg(i + 1).arg(bad.first().message)};
            break;
        }
        if (articles.contains(v.article)) {
            out << FieldError{QStringLiteral("provisions"), QCoreApplication::translate("Validation", "Article %1 is listed twice.").arg(v.article)};
            break;
        }
        articles.insert(v.article);
    }
    return out;
}

QString messageFor(const QList<FieldError>& errors, const QString& field)
{
    for (const FieldError& e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}
} // namespace Validation
