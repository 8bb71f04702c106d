// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecordPageBuilder.h"
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/TagRepository.h"
#include "storage/Transaction.h"
#include "support/OrganizationFixture.h"
#include "support/TestDatabase.h"

#include <QTest>

class tst_RecordPageBuilder : public QObject
{
    Q_OBJECT
private:
    qint64 countryId(const QString& code)
    {
        auto c = CountryRepository(m_db->db().connection()).byCode(code);
        return c ? c->id : 0;
    }

private slots:
    void initTestCase() { m_db = std::make_unique<TestDatabase>(); }

    void countryProfileListsEveryRound()
    {
        auto page = RecordPageBuilder(m_db->db()).build({NavTarget::Kind::Country, countryId(QStringLiteral("US"))});
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("United States (米国)"));
        const PageSection* dialogues = page->section(QStringLiteral("dialogues"));
        QVERIFY(dialogues);
        const PageRow* jpus = nullptr;
        for (const PageRow& r : dialogues->rows) {
            if (r.cells.first() == QLatin1String("Japan-U.S. Cyber Dialogue"))
                jpus = &r;
        }
        QVERIFY(jpus);
        QStringList labels, dates, places;
        for (const PageRow& round : jpus->children) {
            if (round.note)
                continue;
            labels << round.cells[0];
            dates << round.cells[1];
            places << round.cells[2];
            QCOMPARE(round.target.kind, NavTarget::Kind::Event);
        }
        QCOMPARE(labels, (QStringList{"Round 1", "Round 2", "Round 3", "Round 4", "Round 5", "Round 6", "Round 7",
                                      "Intersessional (director-level intersessional)", "Round 9", "Round 10"}));
        QCOMPARE(dates.first(), QStringLiteral("9–10 May 2013"));
        QCOMPARE(dates[5], QStringLiteral("Jul 2018"));
        QCOMPARE(places[1], QStringLiteral("Washington D.C."));
        QCOMPARE(places[5], QStringLiteral("unknown"));
        // The 8th round is a known gap, shown as such.
        bool gap = false;
        for (const PageRow& round : jpus->children)
            gap = gap || (round.note && round.cells[0].contains(QStringLiteral("8th round")));
        QVERIFY(gap);
        // Round 10 is inferred, not confirmed.
        QVERIFY(jpus->children[9].unconfirmed);
        QVERIFY(!page->sources.isEmpty());
        for (const PageSource& s : page->sources)
            QVERIFY(s.url.startsWith(QStringLiteral("http")));
    }

    void countryProfileEventsAreInDateOrder()
    {
        auto page = RecordPageBuilder(m_db->db()).build({NavTarget::Kind::Country, countryId(QStringLiteral("AU"))});
        QVERIFY(page);
        const PageSection* events = page->section(QStringLiteral("events"));
        QVERIFY(events);
        QCOMPARE(events->rows.size(), 4);
        QCOMPARE(events->rows.first().cells[0], QStringLiteral("13 Feb 2015"));
        QCOMPARE(events->rows.last().cells[0], QStringLiteral("5–6 Dec 2023"));
        const PageSection* fora = page->section(QStringLiteral("fora"));
        QVERIFY(fora);
        QVERIFY(fora->rows.isEmpty());
    }

    void foraSharedWithJapanForAseanMembers()
    {
        auto page = RecordPageBuilder(m_db->db()).build({NavTarget::Kind::Country, countryId(QStringLiteral("KH"))});
        QVERIFY(page);
        const PageSection* fora = page->section(QStringLiteral("fora"));
        QVERIFY(fora);
        QStringList names;
        for (const PageRow& r : fora->rows)
            names << r.cells[0];
        QVERIFY2(names.contains(QStringLiteral("ASEAN-Japan Cybersecurity Policy Meeting")), qPrintable(names.join(QLatin1Char('|'))));
    }

    void everyRecordHasAPage()
    {
        const QSqlDatabase db = m_db->db().connection();
        auto events = EventRepository(db).all();
        QVERIFY(events);
        for (const Event& e : *events) {
            auto page = RecordPageBuilder(m_db->db()).build({NavTarget::Kind::Event, e.id});
            QVERIFY2(page, qPrintable(page.error()));
            QVERIFY(!page->title.isEmpty());
            QCOMPARE(page->sources.size() >= (e.sources.isEmpty() ? 0 : 1), true);
        }
        auto dialogues = DialogueRepository(db).all();
        QVERIFY(dialogues);
        for (const Dialogue& d : *dialogues)
            QVERIFY(RecordPageBuilder(m_db->db()).build({NavTarget::Kind::Dialogue, d.id}));
        auto missing = RecordPageBuilder(m_db->db()).build({NavTarget::Kind::Forum, 99999});
        QVERIFY(!missing);
    }

    void agreementsShowTheArticlesTheyCite()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        auto policies = PolicyRepository(db).all();
        QVERIFY(policies && !policies->isEmpty());
        const PolicyItem* item = nullptr;
        for (const PolicyItem& p : *policies) {
            if (p.provisions.size() >= 2)
                item = &p;
        }
        QVERIFY(item);
        AgreementRepository repo(db);
        Agreement a = repo.all()->first();
        auto before = RecordPageBuilder(t.db()).build({NavTarget::Kind::Agreement, a.id});
        QVERIFY(before);
        for (const PageSection& s : before->sections)
            QVERIFY(s.id != QLatin1String("cited"));
        a.citedProvisions = {item->provisions[1].id, item->provisions[0].id};
        QVERIFY(repo.update(a));
        QCOMPARE(repo.byId(a.id)->citedProvisions, a.citedProvisions);
        auto page = RecordPageBuilder(t.db()).build({NavTarget::Kind::Agreement, a.id});
        QVERIFY2(page, qPrintable(page ? QString() : page.error()));
        const PageSection* cited = nullptr;
        for (const PageSection& s : page->sections) {
            if (s.id == QLatin1String("cited"))
                cited = &s;
        }
        QVERIFY(cited);
        QCOMPARE(cited->rows.size(), 2);
        QCOMPARE(cited->rows.first().target, (NavTarget{NavTarget::Kind::Policy, item->id}));
        QVERIFY(cited->rows.first().cells.contains(item->provisions[0].article));
    }

    void unconfirmedFieldsAreMarked()
    {
        const QSqlDatabase db = m_db->db().connection();
        auto dialogues = DialogueRepository(db).all();
        QVERIFY(dialogues);
        for (const Dialogue& d : *dialogues) {
            if (d.key != QLatin1String("jp-ru"))
                continue;
            auto page = RecordPageBuilder(m_db->db()).build({NavTarget::Kind::Dialogue, d.id});
            QVERIFY(page);
            int marked = 0;
            for (const PageField& f : page->fields)
                marked += f.unconfirmed ? 1 : 0;
            QCOMPARE(marked, 2); // both names of the Japan-Russia consultation are unverified
        }
    }

    void organizationPageLinksItsCountryAndEvents()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        Organization o = OrganizationFixture::cert();
        QVERIFY(OrganizationRepository(db).insert(o));
        Event older, newer;
        older.key = QStringLiteral("org-older");
        older.titleEn = QStringLiteral("Older workshop");
        older.startDate = QStringLiteral("2021-03-01");
        older.participants = {Participant{0, QStringLiteral("FR"), QStringLiteral("Analyst"), {}, QStringLiteral("trainer"), o.id}};
        newer.key = QStringLiteral("org-newer");
        newer.titleEn = QStringLiteral("Newer exercise");
        newer.startDate = QStringLiteral("2023-10-05");
        newer.participants = {Participant{0, QStringLiteral("JP"), {}, {}, {}, 0},
                              Participant{0, {}, {}, {}, QStringLiteral("observer"), o.id}};
        QVERIFY(EventRepository(db).insert(older));
        QVERIFY(EventRepository(db).insert(newer));

        auto page = RecordPageBuilder(t.db()).build({NavTarget::Kind::Organization, o.id});
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("Test CERT (テストCERT)"));
        QVERIFY(page->subtitle.contains(QStringLiteral("TESTCERT")));
        QVERIFY(page->subtitle.contains(QStringLiteral("France")));
        const PageField* country = nullptr;
        for (const PageField& f : page->fields) {
            if (f.label == QLatin1String("Country"))
                country = &f;
        }
        QVERIFY(country);
        QCOMPARE(country->value, QStringLiteral("France"));
        QCOMPARE(country->target.kind, NavTarget::Kind::Country);
        QCOMPARE(country->target.id, CountryRepository(db).byCode(QStringLiteral("FR"))->id);
        const PageSection* events = page->section(QStringLiteral("events"));
        QVERIFY(events);
        QCOMPARE(events->rows.size(), 2);
        QCOMPARE(events->rows[0].cells[1], QStringLiteral("Newer exercise")); // newest first
        QCOMPARE(events->rows[0].cells[3], QStringLiteral("observer"));
        QCOMPARE(events->rows[0].target, (NavTarget{NavTarget::Kind::Event, newer.id}));
        QCOMPARE(events->rows[1].target, (NavTarget{NavTarget::Kind::Event, older.id}));
        QCOMPARE(page->sources.size(), 1);
        QCOMPARE(page->sources.first().url, QStringLiteral("https://example.org/cert"));

        // The event's page names the organization and links to it; a participant without one links to its country.
        auto eventPage = RecordPageBuilder(t.db()).build({NavTarget::Kind::Event, newer.id});
        QVERIFY2(eventPage, qPrintable(eventPage.error()));
        const PageSection* people = eventPage->section(QStringLiteral("participants"));
        QVERIFY(people);
        QCOMPARE(people->headers.value(1), QStringLiteral("Organization"));
        QCOMPARE(people->rows[1].cells[1], QStringLiteral("TESTCERT \u2014 Test CERT"));
        QCOMPARE(people->rows[1].target, (NavTarget{NavTarget::Kind::Organization, o.id}));
        QCOMPARE(people->rows[0].target.kind, NavTarget::Kind::Country);
        QVERIFY(people->rows[0].cells[1].isEmpty());

        QVERIFY(!RecordPageBuilder(t.db()).build({NavTarget::Kind::Organization, 99999}));
    }

    void aBusyOrganizationShowsItsLatestEvents()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        const QSqlDatabase db = t.db().connection();
        Organization o;
        o.acronym = QStringLiteral("BUSY");
        QVERIFY(OrganizationRepository(db).insert(o));
        Transaction tx(db);
        for (int i = 1; i <= 101; ++i) {
            Event e;
            e.titleEn = QStringLiteral("Meeting %1").arg(i);
            e.startDate = QStringLiteral("2020-01-01");
            e.participants = {Participant{0, {}, {}, {}, {}, o.id}};
            QVERIFY(EventRepository(db).insert(e));
        }
        QVERIFY(tx.commit());
        auto page = RecordPageBuilder(t.db()).build({NavTarget::Kind::Organization, o.id});
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("BUSY")); // no name: the acronym
        const PageSection* events = page->section(QStringLiteral("events"));
        QCOMPARE(events->rows.size(), 100);
        QCOMPARE(events->rows.first().cells[1], QStringLiteral("Meeting 101")); // newest first (same day: last added)
        QCOMPARE(events->note, QStringLiteral("The latest 100 of 101 events."));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    void pagesShowTagsAndTheTagPageListsTheirRecords()
    {
        TestDatabase t; // its own database: the tags must not show on the shared one's pages
        const QSqlDatabase db = t.db().connection();
        TagRepository tags(db);
        const qint64 us = CountryRepository(db).byCode(QStringLiteral("US"))->id;
        const qint64 dialogue = DialogueRepository(db).all()->first().id;
        QVERIFY(tags.setTags(QStringLiteral("country"), us, {QStringLiteral("Norms"), QStringLiteral("CERT")}));
        QVERIFY(tags.setTags(QStringLiteral("dialogue"), dialogue, {QStringLiteral("CERT")}));
        Organization org;
        org.acronym = QStringLiteral("TAGGED-CERT");
        org.tags = {QStringLiteral("CERT")};
        QVERIFY(OrganizationRepository(db).insert(org));
        const qint64 cert = tags.byName(QStringLiteral("CERT"))->id;
        QVERIFY(tags.setColor(cert, QStringLiteral("#1f77b4")));

        auto page = RecordPageBuilder(t.db()).build({NavTarget::Kind::Country, us});
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->tags.size(), 2);
        QCOMPARE(page->tags[0].name, QStringLiteral("CERT"));
        QCOMPARE(page->tags[0].color, QStringLiteral("#1f77b4"));
        QCOMPARE(page->tags[0].target, (NavTarget{NavTarget::Kind::Tag, cert}));
        QCOMPARE(page->tags[1].name, QStringLiteral("Norms"));

        auto tagPage = RecordPageBuilder(t.db()).build(page->tags[0].target);
        QVERIFY2(tagPage, qPrintable(tagPage.error()));
        QCOMPARE(tagPage->title, QStringLiteral("CERT"));
        const PageSection* countries = tagPage->section(QStringLiteral("tagged-country"));
        QVERIFY(countries);
        QCOMPARE(countries->rows.size(), 1);
        QCOMPARE(countries->rows[0].target, (NavTarget{NavTarget::Kind::Country, us}));
        const PageSection* dialogues = tagPage->section(QStringLiteral("tagged-dialogue"));
        QVERIFY(dialogues);
        QCOMPARE(dialogues->rows[0].target, (NavTarget{NavTarget::Kind::Dialogue, dialogue}));
        QVERIFY(!tagPage->section(QStringLiteral("tagged-event")));
        const PageSection* organizations = tagPage->section(QStringLiteral("tagged-organization"));
        QVERIFY(organizations);
        QCOMPARE(organizations->rows.size(), 1);
        QCOMPARE(organizations->rows[0].target, (NavTarget{NavTarget::Kind::Organization, org.id}));
        QCOMPARE(organizations->rows[0].cells[1], QStringLiteral("TAGGED-CERT"));
        auto orgPage = RecordPageBuilder(t.db()).build({NavTarget::Kind::Organization, org.id});
        QVERIFY2(orgPage, qPrintable(orgPage.error()));
        QCOMPARE(orgPage->tags.size(), 1);
        QCOMPARE(orgPage->tags[0].name, QStringLiteral("CERT"));
        QCOMPARE(NavTarget::fromUrl(page->tags[0].target.toUrl()), page->tags[0].target);

        Tag unused{0, QStringLiteral("Unused"), {}};
        QVERIFY(tags.insert(unused));
        auto empty = RecordPageBuilder(t.db()).build({NavTarget::Kind::Tag, unused.id});
        QVERIFY(empty);
        QVERIFY(!empty->section(QStringLiteral("tagged"))->emptyText.isEmpty());
        QVERIFY(!RecordPageBuilder(t.db()).build({NavTarget::Kind::Tag, unused.id + 100}));
    }
};

QTEST_GUILESS_MAIN(tst_RecordPageBuilder)
#include "tst_RecordPageBuilder.moc"
