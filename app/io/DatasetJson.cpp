// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DatasetJson.h"

#include "core/PartialDate.h"
#include "core/RecordFields.h"
#include "core/Validation.h"
#include "core/Vocabulary.h"
#include "io/AttachmentStore.h"
#include "io/JsonStrict.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace {
/// Reads typed fields of one JSON object and records the first error with its path.
/// The edits (insertions, deletions, substitutions) that turn `a` into `b`.
int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// Reads typed fields of one JSON object and records the first error with its path. The names it is asked for are
/// the object's known fields: any other name in the object is refused (a misspelt "classifcation" must not be
/// dropped in silence), with the nearest known name suggested; so the reader itself is the one list of fields.
class Fields
{
public:
    Fields(const QJsonObject& o, QString path, QStringList& errors) : m_o(o), m_path(std::move(path)), m_errors(errors) {}
    Fields(const Fields&) = delete;
    Fields& operator=(const Fields&) = delete;
    ~Fields() { checkUnknown(); }

    /// The value of `key`, noted as a field this object may have.
    QJsonValue value(const QString& key) const
    {
        if (!m_read.contains(key))
            m_read << key;
        return m_o.value(key);
    }
    /// Refuses every name of the object not asked for; once (the destructor calls it for objects read in full).
    void checkUnknown() const
    {
        if (m_checked)
            return;
        m_checked = true;
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            const QString name = it.key();
            if (m_read.contains(name))
                continue;
            QString nearest;
            int best = INT_MAX;
            for (const QString& known : std::as_const(m_read)) {
                if (const int d = editDistance(name.toLower(), known); d < best) {
                    best = d;
                    nearest = known;
                }
            }
            const bool isList = it.value().isArray();
            QString why = isList ? QCoreApplication::translate("DatasetJson", "no list of this name is known here")
                                 : QCoreApplication::translate("DatasetJson", "no field of this name is known here");
            if (!nearest.isEmpty() && best <= std::max<qsizetype>(2, nearest.size() / 3))
                why += QCoreApplication::translate("DatasetJson", "; did you mean \"%1\"?").arg(nearest);
            else if (!m_read.isEmpty())
                why +=
                    QCoreApplication::translate("DatasetJson", " (known: %1)").arg(m_read.join(QStringLiteral(", ")));
            m_errors << at(name) + QStringLiteral(": ") + why;
        }
    }

    QString at(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    void fail(const QString& key, const QString& why) const { m_errors << at(key) + QStringLiteral(": ") + why; }

    QString text(const QString& key, int maxLength = 4000) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(key, QStringLiteral("expected text"));
            return {};
        }
        if (v.toString().size() > maxLength)
            fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
        // The rules of every text, the editors' too: no NUL or control characters, no direction overrides in a line.
        if (const QString error = Validation::textError(v.toString(), Validation::isMultiLine(key)); !error.isEmpty())
            fail(key, error);
        return v.toString();
    }
    /// Text of any content (Validation checks it), or an error when the value is not text.
    QString textOfType(const QString& key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isString())
            fail(key, QStringLiteral("expected text"));
        return v.toString();
    }
    /// A list of texts of any content (Validation checks them).
    QStringList stringsOfType(const QString& key) const
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                m_errors << QStringLiteral("%1[%2]: expected text").arg(at(key)).arg(i);
            else
                out << a.at(i).toString();
        }
        return out;
    }
    /// A whole number of any size (Validation checks its range), or none.
    std::optional<int> integer(const QString& key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || d < INT_MIN || d > INT_MAX) {
            fail(key, QStringLiteral("expected a whole number"));
            return std::nullopt;
        }
        return int(d);
    }
    /// Text as it is, without the character rules: a key that joins two validated fields by a line break (an
    /// action's "event\ndescription").
    QString rawText(const QString& key) const
    {
        const QJsonValue v = value(key);
        if (!v.isString() && !v.isNull() && !v.isUndefined())
            fail(key, QStringLiteral("expected text"));
        return v.toString();
    }
    QString required(const QString& key) const
    {
        const QString t = text(key);
        if (t.trimmed().isEmpty())
            fail(key, QStringLiteral("required"));
        return t;
    }
    QString date(const QString& key) const
    {
        const QString t = text(key);
        // Exactly as stored: " 2030-01-01" is not altered into a date, and years past 2999 are refused here
        // rather than by the database.
        if (!PartialDate::isValidText(t) || t != t.trimmed())
            fail(key, QStringLiteral("'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, years 1000 to 2999)").arg(t));
        return t;
    }
    QString oneOf(const QString& key, const QStringList& allowed, const QString& fallback) const
    {
        const QString t = text(key);
        if (t.isEmpty())
            return fallback;
        if (!allowed.contains(t))
            fail(key, QStringLiteral("'%1' is not one of %2").arg(t, allowed.join(QStringLiteral(", "))));
        return t;
    }
    QString url(const QString& key) const
    {
        const QString t = text(key, 2000);
        if (!t.isEmpty() && !isUrl(t))
            fail(key, QStringLiteral("'%1' is not an http(s) address").arg(t));
        return t;
    }
    bool flag(const QString& key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return false;
        if (!v.isBool())
            fail(key, QStringLiteral("expected true or false"));
        return v.toBool();
    }
    std::optional<int> number(const QString& key, int max = INT_MAX) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 || v.toInt() > max) {
            fail(key, max == INT_MAX ? QStringLiteral("expected a positive whole number")
                                     : QStringLiteral("expected a whole number from 1 to %1").arg(max));
            return std::nullopt;
        }
        return v.toInt();
    }
    bool has(const QString& key) const
    {
        const QJsonValue v = value(key);
        return !v.isNull() && !v.isUndefined();
    }
        QJsonArray array(const QString& key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isArray())
            fail(key, QStringLiteral("expected a list"));
        return v.toArray();
    }
    QStringList strings(const QString& key) const
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                m_errors << QStringLiteral("%1[%2]: expected text").arg(at(key)).arg(i);
                continue;
            }
            if (const QString error = Validation::textError(a.at(i).toString(), false); !error.isEmpty())
                m_errors << QStringLiteral("%1[%2]: %3").arg(at(key)).arg(i).arg(error);
            out << a.at(i).toString();
        }
        return out;
    }
    QStringList urls(const QString& key) const
    {
        const QStringList list = strings(key);
        for (int i = 0; i < list.size(); ++i) {
            if (!isUrl(list[i]))
                m_errors << QStringLiteral("%1[%2]: '%3' is not an http(s) address").arg(at(key)).arg(i).arg(list[i]);
        }
        return list;
    }
    void meta(RecordMeta& m) const
    {
        m.sources = stringsOfType(QStringLiteral("sources"));
        m.tags = stringsOfType(QStringLiteral("tags"));
        m.unconfirmed = flag(QStringLiteral("unconfirmed"));
        m.unconfirmedFields = stringsOfType(QStringLiteral("unconfirmed_fields"));
        m.classification = classification();
    }
    /// The marking 0–3; 0 when absent, and an error for anything else.
    int classification() const
    {
        const QJsonValue c = value(QStringLiteral("classification"));
        if (c.isNull() || c.isUndefined())
            return 0;
        if (!c.isDouble() || c.toDouble() != double(c.toInt()) || c.toInt() < 0 || c.toInt() > 3) {
            fail(QStringLiteral("classification"), QStringLiteral("expected a whole number from 0 to 3"));
            return 0;
        }
        return c.toInt();
    }
    /// A record's tag names ("tags": ["CERT", …]), each a valid tag name.
    void tags(RecordMeta& m) const
    {
        m.tags = strings(QStringLiteral("tags"));
        for (int i = 0; i < m.tags.size(); ++i) {
            if (const QString error = Validation::tagNameError(m.tags[i]); !error.isEmpty())
                m_errors << QStringLiteral("%1[%2]: %3").arg(at(QStringLiteral("tags"))).arg(i).arg(error);
        }
    }
    static bool isUrl(const QString& t)
    {
        const QUrl u(t, QUrl::StrictMode);
        return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")) &&
               !u.host().isEmpty();
    }

private:
    QJsonObject m_o;
    QString m_path;
    QStringList& m_errors;
    mutable QStringList m_read;
    mutable bool m_checked = false;
};

QJsonValue orNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

/// The fields of `r` described in RecordFields, read with their types checked; what the values may be is
/// Validation's to say (report()), so that the editors and the files share one rule.
template <typename T>
void readFields(const Fields& f, T& r)
{
    using FieldTable::Type;
    for (const FieldTable::Field<T>& field : RecordFields::of<T>()) {
        const QString key = field.spec.keyName();
        if (field.text) {
            QString v = f.textOfType(key);
            // A file names its records by key: every record in a file has one (DatasetJson::keyEvents).
            if (field.spec.type == Type::Key && v.trimmed().isEmpty())
                f.fail(key, QStringLiteral("required"));
            if (v.isEmpty() && field.spec.fallback)
                v = QString::fromLatin1(field.spec.fallback);
            r.*field.text = v;
        } else if (field.flag) {
            r.*field.flag = f.flag(key);
        } else if (field.number) {
            r.*field.number = f.integer(key);
        } else {
            r.*field.list = f.stringsOfType(key);
        }
    }
}

/// Writes the fields of `r` described in RecordFields; an empty value as its description says (null, left out,
/// or as it is).
template <typename T>
void writeFields(QJsonObject& o, const T& r)
{
    using FieldTable::Empty;
    for (const FieldTable::Field<T>& field : RecordFields::of<T>()) {
        const QString key = field.spec.keyName();
        const Empty empty = field.spec.empty;
        if (field.text) {
            const QString& v = r.*field.text;
            if (empty == Empty::Value || !v.isEmpty())
                o.insert(key, v);
            else if (empty == Empty::Null)
                o.insert(key, QJsonValue());
        } else if (field.flag) {
            o.insert(key, r.*field.flag);
        } else if (field.number) {
            o.insert(key, (r.*field.number) ? QJsonValue(*(r.*field.number)) : QJsonValue());
        } else {
            const QStringList& v = r.*field.list;
            if (empty == Empty::Value || !v.isEmpty())
                o.insert(key, QJsonArray::fromStringList(v));
            else if (empty == Empty::Null)
                o.insert(key, QJsonValue());
        }
    }
}

/// Validation's verdict on a record read from `f`, each message at the path of the field it names.
void report(const Fields& f, const QList<FieldError>& errors)
{
    for (const FieldError& e : errors)
        f.fail(e.key.isEmpty() ? e.field : e.key, e.message);
}

void writeTags(QJsonObject& o, const RecordMeta& m)
{
    // Only when there are some, so the bundled file's form (which has none) stays as it is.
    if (!m.tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
}

void writeMeta(QJsonObject& o, const RecordMeta& m)
{
    o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(m.sources));
    writeTags(o, m);
    o.insert(QStringLiteral("unconfirmed"), m.unconfirmed);
    o.insert(QStringLiteral("unconfirmed_fields"), QJsonArray::fromStringList(m.unconfirmedFields));
    // Written only when set, so the bundled file's form (which has no markings) stays as it is.
    if (m.classification != 0)
        o.insert(QStringLiteral("classification"), m.classification);
}

template <typename F>
void eachObject(const Fields& root, const QString& list, QStringList& errors, bool optional, F&& f)
{
    const QJsonValue v = root.value(list);
    if (optional && v.isUndefined())
        return;
    if (!v.isArray()) {
        errors << QStringLiteral("$.%1: expected a list").arg(list);
        return;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("$.%1[%2]").arg(list).arg(i);
        if (!a.at(i).isObject()) {
            errors << path + QStringLiteral(": expected an object");
            continue;
        }
        f(Fields(a.at(i).toObject(), path, errors), a.at(i).toObject());
    }
}

void unique(const QString& what, const QString& key, const QString& path, QSet<QString>& seen, QStringList& errors)
{
    if (key.isEmpty())
        return;
    if (seen.contains(key))
        errors << QStringLiteral("%1: %2 '%3' appears twice").arg(path, what, key);
    seen.insert(key);
}
} // namespace

namespace {
/// The optional "tags" list: every tag with its colour, {"name": "CERT", "color": "#1f77b4"}, names unique in any case.
void parseTagList(const Fields& root, Dataset& d, QStringList& errors)
{
    QSet<QString> names;
    eachObject(root, QStringLiteral("tags"), errors, true, [&](const Fields& f, const QJsonObject&) {
        Tag t;
        t.name = f.required(QStringLiteral("name")).trimmed();
        if (const QString error = Validation::tagNameError(t.name); !error.isEmpty() && !t.name.isEmpty())
            f.fail(QStringLiteral("name"), error);
        t.color = f.text(QStringLiteral("color"));
        if (const QString error = Validation::tagColorError(t.color); !error.isEmpty())
            f.fail(QStringLiteral("color"), error);
        unique(QStringLiteral("tag"), t.name.toCaseFolded(), f.at(QStringLiteral("name")), names, errors);
        d.tags << t;
    });
}

void writeTagList(QJsonObject& root, const Dataset& d)
{
    if (d.tags.isEmpty())
        return;
    QJsonArray tags;
    for (const Tag& t : d.tags)
        tags.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("color"), t.color}});
    root.insert(QStringLiteral("tags"), tags);
}
} // namespace

Result<QJsonObject> DatasetJson::readDocument(const QByteArray& json, const QString& fileName)
{
    using R = Result<QJsonObject>;
    if (const QString problem = JsonStrict::firstProblem(json); !problem.isEmpty())
        return R::failure(QStringLiteral("%1: %2").arg(fileName, problem));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = int(json.left(pe.offset).count('\n')) + 1;
        return R::failure(
            QStringLiteral("%1: line %2: not valid JSON: %3").arg(fileName).arg(line).arg(pe.errorString()));
    }
    if (!doc.isObject())
        return R::failure(QStringLiteral("%1: $: expected an object").arg(fileName));
    return doc.object();
}

Result<Dataset> DatasetJson::parse(const QByteArray& json, const QString& fileName, const Known* known)
{
    auto root = readDocument(json, fileName);
    if (!root)
        return Result<Dataset>::failure(root.error());
    return parseObject(*root, fileName, known);
}

Result<Dataset> DatasetJson::parseObject(const QJsonObject& rootObject, const QString& fileName, const Known* known)
{
    if (rootObject.value(QStringLiteral("format")).toString() != QLatin1String("liaison-dataset"))
        return Result<Dataset>::failure(QStringLiteral("%1: $.format: expected \"liaison-dataset\"").arg(fileName));
    if (rootObject.value(QStringLiteral("version")).toInt() != 1)
        return Result<Dataset>::failure(QStringLiteral("%1: $.version: only version 1 is known").arg(fileName));

    QStringList errors;
    Dataset d;
    const Fields root(rootObject, QStringLiteral("$"), errors);
    root.value(QStringLiteral("format"));
    root.value(QStringLiteral("version"));
    if (const QJsonValue m = root.value(QStringLiteral("meta")); !m.isUndefined() && !m.isNull() && !m.isObject())
        errors << QStringLiteral("$.meta: expected an object");
    {
        const Fields meta(root.value(QStringLiteral("meta")).toObject(), QStringLiteral("$.meta"), errors);
        d.scopeNote = meta.text(QStringLiteral("scope_note"), INT_MAX);
        d.isoReference = meta.text(QStringLiteral("iso_reference"), INT_MAX);
        d.seedCorrection = meta.text(QStringLiteral("seed_correction"), INT_MAX);
    }

    QSet<QString> countryCodes, dialogueKeys, forumKeys, eventKeys, agreementKeys, policyKeys, provisionKeys;
    // With `known` (an import into a database), lists may be left out and references may name stored records.
    const bool partial = known != nullptr;
    const Known none;
    const Known& stored = known ? *known : none;
    auto checkCountry = [&](const Fields& f, const QString& field, const QString& code) {
        if (!countryCodes.contains(code) && !stored.countries.contains(code))
            f.fail(field, QStringLiteral("no country with code '%1'").arg(code));
    };

    eachObject(root, QStringLiteral("countries"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Country c;
        readFields(f, c);
        f.meta(c);
        report(f, Validation::country(c));
        unique(QStringLiteral("country code"), c.code, f.at(QStringLiteral("code")), countryCodes, errors);
        d.countries << c;
    });

    // Organizations have no key: the dump names them by id, and an import keeps the ids so participants still
    // point at them.
    QSet<qint64> organizationIds;
    eachObject(root, QStringLiteral("organizations"), errors, true, [&](const Fields& f, const QJsonObject&) {
        Organization o;
        const std::optional<int> id = f.number(QStringLiteral("id"));
        if (!id && !f.has(QStringLiteral("id")))
            f.fail(QStringLiteral("id"), QStringLiteral("required"));
        o.id = id.value_or(0);
        readFields(f, o);
        if (!o.country.isEmpty())
            checkCountry(f, QStringLiteral("country"), o.country);
        f.meta(o);
        report(f, Validation::organization(o));
        if (o.id != 0 && organizationIds.contains(o.id))
            f.fail(QStringLiteral("id"), QStringLiteral("organization id %1 appears twice").arg(o.id));
        organizationIds.insert(o.id);
        d.organizations << o;
    });

    eachObject(root, QStringLiteral("dialogues"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Dialogue x;
        readFields(f, x);
        for (const QString& p : x.parties)
            checkCountry(f, QStringLiteral("parties"), p);
        f.meta(x);
        report(f, Validation::dialogue(x));
        unique(QStringLiteral("dialogue key"), x.key, f.at(QStringLiteral("key")), dialogueKeys, errors);
        d.dialogues << x;
    });

    eachObject(root, QStringLiteral("fora"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Forum x;
        readFields(f, x);
        const QJsonArray members = f.array(QStringLiteral("members"));
        for (int i = 0; i < members.size(); ++i) {
            const Fields m(members.at(i).toObject(), f.at(QStringLiteral("members[%1]").arg(i)), errors);
            ForumMember fm{m.textOfType(QStringLiteral("country")), m.textOfType(QStringLiteral("since"))};
            if (!fm.country.isEmpty())
                checkCountry(m, QStringLiteral("country"), fm.country);
            x.members << fm;
        }
        f.meta(x);
        report(f, Validation::forum(x));
        unique(QStringLiteral("forum key"), x.key, f.at(QStringLiteral("key")), forumKeys, errors);
        d.fora << x;
    });

    eachObject(root, QStringLiteral("events"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Event e;
        readFields(f, e);
        if (!e.dialogue.isEmpty() && !dialogueKeys.contains(e.dialogue) && !stored.dialogues.contains(e.dialogue))
            f.fail(QStringLiteral("dialogue"), QStringLiteral("no dialogue with key '%1'").arg(e.dialogue));
        if (!e.forum.isEmpty() && !forumKeys.contains(e.forum) && !stored.fora.contains(e.forum))
            f.fail(QStringLiteral("forum"), QStringLiteral("no forum with key '%1'").arg(e.forum));
        const QJsonArray people = f.array(QStringLiteral("participants"));
        for (int i = 0; i < people.size(); ++i) {
            const Fields p(people.at(i).toObject(), f.at(QStringLiteral("participants[%1]").arg(i)), errors);
            Participant part;
            part.country = p.textOfType(QStringLiteral("country"));
            if (!part.country.isEmpty())
                checkCountry(p, QStringLiteral("country"), part.country);
            part.name = p.textOfType(QStringLiteral("name"));
            part.side = p.textOfType(QStringLiteral("side"));
            part.role = p.textOfType(QStringLiteral("role"));
            part.organizationId = p.number(QStringLiteral("organization")).value_or(0);
            if (part.organizationId != 0 && !organizationIds.contains(part.organizationId) &&
                !stored.organizations.contains(part.organizationId))
                p.fail(QStringLiteral("organization"),
                       QStringLiteral("no organization with id %1").arg(part.organizationId));
            e.participants << part;
        }
        e.citedKeys = f.strings(QStringLiteral("cites"));
        f.meta(e);
        report(f, Validation::event(e));
        unique(QStringLiteral("event key"), e.key, f.at(QStringLiteral("key")), eventKeys, errors);
        d.events << e;
    });

    // Actions have no key of their own: an import matches them by event key, description and occurrence.
    eachObject(root, QStringLiteral("actions"), errors, true, [&](const Fields& f, const QJsonObject&) {
        Action a;
        readFields(f, a);
        if (a.event.trimmed().isEmpty()) // a file names an action's event by key; the editor by id
            f.fail(QStringLiteral("event"), QStringLiteral("required"));
        if (!a.event.isEmpty() && !eventKeys.contains(a.event) && !stored.events.contains(a.event))
            f.fail(QStringLiteral("event"), QStringLiteral("no event with key '%1'").arg(a.event));
        f.meta(a);
        report(f, Validation::action(a));
        d.actions << a;
    });

    eachObject(root, QStringLiteral("agreements"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Agreement a;
        readFields(f, a);
        for (const QString& p : a.parties)
            checkCountry(f, QStringLiteral("parties"), p);
        if (!a.dialogue.isEmpty() && !dialogueKeys.contains(a.dialogue) && !stored.dialogues.contains(a.dialogue))
            f.fail(QStringLiteral("dialogue"), QStringLiteral("no dialogue with key '%1'").arg(a.dialogue));
        a.citedKeys = f.strings(QStringLiteral("cites"));
        f.meta(a);
        report(f, Validation::agreement(a));
        unique(QStringLiteral("agreement key"), a.key, f.at(QStringLiteral("key")), agreementKeys, errors);
        d.agreements << a;
    });

    eachObject(root, QStringLiteral("policy_items"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        PolicyItem p;
        readFields(f, p);
        const QJsonValue dates = f.value(QStringLiteral("dates"));
        if (dates.isObject()) {
            const Fields df(dates.toObject(), f.at(QStringLiteral("dates")), errors);
            const QStringList keys = dates.toObject().keys();
            for (const QString& k : keys)
                p.dates << NamedDate{k, df.textOfType(k)};
        } else if (!dates.isNull() && !dates.isUndefined()) {
            f.fail(QStringLiteral("dates"), QStringLiteral("expected an object of named dates"));
        }
        const QJsonArray provisions = f.array(QStringLiteral("provisions"));
        for (int i = 0; i < provisions.size(); ++i) {
            const Fields pf(provisions.at(i).toObject(), f.at(QStringLiteral("provisions[%1]").arg(i)), errors);
            Provision pr;
            readFields(pf, pr);
            pf.meta(pr);
            unique(QStringLiteral("provision key"), pr.key, pf.at(QStringLiteral("key")), provisionKeys, errors);
            p.provisions << pr;
        }
        f.meta(p);
        report(f, Validation::policyItem(p));
        unique(QStringLiteral("policy item key"), p.key, f.at(QStringLiteral("key")), policyKeys, errors);
        d.policyItems << p;
    });

    parseTagList(root, d, errors);
    QSet<QString> actionKeys;
    for (const Action& a : std::as_const(d.actions))
        actionKeys.insert(a.event + QLatin1Char('\n') + a.description);
    auto recordExists = [&](const QString& entity, const QString& key) {
        auto in = [&key](const QSet<QString>& file, const QSet<QString>& db) {
            return file.contains(key) || db.contains(key);
        };
        if (entity == QLatin1String("country"))
            return in(countryCodes, stored.countries);
        if (entity == QLatin1String("organization")) {
            bool ok = false;
            const qint64 id = key.toLongLong(&ok);
            return ok && (organizationIds.contains(id) || stored.organizations.contains(id));
        }
        if (entity == QLatin1String("dialogue"))
            return in(dialogueKeys, stored.dialogues);
        if (entity == QLatin1String("forum"))
            return in(forumKeys, stored.fora);
        if (entity == QLatin1String("event"))
            return in(eventKeys, stored.events);
        if (entity == QLatin1String("action"))
            return in(actionKeys, stored.actions);
        if (entity == QLatin1String("agreement"))
            return in(agreementKeys, stored.agreements);
        if (entity == QLatin1String("policy_item"))
            return in(policyKeys, stored.policyItems);
        if (entity == QLatin1String("provision"))
            return in(provisionKeys, stored.provisions);
        return false;
    };
    // Attached files, content included (base64); the record is named by its table and dump key, and storage
    // resolves the key. The content must be what its SHA-256 and size say.
    eachObject(root, QStringLiteral("attachments"), errors, true, [&](const Fields& f, const QJsonObject&) {
        AttachedFile a;
        a.meta.entity = f.oneOf(QStringLiteral("record"), attachableTables(), QString());
        if (a.meta.entity.isEmpty())
            f.fail(QStringLiteral("record"), QStringLiteral("one of %1 is required").arg(attachableTables().join(QStringLiteral(", "))));
        a.recordKey = f.rawText(QStringLiteral("key"));
        if (a.recordKey.trimmed().isEmpty())
            f.fail(QStringLiteral("key"), QStringLiteral("required"));
        // The record must be in the file or stored: refused here, by path, rather than by storage after the rows.
        if (!a.meta.entity.isEmpty() && !a.recordKey.trimmed().isEmpty() && !recordExists(a.meta.entity, a.recordKey))
            f.fail(QStringLiteral("key"),
                   QStringLiteral("no %1 with key '%2'")
                       .arg(a.meta.entity, QString(a.recordKey).replace(QLatin1Char('\n'), QStringLiteral(" / "))));
        a.meta.originalName = f.required(QStringLiteral("name"));
        if (Status s = AttachmentStore::checkName(a.meta.originalName); !a.meta.originalName.isEmpty() && !s)
            f.fail(QStringLiteral("name"), s.error());
        a.meta.mimeType = f.text(QStringLiteral("mime_type"), 200);
        a.meta.addedBy = f.text(QStringLiteral("added_by"), 200);
        a.meta.createdAt = f.text(QStringLiteral("created_at"), 40);
        a.meta.sha256 = f.required(QStringLiteral("sha256"));
        a.meta.classification = f.classification();
        const double size = f.value(QStringLiteral("size")).toDouble(-1);
        auto content = QByteArray::fromBase64Encoding(f.text(QStringLiteral("content"), INT_MAX).toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!content) {
            f.fail(QStringLiteral("content"), QStringLiteral("not valid base64"));
            return;
        }
        a.content = std::move(content.decoded);
        a.meta.sizeBytes = a.content.size();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(a.content, QCryptographicHash::Sha256).toHex());
        if (!a.meta.sha256.isEmpty() && sha != a.meta.sha256)
            f.fail(QStringLiteral("sha256"), QStringLiteral("the content's SHA-256 is %1, not %2: the file is damaged").arg(sha, a.meta.sha256));
        if (size != double(a.content.size()))
            f.fail(QStringLiteral("size"), QStringLiteral("the content has %1 bytes").arg(a.content.size()));
        d.attachments << a;
    });

    // Cited articles must be in the file (a partial file may cite stored ones; storage checks those).
    if (!partial) {
        auto checkCites = [&](const QString& list, int i, const QStringList& keys) {
            for (const QString& key : keys) {
                if (!provisionKeys.contains(key))
                    errors << QStringLiteral("$.%1[%2].cites: no provision with key \"%3\"").arg(list).arg(i).arg(key);
            }
        };
        for (int i = 0; i < d.events.size(); ++i)
            checkCites(QStringLiteral("events"), i, d.events[i].citedKeys);
        for (int i = 0; i < d.agreements.size(); ++i)
            checkCites(QStringLiteral("agreements"), i, d.agreements[i].citedKeys);
    }

    root.checkUnknown();
    if (!errors.isEmpty()) {
        QStringList shown = errors.mid(0, 20);
        if (errors.size() > shown.size())
            shown << QStringLiteral("… and %1 more").arg(errors.size() - shown.size());
        return Result<Dataset>::failure(fileName + QStringLiteral(": ") + shown.join(QStringLiteral("\n") + fileName +
                                                                                      QStringLiteral(": ")));
    }
    return d;
}

Result<Dataset> DatasetJson::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Dataset>::failure(QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

Result<Dataset> DatasetJson::bundled() { return readFile(QStringLiteral(":/data/dataset.json")); }

QJsonObject DatasetJson::toJson(const Country& c)
{
    QJsonObject o;
    writeFields(o, c);
    writeMeta(o, c);
    return o;}

QJsonObject DatasetJson::toJson(const Dialogue& x)
{
    QJsonObject o;
    writeFields(o, x);
    writeMeta(o, x);
    return o;}

QJsonObject DatasetJson::toJson(const Forum& x)
{
    QJsonArray members;
    for (const ForumMember& m : x.members)
        members.append(QJsonObject{{QStringLiteral("country"), m.country}, {QStringLiteral("since"), orNull(m.since)}});
    QJsonObject o{{QStringLiteral("members"), members}};
    writeFields(o, x);
    writeMeta(o, x);
    return o;}

QJsonObject DatasetJson::toJson(const Event& e)
{
    QJsonArray people;
    for (const Participant& p : e.participants) {
        QJsonObject po{{QStringLiteral("country"), orNull(p.country)}, {QStringLiteral("role"), orNull(p.role)}};
        if (!p.name.isEmpty())
            po.insert(QStringLiteral("name"), p.name);
        if (!p.side.isEmpty())
            po.insert(QStringLiteral("side"), p.side);
        if (p.organizationId != 0)
            po.insert(QStringLiteral("organization"), p.organizationId);
        people.append(po);
    }
    QJsonObject o{{QStringLiteral("participants"), people}};
    writeFields(o, e);
    if (!e.citedKeys.isEmpty())
        o.insert(QStringLiteral("cites"), QJsonArray::fromStringList(e.citedKeys));
    writeMeta(o, e);
    return o;
}

QJsonObject DatasetJson::toJson(const Action& a)
{
    QJsonObject o;
    writeFields(o, a);
    writeMeta(o, a);
    return o;}

QJsonObject DatasetJson::toJson(const Agreement& a)
{
    QJsonObject o;
    writeFields(o, a);
    if (!a.citedKeys.isEmpty())
        o.insert(QStringLiteral("cites"), QJsonArray::fromStringList(a.citedKeys));
    writeMeta(o, a);
    return o;}

QJsonObject DatasetJson::toJson(const Organization& x)
{
    QJsonObject o{{QStringLiteral("id"), x.id}};
    writeFields(o, x);
    writeMeta(o, x);
    return o;}

QJsonObject DatasetJson::toJson(const PolicyItem& p)
{
    QJsonArray provisions;
    for (const Provision& pr : p.provisions) {
        QJsonObject po{{QStringLiteral("sources"), QJsonArray::fromStringList(pr.sources)}};
        writeFields(po, pr);
        // Written only when set, so the bundled file's form stays as it is; a marking left out would be read as 0.
        if (pr.unconfirmed)
            po.insert(QStringLiteral("unconfirmed"), true);
        if (!pr.unconfirmedFields.isEmpty())
            po.insert(QStringLiteral("unconfirmed_fields"), QJsonArray::fromStringList(pr.unconfirmedFields));
        if (pr.classification != 0)
            po.insert(QStringLiteral("classification"), pr.classification);
        provisions.append(po);
    }
    QJsonObject dates;
    for (const NamedDate& nd : p.dates)
        dates.insert(nd.name, nd.date);
    QJsonObject o{{QStringLiteral("dates"), p.dates.isEmpty() ? QJsonValue() : QJsonValue(dates)},
                  {QStringLiteral("provisions"), provisions}};
    writeFields(o, p);
    writeMeta(o, p);
    return o;
}

QJsonObject DatasetJson::toJson(const AttachedFile& a)
{
    QJsonObject o{{QStringLiteral("record"), a.meta.entity},
                  {QStringLiteral("key"), a.recordKey},
                  {QStringLiteral("name"), a.meta.originalName},
                  {QStringLiteral("mime_type"), orNull(a.meta.mimeType)},
                  {QStringLiteral("added_by"), orNull(a.meta.addedBy)},
                  {QStringLiteral("created_at"), orNull(a.meta.createdAt)},
                  {QStringLiteral("sha256"), a.meta.sha256},
                  {QStringLiteral("size"), double(a.content.size())},
                  {QStringLiteral("content"), QString::fromLatin1(a.content.toBase64())}};
    if (a.meta.classification != 0)
        o.insert(QStringLiteral("classification"), a.meta.classification);
    return o;
}

QStringList DatasetJson::attachableTables() { return Kinds::tablesWithAttachments(); }

QHash<QString, QString> DatasetJson::recordKeys(const Dataset& d)
{
    QHash<QString, QString> out;
    auto put = [&out](const char* table, qint64 id, const QString& key) {
        out.insert(QLatin1String(table) + QLatin1Char(':') + QString::number(id), key);
    };
    for (const Country& x : d.countries)
        put("country", x.id, x.code);
    for (const Organization& x : d.organizations) // the dump names organizations by id
        put("organization", x.id, QString::number(x.id));
    for (const Dialogue& x : d.dialogues)
        put("dialogue", x.id, x.key);
    for (const Forum& x : d.fora)
        put("forum", x.id, x.key);
    for (const Event& x : d.events)
        put("event", x.id, x.key);
    for (const Action& x : d.actions)
        put("action", x.id, x.event + QLatin1Char('\n') + x.description);
    for (const Agreement& x : d.agreements)
        put("agreement", x.id, x.key);
    for (const PolicyItem& x : d.policyItems) {
        put("policy_item", x.id, x.key);
        for (const Provision& pr : x.provisions)
            put("provision", pr.id, pr.key);
    }
    return out;
}

void DatasetJson::keyEvents(Dataset& d)
{
    auto name = [](QString& key, const char* kind, qint64 id) {
        if (key.isEmpty() && id != 0)
            key = QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(id);
    };
    for (Dialogue& x : d.dialogues)
        name(x.key, "dialogue", x.id);
    for (Forum& x : d.fora)
        name(x.key, "forum", x.id);
    for (PolicyItem& x : d.policyItems) {
        name(x.key, "policy", x.id);
        for (Provision& pr : x.provisions)
            name(pr.key, "provision", pr.id);
    }
    QHash<qint64, QString> provisionKey;
    for (const PolicyItem& x : std::as_const(d.policyItems)) {
        for (const Provision& pr : x.provisions)
            provisionKey.insert(pr.id, pr.key);
    }
    // Cited articles by key, so that the file stands on its own.
    auto keyCites = [&](const QList<qint64>& ids, QStringList& keys) {
        for (int i = 0; i < ids.size() && i < keys.size(); ++i) {
            if (keys[i].isEmpty())
                keys[i] = provisionKey.value(ids[i]);
        }
    };
    for (Agreement& x : d.agreements) {
        name(x.key, "agreement", x.id);
        keyCites(x.citedProvisions, x.citedKeys);
    }
    for (Event& e : d.events) {
        keyCites(e.citedProvisions, e.citedKeys);
        name(e.key, "event", e.id);
        name(e.dialogue, "dialogue", e.dialogueId);
        name(e.forum, "forum", e.forumId);
    }
    for (Action& a : d.actions)
        name(a.event, "event", a.eventId);
}

namespace {
template <typename T>
QList<QJsonObject> asJson(const QList<T>& list)
{
    QList<QJsonObject> out;
    out.reserve(list.size());
    for (const T& r : list)
        out << DatasetJson::toJson(r);
    return out;
}
} // namespace

QList<QJsonObject> DatasetJson::records(const Dataset& d, const QString& list)
{
    if (list == QLatin1String("countries"))
        return asJson(d.countries);
    if (list == QLatin1String("dialogues"))
        return asJson(d.dialogues);
    if (list == QLatin1String("fora"))
        return asJson(d.fora);
    if (list == QLatin1String("events"))
        return asJson(d.events);
    if (list == QLatin1String("actions"))
        return asJson(d.actions);
    if (list == QLatin1String("agreements"))
        return asJson(d.agreements);
    if (list == QLatin1String("policy_items"))
        return asJson(d.policyItems);
    if (list == QLatin1String("organizations"))
        return asJson(d.organizations);
    return {};
}

QJsonObject DatasetJson::toJson(const Dataset& d)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("liaison-dataset"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("scope_note"), d.scopeNote},
                                                    {QStringLiteral("iso_reference"), d.isoReference},
                                                    {QStringLiteral("seed_correction"), d.seedCorrection}});
    QJsonArray countries;
    for (const Country& c : d.countries)
        countries.append(toJson(c));
    root.insert(QStringLiteral("countries"), countries);

    QJsonArray dialogues;
    for (const Dialogue& x : d.dialogues)
        dialogues.append(toJson(x));
    root.insert(QStringLiteral("dialogues"), dialogues);

    QJsonArray fora;
    for (const Forum& x : d.fora)
        fora.append(toJson(x));
    root.insert(QStringLiteral("fora"), fora);

    QJsonArray events;
    for (const Event& e : d.events)
        events.append(toJson(e));
    root.insert(QStringLiteral("events"), events);

    QJsonArray agreements;
    for (const Agreement& a : d.agreements)
        agreements.append(toJson(a));
    root.insert(QStringLiteral("agreements"), agreements);
    if (!d.actions.isEmpty()) {
        QJsonArray actions;
        for (const Action& a : d.actions)
            actions.append(toJson(a));
        root.insert(QStringLiteral("actions"), actions);
    }

    if (!d.organizations.isEmpty()) { // none in the bundled file, whose form stays as it is
        QJsonArray organizations;
        for (const Organization& o : d.organizations)
            organizations.append(toJson(o));
        root.insert(QStringLiteral("organizations"), organizations);
    }

    QJsonArray policies;
    for (const PolicyItem& p : d.policyItems)
        policies.append(toJson(p));
    root.insert(QStringLiteral("policy_items"), policies);
    writeTagList(root, d);
    if (!d.attachments.isEmpty()) {
        QJsonArray files;
        for (const AttachedFile& a : d.attachments)
            files.append(toJson(a));
        root.insert(QStringLiteral("attachments"), files);
    }
    return root;
}
