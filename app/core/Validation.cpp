// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Validation.h"

#include "core/PartialDate.h"
#include "core/RecordFields.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {


// Parties are country codes: none empty, none twice.
void checkParties(QList<FieldError>& out, const QStringList& parties)
{
    QSet<QString> seen;
    for (const QString& p : parties) {
        if (p.trimmed().isEmpty()) {
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "A party has no country."),
                              QStringLiteral("parties")};
            return;
        }
        if (seen.contains(p)) {
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "%1 is listed twice.").arg(p),
                              QStringLiteral("parties")};
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
        out << FieldError{field, QCoreApplication::translate("Validation", "Enter a name in English or Japanese (or both)."),
                          field + QStringLiteral("_en")};
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
    for (int i = 0; i < urls.size(); ++i) {
        const qsizetype before = out.size();
        checkUrl(out, field, urls[i]);
        if (out.size() != before) {
            out.last().key = QStringLiteral("%1[%2]").arg(field).arg(i);
            return; // one message per field
        }
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
    for (int i = 0; i < tags.size(); ++i) {
        if (const QString error = tagNameError(tags[i]); !error.isEmpty()) {
            out << FieldError{QStringLiteral("tags"), error, QStringLiteral("tags[%1]").arg(i)};
            return;
        }
    }
}

} // namespace Validation

namespace {
using FieldTable::Spec;
using FieldTable::Type;

// The rules of one field's own value, from its description; one message per editor row.
void checkSpecText(QList<FieldError>& out, const Spec& s, const QString& v)
{
    const QString shown = s.shownName(), key = s.keyName();
    const auto report = [&](const QString& message) { out << FieldError{shown, message, key}; };
    if (s.required && v.trimmed().isEmpty()) {
        report(QCoreApplication::translate("Validation", "Required: enter the %1.").arg(s.labelText().toLower()));
        return;
    }
    if (const QString error = Validation::textError(v, s.multiLine); !error.isEmpty()) {
        report(error);
        return;
    }
    if (s.maxLength > 0 && v.size() > s.maxLength) {
        report(QCoreApplication::translate("Validation", "Too long: %1 characters; at most %2.").arg(v.size()).arg(s.maxLength));
        return;
    }
    switch (s.type) {
    case Type::Code: {
        // Letters and digits, a hyphen only inside (EU, ASEAN, G7, X-1); the length is checked above.
        static const QRegularExpression codeRule(QStringLiteral("^[A-Z0-9]([A-Z0-9-]*[A-Z0-9])?$"));
        if (!v.isEmpty() && (v.size() < 2 || !codeRule.match(v).hasMatch()))
            report(QCoreApplication::translate("Validation", "\u201c%1\u201d is not a code: use 2 to 8 capital letters, "
                                                             "digits or hyphens (e.g. JP, ASEAN).")
                       .arg(v));
        break;
    }
    case Type::Date:
        if (!v.isEmpty() && (!PartialDate::isValidText(v) || v != v.trimmed()))
            report(QCoreApplication::translate("Validation", "\u201c%1\u201d is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.").arg(v));
        break;
    case Type::Choice:
        if (!v.isEmpty() && s.vocabulary && !s.vocabulary().contains(v))
            report(QCoreApplication::translate("Validation", "\u201c%1\u201d is not one of the allowed values (%2).")
                       .arg(v, s.vocabulary().join(QStringLiteral(", "))));
        break;
    case Type::Url: {
        QList<FieldError> bad;
        Validation::checkUrl(bad, shown, v);
        if (!bad.isEmpty())
            report(bad.first().message);
        break;
    }
    default:
        break;
    }
}

void checkSpecList(QList<FieldError>& out, const Spec& s, const QStringList& list)
{
    const QString shown = s.shownName(), key = s.keyName();
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString& item = list[i];
        QString message;
        if (s.type == Type::References && item.trimmed().isEmpty())
            message = QCoreApplication::translate("Validation", "An entry of %1 is empty.").arg(s.labelText());
        else if (s.type == Type::References && seen.contains(item))
            message = QCoreApplication::translate("Validation", "%1 is listed twice.").arg(item);
        else if (const QString error = Validation::textError(item, false); !error.isEmpty())
            message = error;
        else if (s.maxLength > 0 && item.size() > s.maxLength)
            message = QCoreApplication::translate("Validation", "\u201c%1\u2026\u201d is %2 characters long; at most %3.")
                          .arg(item.left(20)).arg(item.size()).arg(s.maxLength);
        if (!message.isEmpty()) {
            out << FieldError{shown, message, QStringLiteral("%1[%2]").arg(key).arg(i)};
            return;
        }
        seen.insert(item);
    }
}

/// Every field of `r` by its description in RecordFields; rows that already have a message are skipped, so a
/// kind's own rules (checked first) speak for their row.
template <typename T>
void checkFields(QList<FieldError>& out, const T& r)
{
    for (const FieldTable::Field<T>& f : RecordFields::of<T>()) {
        if (!Validation::messageFor(out, f.spec.shownName()).isEmpty())
            continue;
        if (f.text)
            checkSpecText(out, f.spec, r.*f.text);
        else if (f.list)
            checkSpecList(out, f.spec, r.*f.list);
        else if (f.number && (r.*f.number) && (*(r.*f.number) < f.spec.minimum || *(r.*f.number) > f.spec.maximum))
            out << FieldError{f.spec.shownName(),
                              QCoreApplication::translate("Validation", "%1 is a whole number from %2 to %3.")
                                  .arg(f.spec.labelText())
                                  .arg(f.spec.minimum)
                                  .arg(f.spec.maximum),
                              f.spec.keyName()};
    }
}

void checkMeta(QList<FieldError>& out, const RecordMeta& m, bool tags)
{
    Validation::checkUrls(out, QStringLiteral("sources"), m.sources);
    if (tags)
        Validation::checkTags(out, m.tags);
    else if (!m.tags.isEmpty())
        out << FieldError{QStringLiteral("tags"), QCoreApplication::translate("Validation", "These records carry no tags.")};
    if (m.classification < 0 || m.classification > 3)
        out << FieldError{QStringLiteral("classification"),
                          QCoreApplication::translate("Validation", "A classification is a whole number from 0 to 3.")};
    checkLines(out, "unconfirmed_fields", m.unconfirmedFields);
}
} // namespace

namespace Validation {
QList<FieldError> event(const Event& e)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("title"), e.titleEn, e.titleJa);
    checkOrder(out, QStringLiteral("end_date"), e.startDate, e.endDate);
    if (e.roundNumber && e.dialogueId == 0 && e.dialogue.isEmpty() && e.forumId == 0 && e.forum.isEmpty())
        out << FieldError{QStringLiteral("round_number"), QCoreApplication::translate("Validation", "A round number needs a dialogue or forum.")};
    if ((e.dialogueId != 0 || !e.dialogue.isEmpty()) && (e.forumId != 0 || !e.forum.isEmpty()))
        out << FieldError{QStringLiteral("forum"), QCoreApplication::translate("Validation", "An event belongs to a dialogue or a forum, not both.")};
    checkFields(out, e);
    checkMeta(out, e, true);
    for (int i = 0; i < e.participants.size(); ++i) {
        const Participant& p = e.participants[i];
        if (p.country.isEmpty() && p.name.trimmed().isEmpty() && p.organizationId == 0) {
            out << FieldError{QStringLiteral("participants"),
                              QCoreApplication::translate("Validation", "Each participant needs a country, an organization or a name."),
                              QStringLiteral("participants[%1].country").arg(i)};
            break;
        }
    }
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
        out << FieldError{QStringLiteral("description"), QCoreApplication::translate("Validation", "Describe the action."),
                          QStringLiteral("description")};
    checkFields(out, a);
    checkMeta(out, a, false);
    return out;
}

QList<FieldError> country(const Country& c, const QStringList& takenCodes)
{
    QList<FieldError> out;
    if (c.code.isEmpty())
        out << FieldError{QStringLiteral("code"), QCoreApplication::translate("Validation", "Enter the code (2 to 8 capital letters, e.g. JP)."),
                          QStringLiteral("code")};
    else if (takenCodes.contains(c.code))
        out << FieldError{QStringLiteral("code"), QCoreApplication::translate("Validation", "Another country already has the code %1.").arg(c.code),
                          QStringLiteral("code")};
    requireName(out, QStringLiteral("name"), c.nameEn, c.nameJa);
    checkFields(out, c);
    checkMeta(out, c, true);
    return out;
}

QList<FieldError> dialogue(const Dialogue& d)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("name"), d.nameEn, d.nameJa);
    checkParties(out, d.parties);
    if (messageFor(out, QStringLiteral("parties")).isEmpty()) {
        const qsizetype n = d.parties.size();
        if (d.kind == QLatin1String("bilateral") && n != 2)
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "A bilateral dialogue has 2 parties; %1 are ticked.").arg(n)};
        else if (d.kind == QLatin1String("trilateral") && n != 3)
            out << FieldError{QStringLiteral("parties"), QCoreApplication::translate("Validation", "A trilateral dialogue has 3 parties; %1 are ticked.").arg(n)};
        else if (d.kind == QLatin1String("minilateral") && n < 3)
            out << FieldError{QStringLiteral("parties"),
                              QCoreApplication::translate("Validation", "A minilateral dialogue has 3 or more parties; %1 are ticked.").arg(n)};
    }
    checkFields(out, d);
    checkMeta(out, d, true);
    return out;
}

QList<FieldError> forum(const Forum& f)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("name"), f.nameEn, f.nameJa);
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
            out << FieldError{QStringLiteral("members"), problem,
                              QStringLiteral("members[%1].%2").arg(i).arg(m.country.isEmpty() || seen.contains(m.country)
                                                                              ? QStringLiteral("country")
                                                                              : QStringLiteral("since"))};
            break;
        }
        seen.insert(m.country);
    }
    checkFields(out, f);
    checkMeta(out, f, true);
    return out;
}

QList<FieldError> agreement(const Agreement& a)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("title"), a.titleEn, a.titleJa);
    checkParties(out, a.parties);
    {
        const auto s = PartialDate::parse(a.signedDate), e = PartialDate::parse(a.expiryDate);
        // As the database compares them (expiry_date >= signed_date, as text): an expiry of "2020" is before a
        // signature on 2020-05-01, so an expiry is written at least as precisely as the signature.
        if (s && e && !s->isNull() && !e->isNull() && a.expiryDate < a.signedDate)
            out << FieldError{QStringLiteral("expiry_date"),
                              QCoreApplication::translate("Validation", "The expiry (%1) is before the signature (%2); "
                                                                        "in the same year or month, write the expiry at "
                                                                        "least as precisely as the signature.")
                                  .arg(a.expiryDate, a.signedDate),
                              QStringLiteral("expiry_date")};
    }
    checkFields(out, a);
    checkMeta(out, a, true);
    return out;
}

QList<FieldError> organization(const Organization& o)
{
    QList<FieldError> out;
    // Many organizations are known by their acronym alone (JPCERT/CC), so an acronym is enough.
    if (o.acronym.trimmed().isEmpty() && o.nameEn.trimmed().isEmpty() && o.nameJa.trimmed().isEmpty())
        out << FieldError{QStringLiteral("name"),
                          QCoreApplication::translate("Validation", "Enter a name in English or Japanese, or an acronym."),
                          QStringLiteral("name_en")};
    checkFields(out, o);
    checkMeta(out, o, true);
    return out;
}

QList<FieldError> provision(const Provision& p)
{
    QList<FieldError> out;
    if (p.article.trimmed().isEmpty())
        out << FieldError{QStringLiteral("article"), QCoreApplication::translate("Validation", "Enter the article (e.g. 24)."),
                          QStringLiteral("article")};
    checkFields(out, p);
    checkMeta(out, p, false);
    return out;
}

QList<FieldError> policyItem(const PolicyItem& p)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("title"), p.titleEn, p.titleJa);
    checkFields(out, p);
    checkMeta(out, p, true);
    for (const NamedDate& d : p.dates) {
        if (!d.date.isEmpty() && (!PartialDate::isValidText(d.date) || d.date != d.date.trimmed())) {
            out << FieldError{QStringLiteral("dates"),
                              QCoreApplication::translate("Validation", "%1: \u201c%2\u201d is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.").arg(d.name, d.date),
                              QStringLiteral("dates")};
            break;
        }
    }
    QSet<QString> articles;
    for (int i = 0; i < p.provisions.size(); ++i) {
        const Provision& v = p.provisions[i];
        const QList<FieldError> bad = provision(v);
        if (!bad.isEmpty()) {
            out << FieldError{QStringLiteral("provisions"),
                              QCoreApplication::translate("Validation", "Provision %1: %2").arg(i + 1).arg(bad.first().message),
                              QStringLiteral("provisions[%1].%2").arg(i).arg(bad.first().key.isEmpty() ? bad.first().field : bad.first().key)};
            break;
        }
        if (articles.contains(v.article)) {
            out << FieldError{QStringLiteral("provisions"), QCoreApplication::translate("Validation", "Article %1 is listed twice.").arg(v.article),
                              QStringLiteral("provisions[%1].article").arg(i)};
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
