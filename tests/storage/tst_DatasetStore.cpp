// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DatasetJson.h"
#include "storage/DatasetStore.h"
#include "storage/Maintenance.h"
#include "storage/TagRepository.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_DatasetStore : public QObject
{
    Q_OBJECT
private slots:
    // Every record of the data file arrives, field for field: the database read back and written in the data
    // file's own format equals the file.
    void everyRecordArrivesFieldForField()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        auto back = DatasetStore(t.db()).read();
        QVERIFY2(back, qPrintable(back.error()));
        QFile f(TestDatabase::datasetPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject source = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject stored = DatasetJson::toJson(*back);
        for (const QString& list : source.keys()) {
            if (!source.value(list).isArray()) {
                QCOMPARE(stored.value(list), source.value(list));
                continue;
            }
            const QJsonArray a = source.value(list).toArray();
            const QJsonArray b = stored.value(list).toArray();
            QCOMPARE(b.size(), a.size());
            for (int i = 0; i < a.size(); ++i) {
                const QJsonObject ao = a.at(i).toObject();
                const QJsonObject bo = b.at(i).toObject();
                for (const QString& field : ao.keys()) {
                    const QString where = QStringLiteral("%1[%2].%3").arg(list).arg(i).arg(field);
                    QVERIFY2(ao.value(field) == bo.value(field),
                             qPrintable(where + QStringLiteral(": file ") +
                                        QString::fromUtf8(QJsonDocument(QJsonArray{ao.value(field)}).toJson()) +
                                        QStringLiteral(" db ") +
                                        QString::fromUtf8(QJsonDocument(QJsonArray{bo.value(field)}).toJson())));
                }
                QCOMPARE(bo.keys(), ao.keys());
            }
        }
        auto problems = Maintenance(t.db()).check();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void loadIsAllOrNothing()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        auto d = DatasetJson::bundled();
        QVERIFY(d);
        Dataset broken = *d;
        broken.events.last().startDate = QStringLiteral("not a date");
        const Status s = DatasetStore(t.db()).load(broken);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(broken.events.last().key), qPrintable(s.error()));
        QVERIFY(t.db().isEmpty());
        auto counts = Maintenance(t.db()).counts();
        QVERIFY(counts);
        for (const auto& [table, n] : *counts)
            QVERIFY2(n == 0, qPrintable(table));
    }

    // A full dump carries the tag list with colours and the tags of every kind; loading it into an empty database
    // gives them all back.
    void tagsSurviveADumpAndALoad()
    {
        TestDatabase source;
        const QSqlDatabase db = source.db().connection();
        TagRepository tags(db);
        auto plain = DatasetStore(source.db()).read();
        QVERIFY(plain);
        const QList<std::pair<QString, qint64>> firsts{{QStringLiteral("country"), plain->countries.first().id},
                                                       {QStringLiteral("dialogue"), plain->dialogues.first().id},
                                                       {QStringLiteral("forum"), plain->fora.first().id},
                                                       {QStringLiteral("event"), plain->events.first().id},
                                                       {QStringLiteral("agreement"), plain->agreements.first().id},
                                                       {QStringLiteral("policy_item"), plain->policyItems.first().id}};
        for (const auto& [entity, id] : firsts)
            QVERIFY(tags.setTags(entity, id, {QStringLiteral("CERT"), entity}));
        QVERIFY(tags.setColor(tags.byName(QStringLiteral("CERT"))->id, QStringLiteral("#1f77b4")));
        Tag unused{0, QStringLiteral("Unused"), QStringLiteral("#ff7f0e")};
        QVERIFY(tags.insert(unused));

        auto dumped = DatasetStore(source.db()).read();
        QVERIFY2(dumped, qPrintable(dumped.error()));
        const QByteArray json = QJsonDocument(DatasetJson::toJson(*dumped)).toJson();
        auto parsed = DatasetJson::parse(json, QStringLiteral("dump.json"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        TestDatabase target(TestDatabase::Fill::Empty);
        auto loaded = DatasetStore(target.db()).load(*parsed);
        QVERIFY2(loaded, qPrintable(loaded.error()));

        const QSqlDatabase out = target.db().connection();
        auto before = tags.all();
        auto after = TagRepository(out).all();
        QCOMPARE(after->size(), before->size());
        for (int i = 0; i < before->size(); ++i) {
            QCOMPARE(after->at(i).tag.name, before->at(i).tag.name);
            QCOMPARE(after->at(i).tag.color, before->at(i).tag.color);
            QCOMPARE(after->at(i).counts, before->at(i).counts);
        }
        QCOMPARE(TagRepository(out).byName(QStringLiteral("Unused"))->color, QStringLiteral("#ff7f0e"));
        QCOMPARE(TagRepository(out).byName(QStringLiteral("CERT"))->color, QStringLiteral("#1f77b4"));
        auto back = DatasetStore(target.db()).read();
        QVERIFY(back);
        QCOMPARE(DatasetJson::toJson(*back).value(QStringLiteral("tags")), DatasetJson::toJson(*dumped).value(QStringLiteral("tags")));
        for (const QString& list : {QStringLiteral("countries"), QStringLiteral("dialogues"), QStringLiteral("fora"),
                                    QStringLiteral("events"), QStringLiteral("agreements"), QStringLiteral("policy_items")}) {
            QList<QJsonValue> a, b;
            for (const QJsonObject& o : DatasetJson::records(*dumped, list))
                a << o.value(QStringLiteral("tags"));
            for (const QJsonObject& o : DatasetJson::records(*back, list))
                b << o.value(QStringLiteral("tags"));
            QCOMPARE(b, a);
            QCOMPARE(int(std::count_if(a.cbegin(), a.cend(), [](const QJsonValue& v) { return v.isArray(); })), 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_DatasetStore)
#include "tst_DatasetStore.moc"
