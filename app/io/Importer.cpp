// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Importer.h"

#include "core/OutputFile.h"
#include "io/AttachmentStore.h"
#include "io/CsvLayout.h"
#include "io/CsvReader.h"
#include "io/DatasetJson.h"
#include "io/TextDecoder.h"
#include "storage/AttachmentRepository.h"
#include "storage/Database.h"
#include "storage/DatasetStore.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString keyOf(const Country& c) { return c.code; }
QString keyOf(const Action& a) { return a.event + QLatin1Char('\n') + a.description; }
QString keyOf(const Organization& o) { return QString::number(o.id); } // no key column: the dump keeps ids
template <typename T>
QString keyOf(const T& r)
{
    return r.key;
}

/// Each key with its occurrence appended from the second on ("key\n#2"): where several records share a key (two
/// actions of one event with the same description), the n-th of a file matches the n-th stored one.
QStringList numbered(const QStringList& keys)
{
    QStringList out;
    out.reserve(keys.size());
    QHash<QString, int> seen;
    for (const QString& key : keys) {
        const int n = seen[key]++;
        out << (n == 0 ? key : key + QStringLiteral("\n#%1").arg(n + 1));
    }
    return out;
}

/// Splits `incoming` into added and changed records against `stored`, noting the fields that change.
/// `storedIds`, when given, names for some incoming records (by index) the stored record they are (a CSV row's
/// id, checked by the caller); the others are matched by key among the stored records no id claimed.
template <typename T>
void classify(const QString& kind, const QList<T>& stored, const QList<T>& incoming, QList<T>& added, QList<T>& changed,
              ImportReport& report, const QHash<qsizetype, qint64>& storedIds = {})
{
    QHash<qint64, const T*> byId;
    for (const T& r : stored)
        byId.insert(r.id, &r);
    QSet<const T*> claimed;
    for (auto it = storedIds.cbegin(); it != storedIds.cend(); ++it) {
        if (const T* old = byId.value(it.value()))
            claimed.insert(old);
    }
    QList<const T*> unclaimed;
    QStringList unclaimedKeys;
    for (const T& r : stored) {
        if (!claimed.contains(&r)) {
            unclaimed << &r;
            unclaimedKeys << keyOf(r);
        }
    }
    QHash<QString, const T*> byKey;
    unclaimedKeys = numbered(unclaimedKeys);
    for (qsizetype i = 0; i < unclaimed.size(); ++i)
        byKey.insert(unclaimedKeys[i], unclaimed[i]);
    QStringList incomingKeys;
    for (qsizetype i = 0; i < incoming.size(); ++i)
        incomingKeys << (storedIds.contains(i) ? QString() : keyOf(incoming[i]));
    incomingKeys = numbered(incomingKeys);
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        T r = incoming[i];
        const T* old = storedIds.contains(i) ? byId.value(storedIds.value(i)) : byKey.value(incomingKeys[i]);
        if (!old) {
            added << r;
            ++report.added[kind];
            continue;
        }
        const QJsonObject a = DatasetJson::toJson(*old);
        const QJsonObject b = DatasetJson::toJson(r);
        QStringList fields;
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (a.value(it.key()) != it.value())
                fields << it.key();
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()) && !fields.contains(it.key()))
                fields << it.key();
        }
        if (fields.isEmpty())
            continue;
        r.id = old->id;
        r.version = old->version; // the update is guarded by the version stored now
        changed << r;
        ++report.changed[kind];
        QString key = storedIds.contains(i) ? keyOf(*old) : incomingKeys[i];
        key.replace(QLatin1Char('\n'), QStringLiteral(" / "));
        report.changes << ImportReport::Change{kind, key, fields};
    }
}

/// An update of a record stored without a key, named by the key files give it ("dialogue-7"), leaves it without.
template <typename T> void keepKeyless(QList<T>& changed, const QSet<qint64>& keyless, const char* kind)
{
    for (T& r : changed) {
        if (keyless.contains(r.id) && r.key == QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(r.id))
            r.key.clear();
    }
}

/// The stored record of `kind` with `id` in JSON form, when a CSV row may name it by that id: it is of the same
/// key (event for an action; a keyless record's key is "<kind>-<id>" as exported). Empty otherwise.
QJsonObject storedById(const Dataset& d, const QString& kind, qint64 id, const QJsonObject& cells)
{
    const QString identifying = CsvLayout::columns(kind).value(0);
    auto same = [&](const auto& list) -> QJsonObject {
        for (const auto& r : list) {
            if (r.id != id)
                continue;
            QJsonObject o = DatasetJson::toJson(r);
            return o.value(identifying) == cells.value(identifying) ? o : QJsonObject();
        }
        return {};
    };
    if (kind == QLatin1String("countries"))
        return same(d.countries);
    if (kind == QLatin1String("dialogues"))
        return same(d.dialogues);
    if (kind == QLatin1String("fora"))
        return same(d.fora);
    if (kind == QLatin1String("events"))
        return same(d.events);
    if (kind == QLatin1String("actions"))
        return same(d.actions);
    if (kind == QLatin1String("agreements"))
        return same(d.agreements);
    return {};
}

/// The stored records of `kind` in JSON form by key, for a CSV row to update only the columns it has.
QHash<QString, QJsonObject> storedJson(const Dataset& d, const QString& kind)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonObject& o : DatasetJson::records(d, kind)) {
        const QString key = kind == QLatin1String("countries") ? o.value(QStringLiteral("code")).toString()
                            : kind == QLatin1String("actions")
                                ? o.value(QStringLiteral("event")).toString() + QLatin1Char('\n') +
                                      o.value(QStringLiteral("description")).toString()
                                : o.value(QStringLiteral("key")).toString();
        out.insert(key, o);
    }
    return out;
}

/// SQLite's message without the statement Sql appends ("… [INSERT INTO event …]"): a reader has no use for SQL.
QString withoutSql(QString error)
{
    static const QRegularExpression statement(
        QStringLiteral("\\s*\\[(?:INSERT|UPDATE|DELETE|SELECT|WITH|REPLACE|CREATE|DROP|PRAGMA)\\b[^\\]]*\\]"),
        QRegularExpression::CaseInsensitiveOption);
    error.remove(statement);
    return error;
}

template <typename T> int indexOfKey(const QList<T>& list, const QString& key)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (keyOf(list[i]) == key)
            return int(i);
    }
    return -1;
}

int indexIn(const Dataset& d, const QString& list, const QString& key)
{
    if (list == QLatin1String("countries"))
        return indexOfKey(d.countries, key);
    if (list == QLatin1String("organizations"))
        return indexOfKey(d.organizations, key);
    if (list == QLatin1String("dialogues"))
        return indexOfKey(d.dialogues, key);
    if (list == QLatin1String("fora"))
        return indexOfKey(d.fora, key);
    if (list == QLatin1String("policy_items"))
        return indexOfKey(d.policyItems, key);
    if (list == QLatin1String("events"))
        return indexOfKey(d.events, key);
    if (list == QLatin1String("actions"))
        return indexOfKey(d.actions, key);
    if (list == QLatin1String("agreements"))
        return indexOfKey(d.agreements, key);
    return -1;
}

/// A write the database refused, as the file's reader needs it: the record by its line (CSV) or path (JSON) and
/// key, the fields the broken rule is about, and no SQL. Validation catches what it can first; this is the rest.
QString refusal(const QString& fileName, const QString& error, const Dataset& incoming, const QList<int>& csvLines)
{
    // DatasetStore names the record: "events \u201cjp-gb-r1\u201d: why".
    static const QRegularExpression record(QStringLiteral("^(\\w+) \u201c(.*)\u201d: (.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto m = record.match(error);
    QString reason = withoutSql(m.hasMatch() ? m.captured(3) : error);
    static const QRegularExpression constraint(
        QStringLiteral("(CHECK|UNIQUE|NOT NULL|FOREIGN KEY) constraint failed:?\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto c = constraint.match(reason); c.hasMatch()) {
        // "event.dialogue_id, event.round_number" or "start_date IS NULL OR …": the columns named first.
        static const QRegularExpression column(QStringLiteral("^(?:\\w+\\.)?(\\w+)"));
        QStringList fields;
        for (const QString& part : c.captured(2).split(QStringLiteral(", "))) {
            if (const auto f = column.match(part.trimmed()); f.hasMatch() && !fields.contains(f.captured(1)))
                fields << f.captured(1);
            if (c.captured(1) != QLatin1String("UNIQUE"))
                break;
        }
        const QString kind = c.captured(1);
        const QString named = fields.join(QStringLiteral(", "));
        if (kind == QLatin1String("UNIQUE"))
            reason = Importer::tr("field %1: another record already has this value").arg(named);
        else if (kind == QLatin1String("FOREIGN KEY"))
            reason = Importer::tr("it refers to a record that does not exist");
        else if (named.isEmpty())
            reason = Importer::tr("the database does not accept its values");
        else
            reason = Importer::tr("field %1: the database does not accept this value").arg(named);
    }
    if (!m.hasMatch())
        return Importer::tr("%1: nothing was imported: %2").arg(fileName, reason);
    const QString list = m.captured(1);
    QString key = m.captured(2);
    const int index = indexIn(incoming, list, key);
    key.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    QString where;
    if (index >= 0 && index < csvLines.size())
        where = Importer::tr("line %1").arg(csvLines[index]);
    else if (index >= 0)
        where = QStringLiteral("$.%1[%2]").arg(list).arg(index);
    else
        where = QStringLiteral("$.%1").arg(list);
    return Importer::tr("%1: %2 (%3): nothing was imported: %4").arg(fileName, where, key, reason);
}

bool looksLikeJson(const QByteArray& bytes, const QString& fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}
} // namespace

QString ImportReport::summary() const
{
    QStringList lines;
    QStringList kinds = added.keys() + changed.keys();
    kinds.removeDuplicates();
    for (const QString& k : kinds)
        lines << Importer::tr("%1: %2 added, %3 changed").arg(k).arg(added.value(k)).arg(changed.value(k));
    if (lines.isEmpty())
        lines << Importer::tr("nothing to add or change");
    for (const Change& c : changes)
        lines << Importer::tr("  changed %1 %2: %3").arg(c.kind, c.key, c.fields.join(QStringLiteral(", ")));
    if (dryRun)
        lines << Importer::tr("dry run: nothing was written");
    return lines.join(QLatin1Char('\n'));
}

Result<ImportReport> Importer::importFile(const QString& path, const QString& what, bool dryRun)
{
    // A pipe waits for a writer and a device never ends (/dev/zero): only regular files are read.
    if (const QString kind = OutputFile::specialKind(path); !kind.isEmpty())
        return Result<ImportReport>::failure(
            tr("%1 is %2, not a file to import; nothing was imported").arg(path, kind));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<ImportReport>::failure(tr("%1: cannot be read (%2)").arg(path, f.errorString()));
    return importBytes(f.readAll(), path, what, dryRun);
}

Result<ImportReport> Importer::importBytes(const QByteArray& bytes, const QString& fileName, const QString& what,
                                           bool dryRun)
{
    using R = Result<ImportReport>;
    ImportReport report;
    report.dryRun = dryRun;
    // One transaction from reading the database to writing it: a second import waits here (BEGIN IMMEDIATE and the
    // busy timeout) until this one has committed, then compares its file with what this one wrote. A dry run is
    // this same import, rolled back at the end, so it meets every rule the database checks.
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return R::failure(
            tr("Nothing was imported from %1, and the file was not checked: %2").arg(fileName, withoutSql(tx.error())));
    auto stored = DatasetStore(m_db).read();
    if (!stored)
        return R::failure(stored.error());
    // Records stored without a key are named "<kind>-<id>" in files (keyEvents); an update keeps them keyless.
    QSet<qint64> keylessDialogues, keylessFora, keylessEvents, keylessAgreements;
    for (const Dialogue& x : stored->dialogues)
        if (x.key.isEmpty())
            keylessDialogues.insert(x.id);
    for (const Forum& x : stored->fora)
        if (x.key.isEmpty())
            keylessFora.insert(x.id);
    for (const Event& x : stored->events)
        if (x.key.isEmpty())
            keylessEvents.insert(x.id);
    for (const Agreement& x : stored->agreements)
        if (x.key.isEmpty())
            keylessAgreements.insert(x.id);
    DatasetJson::keyEvents(*stored);
    DatasetJson::Known known;
    for (const Country& c : stored->countries)
        known.countries.insert(c.code);
    for (const Dialogue& x : stored->dialogues)
        known.dialogues.insert(x.key);
    for (const Forum& x : stored->fora)
        known.fora.insert(x.key);
    for (const Event& e : stored->events)
        known.events.insert(e.key);
    for (const Organization& o : stored->organizations)
        known.organizations.insert(o.id);
    for (const Agreement& x : stored->agreements)
        known.agreements.insert(x.key);
    for (const PolicyItem& x : stored->policyItems) {
        known.policyItems.insert(x.key);
        for (const Provision& pr : x.provisions)
            known.provisions.insert(pr.key);
    }
    for (const Action& a : stored->actions)
        known.actions.insert(keyOf(a));

    Result<Dataset> incoming = Result<Dataset>::failure({});
    QList<int> csvLines; // the line of each record of a CSV file
    QHash<qsizetype, qint64> csvIds; // a CSV row (by its index among the records) → the stored record it names
    if (looksLikeJson(bytes, fileName)) {
        auto text = TextDecoder::decode(bytes, fileName);
        if (!text)
            return R::failure(text.error());
        report.encoding = text->encoding;
        auto document = DatasetJson::readDocument(text->text.toUtf8(), fileName);
        if (!document)
            return R::failure(document.error());
        QJsonObject root = *document;
        if (!what.isEmpty()) {
            // --what keeps one list of the file.
            for (const QString& k : root.keys()) {
                if (k != what && k != QLatin1String("format") && k != QLatin1String("version") && k != QLatin1String("meta"))
                    root.remove(k);
            }
            if (!root.contains(what))
                return R::failure(tr("%1: $.%2: the file has no such list").arg(fileName, what));
        }
        incoming = DatasetJson::parseObject(root, fileName, &known);
    } else {
        auto text = TextDecoder::decode(bytes, fileName);
        if (!text)
            return R::failure(text.error());
        report.encoding = text->encoding;
        auto rows = CsvReader::parse(text->text, fileName);
        if (!rows)
            return R::failure(rows.error());
        QStringList header = rows->first().fields;
        for (QString& h : header)
            h = h.trimmed();
        const QString kind = what.isEmpty() ? CsvLayout::kindOfHeader(header) : what;
        if (kind.isEmpty())
            return R::failure(tr("%1: line %2: the header does not match any CSV layout; give --what (%3)")
                                  .arg(fileName)
                                  .arg(rows->first().line)
                                  .arg(CsvLayout::kinds().join(QStringLiteral(", "))));
        const QStringList columns = CsvLayout::columns(kind);
        if (columns.isEmpty())
            return R::failure(tr("%1: there is no CSV layout for '%2' (%3)")
                                  .arg(fileName, kind, CsvLayout::kinds().join(QStringLiteral(", "))));
        for (int i = 0; i < header.size(); ++i) {
            if (!columns.contains(header[i]))
                return R::failure(tr("%1: line %2, column %3: '%4' is not a column of %5 (see docs/IMPORT-EXPORT.md)")
                                      .arg(fileName)
                                      .arg(rows->first().line)
                                      .arg(i + 1)
                                      .arg(header[i], kind));
            if (header.indexOf(header[i]) != i)
                return R::failure(tr("%1: line %2, column %3: '%4' appears twice in the header")
                                      .arg(fileName)
                                      .arg(rows->first().line)
                                      .arg(i + 1)
                                      .arg(header[i]));
        }
        if (!header.contains(columns.first()))
            return R::failure(tr("%1: line %2: the header needs the column '%3'")
                                  .arg(fileName)
                                  .arg(rows->first().line)
                                  .arg(columns.first()));
        // A row updates only the columns it has: it starts from the stored record it names, by its id (the
        // export's last column) when that record has the row's key (an action: its event), else by key.
        const QHash<QString, QJsonObject> current = storedJson(*stored, kind);
        QJsonArray records;
        QHash<qint64, int> idLine; // a stored id claimed by a row, and that row's line
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const CsvRow& row = rows->at(r);
            QString error;
            QJsonObject cells = CsvLayout::fromRow(kind, header, row.fields, &error);
            if (!error.isEmpty())
                return R::failure(QStringLiteral("%1: line %2, %3").arg(fileName).arg(row.line).arg(error));
            const QJsonValue idCell = cells.take(QStringLiteral("id"));
            if (!idCell.isNull() && !idCell.isUndefined() && (!idCell.isDouble() || idCell.toDouble() < 1))
                return R::failure(tr("%1: line %2, field id: '%3' is not a record id (a whole number from 1; leave it "
                                     "empty for a new record)")
                                      .arg(fileName)
                                      .arg(row.line)
                                      .arg(idCell.isString() ? idCell.toString() : QString::number(idCell.toDouble())));
            const qint64 id = idCell.isDouble() ? qint64(idCell.toDouble()) : 0;
            QJsonObject record = id != 0 ? storedById(*stored, kind, id, cells) : QJsonObject();
            if (!record.isEmpty()) {
                if (idLine.contains(id))
                    return R::failure(tr("%1: line %2, field id: record %3 is also on line %4")
                                          .arg(fileName)
                                          .arg(row.line)
                                          .arg(id)
                                          .arg(idLine.value(id)));
                idLine.insert(id, row.line);
                csvIds.insert(records.size(), id);
            } else {
                QString key = cells.value(columns.first()).toString();
                if (kind == QLatin1String("actions"))
                    key += QLatin1Char('\n') + cells.value(QStringLiteral("description")).toString();
                record = current.value(key);
            }
            for (auto it = cells.begin(); it != cells.end(); ++it)
                record.insert(it.key(), it.value());
            records.append(record);
            csvLines << row.line;
        }
        QJsonObject root{{QStringLiteral("format"), QStringLiteral("liaison-dataset")},
                         {QStringLiteral("version"), 1},
                         {kind, records}};
        incoming = DatasetJson::parseObject(root, fileName, &known);
        if (!incoming) {
            // "$.events[3].start_date: why" becomes "line 5, field start_date: why".
            static const QRegularExpression path(QStringLiteral("\\$\\.\\w+\\[(\\d+)\\]\\.?([\\w\\[\\]\\.]*)"));
            QString message = incoming.error();
            QString out;
            qsizetype from = 0;
            for (auto it = path.globalMatch(message); it.hasNext();) {
                const auto m = it.next();
                const int index = m.captured(1).toInt();
                out += message.mid(from, m.capturedStart() - from);
                out += tr("line %1, field %2").arg(csvLines.value(index)).arg(m.captured(2));
                from = m.capturedEnd();
            }
            out += message.mid(from);
            return R::failure(out);
        }
    }
    if (!incoming)
        return R::failure(incoming.error());

    Dataset added, changed;
    added.scopeNote = incoming->scopeNote;
    added.isoReference = incoming->isoReference;
    added.seedCorrection = incoming->seedCorrection;
    added.tags = incoming->tags; // merged by name: new tags are added, colours given
    // A CSV file holds one kind: its rows' ids apply to that list only (the others are empty).
    classify(QStringLiteral("countries"), stored->countries, incoming->countries, added.countries, changed.countries,
             report, csvIds);
    classify(QStringLiteral("organizations"), stored->organizations, incoming->organizations, added.organizations,
             changed.organizations, report);
    classify(QStringLiteral("dialogues"), stored->dialogues, incoming->dialogues, added.dialogues, changed.dialogues,
             report, csvIds);
    classify(QStringLiteral("fora"), stored->fora, incoming->fora, added.fora, changed.fora, report, csvIds);
    classify(QStringLiteral("events"), stored->events, incoming->events, added.events, changed.events, report, csvIds);
    classify(QStringLiteral("actions"), stored->actions, incoming->actions, added.actions, changed.actions, report,
             csvIds);
    classify(QStringLiteral("agreements"), stored->agreements, incoming->agreements, added.agreements,
             changed.agreements, report, csvIds);
    classify(QStringLiteral("policy_items"), stored->policyItems, incoming->policyItems, added.policyItems,
             changed.policyItems, report);
    // Actions of stored events (keyless ones included) refer to them by id.
    QHash<QString, qint64> eventIds;
    for (const Event& e : stored->events)
        eventIds.insert(e.key, e.id);
    for (QList<Action>* list : {&added.actions, &changed.actions}) {
        for (Action& act : *list)
            act.eventId = eventIds.value(act.event);
    }
    keepKeyless(changed.dialogues, keylessDialogues, "dialogue");
    keepKeyless(changed.fora, keylessFora, "forum");
    keepKeyless(changed.events, keylessEvents, "event");
    keepKeyless(changed.agreements, keylessAgreements, "agreement");
    // So do events and agreements of stored dialogues and fora: a keyless one is named "dialogue-7" in files and
    // has no such key in the database.
    QHash<QString, qint64> dialogueIds, forumIds;
    for (const Dialogue& x : stored->dialogues)
        dialogueIds.insert(x.key, x.id);
    for (const Forum& x : stored->fora)
        forumIds.insert(x.key, x.id);
    for (QList<Event>* list : {&added.events, &changed.events}) {
        for (Event& e : *list) {
            e.dialogueId = e.dialogue.isEmpty() ? 0 : dialogueIds.value(e.dialogue);
            e.forumId = e.forum.isEmpty() ? 0 : forumIds.value(e.forum);
        }
    }
    for (QList<Agreement>* list : {&added.agreements, &changed.agreements}) {
        for (Agreement& a : *list)
            a.dialogueId = a.dialogue.isEmpty() ? 0 : dialogueIds.value(a.dialogue);
    }
    // And cited articles: a keyless provision is "provision-<id>" in files. Only when every cited key is stored
    // (else the keys are looked up, articles of the same file among them).
    QHash<QString, qint64> provisionIds;
    for (const PolicyItem& p : stored->policyItems) {
        for (const Provision& pr : p.provisions)
            provisionIds.insert(pr.key, pr.id);
    }
    auto citedIds = [&](const QStringList& keys, QList<qint64>& ids) {
        QList<qint64> out;
        for (const QString& k : keys) {
            if (!provisionIds.contains(k))
                return;
            out << provisionIds.value(k);
        }
        ids = out;
    };
    for (QList<Event>* list : {&added.events, &changed.events}) {
        for (Event& e : *list)
            citedIds(e.citedKeys, e.citedProvisions);
    }
    for (QList<Agreement>* list : {&added.agreements, &changed.agreements}) {
        for (Agreement& a : *list)
            citedIds(a.citedKeys, a.citedProvisions);
    }
    // Attached files are added, never changed: one already on the same record with the same name and content
    // is left as it is.
    if (!incoming->attachments.isEmpty()) {
        auto rows = AttachmentRepository(m_db.connection()).all();
        if (!rows)
            return R::failure(rows.error());
        const QHash<QString, QString> keys = DatasetJson::recordKeys(*stored);
        QSet<QString> have;
        auto identity = [](const QString& entity, const QString& key, const Attachment& a) {
            return QStringList{entity, key, a.sha256, a.originalName}.join(QChar(0));
        };
        for (const Attachment& a : *rows)
            have.insert(identity(a.entity, keys.value(a.entity + QLatin1Char(':') + QString::number(a.entityId)), a));
        for (const AttachedFile& f : incoming->attachments) {
            if (!have.contains(identity(f.meta.entity, f.recordKey, f.meta))) {
                added.attachments << f;
                ++report.added[QStringLiteral("attachments")];
            }
        }
    }
    const QList<AttachedFile> attachments = added.attachments;
    // The records are written inside this transaction first; only then do attached files go into the store, and
    // those this import added (never one that was there before) are removed again if it does not commit.
    if (auto s = DatasetStore(m_db).merge(std::move(added), std::move(changed)); !s)
        return R::failure(refusal(fileName, s.error(), *incoming, csvLines));
    if (dryRun)
        return report; // rolled back
    AttachmentStore store(m_db);
    QStringList created;
    auto removeCreated = [&] {
        for (const QString& sha : std::as_const(created))
            QFile::remove(store.fileFor(sha));
    };
    for (const AttachedFile& f : std::as_const(attachments)) {
        bool isNew = false;
        Status s = store.putContent(f.content, &isNew);
        if (isNew)
            created << f.meta.sha256;
        if (!s) {
            removeCreated();
            return R::failure(tr("%1: nothing was imported: %2").arg(fileName, s.error()));
        }
    }
    if (Status s = tx.commit(); !s) {
        removeCreated();
        return R::failure(tr("%1: nothing was imported: %2").arg(fileName, withoutSql(s.error())));
    }
    return report;
}
