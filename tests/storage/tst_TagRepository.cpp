// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/TagRepository.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QTest>

class tst_TagRepository : public QObject
{
    Q_OBJECT
private:
    /// Tags `names` onto the first record of each kind through its own repository, as an editor's save does.
    static void tagFirstOfEveryKind(const QSqlDatabase& db, const QStringList& names)
    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        const auto retag = [&](auto repo) {
            auto all = repo.all();
            QVERIFY2(all && !all->isEmpty(), "the dataset has records of every kind");
            auto first = all->first();
            first.tags = names;
            auto s = repo.update(first);
            QVERIFY2(s, qPrintable(s.error()));
        };
        retag(CountryRepository(db));
        retag(DialogueRepository(db));
        retag(ForumRepository(db));
        retag(EventRepository(db));
        retag(AgreementRepository(db));
        retag(PolicyRepository(db));
        // The dataset has no organization: one is added, tagged when it is written.
        Organization o;
        o.acronym = QStringLiteral("TAGGED-CERT");
        o.tags = names;
        QVERIFY(OrganizationRepository(db).insert(o));
        QVERIFY(tx.commit());
    }

    static TagUsage usageOf(const QSqlDatabase& db, const QString& name)
    {
        auto all = TagRepository(db).all();
        if (all) {
            for (const TagUsage& u : *all) {
                if (u.tag.name.compare(name, Qt::CaseInsensitive) == 0)
                    return u;
            }
        }
        return {};
    }

    static qint64 insertTag(const QSqlDatabase& db, const QString& name, const QString& color = {})
    {
        Tag t{0, name, color};
        Status s = TagRepository(db).insert(t);
        return s ? t.id : 0;
    }

private slots:
    void everyKindCarriesTags()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        tagFirstOfEveryKind(db, {QStringLiteral("Capacity building"), QStringLiteral("CERT")});
        const TagUsage cert = usageOf(db, QStringLiteral("cert"));
        QCOMPARE(cert.tag.name, QStringLiteral("CERT"));
        QCOMPARE(cert.total(), 7);
        for (const QString& kind : TagRepository::entities())
            QCOMPARE(cert.counts.value(kind), 1);
        // Read back through each repository: the record carries its tags, sorted.
        auto country = CountryRepository(db).all();
        QCOMPARE(country->first().tags, (QStringList{QStringLiteral("Capacity building"), QStringLiteral("CERT")}));
        auto policy = PolicyRepository(db).all();
        QCOMPARE(policy->first().tags, country->first().tags);
        auto viaRepo = TagRepository(db).tagsOf(QStringLiteral("agreement"), AgreementRepository(db).all()->first().id);
        QCOMPARE(*viaRepo, country->first().tags);
    }

    void setTagsChangesOnlyTheDifferences()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        const qint64 existing = insertTag(db, QStringLiteral("Norms"), QStringLiteral("#112233"));
        QVERIFY(existing > 0);
        TagRepository tags(db);
        const qint64 id = CountryRepository(db).all()->first().id;
        // "norms" is the existing tag, not a second one; a name twice is one tag.
        QVERIFY(tags.setTags(QStringLiteral("country"), id, {QStringLiteral("norms"), QStringLiteral(" Ransomware "),
                                                             QStringLiteral("RANSOMWARE")}));
        QCOMPARE(*tags.tagsOf(QStringLiteral("country"), id), (QStringList{QStringLiteral("Norms"), QStringLiteral("Ransomware")}));
        QCOMPARE(tags.all()->size(), 2);
        QCOMPARE(usageOf(db, QStringLiteral("Norms")).tag.color, QStringLiteral("#112233"));
        QVERIFY(tags.setTags(QStringLiteral("country"), id, {QStringLiteral("Ransomware")}));
        QCOMPARE(*tags.tagsOf(QStringLiteral("country"), id), QStringList{QStringLiteral("Ransomware")});
        QCOMPARE(usageOf(db, QStringLiteral("Norms")).total(), 0); // the tag stays, unused
        QVERIFY(!tags.setTags(QStringLiteral("action"), id, {QStringLiteral("x")}));
    }

    void createRenameRecolour()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        const QSqlDatabase db = t.db().connection();
        TagRepository tags(db);
        const qint64 id = insertTag(db, QStringLiteral("  Exercises "));
        QVERIFY(id > 0);
        QCOMPARE(tags.byId(id)->name, QStringLiteral("Exercises"));
        QCOMPARE(tags.byName(QStringLiteral("EXERCISES"))->id, id);
        QCOMPARE(tags.byName(QStringLiteral("none such"))->id, 0);
        QVERIFY(tags.rename(id, QStringLiteral("Cyber exercises")));
        QVERIFY(tags.rename(id, QStringLiteral("cyber Exercises"))); // its own name in another case
        QCOMPARE(tags.byId(id)->name, QStringLiteral("cyber Exercises"));
        QVERIFY(tags.setColor(id, QStringLiteral("#A0B1C2")));
        QCOMPARE(tags.byId(id)->color, QStringLiteral("#a0b1c2"));
        QVERIFY(tags.setColor(id, QString()));
        QCOMPARE(tags.byId(id)->color, QString());
        QVERIFY(!tags.rename(id + 100, QStringLiteral("Gone")));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString longName(101, QLatin1Char('x'));
        QTest::newRow("create empty") << "create" << "   " << "needs a name";
        QTest::newRow("create over-long") << "create" << longName << "at most 100";
        QTest::newRow("create same name, other case") << "create" << "CERT" << "exists already";
        QTest::newRow("create bad colour") << "create-colour" << "red" << "not a colour";
        QTest::newRow("rename empty") << "rename" << "" << "needs a name";
        QTest::newRow("rename over-long") << "rename" << longName << "at most 100";
        QTest::newRow("rename to another's name") << "rename" << "cert" << "Merge into";
        QTest::newRow("colour without #") << "colour" << "1f77b4" << "#rrggbb";
        QTest::newRow("colour too short") << "colour" << "#12345" << "#rrggbb";
        QTest::newRow("colour not hex") << "colour" << "#gggggg" << "#rrggbb";
        QTest::newRow("set tags over-long") << "set" << longName << "at most 100";
        QTest::newRow("merge into itself") << "merge-self" << "" << "itself";
        QTest::newRow("merge into a deleted tag") << "merge-gone" << "" << "no tag";
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, operation);
        QFETCH(QString, value);
        QFETCH(QString, message);
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        tagFirstOfEveryKind(db, {QStringLiteral("CERT")});
        TagRepository tags(db);
        const qint64 other = insertTag(db, QStringLiteral("Norms"), QStringLiteral("#00aa00"));
        const qint64 cert = usageOf(db, QStringLiteral("CERT")).tag.id;
        const auto before = tags.all();
        const qint64 countryId = CountryRepository(db).all()->first().id;
        Status s;
        if (operation == QLatin1String("create")) {
            Tag tag{0, value, {}};
            s = tags.insert(tag);
        } else if (operation == QLatin1String("create-colour")) {
            Tag tag{0, QStringLiteral("Fresh"), value};
            s = tags.insert(tag);
        } else if (operation == QLatin1String("rename")) {
            s = tags.rename(other, value);
        } else if (operation == QLatin1String("colour")) {
            s = tags.setColor(other, value);
        } else if (operation == QLatin1String("set")) {
            Transaction tx(db);
            s = tags.setTags(QStringLiteral("country"), countryId, {QStringLiteral("Norms"), value});
        } else if (operation == QLatin1String("merge-self")) {
            s = tags.merge(cert, cert);
        } else if (operation == QLatin1String("merge-gone")) {
            s = tags.merge(cert, other + 1000);
        }
        QVERIFY(!s);
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        QCOMPARE(*tags.all(), *before);
        QCOMPARE(*tags.tagsOf(QStringLiteral("country"), countryId), QStringList{QStringLiteral("CERT")});
    }

    void mergeMovesEveryRecord()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        tagFirstOfEveryKind(db, {QStringLiteral("cert"), QStringLiteral("CSIRT")});
        TagRepository tags(db);
        const qint64 csirt = usageOf(db, QStringLiteral("CSIRT")).tag.id;
        const qint64 cert = usageOf(db, QStringLiteral("cert")).tag.id;
        // One more record carries only "cert".
        const qint64 second = CountryRepository(db).all()->at(1).id;
        QVERIFY(tags.setTags(QStringLiteral("country"), second, {QStringLiteral("cert")}));
        {
            Transaction tx(db);
            auto s = tags.merge(cert, csirt);
            QVERIFY2(s, qPrintable(s.error()));
            QVERIFY(tx.commit());
        }
        QVERIFY(!tags.byId(cert));
        QCOMPARE(usageOf(db, QStringLiteral("CSIRT")).total(), 8);
        QCOMPARE(*tags.tagsOf(QStringLiteral("country"), second), QStringList{QStringLiteral("CSIRT")});
        QCOMPARE(tags.all()->size(), 1);
    }

    void removeTakesItOffEveryRecord()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        tagFirstOfEveryKind(db, {QStringLiteral("CERT"), QStringLiteral("Norms")});
        TagRepository tags(db);
        const qint64 cert = usageOf(db, QStringLiteral("CERT")).tag.id;
        QCOMPARE(tags.linksOf(cert)->size(), 7);
        QVERIFY(tags.remove(cert));
        QVERIFY(!tags.byId(cert));
        QCOMPARE(EventRepository(db).all()->first().tags, QStringList{QStringLiteral("Norms")});
        QVERIFY(!tags.remove(cert));
    }

    void deletingARecordTakesItsTags()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        TagRepository tags(db);
        Country c;
        c.code = QStringLiteral("ZZ");
        c.nameEn = QStringLiteral("Testland");
        c.tags = {QStringLiteral("Test")};
        QVERIFY(CountryRepository(db).insert(c));
        const qint64 id = usageOf(db, QStringLiteral("Test")).tag.id;
        QCOMPARE(*tags.linksOf(id), (QList<TagLink>{TagLink{QStringLiteral("country"), c.id}}));
        QVERIFY(CountryRepository(db).remove(c));
        QVERIFY(tags.linksOf(id)->isEmpty());
        // attach/detach: what undo uses to put a tag back on the records it was on
        QVERIFY(tags.attach(id, {TagLink{QStringLiteral("event"), 1}, TagLink{QStringLiteral("event"), 1}}));
        QCOMPARE(tags.linksOf(id)->size(), 1);
        QVERIFY(tags.detach(id, {TagLink{QStringLiteral("event"), 1}}));
        QVERIFY(tags.linksOf(id)->isEmpty());
        QVERIFY(!tags.attach(id, {TagLink{QStringLiteral("nonsense"), 1}}));
    }
};

QTEST_GUILESS_MAIN(tst_TagRepository)
#include "tst_TagRepository.moc"
