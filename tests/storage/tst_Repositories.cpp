// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ActionRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QTest>

class tst_Repositories : public QObject
{
    Q_OBJECT
private:
    static Country country(const QString& code, const QString& en, const QString& ja)
    {
        Country c;
        c.code = code;
        c.nameEn = en;
        c.nameJa = ja;
        c.region = QStringLiteral("Europe");
        return c;
    }

private slots:
    void insertsAndReadsBack()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        const QSqlDatabase db = t.db().connection();
        CountryRepository countries(db);
        for (Country c : {country(QStringLiteral("JP"), QStringLiteral("Japan"), QStringLiteral("日本")),
                          country(QStringLiteral("FR"), QStringLiteral("France"), QStringLiteral("フランス"))}) {
            c.sources = {QStringLiteral("https://example.org/a"), QStringLiteral("https://example.org/b")};
            QVERIFY(countries.insert(c));
            QVERIFY(c.id > 0);
        }
        auto fr = countries.byCode(QStringLiteral("FR"));
        QVERIFY2(fr, qPrintable(fr.error()));
        QCOMPARE(fr->nameJa, QStringLiteral("フランス"));
        QCOMPARE(fr->sources.size(), 2);
        QCOMPARE(fr->version, 1);
        QVERIFY(!fr->createdAt.isEmpty());

        Dialogue d;
        d.key = QStringLiteral("jp-fr");
        d.nameEn = QStringLiteral("Japan-France Cyber Dialogue");
        d.nameJa = QStringLiteral("日仏サイバー協議");
        d.parties = {QStringLiteral("JP"), QStringLiteral("FR")};
        d.firstHeld = QStringLiteral("2014-12-12");
        d.unconfirmedFields = {QStringLiteral("name_en")};
        QVERIFY(DialogueRepository(db).insert(d));

        Event e;
        e.key = QStringLiteral("jp-fr-r1");
        e.dialogue = QStringLiteral("jp-fr");
        e.kind = QStringLiteral("round");
        e.roundNumber = 1;
        e.titleEn = QStringLiteral("Round 1");
        e.startDate = QStringLiteral("2014-12");
        e.participants = {Participant{0, QStringLiteral("FR"), {}, {}, QStringLiteral("party")}};
        e.delegationHeads = {QStringLiteral("Japan: Ambassador"), QStringLiteral("France: Ambassador")};
        QVERIFY(EventRepository(db).insert(e));

        Action a;
        a.eventId = e.id;
        a.description = QStringLiteral("Send the draft");
        a.dueDate = QStringLiteral("2015-01-31");
        QVERIFY(ActionRepository(db).insert(a));

        auto events = EventRepository(db).latestForCountry(QStringLiteral("FR"), 10);
        QVERIFY2(events, qPrintable(events.error()));
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().dialogue, QStringLiteral("jp-fr"));
        QCOMPARE(events->first().roundNumber, std::optional<int>(1));
        QCOMPARE(events->first().delegationHeads.size(), 2);
        QCOMPARE(events->first().participants.first().country, QStringLiteral("FR"));
        QCOMPARE(DialogueRepository(db).forCountry(QStringLiteral("FR"))->size(), 1);
        QVERIFY(DialogueRepository(db).forCountry(QStringLiteral("DE"))->isEmpty());
        QCOMPARE(ActionRepository(db).openForCountry(QStringLiteral("FR"), 10)->size(), 1);
        QCOMPARE(EventRepository(db).countForCountry(QStringLiteral("FR")).value(), 1);
        QCOMPARE(EventRepository(db).latestOfDialogues({d.id}, 5)->size(), 1);
        QVERIFY(DialogueRepository(db).byId(d.id)->isUnconfirmed(QStringLiteral("name_en")));
    }

    void constraintsRefuseBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("bad date") << "INSERT INTO event (title_en, start_date) VALUES ('x', '2012-13-40')";
        QTest::newRow("end before start")
            << "INSERT INTO event (title_en, start_date, end_date) VALUES ('x', '2012-06-20', '2012-06-19')";
        QTest::newRow("no name") << "INSERT INTO country (code) VALUES ('XX')";
        QTest::newRow("lower-case code") << "INSERT INTO country (code, name_en) VALUES ('xx', 'X')";
        QTest::newRow("unknown status") << "INSERT INTO event (title_en, status) VALUES ('x', 'maybe')";
        QTest::newRow("unknown dialogue") << "INSERT INTO event (title_en, dialogue_id) VALUES ('x', 9999)";
        QTest::newRow("dialogue and forum")
            << "INSERT INTO event (title_en, dialogue_id, forum_id) VALUES ('x', 1, 1)";
        QTest::newRow("bad url") << "INSERT INTO forum (name_en, url) VALUES ('x', 'javascript:alert(1)')";
        QTest::newRow("empty action") << "INSERT INTO action (event_id, description) VALUES (1, '')";
        QTest::newRow("classification out of range")
            << "INSERT INTO country (code, name_en, classification) VALUES ('ZZ', 'Z', 9)";
    }
    void constraintsRefuseBadRows()
    {
        QFETCH(QString, sql);
        TestDatabase t(TestDatabase::Fill::Dataset);
        auto r = Sql::run(t.db().connection(), sql);
        QVERIFY2(!r, qPrintable(sql));
        QVERIFY(!r.error().isEmpty());
    }

    void roundNumbersAreUniqueWithinADialogue()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        const QSqlDatabase db = t.db().connection();
        Event e;
        e.dialogue = QStringLiteral("jp-us");
        e.kind = QStringLiteral("round");
        e.roundNumber = 3;
        e.titleEn = QStringLiteral("Duplicate of round 3");
        Transaction tx(db);
        const Status s = EventRepository(db).insert(e);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("UNIQUE")), qPrintable(s.error()));
    }

    void deletingACountryInUseIsRefused()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        auto r = Sql::run(t.db().connection(), QStringLiteral("DELETE FROM country WHERE code = 'US'"));
        QVERIFY(!r);
        QVERIFY(CountryRepository(t.db().connection()).byCode(QStringLiteral("US")));
    }

    void forumsForCountryIncludeMembershipAndMeetings()
    {
        TestDatabase t(TestDatabase::Fill::Dataset);
        auto sg = ForumRepository(t.db().connection()).forCountry(QStringLiteral("SG"));
        QVERIFY2(sg, qPrintable(sg.error()));
        QStringList keys;
        for (const Forum& f : *sg)
            keys << f.key;
        QVERIFY(keys.contains(QStringLiteral("asean-japan-policy-meeting")));
        QVERIFY2(keys.contains(QStringLiteral("arf")), qPrintable(keys.join(QLatin1Char(','))));
        auto agreements = AgreementRepository(t.db().connection()).forCountry(QStringLiteral("IL"));
        QVERIFY(agreements);
        QCOMPARE(agreements->size(), 2);
        auto policies = PolicyRepository(t.db().connection()).all();
        QVERIFY(policies);
        QCOMPARE(policies->size(), 17);
    }

    void updateBumpsVersionAndReplacesDependentRows()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        auto events = EventRepository(db).all();
        QVERIFY(events.ok() && !events->isEmpty());
        Event e = events->first();
        QVERIFY(e.participants.size() >= 2);
        const int version = e.version;
        e.titleEn = QStringLiteral("Renamed");
        e.participants = {Participant{0, QStringLiteral("JP"), QStringLiteral("Head of delegation"), {}, QStringLiteral("party")}};
        e.sources = {QStringLiteral("https://example.org/changed")};
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE event SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ?"), {e.id}));
        {
            Transaction tx(db);
            QVERIFY(EventRepository(db).update(e).ok());
            QVERIFY(tx.commit().ok());
        }
        auto back = EventRepository(db).byId(e.id);
        QVERIFY(back.ok());
        QCOMPARE(back->titleEn, QStringLiteral("Renamed"));
        QCOMPARE(back->version, version + 1);
        QVERIFY(back->updatedAt > QStringLiteral("2000-01-02"));
        QCOMPARE(back->participants.size(), 1);
        QCOMPARE(back->participants.first().name, QStringLiteral("Head of delegation"));
        QCOMPARE(back->sources, e.sources);
        // An update of a row that is not there fails instead of inserting.
        Country ghost;
        ghost.id = 999999;
        ghost.code = QStringLiteral("ZZ");
        ghost.nameEn = QStringLiteral("Nowhere");
        QVERIFY(!CountryRepository(db).update(ghost).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Repositories)
#include "tst_Repositories.moc"
