// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Validation.h"
#include "io/AttachmentStore.h"
#include "io/CsvLayout.h"
#include "io/CsvReader.h"
#include "io/DataGenerator.h"
#include "io/DatasetJson.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "storage/ActionRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/AttachmentRepository.h"
#include "storage/CountryRepository.h"
#include "storage/DatasetStore.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/SqlFunctions.h"
#include "support/OrganizationFixture.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

namespace {
QJsonObject snapshot(Database& db)
{
    auto d = DatasetStore(db).read();
    return d ? DatasetJson::toJson(*d) : QJsonObject{{QStringLiteral("error"), d.error()}};
}

/// Every list of two dumps compared record by record and field by field, naming the first difference.
void compareDumps(const QJsonObject& a, const QJsonObject& b)
{
    QCOMPARE(a.keys(), b.keys());
    for (const QString& list : a.keys()) {
        if (!a.value(list).isArray()) {
            QCOMPARE(a.value(list), b.value(list));
            continue;
        }
        const QJsonArray x = a.value(list).toArray(), y = b.value(list).toArray();
        QCOMPARE(x.size(), y.size());
        for (int i = 0; i < x.size(); ++i) {
            const QJsonObject p = x.at(i).toObject(), q = y.at(i).toObject();
            for (const QString& field : p.keys())
                QVERIFY2(p.value(field) == q.value(field), qPrintable(QStringLiteral("%1[%2].%3").arg(list).arg(i).arg(field)));
            QCOMPARE(p.keys(), q.keys());
        }
    }
}
/// Exports all of `source` as JSON to `file` and imports that into `target`.
Result<ImportReport> dumpInto(Database& source, Database& target, const QString& file)
{
    if (auto s = Exporter(source).exportTo(QStringLiteral("json"), QStringLiteral("all"), file); !s)
        return Result<ImportReport>::failure(s.error());
    return Importer(target).importFile(file, {}, false);
}

/// A partial dump holding `lists` ("\"events\": [...]"), as a file would have it.
QByteArray dump(const QByteArray& lists)
{
    return R"({"format": "liaison-dataset", "version": 1,
)" + lists +
           "}\n";
}

/// The file and the message's place (line or path, field) are named, and no SQL is shown.
void checkRefusal(const Result<ImportReport>& r, const QString& file, const QString& expected)
{
    QVERIFY2(!r.ok(), "the import must be refused");
    QVERIFY2(r.error().startsWith(file + QStringLiteral(": ")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    for (const char* sql : {"INSERT", "UPDATE ", "constraint failed", "SELECT"})
        QVERIFY2(!r.error().contains(QLatin1String(sql)), qPrintable(r.error()));
}

QString sha256(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}
} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT
private slots:
    void citationsAndTagsSurviveTheRoundTrip()
    {
        TestDatabase source;
        EventRepository events(source.db().connection());
        Event e = events.all()->first();
        auto policies = PolicyRepository(source.db().connection()).all();
        QVERIFY(policies && !policies->isEmpty());
        qint64 provision = 0;
        QString provisionKey;
        for (const PolicyItem& p : *policies) {
            if (!p.provisions.isEmpty()) {
                provision = p.provisions.first().id;
                provisionKey = p.provisions.first().key;
            }
        }
        QVERIFY(provision);
        e.citedProvisions = {provision};
        e.tags = {QStringLiteral("capacity building"), QStringLiteral("人材育成")};
        QVERIFY(events.update(e));
        // Agreements cite articles too; read back with their keys.
        AgreementRepository agreements(source.db().connection());
        Agreement a = agreements.all()->first();
        a.citedProvisions = {provision};
        QVERIFY(agreements.update(a));
        QCOMPARE(agreements.byId(a.id)->citedKeys, QStringList{provisionKey});
        QTemporaryDir dir;
        TestDatabase target(TestDatabase::Fill::Empty);
        auto r = dumpInto(source.db(), target.db(), dir.filePath(QStringLiteral("dump.json")));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        Event back;
        const auto imported = EventRepository(target.db().connection()).all();
        QVERIFY(imported);
        for (const Event& x : *imported) {
            if (x.key == e.key)
                back = x;
        }
        QCOMPARE(back.citedKeys, QStringList{provisionKey});
        QCOMPARE(back.citedProvisions.size(), 1);
        QCOMPARE(QSet<QString>(back.tags.cbegin(), back.tags.cend()), QSet<QString>(e.tags.cbegin(), e.tags.cend()));
        const auto importedAgreements = AgreementRepository(target.db().connection()).all();
        QVERIFY(importedAgreements);
        for (const Agreement& x : *importedAgreements)
            QCOMPARE(x.citedKeys, x.key == a.key ? QStringList{provisionKey} : QStringList{});
        compareDumps(snapshot(source.db()), snapshot(target.db()));
    }

    void attachedFilesTravelInTheDump()
    {
        TestDatabase source;
        const QSqlDatabase db = source.db().connection();
        Event e = EventRepository(db).all()->first();
        Action act;
        act.eventId = e.id;
        act.description = QStringLiteral("Send the draft minutes");
        QVERIFY(ActionRepository(db).insert(act));
        auto policies = PolicyRepository(db).all();
        QVERIFY(policies && !policies->isEmpty() && !policies->first().provisions.isEmpty());
        const qint64 provision = policies->first().provisions.first().id;
        QTemporaryDir files;
        auto write = [&](const QString& name, const QByteArray& content) {
            QFile f(files.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        AttachmentStore store(source.db());
        QByteArray binary(70000, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 7 + i / 256);
        QVERIFY(store.add(QStringLiteral("event"), e.id, write(QStringLiteral("minutes.pdf"), binary)));
        QVERIFY(store.add(QStringLiteral("event"), e.id, write(QStringLiteral("議事録.txt"), "日本語の議事録\n")));
        QVERIFY(store.add(QStringLiteral("action"), act.id, write(QStringLiteral("draft.txt"), "draft")));
        QVERIFY(store.add(QStringLiteral("provision"), provision, write(QStringLiteral("article.txt"), "article")));
        QVERIFY(store.add(QStringLiteral("country"), 1, write(QStringLiteral("profile.txt"), "profile")));
        Organization cert = OrganizationFixture::cert();
        QVERIFY(OrganizationRepository(db).insert(cert));
        QVERIFY(store.add(QStringLiteral("organization"), cert.id, write(QStringLiteral("contacts.txt"), "contacts")));

        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.json"));
        QVERIFY(Exporter(source.db()).exportTo(QStringLiteral("json"), QStringLiteral("all"), dump).ok());
        TestDatabase target(TestDatabase::Fill::Empty);
        auto dry = Importer(target.db()).importFile(dump, {}, true);
        QVERIFY2(dry, qPrintable(dry.error()));
        QCOMPARE(dry->added.value(QStringLiteral("attachments")), 6);
        QVERIFY(!QFileInfo::exists(AttachmentStore::folderFor(target.path())));
        auto r = Importer(target.db()).importFile(dump, {}, false);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->added.value(QStringLiteral("attachments")), 6);

        // Every row and file back, on the same records (by key), with name, time and content.
        const auto keysOf = [](Database& d) {
            auto data = DatasetStore(d).read();
            DatasetJson::keyEvents(*data);
            return DatasetJson::recordKeys(*data);
        };
        const auto sourceKeys = keysOf(source.db()), targetKeys = keysOf(target.db());
        auto before = AttachmentRepository(db).all(), after = AttachmentRepository(target.db().connection()).all();
        QVERIFY(before && after);
        QCOMPARE(after->size(), before->size());
        AttachmentStore copied(target.db());
        for (qsizetype i = 0; i < before->size(); ++i) {
            const Attachment &a = before->at(i), &b = after->at(i);
            QCOMPARE(b.entity, a.entity);
            QCOMPARE(targetKeys.value(b.entity + QLatin1Char(':') + QString::number(b.entityId)),
                     sourceKeys.value(a.entity + QLatin1Char(':') + QString::number(a.entityId)));
            QCOMPARE(b.originalName, a.originalName);
            QCOMPARE(b.sha256, a.sha256);
            QCOMPARE(b.sizeBytes, a.sizeBytes);
            QCOMPARE(b.mimeType, a.mimeType);
            QCOMPARE(b.createdAt, a.createdAt);
            QVERIFY(copied.verify(b.id));
        }
        auto again = Importer(target.db()).importFile(dump, {}, false);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->added.value(QStringLiteral("attachments")), 0);

        // Content that does not match its SHA-256 is refused, naming where, and nothing changes.
        QFile f(dump);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray list = root.value(QStringLiteral("attachments")).toArray();
        QJsonObject first = list.at(0).toObject();
        first.insert(QStringLiteral("content"), QString::fromLatin1(QByteArray("tampered").toBase64()));
        list.replace(0, first);
        root.insert(QStringLiteral("attachments"), list);
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        TestDatabase empty(TestDatabase::Fill::Empty);
        auto refused = Importer(empty.db()).importFile(bad, {}, false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("$.attachments[0].sha256")), qPrintable(refused.error()));
        QCOMPARE(AttachmentRepository(empty.db().connection()).all()->size(), 0);
    }

    void jsonRoundTripOfTheBundledDataset()
    {
        TestDatabase source;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dump.json"));
        QVERIFY2(Exporter(source.db()).exportTo(QStringLiteral("json"), QStringLiteral("all"), file).ok(), "export");
        TestDatabase target(TestDatabase::Fill::Empty);
        auto r = Importer(target.db()).importFile(file, {}, false);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->added.value(QStringLiteral("events")), 83);
        compareDumps(snapshot(source.db()), snapshot(target.db()));
        // A second import finds nothing to do.
        auto again = Importer(target.db()).importFile(file, {}, false);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->added.isEmpty() && again->changed.isEmpty());
    }

    // Whatever an editor saves, a dump carries back in: a country note of 5,000 characters (the editor allowed
    // 20,000) was refused by the importer's own limit of 4,000, and a code of five letters was cut by the editor.
    void whatAnEditorSavesADumpCarriesBack()
    {
        TestDatabase source;
        auto au = CountryRepository(source.db().connection()).byCode(QStringLiteral("AU"));
        QVERIFY2(au, qPrintable(au.error()));
        Country c = *au;
        QVERIFY2(Validation::country(c).isEmpty(), "the bundled record is valid");
        c.note = QString(5000, QChar(0x8C6A)); // 豪
        QVERIFY(Validation::country(c).isEmpty());
        QVERIFY(CountryRepository(source.db().connection()).update(c).ok());
        Country asean;
        asean.code = QStringLiteral("ASEAN");
        asean.nameEn = QStringLiteral("Association of Southeast Asian Nations");
        asean.kind = QStringLiteral("grouping");
        asean.shortForms = {QStringLiteral("亜")};
        QVERIFY(Validation::country(asean).isEmpty());
        QVERIFY(CountryRepository(source.db().connection()).insert(asean).ok());
        QTemporaryDir dir;
        TestDatabase target(TestDatabase::Fill::Empty);
        auto r = dumpInto(source.db(), target.db(), dir.filePath(QStringLiteral("dump.json")));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        auto back = CountryRepository(target.db().connection()).byCode(QStringLiteral("AU"));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->note, c.note);
        QCOMPARE(back->shortForms, QStringList{QStringLiteral("豪")});
        QVERIFY(CountryRepository(target.db().connection()).byCode(QStringLiteral("ASEAN")).ok());
    }

    void jsonRoundTripOfGeneratedRecords()
    {
        // Generated events have no keys, many participants, follow-up actions and sources.
        TestDatabase source(TestDatabase::Fill::Empty);
        DataGenerator::Options o;
        o.events = 300;
        o.countries = 30;
        o.fora = 10;
        QVERIFY(DataGenerator::generate(source.db(), o).ok());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dump.json"));
        QVERIFY(Exporter(source.db()).exportTo(QStringLiteral("json"), QStringLiteral("all"), file).ok());
        TestDatabase target(TestDatabase::Fill::Empty);
        auto r = Importer(target.db()).importFile(file, {}, false);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->added.value(QStringLiteral("actions")) > 0);
        const QString back = dir.filePath(QStringLiteral("back.json"));
        QVERIFY(Exporter(target.db()).exportTo(QStringLiteral("json"), QStringLiteral("all"), back).ok());
        QFile a(file), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        compareDumps(QJsonDocument::fromJson(a.readAll()).object(), QJsonDocument::fromJson(b.readAll()).object());
    }

    void organizationsKeepTheirIdsThroughTheRoundTrip()
    {
        TestDatabase source;
        const QSqlDatabase db = source.db().connection();
        const OrganizationRepository organizations(db);
        Organization gone, cert = OrganizationFixture::cert(), secretariat;
        gone.acronym = QStringLiteral("GONE");
        QVERIFY(organizations.insert(gone));
        cert.id = 40; // ids with gaps, as deletes leave them
        cert.note = QStringLiteral("24/7 contact");
        cert.classification = 2;
        cert.unconfirmedFields = {QStringLiteral("name_ja")};
        QVERIFY(organizations.insert(cert));
        QCOMPARE(cert.id, qint64(40));
        secretariat.nameEn = QStringLiteral("Test Forum Secretariat");
        QVERIFY(organizations.insert(secretariat));
        QVERIFY(organizations.remove(gone));
        EventRepository events(db);
        Event e = events.all()->first();
        e.participants << Participant{0, QStringLiteral("FR"), QStringLiteral("Analyst"), {}, QStringLiteral("trainer"), cert.id}
                       << Participant{0, {}, {}, {}, {}, secretariat.id};
        QVERIFY(events.update(e));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dump.json"));
        TestDatabase target(TestDatabase::Fill::Empty);
        auto r = dumpInto(source.db(), target.db(), file);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->added.value(QStringLiteral("organizations")), 2);
        compareDumps(snapshot(source.db()), snapshot(target.db()));

        auto before = organizations.all();
        auto after = OrganizationRepository(target.db().connection()).all();
        QVERIFY(before && after);
        QCOMPARE(after->size(), 2);
        for (int i = 0; i < before->size(); ++i) {
            Organization a = before->at(i), b = after->at(i);
            b.createdAt = a.createdAt; // the database stamps the time of the insert
            b.updatedAt = a.updatedAt;
            QCOMPARE(b, a);
        }
        Event back = *EventRepository(target.db().connection()).byId(e.id);
        QCOMPARE(back.participants.size(), e.participants.size());
        QCOMPARE(back.participants.at(back.participants.size() - 2).organizationId, qint64(40));
        QCOMPARE(back.participants.last().organizationId, secretariat.id);

        // Imported again: nothing to do. Changed in the file: that organization is updated under its id.
        auto again = Importer(target.db()).importFile(file, {}, false);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->added.isEmpty() && again->changed.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray list = root.value(QStringLiteral("organizations")).toArray();
        QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), qint64(40));
        first.insert(QStringLiteral("kind"), QStringLiteral("CSIRT"));
        list.replace(0, first);
        root.insert(QStringLiteral("organizations"), list);
        auto changed = Importer(target.db()).importBytes(QJsonDocument(root).toJson(), QStringLiteral("changed.json"),
                                                         QStringLiteral("organizations"), false);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(changed->changed.value(QStringLiteral("organizations")), 1);
        QVERIFY2(changed->summary().contains(QStringLiteral("changed organizations 40: kind")), qPrintable(changed->summary()));
        QCOMPARE(OrganizationRepository(target.db().connection()).byId(40)->kind, QStringLiteral("CSIRT"));
    }

    void aParticipantOfAnUnknownOrganizationChangesNothing()
    {
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        const QByteArray json = "{\"format\": \"liaison-dataset\", \"version\": 1,"
            " \"events\": [{\"key\": \"org-ref\", \"title_en\": \"Workshop\", \"participants\": [{\"organization\": 77}]}]}";
        auto r = Importer(db.db()).importBytes(json, QStringLiteral("orgs.json"), {}, false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("orgs.json: $.events[0].participants[0].organization: no organization "
                                                   "with id 77")),
                 qPrintable(r.error()));
        QCOMPARE(snapshot(db.db()), before);
    }

    void csvRoundTripAndDryRunCounts()
    {
        TestDatabase db;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(Exporter(db.db()).exportTo(QStringLiteral("csv"), QStringLiteral("events"), file).ok());
        auto same = Importer(db.db()).importFile(file, {}, true);
        QVERIFY2(same.ok(), qPrintable(same.error()));
        QVERIFY(same->added.isEmpty() && same->changed.isEmpty());

        const QByteArray csv = "key,title_en,start_date\r\n"
                               "jp-gb-r1,\"Renamed, with a comma\",2012-06-19\r\n"
                               "new-event,\"Line one; line two\",2030-01\r\n"; // a line break in a title is refused

        const QJsonObject before = snapshot(db.db());
        auto dry = Importer(db.db()).importBytes(csv, QStringLiteral("e.csv"), {}, true);
        QVERIFY2(dry.ok(), qPrintable(dry.error()));
        QCOMPARE(dry->added.value(QStringLiteral("events")), 1);
        QCOMPARE(dry->changed.value(QStringLiteral("events")), 1);
        QCOMPARE(dry->changes.first().fields, QStringList{QStringLiteral("title_en")});
        QVERIFY(dry->summary().contains(QStringLiteral("events: 1 added, 1 changed")));
        QCOMPARE(snapshot(db.db()), before);

        auto done = Importer(db.db()).importBytes(csv, QStringLiteral("e.csv"), {}, false);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        auto events = EventRepository(db.db().connection()).all();
        QVERIFY(events.ok());
        bool renamed = false, added = false;
        for (const Event& e : *events) {
            if (e.key == QLatin1String("jp-gb-r1")) {
                renamed = e.titleEn == QLatin1String("Renamed, with a comma") && e.version == 2 &&
                          e.place == QLatin1String("Tokyo (MOFA)"); // columns not in the file are kept
            }
            if (e.key == QLatin1String("new-event"))
                added = e.titleEn == QLatin1String("Line one; line two") && e.startDate == QLatin1String("2030-01");
        }
        QVERIFY(renamed);
        QVERIFY(added);
    }

    void csvExportImportOfEveryKindChangesNothing()
    {
        // Text a CSV round trip could change: CRLF, padding, cells a spreadsheet would run, text outside the BMP.
        TestDatabase db;
        const QSqlDatabase c = db.db().connection();
        const QString crlf = QStringLiteral("Send the list\r\nand the agenda");
        const QString padded = QStringLiteral("  padded note  ");
        const QString formula = QStringLiteral("=cmd|' /C calc'!A0");
        auto countries = CountryRepository(c).all();
        auto dialogues = DialogueRepository(c).all();
        auto fora = ForumRepository(c).all();
        auto events = EventRepository(c).all();
        auto agreements = AgreementRepository(c).all();
        QVERIFY(countries.ok() && dialogues.ok() && fora.ok() && events.ok() && agreements.ok());
        countries->first().note = formula;
        QVERIFY(CountryRepository(c).update(countries->first()).ok());
        dialogues->first().note = crlf;
        dialogues->first().gaps = QStringLiteral("-") + padded;
        QVERIFY(DialogueRepository(c).update(dialogues->first()).ok());
        fora->first().note = QStringLiteral("@SUM(1+1)") + padded;
        QVERIFY(ForumRepository(c).update(fora->first()).ok());
        events->first().note = padded;
        events->first().summary = QStringLiteral("+81 3 ") + crlf;
        events->first().titleEn = QStringLiteral("𠮷野家 髙橋 﨑 😀");
        QVERIFY(EventRepository(c).update(events->first()).ok());
        agreements->first().note = QStringLiteral("'") + formula;
        QVERIFY(AgreementRepository(c).update(agreements->first()).ok());
        for (const QString& description : {crlf, padded, formula, crlf + QStringLiteral(" ")}) {
            Action a;
            a.eventId = events->first().id;
            a.description = description;
            a.owner = padded;
            a.note = QStringLiteral("\t") + formula;
            QVERIFY(ActionRepository(c).insert(a).ok());
        }
        const QJsonObject before = snapshot(db.db());
        QTemporaryDir dir;
        for (const QString& kind : CsvLayout::kinds()) {
            const QString file = dir.filePath(kind + QStringLiteral(".csv"));
            QVERIFY(Exporter(db.db()).exportTo(QStringLiteral("csv"), kind, file).ok());
            auto dry = Importer(db.db()).importFile(file, {}, true);
            QVERIFY2(dry.ok(), qPrintable(kind + QStringLiteral(": ") + dry.error()));
            QVERIFY2(dry->added.isEmpty() && dry->changed.isEmpty(),
                     qPrintable(kind + QStringLiteral(": ") + dry->summary()));
            auto done = Importer(db.db()).importFile(file, {}, false);
            QVERIFY2(done.ok(), qPrintable(done.error()));
            compareDumps(snapshot(db.db()), before);
        }
        // The cell that would run is written behind an apostrophe, in the export and in `list`'s writer alike.
        QFile f(dir.filePath(QStringLiteral("countries.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(",'=cmd|' /C calc'!A0,"));
    }

    void csvEditsOfGeneratedRecordsChangeExactlyTheEdits()
    {
        // liaison-bench's records: dialogues, fora and events without keys, actions with repeated descriptions.
        TestDatabase db(TestDatabase::Fill::Empty);
        DataGenerator::Options o;
        o.events = 120;
        o.countries = 20;
        o.fora = 6;
        QVERIFY(DataGenerator::generate(db.db(), o).ok());
        QTemporaryDir dir;
        for (const QString& kind : CsvLayout::kinds()) {
            const QJsonObject before = snapshot(db.db());
            const QString file = dir.filePath(kind + QStringLiteral(".csv"));
            QVERIFY(Exporter(db.db()).exportTo(QStringLiteral("csv"), kind, file).ok());
            auto same = Importer(db.db()).importFile(file, {}, true);
            QVERIFY2(same.ok(), qPrintable(kind + QStringLiteral(": ") + same.error()));
            QVERIFY2(same->added.isEmpty() && same->changed.isEmpty(),
                     qPrintable(kind + QStringLiteral(": ") + same->summary()));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto rows = CsvReader::read(f.readAll(), file);
            QVERIFY(rows.ok());
            if (rows->size() < 3)
                continue; // nothing of this kind generated
            // One text edit on the last row; on actions the description itself, which used to add a duplicate.
            const QStringList header = rows->first().fields;
            const QString column = kind == QLatin1String("actions")     ? QStringLiteral("description")
                                   : kind == QLatin1String("countries") ? QStringLiteral("name_en")
                                                                        : QStringLiteral("note");
            const qsizetype at = header.indexOf(column);
            QVERIFY(at >= 0);
            // A line break where the field takes one; a name is one line (a break there is refused).
            const QString edited = column == QLatin1String("name_en") ? QStringLiteral("Edited in a spreadsheet ")
                                                                      : QStringLiteral("Edited\r\nin a spreadsheet ");
            CsvRow& last = (*rows)[rows->size() - 1];
            last.fields[at] = edited;
            QByteArray out;
            for (const CsvRow& r : std::as_const(*rows))
                out += CsvReader::formatRow(r.fields).toUtf8() + "\r\n";
            auto dry = Importer(db.db()).importBytes(out, file, {}, true);
            QVERIFY2(dry.ok(), qPrintable(kind + QStringLiteral(": ") + dry.error()));
            QVERIFY2(dry->added.isEmpty(), qPrintable(kind + QStringLiteral(": ") + dry->summary()));
            QCOMPARE(dry->changed.value(kind), 1);
            QCOMPARE(dry->changes.first().fields, QStringList{column});
            auto done = Importer(db.db()).importBytes(out, file, {}, false);
            QVERIFY2(done.ok(), qPrintable(kind + QStringLiteral(": ") + done.error()));
            // The stored records are the ones before with that one field changed; keyless ones stay keyless.
            QJsonObject expected = before;
            QJsonArray list = expected.value(kind).toArray();
            QJsonObject record = list.last().toObject();
            record.insert(column, edited);
            list.replace(list.size() - 1, record);
            expected.insert(kind, list);
            compareDumps(snapshot(db.db()), expected);
        }
    }

    void csvRowsOfKeylessRecordsFindThemByTheirExportedKey()
    {
        // Events whose dialogue has no key name it "dialogue-<id>"; an edited event keeps that dialogue.
        TestDatabase db(TestDatabase::Fill::Empty);
        DataGenerator::Options o;
        o.events = 40;
        o.countries = 12;
        o.fora = 4;
        QVERIFY(DataGenerator::generate(db.db(), o).ok());
        auto events = EventRepository(db.db().connection()).all();
        QVERIFY(events.ok());
        const Event* withDialogue = nullptr;
        for (const Event& e : *events) {
            if (e.dialogueId != 0 && e.key.isEmpty()) {
                withDialogue = &e;
                break;
            }
        }
        QVERIFY(withDialogue);
        const QByteArray csv = QStringLiteral("key,dialogue,title_en,id\r\nevent-%1,dialogue-%2,Retitled,%1\r\n")
                                   .arg(withDialogue->id)
                                   .arg(withDialogue->dialogueId)
                                   .toUtf8();
        auto r = Importer(db.db()).importBytes(csv, QStringLiteral("e.csv"), {}, false);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->changed.value(QStringLiteral("events")), 1);
        auto after = EventRepository(db.db().connection()).byId(withDialogue->id);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->titleEn, QStringLiteral("Retitled"));
        QCOMPARE(after->dialogueId, withDialogue->dialogueId);
        QVERIFY(after->key.isEmpty());
    }

    void csvIdOfAnotherRecordIsNotTrusted()
    {
        // An id whose record has another key (a file from another database) does not pick that record.
        TestDatabase db;
        auto events = EventRepository(db.db().connection()).all();
        QVERIFY(events.ok() && events->size() > 2);
        const Event& a = events->at(0);
        const Event& b = events->at(1);
        const QByteArray csv = QStringLiteral("key,title_en,id\r\n%1,Renamed A,%2\r\n").arg(a.key).arg(b.id).toUtf8();
        auto r = Importer(db.db()).importBytes(csv, QStringLiteral("e.csv"), {}, true);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->changed.value(QStringLiteral("events")), 1);
        QCOMPARE(r->changes.first().key, a.key);
        auto bad =
            Importer(db.db()).importBytes("key,title_en,id\r\nx-1,X,seven\r\n", QStringLiteral("e.csv"), {}, true);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("e.csv: line 2, field id: 'seven' is not a record id")),
                 qPrintable(bad.error()));
    }

    void actionsWithTheSameDescriptionMatchInOrder()
    {
        TestDatabase db;
        const QByteArray csv = "event,description,status\n"
                               "jp-gb-r1,Send the contact list,open\n"
                               "jp-gb-r1,Send the contact list,open\n";
        auto first = Importer(db.db()).importBytes(csv, QStringLiteral("a.csv"), {}, false);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->added.value(QStringLiteral("actions")), 2);
        auto again = Importer(db.db()).importBytes(csv, QStringLiteral("a.csv"), {}, true);
        QVERIFY(again.ok());
        QVERIFY(again->added.isEmpty() && again->changed.isEmpty());
        auto second = Importer(db.db()).importBytes(QByteArray(csv).replace("list,open\n", "list,done\n").replace(
                                                        "list,done\njp-gb-r1,Send the contact list,done", "list,open\njp-gb-r1,Send the contact list,done"),
                                                    QStringLiteral("a.csv"), {}, true);
        QVERIFY(second.ok());
        QCOMPARE(second->changed.value(QStringLiteral("actions")), 1);
        QCOMPARE(second->changes.first().key, QStringLiteral("jp-gb-r1 / Send the contact list / #2"));
        QCOMPARE(second->changes.first().fields, QStringList{QStringLiteral("status")});
    }

    void allOrNothing()
    {
        // The second row is bad: the first, valid one is not imported either.
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        auto r = Importer(db.db()).importBytes("key,title_en,start_date\ngood-1,Good,2020-01-01\nbad-2,Bad,2020-02-30x\n",
                                               QStringLiteral("mixed.csv"), {}, false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("mixed.csv: line 3, field start_date")), qPrintable(r.error()));
        QCOMPARE(snapshot(db.db()), before);
        // A failure in the database itself (a second event of the same dialogue round) rolls everything back.
        auto clash = Importer(db.db()).importBytes(
            "key,dialogue,round_number,title_en\nnew-a,jp-gb,77,A\nnew-b,jp-gb,77,B\n", QStringLiteral("clash.csv"), {},
            false);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().contains(QStringLiteral("clash.csv")), qPrintable(clash.error()));
        QCOMPARE(snapshot(db.db()), before);
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); ///< text the error must contain, or "stored:KEY=TITLE"
        auto bad = [](const char* f, const char* e) { QTest::newRow(f) << QString::fromLatin1(f) << QString::fromUtf8(e); };
        bad("csv_unterminated_quote.csv", "line 2, column 7: the quoted field that starts here is never closed");
        bad("csv_wrong_column_count.csv", "line 3: 3 fields where the header has 5");
        bad("csv_bad_date.csv", "line 2, field start_date: “2020-13-45” is not a date");
        bad("csv_unknown_enum.csv", "line 2, field status: “postponed” is not one of the allowed values");
        bad("csv_end_before_start.csv", "line 2, field end_date: The end (2020-04-01) is before the start (2020-05-01).");
        bad("csv_duplicate_keys.csv", "line 3, field key: event key 'bad-1' appears twice");
        bad("csv_unknown_column.csv", "line 1: the header does not match any CSV layout");
        bad("csv_stray_quote.csv", "line 2, column 9: a quote inside an unquoted field");
        bad("json_truncated.json", "line 1: not valid JSON");
        bad("json_wrong_types.json", "$.events[0].title_en: expected text");
        bad("json_deep_nesting.json", "not valid JSON: too deeply nested document");
        bad("json_unknown_reference.json", "$.events[0].dialogue: no dialogue with key 'no-such-dialogue'");
        bad("csv_unknown_column_with_what", "line 1, column 3: 'colour' is not a column of events");
        bad("enc_invalid_bytes.csv", "line 2, column 10: byte 0xe9 is neither UTF-8 nor Shift_JIS");
        bad("enc_utf16_no_bom.csv", "line 1, column 2: a NUL byte");
        bad("inj_sql_html.csv", "stored:ok-inj-1='); DROP TABLE event;--");
        bad("inj_sql_html.csv#2", "stored:ok-inj-2=<img src=x onerror=alert(1)>");
        bad("enc_shift_jis.csv", "stored:ok-sjis-1=日本語の会議①");
        bad("enc_utf16.csv", "stored:ok-utf16-1=会議 UTF-16");
    }

    void badInputs()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        file = file.section(QLatin1Char('#'), 0, 0);
        QString what;
        if (file.endsWith(QLatin1String("_with_what"))) {
            file = file.chopped(10) + QStringLiteral(".csv");
            what = QStringLiteral("events");
        }
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        const QString path = QStringLiteral(LIAISON_TEST_DATA "/bad/") + file;
        auto r = Importer(db.db()).importFile(path, what, false);
        if (!expected.startsWith(QLatin1String("stored:"))) {
            QVERIFY2(!r.ok(), "the import must fail");
            QVERIFY2(r.error().startsWith(path + QStringLiteral(": ")), qPrintable(r.error()));
            QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
            QCOMPARE(snapshot(db.db()), before);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const QString key = expected.mid(7).section(QLatin1Char('='), 0, 0);
        const QString title = expected.section(QLatin1Char('='), 1);
        auto events = EventRepository(db.db().connection()).all();
        QVERIFY(events.ok());
        QString stored;
        for (const Event& e : *events) {
            if (e.key == key)
                stored = e.titleEn;
        }
        QCOMPARE(stored, title);
    }

    void aKeyOrListGivenTwiceIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        // QJsonDocument keeps the last: the marking 3 became 0, and the first list of events was dropped.
        QTest::newRow("field") << dump(R"("events": [{"key": "twice-1", "title_en": "T", "classification": 3,
  "note": "n", "classification": 0}])")
                               << QStringLiteral(
                                      "line 3, column 16: $.events[0]: the key \"classification\" appears twice");
        QTest::newRow("list") << dump(R"("events": [{"key": "twice-1", "title_en": "T"}],
"events": [])") << QStringLiteral("line 3, column 1: $: the key \"events\" appears twice");
        QTest::newRow("escaped") << dump(R"("events": [{"key": "twice-1", "title_en": "T", "t\u0069tle_en": "U"}])")
                                 << QStringLiteral("the key \"title_en\" appears twice");
    }

    void aKeyOrListGivenTwiceIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        for (bool dry : {true, false}) {
            auto r = Importer(db.db()).importBytes(json, QStringLiteral("twice.json"), {}, dry);
            checkRefusal(r, QStringLiteral("twice.json"), expected);
        }
        QCOMPARE(snapshot(db.db()), before);
    }

    void anUnknownFieldOrListIsRefusedWithTheNearestName_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("field") << dump(R"("events": [{"key": "jp-gb-r1", "title_en": "T", "classifcation": 3}])")
                               << QStringLiteral("$.events[0].classifcation: no field of this name is known here; did "
                                                 "you mean \"classification\"?");
        QTest::newRow("list") << dump(R"("evnets": [{"key": "jp-gb-r1", "title_en": "T"}])")
                              << QStringLiteral(
                                     "$.evnets: no list of this name is known here; did you mean \"events\"?");
        QTest::newRow("participant")
            << dump(R"("events": [{"key": "new-1", "title_en": "T", "participants": [{"country": "JP", "rol": "x"}]}])")
            << QStringLiteral(
                   "$.events[0].participants[0].rol: no field of this name is known here; did you mean \"role\"?");
        QTest::newRow("provision") << dump(R"("policy_items": [{"key": "new-p", "title_en": "T",
  "provisions": [{"key": "new-p-1", "article": "1", "clasification": 3}]}])")
                                   << QStringLiteral("$.policy_items[0].provisions[0].clasification");
    }

    void anUnknownFieldOrListIsRefusedWithTheNearestName()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        auto r = Importer(db.db()).importBytes(json, QStringLiteral("typo.json"), {}, false);
        checkRefusal(r, QStringLiteral("typo.json"), expected);
        QCOMPARE(snapshot(db.db()), before);
    }

    void invalidUnicodeIsRefusedWithLineAndColumn()
    {
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        // A lone surrogate escaped in JSON: QJsonDocument turned "ab\ud800cd" into "ab" U+10063 "d".
        auto json = Importer(db.db()).importBytes(dump(R"("events": [{"key": "u-1", "title_en": "ab\ud800cd"}])"),
                                                  QStringLiteral("lone.json"), {}, false);
        checkRefusal(json, QStringLiteral("lone.json"),
                     QStringLiteral("line 2, column 42: $.events[0].title_en: \\ud800 is half of a character"));
        auto low = Importer(db.db()).importBytes(dump(R"("events": [{"key": "u-1", "title_en": "ab\udc00"}])"),
                                                 QStringLiteral("low.json"), {}, false);
        checkRefusal(low, QStringLiteral("low.json"), QStringLiteral("lone low surrogate"));
        // The same in a UTF-16 file: the decoder passed it through.
        QString csv = QStringLiteral("key,title_en\r\nu-2,ab");
        csv += QChar(0xD800);
        csv += QStringLiteral("cd\r\n");
        QByteArray utf16("\xFF\xFE");
        for (const QChar c : std::as_const(csv)) {
            utf16 += char(c.unicode() & 0xFF);
            utf16 += char(c.unicode() >> 8);
        }
        auto file = Importer(db.db()).importBytes(utf16, QStringLiteral("lone.csv"), {}, false);
        checkRefusal(file, QStringLiteral("lone.csv"),
                     QStringLiteral("line 2, column 7: U+D800 is half of a character"));
        QCOMPARE(snapshot(db.db()), before);
    }

    void controlAndDirectionCharactersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); ///< empty: imported
        QTest::newRow("json NUL") << dump(R"("events": [{"key": "c-1", "title_en": "a\u0000b"}])") << "c.json"
                                  << "$.events[0].title_en: A NUL character at position 2";
        QTest::newRow("json bell") << dump(R"("events": [{"key": "c-1", "title_en": "a\u0007b"}])") << "c.json"
                                   << "$.events[0].title_en: The invisible control character U+0007 at position 2";
        QTest::newRow("json line break in title")
            << dump(R"("events": [{"key": "c-1", "title_en": "a\nb"}])") << "c.json"
            << "$.events[0].title_en";
        QTest::newRow("json override in title")
            << dump(R"("events": [{"key": "c-1", "title_en": "a\u202Eb"}])") << "c.json"
            << "$.events[0].title_en: The direction control U+202E at position 2";
        QTest::newRow("json isolate in a list")
            << dump(R"("events": [{"key": "c-1", "title_en": "a", "delegation_heads": ["x\u2066y"]}])") << "c.json"
            << "$.events[0].delegation_heads[0]: The direction control U+2066";
        QTest::newRow("json tag") << dump(R"("events": [{"key": "c-1", "title_en": "a", "tags": ["x\u0001"]}])")
                                  << "c.json"
                                  << "$.events[0].tags[0]";
        QTest::newRow("csv NUL escaped by no one") << QByteArray("key,title_en\nc-1,a\x01"
                                                                 "b\n")
                                                   << "c.csv"
                                                   << "line 2, field title_en: The invisible control character U+0001";
        QTest::newRow("json tab and line breaks in a note")
            << dump(R"("events": [{"key": "c-1", "title_en": "a", "note": "one\ttwo\r\nthree"}])") << "c.json"
            << "";
    }

    void controlAndDirectionCharactersAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        auto r = Importer(db.db()).importBytes(bytes, file, {}, false);
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            return;
        }
        checkRefusal(r, file, expected);
        QCOMPARE(snapshot(db.db()), before);
    }

    void theDryRunAndTheImportAgree_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (const char* date : {" 2030-01-01", "3000", "9999-12-31", "0999"}) {
            QTest::addRow("json '%s'", date)
                << dump(QByteArray(R"("events": [{"key": "d-1", "title_en": "T", "start_date": ")") + date + "\"}]")
                << "d.json"
                << QStringLiteral("$.events[0].start_date: \u201c%1\u201d is not a date").arg(QString::fromLatin1(date));
            QTest::addRow("csv '%s'", date) << QByteArray("key,title_en,start_date\nd-1,T,") + date + "\n"
                                            << "d.csv"
                                            << "d.csv: line 2, field start_date";
        }
        QTest::newRow("round")
            << dump(R"("events": [{"key": "d-1", "dialogue": "jp-gb", "title_en": "T", "round_number": 10001}])")
            << "d.json"
            << "$.events[0].round_number: Round is a whole number from 1 to 10000.";
        QTest::newRow("code") << dump(R"("countries": [{"code": "Z", "name_en": "Zed"}])") << "d.json"
                              << "$.countries[0].code";
        QTest::newRow("expiry")
            << dump(
                   R"("agreements": [{"key": "a-1", "title_en": "A", "signed_date": "2020-05", "expiry_date": "2020"}])")
            << "d.json"
            << "$.agreements[0].expiry_date: The expiry (2020) is before the signature (2020-05)";
        // The database refuses it (one round number per dialogue): the line and key, not SQL.
        QTest::newRow("clash") << QByteArray("key,dialogue,round_number,title_en\nnew-a,jp-gb,77,A\nnew-b,jp-gb,77,B\n")
                               << "clash.csv"
                               << "clash.csv: line 3 (new-b): nothing was imported: field dialogue_id, round_number";
    }

    void theDryRunAndTheImportAgree()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        auto dry = Importer(db.db()).importBytes(bytes, file, {}, true);
        checkRefusal(dry, file, expected);
        auto r = Importer(db.db()).importBytes(bytes, file, {}, false);
        checkRefusal(r, file, expected);
        QCOMPARE(r.error(), dry.error());
        QCOMPARE(snapshot(db.db()), before);
    }

    void aSecondImportWaitsForTheFirst()
    {
        // The other import holds the write lock and has added ZZ, not yet committed; when this import finds the
        // database locked, the other commits. This import must then compare with ZZ stored, not insert it again
        // ("UNIQUE constraint failed: country.code", blamed on the file).
        TestDatabase db;
        auto other = Database::open(db.path(), Database::Mode::OpenExisting);
        QVERIFY2(other, qPrintable(other.error()));
        struct Hook
        {
            QSqlDatabase db;
            bool committed = false;
        } hook{(*other)->connection()};
        QSqlQuery q(hook.db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO country (code, name_en) VALUES ('ZZ', 'Zedland')")));
        q.finish();
        auto* handle = static_cast<sqlite3*>(SqlFunctions::handle(db.db().connection()));
        QVERIFY(handle);
        sqlite3_busy_handler(
            handle,
            [](void* p, int) -> int {
                auto* h = static_cast<Hook*>(p);
                if (!h->committed) {
                    QSqlQuery commit(h->db);
                    h->committed = commit.exec(QStringLiteral("COMMIT"));
                }
                return h->committed ? 1 : 0;
            },
            &hook);
        auto r =
            Importer(db.db()).importBytes(dump(R"("countries": [{"code": "ZZ", "name_en": "Zedland", "note": "n"}])"),
                                          QStringLiteral("zz.json"), {}, false);
        sqlite3_busy_timeout(handle, 5000);
        QVERIFY(hook.committed);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->changed.value(QStringLiteral("countries")), 1);
        QCOMPARE(r->added.value(QStringLiteral("countries")), 0);

        // An import that holds the lock for longer than this one waits: refused as busy, never blamed on the file.
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        sqlite3_busy_timeout(handle, 0);
        auto busy = Importer(db.db()).importBytes(dump(R"("countries": [{"code": "ZY", "name_en": "Zyland"}])"),
                                                  QStringLiteral("zy.json"), {}, false);
        sqlite3_busy_timeout(handle, 5000);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(!busy.ok());
        QVERIFY2(busy.error().startsWith(
                     QStringLiteral("Nothing was imported from zy.json, and the file was not checked: ")),
                 qPrintable(busy.error()));
        QVERIFY2(busy.error().contains(QStringLiteral("busy")), qPrintable(busy.error()));
    }

    void aRefusedImportLeavesNoFiles()
    {
        TestDatabase db;
        AttachmentStore store(db.db());
        QTemporaryDir dir;
        const QByteArray kept = "in the store before the import";
        const QString keptPath = dir.filePath(QStringLiteral("kept.txt"));
        {
            QFile f(keptPath);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kept) == kept.size());
        }
        QVERIFY(store.add(QStringLiteral("country"), 1, keptPath));
        const QByteArray fresh = "new with this import";
        auto attachment = [](const char* record, const char* key, const char* name, const QByteArray& content) {
            return QStringLiteral(
                       R"({"record": "%1", "key": "%2", "name": "%3", "sha256": "%4", "size": %5, "content": "%6"})")
                .arg(QLatin1String(record), QLatin1String(key), QLatin1String(name), sha256(content))
                .arg(content.size())
                .arg(QString::fromLatin1(content.toBase64()))
                .toUtf8();
        };
        // The third attachment names a dialogue that does not exist: refused by path and field, before any file.
        const QByteArray json = dump("\"attachments\": [" + attachment("event", "jp-gb-r1", "kept.txt", kept) + ", " +
                                     attachment("event", "jp-gb-r1", "fresh.txt", fresh) + ", " +
                                     attachment("dialogue", "no-such-dialogue", "x.txt", fresh) + "]");
        const QJsonObject before = snapshot(db.db());
        auto r = Importer(db.db()).importBytes(json, QStringLiteral("files.json"), {}, false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(
                     QStringLiteral("files.json: $.attachments[2].key: no dialogue with key 'no-such-dialogue'")),
                 qPrintable(r.error()));
        QCOMPARE(snapshot(db.db()), before);
        QVERIFY2(!QFileInfo::exists(store.fileFor(sha256(fresh))), "a refused import left its file in the store");
        QVERIFY2(QFileInfo::exists(store.fileFor(sha256(kept))), "a file there before the import was removed");
        QCOMPARE(AttachmentRepository(db.db().connection()).all()->size(), 1);

        // The rows are written, then a file cannot be (a folder stands where it goes): the import is rolled back,
        // the file it had already added goes, the one there before stays.
        const QByteArray blocked = "cannot be stored";
        QVERIFY(QDir().mkpath(store.fileFor(sha256(blocked))));
        const QByteArray json2 = dump("\"attachments\": [" + attachment("event", "jp-gb-r1", "kept.txt", kept) + ", " +
                                      attachment("event", "jp-gb-r1", "fresh.txt", fresh) + ", " +
                                      attachment("event", "jp-gb-r1", "blocked.txt", blocked) + "]");
        auto r2 = Importer(db.db()).importBytes(json2, QStringLiteral("files.json"), {}, false);
        QVERIFY(!r2.ok());
        QVERIFY2(r2.error().startsWith(QStringLiteral("files.json: nothing was imported")), qPrintable(r2.error()));
        QCOMPARE(snapshot(db.db()), before);
        QVERIFY2(!QFileInfo::exists(store.fileFor(sha256(fresh))), "a rolled-back import left its file in the store");
        QVERIFY2(QFileInfo::exists(store.fileFor(sha256(kept))), "a file there before the import was removed");
        QCOMPARE(AttachmentRepository(db.db().connection()).all()->size(), 1);
    }

    void provisionMarkingsSurviveTheDump()
    {
        TestDatabase source;
        const QSqlDatabase db = source.db().connection();
        auto policies = PolicyRepository(db).all();
        QVERIFY(policies);
        PolicyItem item;
        for (const PolicyItem& p : *policies) {
            if (!p.provisions.isEmpty())
                item = p;
        }
        QVERIFY(!item.provisions.isEmpty());
        item.provisions[0].classification = 3;
        item.provisions[0].unconfirmed = true;
        item.provisions[0].unconfirmedFields = {QStringLiteral("subject_en")};
        QVERIFY(PolicyRepository(db).update(item));
        const QString key = item.provisions[0].key;
        auto provisionOf = [&key](Database& d) {
            const auto all = PolicyRepository(d.connection()).all();
            for (const PolicyItem& p : *all) {
                for (const Provision& pr : p.provisions) {
                    if (pr.key == key)
                        return pr;
                }
            }
            return Provision{};
        };
        QCOMPARE(provisionOf(source.db()).classification, 3);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dump.json"));
        TestDatabase target(TestDatabase::Fill::Empty);
        auto r = dumpInto(source.db(), target.db(), file);
        QVERIFY2(r, qPrintable(r.error()));
        const Provision copied = provisionOf(target.db());
        QCOMPARE(copied.key, key);
        QCOMPARE(copied.classification, 3); // was 0: a Secret article printed in an UNCLASSIFIED pack
        QVERIFY(copied.unconfirmed);
        QCOMPARE(copied.unconfirmedFields, QStringList{QStringLiteral("subject_en")});

        // The dump re-imported with only the policy's title edited leaves its provision's marking as it is.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray items = root.value(QStringLiteral("policy_items")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject o = items.at(i).toObject();
            if (o.value(QStringLiteral("key")).toString() == item.key) {
                o.insert(QStringLiteral("title_en"),
                         o.value(QStringLiteral("title_en")).toString() + QStringLiteral(" (edited)"));
                items.replace(i, o);
            }
        }
        root.insert(QStringLiteral("policy_items"), items);
        auto edited =
            Importer(source.db()).importBytes(QJsonDocument(root).toJson(), QStringLiteral("edited.json"), {}, false);
        QVERIFY2(edited, qPrintable(edited.error()));
        QCOMPARE(edited->changed.value(QStringLiteral("policy_items")), 1);
        QCOMPARE(provisionOf(source.db()).classification, 3);
    }

    void hugeField()
    {
        // 10 MB in one field, generated here rather than kept in git: refused by the length rule, by line and field.
        TestDatabase db;
        const QJsonObject before = snapshot(db.db());
        QByteArray csv = "key,title_en,summary\nhuge-1,Huge,\"";
        csv += QByteArray(10 * 1024 * 1024, 'x');
        csv += "\"\n";
        auto r = Importer(db.db()).importBytes(csv, QStringLiteral("huge.csv"), {}, false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("huge.csv: line 2, field summary: Too long: 10485760 characters; at most 20000.")),
                 qPrintable(r.error().left(300)));
        QCOMPARE(snapshot(db.db()), before);
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_Importer.moc"
