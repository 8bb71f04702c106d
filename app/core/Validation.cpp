// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Validation.h"

#include "core/PartialDate.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Validation", text); }
} // namespace

namespace Validation {
void requireName(QList<FieldError>& out, const QString& field, const QString& en, const QString& ja)
{
    if (en.trimmed().isEmpty() && ja.trimmed().isEmpty())
        out << FieldError{field, tr("Enter a name in English or Japanese (or both).")};
}

void checkLength(QList<FieldError>& out, const QString& field, const QString& text, int max)
{
    if (text.size() > max)
        out << FieldError{field, tr("Too long: %1 characters; at most %2.").arg(text.size()).arg(max)};
}

void checkDate(QList<FieldError>& out, const QString& field, const QString& text)
{
    if (!text.isEmpty() && !PartialDate::isValidText(text))
        out << FieldError{field, tr("\u201c%1\u201d is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.").arg(text)};
}

void checkOrder(QList<FieldError>& out, const QString& endField, const QString& start, const QString& end)
{
    const auto s = PartialDate::parse(start), e = PartialDate::parse(end);
    if (s && e && !s->isNull() && !e->isNull() && end < start)
        out << FieldError{endField, tr("The end (%1) is before the start (%2).").arg(end, start)};
}

void checkUrl(QList<FieldError>& out, const QString& field, const QString& url)
{
    if (url.isEmpty())
        return;
    const QUrl u(url, QUrl::StrictMode);
    const bool web = u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https");
    if (!u.isValid() || !web || u.host().isEmpty() || url.contains(QLatin1Char(' ')))
        out << FieldError{field, tr("\u201c%1\u201d is not a web address (https://\u2026).").arg(url.left(100))};
    else if (url.size() > kUrlMax)
        out << FieldError{field, tr("The address is longer than %1 characters.").arg(kUrlMax)};
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

QList<FieldError> event(const Event& e)
{
    QList<FieldError> out;
    requireName(out, QStringLiteral("title"), e.titleEn, e.titleJa);
    checkLength(out, QStringLiteral("title"), e.titleEn.size() > e.titleJa.size() ? e.titleEn : e.titleJa, kTitleMax);
    checkDate(out, QStringLiteral("start_date"), e.startDate);
    checkDate(out, QStringLiteral("end_date"), e.endDate);
    checkOrder(out, QStringLiteral("end_date"), e.startDate, e.endDate);
    if (e.roundNumber && (*e.roundNumber < 1 || *e.roundNumber > 10000))
        out << FieldError{QStringLiteral("round_number"), tr("A round number is between 1 and 10000.")};
    if (e.roundNumber && e.dialogueId == 0 && e.dialogue.isEmpty() && e.forumId == 0 && e.forum.isEmpty())
        out << FieldError{QStringLiteral("round_number"), tr("A round number needs a dialogue or forum.")};
    for (const auto& [field, text] : {std::pair{"summary", &e.summary}, {"outcome", &e.outcome}, {"note", &e.note},
                                      {"place", &e.place}})
        checkLength(out, QLatin1String(field), *text, kTextMax);
    checkUrls(out, QStringLiteral("sources"), e.sources);
    for (const QString& tag : e.tags) {
        if (tag.size() > 100) {
            out << FieldError{QStringLiteral("tags"), tr("A tag is at most 100 characters.")};
            break;
        }
    }
    for (const Participant& p : e.participants) {
        if (p.country.isEmpty() && p.name.trimmed().isEmpty()) {
            out << FieldError{QStringLiteral("participants"), tr("Each participant needs a country or a name.")};
            break;
        }
    }
    return out;
}

QList<FieldError> action(const Action& a)
{
    QList<FieldError> out;
    if (a.description.trimmed().isEmpty())
        out << FieldError{QStringLiteral("description"), tr("Describe the action.")};
    checkLength(out, QStringLiteral("description"), a.description, 4000);
    checkDate(out, QStringLiteral("due_date"), a.dueDate);
    checkLength(out, QStringLiteral("owner"), a.owner, kTitleMax);
    checkUrls(out, QStringLiteral("sources"), a.sources);
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
