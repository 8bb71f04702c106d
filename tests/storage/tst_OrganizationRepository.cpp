// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/OrganizationFixture.h"
#include "support/TestDatabase.h"

#include <QTest>

class tst_OrganizationRepository : public QObject
{
    Q_OBJECT
private:
    static Organization cert()
    {
        Organization o = OrganizationFixture::cert();
        o.note = QStringLiteral("Point of contact for incidents");
        o.classification = 1;
        o.unconfirmedFields = {QStringLiteral("name_ja")};
        o.sources = {QStringLiteral("https://example.org/a"), QStringLiteral("https://example.org/b")};
        return o;
    }

    static qint64 rowCount(const QSqlDatabase& db, const QString& sql, qint64 id)
    {
        auto q = Sql::run(db, sql, {id});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private slots:
    void insertsAndReadsBack()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        const OrganizationRepository repo(db);
        Organization o = cert();
        QVERIFY(repo.insert(o));
        QVERIFY(o.id > 0);
        QCOMPARE(o.version, 1);
        auto back = repo.byId(o.id);
        QVERIFY2(back, qPrintable(back.error()));
        Organization expected = o;
        expected.createdAt = back->createdAt;
        expected.updatedAt = back->updatedAt;
        QCOMPARE(*back, expected);
        QVERIFY(!back->createdAt.isEmpty());

        Organization stateless;
        stateless.acronym = QStringLiteral("SECRETARIAT");
        QVERIFY(repo.insert(stateless));
        auto all = repo.all();
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        QVERIFY(all->last().country.isEmpty());
        auto french = repo.forCountry(QStringLiteral("FR"));
        QVERIFY2(french, qPrintable(french.error()));
        QCOMPARE(french->size(), 1);
        QCOMPARE(french->first().id, o.id);
        QVERIFY(repo.forCountry(QStringLiteral("JP"))->isEmpty());
        QVERIFY(!repo.byId(9999));
    }

    void anUnknownCountryIsRefused()
    {
        TestDatabase t;
        Organization o = cert();
        o.country = QStringLiteral("QQ");
        const Status s = OrganizationRepository(t.db().connection()).insert(o);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("QQ")), qPrintable(s.error()));
    }

    void updatesAreGuardedByVersion()
    {
        TestDatabase t;
        const OrganizationRepository repo(t.db().connection());
        Organization o = cert();
        QVERIFY(repo.insert(o));
        Organization mine = o, theirs = o;
        theirs.nameEn = QStringLiteral("Renamed by someone else");
        theirs.sources = {QStringLiteral("https://example.org/c")};
        QVERIFY(repo.update(theirs));
        QCOMPARE(theirs.version, 2);
        mine.note = QStringLiteral("My note");
        const Status s = repo.update(mine);
        QVERIFY(!s);
        QVERIFY(s.isConflict());
        auto now = repo.byId(o.id);
        QCOMPARE(now->nameEn, QStringLiteral("Renamed by someone else"));
        QCOMPARE(now->note, o.note);
        QCOMPARE(now->sources, QStringList{QStringLiteral("https://example.org/c")});
        // An outdated delete is refused the same way.
        QVERIFY(repo.remove(o).isConflict());
        QVERIFY(repo.byId(o.id));
    }

    void removeTakesTheSources()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        const OrganizationRepository repo(db);
        Organization o = cert();
        QVERIFY(repo.insert(o));
        QVERIFY(repo.remove(o));
        QVERIFY(!repo.byId(o.id));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM source WHERE entity = 'organization' AND entity_id = ?"),
                          o.id),
                 qint64(0));
    }

    // Organizations carry tags as the other records do: written with the record, read back, gone with it.
    void tagsAreKeptWithTheRecord()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        const OrganizationRepository repo(db);
        Organization o = cert();
        o.tags = {QStringLiteral("CERT"), QStringLiteral("Norms")};
        QVERIFY(repo.insert(o));
        QStringList read = repo.byId(o.id)->tags;
        read.sort();
        QCOMPARE(read, (QStringList{QStringLiteral("CERT"), QStringLiteral("Norms")}));
        Organization again = *repo.byId(o.id);
        again.tags = {QStringLiteral("CERT")};
        QVERIFY(repo.update(again));
        QCOMPARE(repo.byId(o.id)->tags, QStringList{QStringLiteral("CERT")});
        QCOMPARE(repo.all()->last().tags, QStringList{QStringLiteral("CERT")});
        QVERIFY(repo.remove(*repo.byId(o.id)));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM entity_tag WHERE entity = 'organization' AND entity_id = ?"),
                          o.id),
                 qint64(0));
    }

    void removeOfAReferencedOrganizationIsRefused()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        const OrganizationRepository repo(db);
        Organization o = cert();
        QVERIFY(repo.insert(o));
        const EventRepository events(db);
        for (const QString& key : {QStringLiteral("org-a"), QStringLiteral("org-b")}) {
            Event e;
            e.key = key;
            e.titleEn = QStringLiteral("Workshop ") + key;
            e.startDate = QStringLiteral("2024-05-01");
            // Two rows for one event: the message counts events, not participants.
            e.participants = {Participant{0, QStringLiteral("FR"), QStringLiteral("Head"), {}, {}, o.id},
                              Participant{0, {}, QStringLiteral("Analyst"), {}, {}, o.id}};
            QVERIFY(events.insert(e));
        }
        QCOMPARE(*repo.eventCount(o.id), qint64(2));
        auto took = events.forOrganization(o.id);
        QVERIFY2(took, qPrintable(took.error()));
        QCOMPARE(took->size(), 2);
        QCOMPARE(took->first().participants.first().organizationId, o.id);

        const Status s = repo.remove(o);
        QVERIFY(!s);
        QVERIFY(!s.isConflict());
        QVERIFY2(s.error().contains(QStringLiteral("2 events")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("Test CERT")), qPrintable(s.error()));
        QVERIFY(repo.byId(o.id));
        QCOMPARE(rowCount(db, QStringLiteral("SELECT count(*) FROM participant WHERE organization_id = ?"), o.id),
                 qint64(4));
    }
};

QTEST_GUILESS_MAIN(tst_OrganizationRepository)
#include "tst_OrganizationRepository.moc"
