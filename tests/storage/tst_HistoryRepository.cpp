// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CountryRepository.h"
#include "storage/EventRepository.h"
#include "storage/HistoryRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_HistoryRepository : public QObject
{
    Q_OBJECT
private slots:
    void everyChangeIsLoggedWithWhoAndWhat()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        const QSqlDatabase db = t.db().connection();
        QVERIFY(t.db().setAuditUser(QStringLiteral("tanaka")));
        EventRepository events(db);
        Event e;
        e.titleEn = QStringLiteral("Working group");
        e.participants = {Participant{0, QStringLiteral("FR"), {}, {}, {}}};
        {
            Transaction tx(db);
            QVERIFY(events.insert(e));
            QVERIFY(tx.commit());
        }
        e.titleEn = QStringLiteral("Working group 2");
        QVERIFY(events.update(e));
        QVERIFY(events.remove(e));
        auto h = HistoryRepository(db).forRecord(QStringLiteral("event"), e.id);
        QVERIFY2(h, qPrintable(h.error()));
        QStringList seen;
        for (const HistoryEntry& x : *h) {
            QCOMPARE(x.user, QStringLiteral("tanaka"));
            seen << x.rowTable + QLatin1Char(':') + x.action;
        }
        // Newest first: the delete with its participant (cascaded), then the update, then the insert.
        QCOMPARE((QSet<QString>{seen[0], seen[1]}),
                 (QSet<QString>{QStringLiteral("event:delete"), QStringLiteral("participant:delete")}));
        QCOMPARE(seen.last(), QStringLiteral("event:insert"));
        QVERIFY(seen.contains(QStringLiteral("event:insert")));
        QVERIFY(seen.contains(QStringLiteral("event:update")));
        QVERIFY(seen.contains(QStringLiteral("event:delete")));
        QCOMPARE(seen.count(QStringLiteral("participant:insert")), 2);
        const HistoryEntry update = *std::find_if(h->cbegin(), h->cend(), [](const HistoryEntry& x) {
            return x.rowTable == QLatin1String("event") && x.action == QLatin1String("update");
        });
        QCOMPARE(QJsonDocument::fromJson(update.beforeJson.toUtf8()).object().value(QStringLiteral("title_en")).toString(),
                 QStringLiteral("Working group"));
        QCOMPARE(QJsonDocument::fromJson(update.afterJson.toUtf8()).object().value(QStringLiteral("title_en")).toString(),
                 QStringLiteral("Working group 2"));
    }

    void aFailedTransactionLeavesNoHistory()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        const QSqlDatabase db = t.db().connection();
        auto before = Sql::run(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(before && before->first());
        {
            Transaction tx(db);
            Country c;
            c.code = QStringLiteral("ZZ");
            c.nameEn = QStringLiteral("Nowhere");
            QVERIFY(CountryRepository(db).insert(c));
        } // rolled back
        auto after = Sql::run(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(after && after->first());
        QCOMPARE(after->value(0).toInt(), before->value(0).toInt());
    }

    void aPastValueCanBeRestored()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        const QSqlDatabase db = t.db().connection();
        CountryRepository countries(db);
        Country fr = *countries.byCode(QStringLiteral("FR"));
        const QString original = fr.note;
        fr.note = QStringLiteral("changed");
        QVERIFY(countries.update(fr));
        HistoryRepository history(db);
        auto h = history.forRecord(QStringLiteral("country"), fr.id);
        QVERIFY(h && !h->isEmpty());
        QCOMPARE(h->first().action, QStringLiteral("update"));
        QVERIFY(history.restoreBefore(h->first()));
        const Country back = *countries.byCode(QStringLiteral("FR"));
        QCOMPARE(back.note, original);
        QCOMPARE(back.version, fr.version + 1); // a restore is a change like any other
        QCOMPARE(history.forRecord(QStringLiteral("country"), fr.id)->first().action, QStringLiteral("update"));
        // An insert has nothing before it.
        const HistoryEntry first = history.forRecord(QStringLiteral("country"), fr.id)->last();
        QCOMPARE(first.action, QStringLiteral("insert"));
        QVERIFY(!history.restoreBefore(first));
    }

    void aDeletedRowComesBackUnderItsId()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        const QSqlDatabase db = t.db().connection();
        CountryRepository countries(db);
        Country c;
        c.code = QStringLiteral("ZZ");
        c.nameEn = QStringLiteral("Nowhere");
        c.nameJa = QStringLiteral("どこでもない");
        QVERIFY(countries.insert(c));
        QVERIFY(countries.remove(c));
        HistoryRepository history(db);
        const HistoryEntry del = history.forRecord(QStringLiteral("country"), c.id)->first();
        QCOMPARE(del.action, QStringLiteral("delete"));
        QVERIFY(history.restoreBefore(del));
        auto back = countries.byCode(QStringLiteral("ZZ"));
        QVERIFY(back);
        QCOMPARE(back->id, c.id);
        QCOMPARE(back->nameJa, c.nameJa);
    }

    void auditingCanBeSwitchedOffForBulkLoads()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        const QSqlDatabase db = t.db().connection();
        QVERIFY(t.db().setAuditing(false));
        Country c;
        c.code = QStringLiteral("ZZ");
        c.nameEn = QStringLiteral("Nowhere");
        QVERIFY(CountryRepository(db).insert(c));
        QVERIFY(HistoryRepository(db).forRecord(QStringLiteral("country"), c.id)->isEmpty());
        QVERIFY(t.db().setAuditing(true));
        QVERIFY(CountryRepository(db).remove(c));
        QCOMPARE(HistoryRepository(db).forRecord(QStringLiteral("country"), c.id)->size(), 1);
        QVERIFY(!t.db().setAuditUser(QStringLiteral("  ")));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryRepository)
#include "tst_HistoryRepository.moc"
