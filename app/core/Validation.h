// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"

#include <QList>
#include <QString>

/// What is wrong with one field of a record being edited; `field` names the column ("title_en").
struct FieldError
{
    QString field;   ///< the editor row ("name" for both name_en and name_ja)
    QString message;
    QString key = {}; ///< the field's own key in files ("name_en"), when the rule names one field
    bool operator==(const FieldError&) const = default;
};

/// The rules every record must meet, wherever it comes from (an editor, a JSON or CSV import, the command line):
/// one function per kind, reading each field's limits from RecordFields. The database's constraints are the last line.
/// Messages are user-facing (translated through QCoreApplication::translate, context "Validation").
namespace Validation {
constexpr int kTitleMax = 500;
constexpr int kTextMax = 20000;
constexpr int kUrlMax = 2000;
constexpr int kTagMax = 100;

void requireName(QList<FieldError>& out, const QString& field, const QString& en, const QString& ja);
void checkLength(QList<FieldError>& out, const QString& field, const QString& text, int max);
/// Empty, or YYYY / YYYY-MM / YYYY-MM-DD naming a real date.
void checkDate(QList<FieldError>& out, const QString& field, const QString& text);
/// `end` not before `start`, reported on `endField`.
void checkOrder(QList<FieldError>& out, const QString& endField, const QString& start, const QString& end);
/// An absolute http(s) address with a host.
void checkUrl(QList<FieldError>& out, const QString& field, const QString& url);
void checkUrls(QList<FieldError>& out, const QString& field, const QStringList& urls);

/// Whether `field` ("note", "summary", "outcome", "gaps", an action's "description") holds paragraphs: only these may hold line breaks and tabs.
bool isMultiLine(const QString& field);
/// What a text may not hold, from any source (editor, JSON, CSV): text that is not valid Unicode (a lone
/// surrogate), NUL and other control characters (tab and line breaks only in multi-line text), and in single-line
/// text the direction overrides and isolates U+202A–U+202E and U+2066–U+2069, which reverse what follows them in a
/// pack. The message (naming the character and its position), or empty.
QString textError(const QString& text, bool multiLine);
/// textError() for `field`, multi-line as isMultiLine() says; reported on `shownAs` when given (an editor's field).
void checkText(QList<FieldError>& out, const QString& field, const QString& text, const QString& shownAs = {});

/// A tag's name (1 to kTagMax characters once trimmed) and colour (#rrggbb or empty): the message, or empty.
QString tagNameError(const QString& name);
QString tagColorError(const QString& color);
/// Each of a record's tags, reported on "tags".
void checkTags(QList<FieldError>& out, const QStringList& tags);

QList<FieldError> event(const Event& e);
QList<FieldError> action(const Action& a);
/// `takenCodes`: the codes other countries already use (the editor cannot ask the database).
QList<FieldError> country(const Country& c, const QStringList& takenCodes = {});
QList<FieldError> dialogue(const Dialogue& d);
QList<FieldError> forum(const Forum& f);
QList<FieldError> agreement(const Agreement& a);
/// An acronym or a name required; the web address well-formed.
QList<FieldError> organization(const Organization& o);
/// The item's own fields and each provision (reported on "provisions", naming the row), articles unique.
QList<FieldError> policyItem(const PolicyItem& p);
QList<FieldError> provision(const Provision& p);
/// The message for `field`, or empty.
QString messageFor(const QList<FieldError>& errors, const QString& field);
} // namespace Validation
