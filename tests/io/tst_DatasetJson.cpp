// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DatasetJson.h"
#include "storage/DatasetStore.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

class tst_DatasetJson : public QObject
{
    Q_OBJECT
private:
    static QJsonObject original()
    {
        QFile f(TestDatabase::datasetPath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    /// Every field path a dump has ("events.participants.side"), nested lists of objects joined by dots.
    static void fieldPaths(const QJsonObject& o, const QString& prefix, QSet<QString>& out)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            out.insert(path);
            if (it.value().isArray()) {
                for (const QJsonValue& v : it.value().toArray()) {
                    if (v.isObject())
                        fieldPaths(v.toObject(), path, out);
                }
            } else if (it.value().isObject() && prefix.isEmpty()) {
                fieldPaths(it.value().toObject(), path, out); // "meta"
            }
        }
    }

private slots:
    void bundledDatasetIsComplete()
    {
        auto d = DatasetJson::bundled();
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->countries.size(), 25);
        QCOMPARE(d->dialogues.size(), 16);
        QCOMPARE(d->fora.size(), 15);
        QCOMPARE(d->policyItems.size(), 17);
        int provisions = 0;
        for (const PolicyItem& p : d->policyItems)
            provisions += p.provisions.size();
        QCOMPARE(provisions, 2);
        QVERIFY(d->events.size() > 60);
    }

    void writesBackWhatItRead()
    {
        auto d = DatasetJson::readFile(TestDatabase::datasetPath());
        QVERIFY2(d, qPrintable(d.error()));
        const QJsonObject written = DatasetJson::toJson(*d);
        const QJsonObject source = original();
        for (const QString& list : source.keys())
            QVERIFY2(written.value(list) == source.value(list), qPrintable(list));
    }

    void badInputNamesThePlace_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad date") << "events" << 3 << "start_date" << QJsonValue("2012-13") << "$.events[3].start_date";
        QTest::newRow("unknown dialogue") << "events" << 0 << "dialogue" << QJsonValue("nope") << "$.events[0].dialogue";
        QTest::newRow("unknown kind") << "events" << 1 << "kind" << QJsonValue("party") << "$.events[1].kind";
        QTest::newRow("number as text") << "events" << 1 << "round_number" << QJsonValue("3") << "$.events[1].round_number";
        QTest::newRow("bad source") << "countries" << 0 << "sources" << QJsonValue(QJsonArray{"file:///etc/passwd"})
                                    << "$.countries[0].sources[0]";
        QTest::newRow("duplicate code") << "countries" << 1 << "code" << QJsonValue("JP") << "$.countries[1].code";
        QTest::newRow("no name") << "dialogues" << 2 << "name_en" << QJsonValue() << "$.dialogues[2].name_en";
        QTest::newRow("unknown party") << "dialogues" << 0 << "parties" << QJsonValue(QJsonArray{"JP", "XX"})
                                       << "$.dialogues[0].parties";
        QTest::newRow("over-long tag") << "countries" << 0 << "tags" << QJsonValue(QJsonArray{"ok", QString(101, QLatin1Char('x'))})
                                       << "$.countries[0].tags[1]";
        QTest::newRow("empty tag") << "policy_items" << 0 << "tags" << QJsonValue(QJsonArray{" "}) << "$.policy_items[0].tags[0]";
        QTest::newRow("tag not text") << "fora" << 0 << "tags" << QJsonValue(QJsonArray{3}) << "$.fora[0].tags[0]";
    }
    void badInputNamesThePlace()
    {
        QFETCH(QString, list);
        QFETCH(int, index);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject root = original();
        QJsonArray a = root.value(list).toArray();
        QJsonObject o = a.at(index).toObject();
        o.insert(field, value);
        if (field == QLatin1String("name_en"))
            o.insert(QStringLiteral("name_ja"), QJsonValue());
        a.replace(index, o);
        root.insert(list, a);
        auto d = DatasetJson::parse(QJsonDocument(root).toJson(), QStringLiteral("broken.json"));
        QVERIFY(!d);
        QVERIFY2(d.error().startsWith(QStringLiteral("broken.json: ")), qPrintable(d.error()));
        QVERIFY2(d.error().contains(expected), qPrintable(d.error()));
    }

    void organizationsAreWrittenOnlyWhenThereAreSome()
    {
        auto d = DatasetJson::bundled();
        QVERIFY(d);
        QVERIFY(!DatasetJson::toJson(*d).contains(QStringLiteral("organizations"))); // the bundled form stays as it is
        Organization o;
        o.id = 12;
        o.country = QStringLiteral("JP");
        o.acronym = QStringLiteral("TESTCERT");
        o.sources = {QStringLiteral("https://example.org/cert")};
        o.tags = {QStringLiteral("CERT")};
        d->organizations << o;
        d->events.first().participants << Participant{0, {}, {}, {}, QStringLiteral("observer"), 12};
        const QJsonObject root = DatasetJson::toJson(*d);
        QCOMPARE(root.value(QStringLiteral("organizations")).toArray().size(), 1);
        auto back = DatasetJson::parseObject(root, QStringLiteral("dump.json"));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->organizations, d->organizations);
        QCOMPARE(back->events.first().participants.last().organizationId, qint64(12));
    }

    void badOrganizationsNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("organizations");
        QTest::addColumn<QByteArray>("participant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no id") << QByteArray("[{\"acronym\": \"A\"}]") << QByteArray("{}")
                               << "$.organizations[0].id: required";
        QTest::newRow("id as text") << QByteArray("[{\"id\": \"3\", \"acronym\": \"A\"}]") << QByteArray("{}")
                                    << "$.organizations[0].id: expected a positive whole number";
        QTest::newRow("id twice") << QByteArray("[{\"id\": 3, \"acronym\": \"A\"}, {\"id\": 3, \"acronym\": \"B\"}]")
                                  << QByteArray("{}") << "$.organizations[1].id: organization id 3 appears twice";
        QTest::newRow("no name") << QByteArray("[{\"id\": 3, \"kind\": \"CERT\"}]") << QByteArray("{}")
                                 << "$.organizations[0].name_en: Enter a name in English or Japanese, or an acronym.";
        QTest::newRow("unknown country") << QByteArray("[{\"id\": 3, \"acronym\": \"A\", \"country\": \"XX\"}]")
                                         << QByteArray("{}") << "$.organizations[0].country: no country with code 'XX'";
        QTest::newRow("bad url") << QByteArray("[{\"id\": 3, \"acronym\": \"A\", \"url\": \"ftp://x\"}]") << QByteArray("{}")
                                 << "$.organizations[0].url";
        QTest::newRow("unknown organization") << QByteArray("[{\"id\": 3, \"acronym\": \"A\"}]")
                                              << QByteArray("{\"organization\": 4}")
                                              << "$.events[0].participants[0].organization: no organization with id 4";
        QTest::newRow("participant of nothing") << QByteArray("[]") << QByteArray("{\"role\": \"host\"}")
                                                << "$.events[0].participants[0].country: Each participant needs a country, an organization or a name.";
    }
    void badOrganizationsNameThePlace()
    {
        QFETCH(QByteArray, organizations);
        QFETCH(QByteArray, participant);
        QFETCH(QString, expected);
        const QByteArray json = "{\"format\": \"liaison-dataset\", \"version\": 1, \"countries\": [], \"dialogues\": [], "
                                "\"fora\": [], \"agreements\": [], \"policy_items\": [], \"organizations\": " +
                                organizations + ", \"events\": [{\"key\": \"e\", \"title_en\": \"E\", \"participants\": [" +
                                participant + "]}]}";
        auto d = DatasetJson::parse(json, QStringLiteral("orgs.json"));
        QVERIFY(!d);
        QVERIFY2(d.error().contains(QStringLiteral("orgs.json: ") + expected), qPrintable(d.error()));
    }

    void malformedJsonNamesTheLine()
    {
        auto d = DatasetJson::parse("{\n  \"format\": \"liaison-dataset\",\n  oops\n}", QStringLiteral("x.json"));
        QVERIFY(!d);
        QVERIFY2(d.error().startsWith(QStringLiteral("x.json: line 3")), qPrintable(d.error()));
    }

    void everyStoredColumnIsInTheDump()
    {
        // Each column of each table: the dump field that holds it, or "-" and why it is not in the dump. A column
        // added to the schema fails here until it is written in the dump or listed with its reason.
        const QString kVersion =
            QStringLiteral("- the edit counter of this database (concurrent edits); an import starts it at 1");
        const QString kWritten = QStringLiteral("- when this database wrote the row; an import writes new rows");
        const QString kId = QStringLiteral("- the row id of this database; records are matched by key");
        const QString kPosition = QStringLiteral("- the order of the list, which the dump's list keeps");
        const QString kParent = QStringLiteral("- the record the row belongs to, which holds the list in the dump");
        const QString kUnused = QStringLiteral("- never written by the application (always the default)");
        QHash<QString, QString> where;
        auto record = [&](const QString& table, const QString& list, const QStringList& same,
                          const QList<std::pair<QString, QString>>& renamed = {}) {
            for (const QString& c : same)
                where.insert(table + QLatin1Char('.') + c, list + QLatin1Char('.') + c);
            for (const auto& [c, field] : renamed)
                where.insert(table + QLatin1Char('.') + c,
                             field.startsWith(QLatin1Char('-')) ? field : list + QLatin1Char('.') + field);
        };
        const QStringList meta{QStringLiteral("classification"), QStringLiteral("unconfirmed"),
                               QStringLiteral("unconfirmed_fields")};
        const QList<std::pair<QString, QString>> internal{{QStringLiteral("id"), kId},
                                                          {QStringLiteral("version"), kVersion},
                                                          {QStringLiteral("created_at"), kWritten},
                                                          {QStringLiteral("updated_at"), kWritten}};
        auto with = [&](QList<std::pair<QString, QString>> more) { return internal + more; };
        record(QStringLiteral("country"), QStringLiteral("countries"),
               QStringList{"code", "name_en", "name_ja", "iso_name_en", "iso_name_ja", "region", "kind", "note",
                           "beyond_seed", "short_forms"} +
                   meta,
               internal);
        record(QStringLiteral("organization"), QStringLiteral("organizations"),
               QStringList{"id", "acronym", "name_en", "name_ja", "kind", "url", "note"} + meta,
               {{"country_id", "country"}, {"version", kVersion}, {"created_at", kWritten}, {"updated_at", kWritten}});
        record(QStringLiteral("dialogue"), QStringLiteral("dialogues"),
               QStringList{"key", "kind", "name_en", "name_ja", "first_held", "first_held_note", "agreed_date",
                           "agreed_by", "status", "lead_agency", "gaps", "note", "beyond_seed"} +
                   meta,
               internal);
        record(QStringLiteral("dialogue_party"), QStringLiteral("dialogues"), {},
               {{"dialogue_id", kParent}, {"country_id", "parties"}, {"position", kPosition}});
        record(QStringLiteral("forum"), QStringLiteral("fora"),
               QStringList{"key", "acronym", "name_en", "name_ja", "former_name_en", "former_name_ja", "renamed",
                           "kind", "level", "founded", "incorporated", "url", "note", "japan_status", "japan_hosts",
                           "gaps"} +
                   meta,
               internal);
        record(QStringLiteral("forum_member"), QStringLiteral("fora"), {},
               {{"forum_id", kParent},
                {"country_id", "members.country"},
                {"since", "members.since"},
                {"position", kPosition}});
        record(QStringLiteral("event"), QStringLiteral("events"),
               QStringList{"key", "kind", "kind_note", "round_number", "title_en", "title_ja", "start_date", "end_date",
                           "date_note", "place", "format", "level", "status", "summary", "outcome", "delegation_heads",
                           "results_published", "note"} +
                   meta,
               with({{"dialogue_id", "dialogue"}, {"forum_id", "forum"}}));
        record(QStringLiteral("participant"), QStringLiteral("events"), {},
               with({{"event_id", kParent},
                     {"country_id", "participants.country"},
                     {"organization_id", "participants.organization"},
                     {"name", "participants.name"},
                     {"side", "participants.side"},
                     {"role", "participants.role"},
                     {"position", kPosition},
                     {"classification", kUnused},
                     {"unconfirmed", kUnused},
                     {"unconfirmed_fields", kUnused}}));
        record(QStringLiteral("action"), QStringLiteral("actions"),
               QStringList{"description", "owner", "due_date", "status", "note"} + meta, with({{"event_id", "event"}}));
        record(QStringLiteral("agreement"), QStringLiteral("agreements"),
               QStringList{"key", "kind", "title_en", "title_ja", "signed_date", "in_force_date", "expiry_date",
                           "review_date", "status", "url", "summary", "note"} +
                   meta,
               with({{"dialogue_id", "dialogue"}}));
        record(QStringLiteral("agreement_party"), QStringLiteral("agreements"), {},
               {{"agreement_id", kParent}, {"country_id", "parties"}, {"position", kPosition}});
        record(QStringLiteral("policy_item"), QStringLiteral("policy_items"),
               QStringList{"key", "kind", "title_en", "title_ja", "law_number", "issued_by", "date_note", "note"} +
                   meta,
               with({{"issued_date", "date"}, {"dates_json", "dates"}, {"revisions_json", "revisions"}}));
        record(QStringLiteral("provision"), QStringLiteral("policy_items.provisions"),
               QStringList{"key", "article", "label_en", "label_ja", "subject_en", "subject_ja"} + meta,
               with({{"policy_item_id", kParent}, {"position", kPosition}}));
        record(QStringLiteral("citation"), QStringLiteral("events"), {},
               {{"id", kId},
                {"provision_id", "cites"},
                {"event_id", kParent},
                {"agreement_id", kParent},
                {"note", kUnused}});
        record(QStringLiteral("source"), QStringLiteral("events"), {},
               {{"id", kId},
                {"entity", kParent},
                {"entity_id", kParent},
                {"position", kPosition},
                {"url", "sources"},
                {"note", kUnused}});
        record(QStringLiteral("tag"), QStringLiteral("tags"), {"name", "color"}, {{"id", kId}});
        record(QStringLiteral("entity_tag"), QStringLiteral("events"), {},
               {{"tag_id", "tags"}, {"entity", kParent}, {"entity_id", kParent}});
        record(QStringLiteral("attachment"), QStringLiteral("attachments"),
               {"sha256", "mime_type", "added_by", "classification", "created_at"},
               {{"id", kId},
                {"entity", "record"},
                {"entity_id", "key"},
                {"original_name", "name"},
                {"size_bytes", "size"},
                {"unconfirmed", kUnused},
                {"unconfirmed_fields", kUnused},
                {"version", kVersion},
                {"updated_at", kWritten}});
        record(QStringLiteral("app_meta"), QStringLiteral("meta"), {},
               {{"key", "- the name of a setting; the dataset.* settings are the dump's meta fields"},
                {"value", "scope_note"}});
        record(QStringLiteral("audit_log"), QString(), {},
               {{"id", "- the history of this database's edits: kept with the database and its backups"},
                {"at", "- history"},
                {"user_name", "- history"},
                {"entity", "- history"},
                {"entity_id", "- history"},
                {"action", "- history"},
                {"before_json", "- history"},
                {"after_json", "- history"},
                {"row_table", "- history"},
                {"row_id", "- history"}});
        const QString kDerived =
            QStringLiteral("- derived by triggers from the event's dialogue or forum, for sorting");
        record(QStringLiteral("event_series"), QString(), {},
               {{"event_id", kDerived}, {"series_en", kDerived}, {"series_ja", kDerived}});
        record(QStringLiteral("saved_view"), QString(), {},
               {{"id", "- a saved list filter: a setting of this database's user, not data"},
                {"name", "- setting"},
                {"section", "- setting"},
                {"filter_json", "- setting"},
                {"created_at", "- setting"},
                {"updated_at", "- setting"}});

        // A dump with every optional field set somewhere (most are written only when set).
        TestDatabase db;
        auto data = DatasetStore(db.db()).read();
        QVERIFY2(data, qPrintable(data.error()));
        Dataset d = *data;
        auto mark = [](RecordMeta& m) {
            m.classification = 3;
            m.unconfirmed = true;
            m.unconfirmedFields = {QStringLiteral("note")};
            m.sources = {QStringLiteral("https://example.org/")};
            m.tags = {QStringLiteral("CERT")};
        };
        d.tags = {Tag{0, QStringLiteral("CERT"), QStringLiteral("#1f77b4")}};
        mark(d.countries[0]);
        d.countries[0].shortForms = {QStringLiteral("豪")};
        mark(d.dialogues[0]);
        d.dialogues[0].leadAgency = QStringLiteral("MOFA");
        mark(d.fora[0]);
        mark(d.events[0]);
        d.events[0].citedKeys = {QStringLiteral("k")};
        d.events[0].participants = {
            Participant{0, QStringLiteral("JP"), QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("r"), 7}};
        mark(d.agreements[0]);
        d.agreements[0].citedKeys = {QStringLiteral("k")};
        Organization o;
        o.id = 7;
        o.country = QStringLiteral("JP");
        mark(o);
        d.organizations = {o};
        Action a;
        a.event = d.events[0].key;
        a.description = QStringLiteral("d");
        mark(a);
        d.actions = {a};
        PolicyItem& p = d.policyItems[0];
        mark(p);
        p.dates = {NamedDate{QStringLiteral("in_force"), QStringLiteral("2020")}};
        p.provisions = {Provision{}};
        mark(p.provisions[0]);
        p.provisions[0].subjectJa = QStringLiteral("主題");
        AttachedFile f;
        f.meta.entity = QStringLiteral("event");
        f.meta.classification = 3;
        d.attachments = {f};
        d.scopeNote = QStringLiteral("scope");
        QSet<QString> written;
        fieldPaths(DatasetJson::toJson(d), QString(), written);

        QStringList missing;
        const QSqlDatabase c = db.db().connection();
        QSqlQuery tables(c);
        QVERIFY(tables.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT LIKE 'search_%' ORDER BY name")));
        int columns = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery info(c);
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
            while (info.next()) {
                ++columns;
                const QString column = table + QLatin1Char('.') + info.value(1).toString();
                const QString field = where.value(column);
                if (field.isEmpty())
                    missing << column + QStringLiteral(": not in the dump and not listed with a reason");
                else if (!field.startsWith(QLatin1Char('-')) && !written.contains(field))
                    missing << column + QStringLiteral(": the dump has no field ") + field;
            }
        }
        QVERIFY(columns > 100);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void tagListIsCheckedAndWritten_data()
    {
        QTest::addColumn<QJsonArray>("tags");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad colour") << QJsonArray{QJsonObject{{"name", "CERT"}, {"color", "red"}}} << "$.tags[0].color";
        QTest::newRow("no name") << QJsonArray{QJsonObject{{"color", "#123456"}}} << "$.tags[0].name";
        QTest::newRow("same name in another case")
            << QJsonArray{QJsonObject{{"name", "CERT"}}, QJsonObject{{"name", "cert"}}} << "$.tags[1].name";
        QTest::newRow("not an object") << QJsonArray{"CERT"} << "$.tags[0]";
    }
    void tagListIsCheckedAndWritten()
    {
        QFETCH(QJsonArray, tags);
        QFETCH(QString, expected);
        QJsonObject root = original();
        root.insert(QStringLiteral("tags"), tags);
        auto d = DatasetJson::parse(QJsonDocument(root).toJson(), QStringLiteral("tags.json"));
        QVERIFY(!d);
        QVERIFY2(d.error().contains(expected), qPrintable(d.error()));

        root.insert(QStringLiteral("tags"), QJsonArray{QJsonObject{{"name", "CERT"}, {"color", "#1f77b4"}},
                                                       QJsonObject{{"name", "Norms"}, {"color", ""}}});
        auto good = DatasetJson::parse(QJsonDocument(root).toJson(), QStringLiteral("tags.json"));
        QVERIFY2(good, qPrintable(good.error()));
        QCOMPARE(good->tags, (QList<Tag>{Tag{0, QStringLiteral("CERT"), QStringLiteral("#1f77b4")}, Tag{0, QStringLiteral("Norms"), {}}}));
        QCOMPARE(DatasetJson::toJson(*good).value(QStringLiteral("tags")), root.value(QStringLiteral("tags")));
    }
};

QTEST_GUILESS_MAIN(tst_DatasetJson)
#include "tst_DatasetJson.moc"
