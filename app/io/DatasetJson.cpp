// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DatasetJson.h"

#include "core/PartialDate.h"
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
        m.sources = urls(QStringLiteral("sources"));
        tags(m);
        m.unconfirmed = flag(QStringLiteral("unconfirmed"));
        m.unconfirmedFields = strings(QStringLiteral("unconfirmed_fields"));
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
        c.code = f.required(QStringLiteral("code"));
        if (!c.code.isEmpty() && (c.code.size() < 2 || c.code.size() > 8 || c.code != c.code.toUpper()))
            f.fail(QStringLiteral("code"), QStringLiteral("'%1' is not an upper-case code of 2 to 8 letters").arg(c.code));
        c.nameEn = f.text(QStringLiteral("name_en"), 200);
        c.nameJa = f.text(QStringLiteral("name_ja"), 200);
        if (c.nameEn.isEmpty() && c.nameJa.isEmpty())
            f.fail(QStringLiteral("name_en"), QStringLiteral("a name in English or Japanese is required"));
        c.isoNameEn = f.text(QStringLiteral("iso_name_en"));
        c.isoNameJa = f.text(QStringLiteral("iso_name_ja"));
        c.region = f.text(QStringLiteral("region"));
        c.kind = f.oneOf(QStringLiteral("kind"), Vocabulary::countryKinds(), QStringLiteral("state"));
        c.note = f.text(QStringLiteral("note"));
        c.beyondSeed = f.flag(QStringLiteral("beyond_seed"));
        f.meta(c);
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
        o.country = f.text(QStringLiteral("country"));
        if (!o.country.isEmpty())
            checkCountry(f, QStringLiteral("country"), o.country);
        o.acronym = f.text(QStringLiteral("acronym"), 50);
        o.nameEn = f.text(QStringLiteral("name_en"), 300);
        o.nameJa = f.text(QStringLiteral("name_ja"), 300);
        if (o.acronym.isEmpty() && o.nameEn.isEmpty() && o.nameJa.isEmpty())
            f.fail(QStringLiteral("name_en"), QStringLiteral("a name in English or Japanese, or an acronym, is required"));
        o.kind = f.text(QStringLiteral("kind"), 200);
        o.url = f.url(QStringLiteral("url"));
        o.note = f.text(QStringLiteral("note"), 20000);
        f.meta(o);
        if (o.id != 0 && organizationIds.contains(o.id))
            f.fail(QStringLiteral("id"), QStringLiteral("organization id %1 appears twice").arg(o.id));
        organizationIds.insert(o.id);
        d.organizations << o;
    });

    eachObject(root, QStringLiteral("dialogues"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Dialogue x;
        x.key = f.required(QStringLiteral("key"));
        x.kind = f.oneOf(QStringLiteral("kind"), Vocabulary::dialogueKinds(), QStringLiteral("bilateral"));
        x.parties = f.strings(QStringLiteral("parties"));
        for (const QString& p : x.parties)
            checkCountry(f, QStringLiteral("parties"), p);
        x.nameEn = f.text(QStringLiteral("name_en"), 300);
        x.nameJa = f.text(QStringLiteral("name_ja"), 300);
        if (x.nameEn.isEmpty() && x.nameJa.isEmpty())
            f.fail(QStringLiteral("name_en"), QStringLiteral("a name in English or Japanese is required"));
        x.firstHeld = f.date(QStringLiteral("first_held"));
        x.firstHeldNote = f.text(QStringLiteral("first_held_note"));
        x.agreedDate = f.date(QStringLiteral("agreed_date"));
        x.agreedBy = f.text(QStringLiteral("agreed_by"));
        x.status = f.oneOf(QStringLiteral("status"), Vocabulary::dialogueStatuses(), QStringLiteral("unknown"));
        x.leadAgency = f.text(QStringLiteral("lead_agency"));
        x.gaps = f.text(QStringLiteral("gaps"));
        x.note = f.text(QStringLiteral("note"));
        x.beyondSeed = f.flag(QStringLiteral("beyond_seed"));
        f.meta(x);
        unique(QStringLiteral("dialogue key"), x.key, f.at(QStringLiteral("key")), dialogueKeys, errors);
        d.dialogues << x;
    });

    eachObject(root, QStringLiteral("fora"), errors, partial, [&](const Fields& f, const QJsonObject& o) {
        Forum x;
        x.key = f.required(QStringLiteral("key"));
        x.acronym = f.text(QStringLiteral("acronym"));
        x.nameEn = f.text(QStringLiteral("name_en"), 300);
        x.nameJa = f.text(QStringLiteral("name_ja"), 300);
        if (x.nameEn.isEmpty() && x.nameJa.isEmpty())
            f.fail(QStringLiteral("name_en"), QStringLiteral("a name in English or Japanese is required"));
        x.formerNameEn = f.text(QStringLiteral("former_name_en"));
        x.formerNameJa = f.text(QStringLiteral("former_name_ja"));
        x.renamed = f.text(QStringLiteral("renamed"));
        x.kind = f.text(QStringLiteral("kind"));
        x.level = f.text(QStringLiteral("level"));
        x.founded = f.date(QStringLiteral("founded"));
        x.incorporated = f.date(QStringLiteral("incorporated"));
        x.url = f.url(QStringLiteral("url"));
        x.note = f.text(QStringLiteral("note"));
        x.japanStatus = f.text(QStringLiteral("japan_status"));
        x.japanHosts = f.text(QStringLiteral("japan_hosts"));
        x.gaps = f.text(QStringLiteral("gaps"));
        const QJsonArray members = f.array(QStringLiteral("members"));
        for (int i = 0; i < members.size(); ++i) {
            const Fields m(members.at(i).toObject(), f.at(QStringLiteral("members[%1]").arg(i)), errors);
            ForumMember fm{m.required(QStringLiteral("country")), m.date(QStringLiteral("since"))};
            checkCountry(m, QStringLiteral("country"), fm.country);
            x.members << fm;
        }
        Q_UNUSED(o);
        f.meta(x);
        unique(QStringLiteral("forum key"), x.key, f.at(QStringLiteral("key")), forumKeys, errors);
        d.fora << x;
    });

    eachObject(root, QStringLiteral("events"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Event e;
        e.key = f.required(QStringLiteral("key"));
        e.dialogue = f.text(QStringLiteral("dialogue"));
        if (!e.dialogue.isEmpty() && !dialogueKeys.contains(e.dialogue) && !stored.dialogues.contains(e.dialogue))
            f.fail(QStringLiteral("dialogue"), QStringLiteral("no dialogue with key '%1'").arg(e.dialogue));
        e.forum = f.text(QStringLiteral("forum"));
        if (!e.forum.isEmpty() && !forumKeys.contains(e.forum) && !stored.fora.contains(e.forum))
            f.fail(QStringLiteral("forum"), QStringLiteral("no forum with key '%1'").arg(e.forum));
        if (!e.dialogue.isEmpty() && !e.forum.isEmpty())
            f.fail(QStringLiteral("forum"), QStringLiteral("an event belongs to a dialogue or a forum, not both"));
        e.kind = f.oneOf(QStringLiteral("kind"), Vocabulary::eventKinds(), QStringLiteral("meeting"));
        e.kindNote = f.text(QStringLiteral("kind_note"));
        e.roundNumber = f.number(QStringLiteral("round_number"), 10000);
        e.titleEn = f.text(QStringLiteral("title_en"), 500);
        e.titleJa = f.text(QStringLiteral("title_ja"), 500);
        if (e.titleEn.isEmpty() && e.titleJa.isEmpty())
            f.fail(QStringLiteral("title_en"), QStringLiteral("a title in English or Japanese is required"));
        e.startDate = f.date(QStringLiteral("start_date"));
        e.endDate = f.date(QStringLiteral("end_date"));
        if (!e.endDate.isEmpty() && !e.startDate.isEmpty() && e.endDate < e.startDate)
            f.fail(QStringLiteral("end_date"), QStringLiteral("ends before it starts"));
        e.dateNote = f.text(QStringLiteral("date_note"));
        e.place = f.text(QStringLiteral("place"));
        e.format = f.oneOf(QStringLiteral("format"), Vocabulary::eventFormats(), QStringLiteral("unknown"));
        e.level = f.text(QStringLiteral("level"));
        e.status = f.oneOf(QStringLiteral("status"), Vocabulary::eventStatuses(), QStringLiteral("held"));
        e.summary = f.text(QStringLiteral("summary"), 20000);
        e.outcome = f.text(QStringLiteral("outcome"), 20000);
        e.delegationHeads = f.strings(QStringLiteral("delegation_heads"));
        e.resultsPublished = f.date(QStringLiteral("results_published"));
        e.note = f.text(QStringLiteral("note"));
        const QJsonArray people = f.array(QStringLiteral("participants"));
        for (int i = 0; i < people.size(); ++i) {
            const Fields p(people.at(i).toObject(), f.at(QStringLiteral("participants[%1]").arg(i)), errors);
            Participant part;
            part.country = p.text(QStringLiteral("country"));
            if (!part.country.isEmpty())
                checkCountry(p, QStringLiteral("country"), part.country);
            part.name = p.text(QStringLiteral("name"));
            part.side = p.text(QStringLiteral("side"));
            part.role = p.text(QStringLiteral("role"));
            part.organizationId = p.number(QStringLiteral("organization")).value_or(0);
            if (part.organizationId != 0 && !organizationIds.contains(part.organizationId) &&
                !stored.organizations.contains(part.organizationId))
                p.fail(QStringLiteral("organization"),
                       QStringLiteral("no organization with id %1").arg(part.organizationId));
            if (part.country.isEmpty() && part.name.isEmpty() && part.organizationId == 0)
                p.fail(QStringLiteral("country"), QStringLiteral("a country, an organization or a name is required"));
            e.participants << part;
        }
        e.citedKeys = f.strings(QStringLiteral("cites"));
        f.meta(e);
        unique(QStringLiteral("event key"), e.key, f.at(QStringLiteral("key")), eventKeys, errors);
        d.events << e;
    });

    // Actions have no key of their own: an import matches them by event key, description and occurrence.
    eachObject(root, QStringLiteral("actions"), errors, true, [&](const Fields& f, const QJsonObject&) {
        Action a;
        a.event = f.required(QStringLiteral("event"));
        if (!a.event.isEmpty() && !eventKeys.contains(a.event) && !stored.events.contains(a.event))
            f.fail(QStringLiteral("event"), QStringLiteral("no event with key '%1'").arg(a.event));
        a.description = f.required(QStringLiteral("description"));
        a.owner = f.text(QStringLiteral("owner"));
        a.dueDate = f.date(QStringLiteral("due_date"));
        a.status = f.oneOf(QStringLiteral("status"), Vocabulary::actionStatuses(), QStringLiteral("open"));
        a.note = f.text(QStringLiteral("note"));
        f.meta(a);
        if (!a.tags.isEmpty())
            f.fail(QStringLiteral("tags"), QStringLiteral("follow-up actions carry no tags"));
        d.actions << a;
    });

    eachObject(root, QStringLiteral("agreements"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        Agreement a;
        a.key = f.required(QStringLiteral("key"));
        a.kind = f.text(QStringLiteral("kind"));
        a.titleEn = f.text(QStringLiteral("title_en"), 500);
        a.titleJa = f.text(QStringLiteral("title_ja"), 500);
        if (a.titleEn.isEmpty() && a.titleJa.isEmpty())
            f.fail(QStringLiteral("title_en"), QStringLiteral("a title in English or Japanese is required"));
        a.parties = f.strings(QStringLiteral("parties"));
        for (const QString& p : a.parties)
            checkCountry(f, QStringLiteral("parties"), p);
        a.signedDate = f.date(QStringLiteral("signed_date"));
        a.inForceDate = f.date(QStringLiteral("in_force_date"));
        a.expiryDate = f.date(QStringLiteral("expiry_date"));
        a.reviewDate = f.date(QStringLiteral("review_date"));
        if (!a.expiryDate.isEmpty() && !a.signedDate.isEmpty() && a.expiryDate < a.signedDate)
            f.fail(QStringLiteral("expiry_date"), QStringLiteral("expires before it is signed"));
        a.status = f.oneOf(QStringLiteral("status"), Vocabulary::agreementStatuses(), QStringLiteral("signed"));
        a.url = f.url(QStringLiteral("url"));
        a.dialogue = f.text(QStringLiteral("dialogue"));
        if (!a.dialogue.isEmpty() && !dialogueKeys.contains(a.dialogue) && !stored.dialogues.contains(a.dialogue))
            f.fail(QStringLiteral("dialogue"), QStringLiteral("no dialogue with key '%1'").arg(a.dialogue));
        a.summary = f.text(QStringLiteral("summary"), 20000);
        a.note = f.text(QStringLiteral("note"));
        a.citedKeys = f.strings(QStringLiteral("cites"));
        f.meta(a);
        unique(QStringLiteral("agreement key"), a.key, f.at(QStringLiteral("key")), agreementKeys, errors);
        d.agreements << a;
    });

    eachObject(root, QStringLiteral("policy_items"), errors, partial, [&](const Fields& f, const QJsonObject&) {
        PolicyItem p;
        p.key = f.required(QStringLiteral("key"));
        p.kind = f.text(QStringLiteral("kind"));
        p.titleEn = f.text(QStringLiteral("title_en"), 500);
        p.titleJa = f.text(QStringLiteral("title_ja"), 500);
        if (p.titleEn.isEmpty() && p.titleJa.isEmpty())
            f.fail(QStringLiteral("title_en"), QStringLiteral("a title in English or Japanese is required"));
        p.lawNumber = f.text(QStringLiteral("law_number"));
        p.issuedBy = f.text(QStringLiteral("issued_by"));
        p.date = f.date(QStringLiteral("date"));
        p.dateNote = f.text(QStringLiteral("date_note"));
        const QJsonValue dates = f.value(QStringLiteral("dates"));
        if (dates.isObject()) {
            const Fields df(dates.toObject(), f.at(QStringLiteral("dates")), errors);
            const QStringList keys = dates.toObject().keys();
            for (const QString& k : keys)
                p.dates << NamedDate{k, df.date(k)};
        } else if (!dates.isNull() && !dates.isUndefined()) {
            f.fail(QStringLiteral("dates"), QStringLiteral("expected an object of named dates"));
        }
        p.revisions = f.strings(QStringLiteral("revisions"));
        p.note = f.text(QStringLiteral("note"));
        const QJsonArray provisions = f.array(QStringLiteral("provisions"));
        for (int i = 0; i < provisions.size(); ++i) {
            const Fields pf(provisions.at(i).toObject(), f.at(QStringLiteral("provisions[%1]").arg(i)), errors);
            Provision pr;
            pr.key = pf.required(QStringLiteral("key"));
            pr.article = pf.required(QStringLiteral("article"));
            pr.labelEn = pf.text(QStringLiteral("label_en"));
            pr.labelJa = pf.text(QStringLiteral("label_ja"));
            pr.subjectEn = pf.text(QStringLiteral("subject_en"));
            pr.subjectJa = pf.text(QStringLiteral("subject_ja"));
            pf.meta(pr);
            if (!pr.tags.isEmpty())
                pf.fail(QStringLiteral("tags"), QStringLiteral("provisions carry no tags"));
            unique(QStringLiteral("provision key"), pr.key, pf.at(QStringLiteral("key")), provisionKeys, errors);
            p.provisions << pr;
        }
        f.meta(p);
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
    QJsonObject o{{QStringLiteral("code"), c.code},
                  {QStringLiteral("name_en"), orNull(c.nameEn)},
                  {QStringLiteral("name_ja"), orNull(c.nameJa)},
                  {QStringLiteral("iso_name_en"), orNull(c.isoNameEn)},
                  {QStringLiteral("iso_name_ja"), orNull(c.isoNameJa)},
                  {QStringLiteral("region"), orNull(c.region)},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("note"), orNull(c.note)},
                  {QStringLiteral("beyond_seed"), c.beyondSeed}};
    writeMeta(o, c);
    return o;
}

QJsonObject DatasetJson::toJson(const Dialogue& x)
{
    QJsonObject o{{QStringLiteral("key"), x.key},
                  {QStringLiteral("kind"), x.kind},
                  {QStringLiteral("parties"), QJsonArray::fromStringList(x.parties)},
                  {QStringLiteral("name_en"), orNull(x.nameEn)},
                  {QStringLiteral("name_ja"), orNull(x.nameJa)},
                  {QStringLiteral("first_held"), orNull(x.firstHeld)},
                  {QStringLiteral("first_held_note"), orNull(x.firstHeldNote)},
                  {QStringLiteral("agreed_date"), orNull(x.agreedDate)},
                  {QStringLiteral("agreed_by"), orNull(x.agreedBy)},
                  {QStringLiteral("status"), x.status},
                  {QStringLiteral("gaps"), orNull(x.gaps)},
                  {QStringLiteral("note"), orNull(x.note)},
                  {QStringLiteral("beyond_seed"), x.beyondSeed}};
    if (!x.leadAgency.isEmpty())
        o.insert(QStringLiteral("lead_agency"), x.leadAgency);
    writeMeta(o, x);
    return o;
}

QJsonObject DatasetJson::toJson(const Forum& x)
{
    QJsonArray members;
    for (const ForumMember& m : x.members)
        members.append(QJsonObject{{QStringLiteral("country"), m.country}, {QStringLiteral("since"), orNull(m.since)}});
    QJsonObject o{{QStringLiteral("key"), x.key},
                  {QStringLiteral("acronym"), orNull(x.acronym)},
                  {QStringLiteral("name_en"), orNull(x.nameEn)},
                  {QStringLiteral("name_ja"), orNull(x.nameJa)},
                  {QStringLiteral("former_name_en"), orNull(x.formerNameEn)},
                  {QStringLiteral("former_name_ja"), orNull(x.formerNameJa)},
                  {QStringLiteral("renamed"), orNull(x.renamed)},
                  {QStringLiteral("kind"), orNull(x.kind)},
                  {QStringLiteral("level"), orNull(x.level)},
                  {QStringLiteral("founded"), orNull(x.founded)},
                  {QStringLiteral("incorporated"), orNull(x.incorporated)},
                  {QStringLiteral("url"), orNull(x.url)},
                  {QStringLiteral("note"), orNull(x.note)},
                  {QStringLiteral("japan_status"), orNull(x.japanStatus)},
                  {QStringLiteral("japan_hosts"), orNull(x.japanHosts)},
                  {QStringLiteral("gaps"), orNull(x.gaps)},
                  {QStringLiteral("members"), members}};
    writeMeta(o, x);
    return o;
}

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
    QJsonObject o{{QStringLiteral("key"), e.key},
                  {QStringLiteral("dialogue"), orNull(e.dialogue)},
                  {QStringLiteral("forum"), orNull(e.forum)},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("kind_note"), orNull(e.kindNote)},
                  {QStringLiteral("round_number"), e.roundNumber ? QJsonValue(*e.roundNumber) : QJsonValue()},
                  {QStringLiteral("title_en"), orNull(e.titleEn)},
                  {QStringLiteral("title_ja"), orNull(e.titleJa)},
                  {QStringLiteral("start_date"), orNull(e.startDate)},
                  {QStringLiteral("end_date"), orNull(e.endDate)},
                  {QStringLiteral("date_note"), orNull(e.dateNote)},
                  {QStringLiteral("place"), orNull(e.place)},
                  {QStringLiteral("format"), e.format},
                  {QStringLiteral("level"), orNull(e.level)},
                  {QStringLiteral("status"), e.status},
                  {QStringLiteral("summary"), orNull(e.summary)},
                  {QStringLiteral("outcome"), orNull(e.outcome)},
                  {QStringLiteral("delegation_heads"), QJsonArray::fromStringList(e.delegationHeads)},
                  {QStringLiteral("results_published"), orNull(e.resultsPublished)},
                  {QStringLiteral("note"), orNull(e.note)},
                  {QStringLiteral("participants"), people}};
    if (!e.citedKeys.isEmpty())
        o.insert(QStringLiteral("cites"), QJsonArray::fromStringList(e.citedKeys));
    writeMeta(o, e);
    return o;
}

QJsonObject DatasetJson::toJson(const Action& a)
{
    QJsonObject o{{QStringLiteral("event"), a.event},
                  {QStringLiteral("description"), a.description},
                  {QStringLiteral("owner"), orNull(a.owner)},
                  {QStringLiteral("due_date"), orNull(a.dueDate)},
                  {QStringLiteral("status"), a.status},
                  {QStringLiteral("note"), orNull(a.note)}};
    writeMeta(o, a);
    return o;
}

QJsonObject DatasetJson::toJson(const Agreement& a)
{
    QJsonObject o{{QStringLiteral("key"), a.key},
                  {QStringLiteral("kind"), orNull(a.kind)},
                  {QStringLiteral("title_en"), orNull(a.titleEn)},
                  {QStringLiteral("title_ja"), orNull(a.titleJa)},
                  {QStringLiteral("parties"), QJsonArray::fromStringList(a.parties)},
                  {QStringLiteral("signed_date"), orNull(a.signedDate)},
                  {QStringLiteral("in_force_date"), orNull(a.inForceDate)},
                  {QStringLiteral("expiry_date"), orNull(a.expiryDate)},
                  {QStringLiteral("review_date"), orNull(a.reviewDate)},
                  {QStringLiteral("status"), a.status},
                  {QStringLiteral("url"), orNull(a.url)},
                  {QStringLiteral("dialogue"), orNull(a.dialogue)},
                  {QStringLiteral("summary"), orNull(a.summary)},
                  {QStringLiteral("note"), orNull(a.note)}};
    if (!a.citedKeys.isEmpty())
        o.insert(QStringLiteral("cites"), QJsonArray::fromStringList(a.citedKeys));
    writeMeta(o, a);
    return o;
}

QJsonObject DatasetJson::toJson(const Organization& x)
{
    QJsonObject o{{QStringLiteral("id"), x.id},
                  {QStringLiteral("country"), orNull(x.country)},
                  {QStringLiteral("acronym"), orNull(x.acronym)},
                  {QStringLiteral("name_en"), orNull(x.nameEn)},
                  {QStringLiteral("name_ja"), orNull(x.nameJa)},
                  {QStringLiteral("kind"), orNull(x.kind)},
                  {QStringLiteral("url"), orNull(x.url)},
                  {QStringLiteral("note"), orNull(x.note)}};
    writeMeta(o, x);
    return o;
}

QJsonObject DatasetJson::toJson(const PolicyItem& p)
{
    QJsonArray provisions;
    for (const Provision& pr : p.provisions) {
        QJsonObject po{{QStringLiteral("key"), pr.key},
                       {QStringLiteral("article"), pr.article},
                       {QStringLiteral("label_en"), orNull(pr.labelEn)},
                       {QStringLiteral("label_ja"), orNull(pr.labelJa)},
                       {QStringLiteral("subject_en"), orNull(pr.subjectEn)},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(pr.sources)}};
        if (!pr.subjectJa.isEmpty())
            po.insert(QStringLiteral("subject_ja"), pr.subjectJa);
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
    QJsonObject o{{QStringLiteral("key"), p.key},
                  {QStringLiteral("kind"), orNull(p.kind)},
                  {QStringLiteral("title_en"), orNull(p.titleEn)},
                  {QStringLiteral("title_ja"), orNull(p.titleJa)},
                  {QStringLiteral("law_number"), orNull(p.lawNumber)},
                  {QStringLiteral("issued_by"), orNull(p.issuedBy)},
                  {QStringLiteral("date"), orNull(p.date)},
                  {QStringLiteral("date_note"), orNull(p.dateNote)},
                  {QStringLiteral("dates"), p.dates.isEmpty() ? QJsonValue() : QJsonValue(dates)},
                  {QStringLiteral("revisions"), QJsonArray::fromStringList(p.revisions)},
                  {QStringLiteral("note"), orNull(p.note)},
                  {QStringLiteral("provisions"), provisions}};
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

QStringList DatasetJson::attachableTables()
{
    return {QStringLiteral("country"),   QStringLiteral("organization"), QStringLiteral("dialogue"),
            QStringLiteral("forum"),     QStringLiteral("event"),        QStringLiteral("action"),
            QStringLiteral("agreement"), QStringLiteral("policy_item"),  QStringLiteral("provision")};
}

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
