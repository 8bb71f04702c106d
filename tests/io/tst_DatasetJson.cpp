// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DatasetJson.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
                                 << "$.organizations[0].name_en: a name in English or Japanese, or an acronym";
        QTest::newRow("unknown country") << QByteArray("[{\"id\": 3, \"acronym\": \"A\", \"country\": \"XX\"}]")
                                         << QByteArray("{}") << "$.organizations[0].country: no country with code 'XX'";
        QTest::newRow("bad url") << QByteArray("[{\"id\": 3, \"acronym\": \"A\", \"url\": \"ftp://x\"}]") << QByteArray("{}")
                                 << "$.organizations[0].url";
        QTest::newRow("unknown organization") << QByteArray("[{\"id\": 3, \"acronym\": \"A\"}]")
                                              << QByteArray("{\"organization\": 4}")
                                              << "$.events[0].participants[0].organization: no organization with id 4";
        QTest::newRow("participant of nothing") << QByteArray("[]") << QByteArray("{\"role\": \"host\"}")
                                                << "$.events[0].participants[0].country: a country, an organization or a name";
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
