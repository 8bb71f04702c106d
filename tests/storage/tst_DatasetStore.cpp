// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DatasetJson.h"
#include "storage/DatasetStore.h"
#include "storage/Maintenance.h"
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
};

QTEST_GUILESS_MAIN(tst_DatasetStore)
#include "tst_DatasetStore.moc"
