// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"
#include "models/RecordStore.h"
#include "storage/CountryRepository.h"
#include "storage/EventRepository.h"
#include "storage/HistoryRepository.h"
#include "support/OrganizationFixture.h"
#include "support/TestDatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class tst_RecordStore : public QObject
{
    Q_OBJECT
private slots:
    void editsUndoAndRedo()
    {
        TestDatabase t;
        RecordStore store(t.db());
        QSignalSpy changed(&store, &RecordStore::changed);
        Country fr = *CountryRepository(t.db().connection()).byCode(QStringLiteral("FR"));
        Country edited = fr;
        edited.note = QStringLiteral("first");
        QVERIFY(store.save(fr, edited));
        QVERIFY(changed.count() >= 1);
        Country again = *store.country(fr.id);
        Country second = again;
        second.note = QStringLiteral("second");
        QVERIFY(store.save(again, second));
        QCOMPARE(store.undoStack()->count(), 2);
        store.undoStack()->undo();
        QCOMPARE(store.country(fr.id)->note, QStringLiteral("first"));
        store.undoStack()->undo();
        QCOMPARE(store.country(fr.id)->note, fr.note);
        store.undoStack()->redo();
        store.undoStack()->redo();
        QCOMPARE(store.country(fr.id)->note, QStringLiteral("second"));
    }

    void undoingADeletePutsTheEventAndItsActionsBack()
    {
        TestDatabase t;
        RecordStore store(t.db());
        Event e;
        e.titleEn = QStringLiteral("Working level meeting");
        e.participants = {Participant{0, QStringLiteral("FR"), {}, {}, {}}};
        Action a;
        a.description = QStringLiteral("Send the draft");
        QVERIFY(store.saveEvent(std::nullopt, e, {}, {a}));
        QVERIFY(e.id > 0);
        const QList<Action> actions = *store.actionsOf(e.id);
        QCOMPARE(actions.size(), 1);
        QVERIFY(store.deleteEvent(*store.event(e.id)));
        QVERIFY(!store.event(e.id));
        store.undoStack()->undo();
        auto back = store.event(e.id);
        QVERIFY(back);
        QCOMPARE(back->participants.size(), 1);
        QCOMPARE(store.actionsOf(e.id)->size(), 1);
        QCOMPARE(store.actionsOf(e.id)->first().id, actions.first().id);
        store.undoStack()->redo();
        QVERIFY(!store.event(e.id));
    }

    void anUndoOverSomeoneElsesChangeIsRefused()
    {
        TestDatabase t;
        RecordStore store(t.db());
        QSignalSpy failed(&store, &RecordStore::failed);
        Country fr = *store.country(CountryRepository(t.db().connection()).byCode(QStringLiteral("FR"))->id);
        Country mine = fr;
        mine.note = QStringLiteral("mine");
        QVERIFY(store.save(fr, mine));
        // Another window saves the same country.
        Country theirs = *store.country(fr.id);
        theirs.note = QStringLiteral("theirs");
        QVERIFY(CountryRepository(t.db().connection()).update(theirs));
        store.undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Cannot undo")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(store.country(fr.id)->note, QStringLiteral("theirs")); // never overwritten
    }

    void nextRoundCarriesOpenActionsForwardAndUndoTakesThemBack()
    {
        TestDatabase t;
        RecordStore store(t.db());
        Event first;
        first.titleEn = QStringLiteral("Round one");
        Action open;
        open.description = QStringLiteral("Agree the terms of reference");
        QVERIFY(store.saveEvent(std::nullopt, first, {}, {open}));
        const QList<Action> before = *store.actionsOf(first.id);
        QList<Action> moved = before;
        moved.first().eventId = 0; // as the editor hands it over for a new event
        Event next;
        next.titleEn = QStringLiteral("Round two");
        QVERIFY(store.saveEvent(std::nullopt, next, before, moved));
        QCOMPARE(store.actionsOf(next.id)->size(), 1);
        QCOMPARE(store.actionsOf(next.id)->first().id, before.first().id); // the same record, moved
        QVERIFY(store.actionsOf(first.id)->isEmpty());
        store.undoStack()->undo();
        QVERIFY(!store.event(next.id));
        QCOMPARE(store.actionsOf(first.id)->size(), 1);
        QCOMPARE(store.actionsOf(first.id)->first().eventId, first.id);
    }

    void moreRoundsAreRecognised()
    {
        TestDatabase t;
        RecordStore store(t.db());
        auto all = EventRepository(t.db().connection()).all();
        QVERIFY(all);
        Event round;
        for (const Event& e : *all) {
            if (e.dialogueId && e.roundNumber)
                round = e;
        }
        QVERIFY(round.id);
        Event copy = round;
        copy.id = 0;
        QCOMPARE(*store.roundTaken(copy), true);
        QCOMPARE(*store.roundTaken(round), false); // its own number
        copy.roundNumber = 9999;
        QCOMPARE(*store.roundTaken(copy), false);
        auto last = store.lastRoundOf(round.dialogueId);
        QVERIFY(last);
        QVERIFY(*last->roundNumber >= *round.roundNumber || last->id == round.id);
    }

    void organizationsAreAddedEditedAndDeletedWithUndo()
    {
        TestDatabase t;
        RecordStore store(t.db());
        QSignalSpy changed(&store, &RecordStore::changed);
        Organization o = OrganizationFixture::cert();
        o.kind.clear();
        QVERIFY(store.save(std::nullopt, o));
        QVERIFY(o.id > 0);
        QCOMPARE(changed.last().first().value<NavTarget>(), (NavTarget{NavTarget::Kind::Organization, o.id}));
        QCOMPARE(store.undoStack()->undoText(), QStringLiteral("Add \u201cTESTCERT\u201d"));
        Organization read = *store.organization(o.id);
        Organization edited = read;
        edited.kind = QStringLiteral("national CERT");
        QVERIFY(store.save(read, edited));
        QCOMPARE(store.organization(o.id)->kind, QStringLiteral("national CERT"));

        store.undoStack()->undo(); // the edit
        QCOMPARE(store.organization(o.id)->kind, QString());
        store.undoStack()->undo(); // the addition
        QVERIFY(!store.organization(o.id));
        store.undoStack()->redo(); // back under its id, with its sources
        auto back = store.organization(o.id);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->sources, o.sources);
        store.undoStack()->redo();
        QCOMPARE(store.organization(o.id)->kind, QStringLiteral("national CERT"));

        QVERIFY(store.remove(*store.organization(o.id)));
        QVERIFY(!store.organization(o.id));
        store.undoStack()->undo();
        QCOMPARE(store.organization(o.id)->kind, QStringLiteral("national CERT"));
        // Each step is one logged change of the organization.
        auto history = store.history({NavTarget::Kind::Organization, o.id});
        QVERIFY2(history, qPrintable(history.error()));
        QVERIFY(!history->isEmpty());
        QCOMPARE(history->first().entity, QStringLiteral("organization"));
    }

    void anOrganizationNamedByAnEventIsNotDeleted()
    {
        TestDatabase t;
        RecordStore store(t.db());
        Organization o;
        o.nameEn = QStringLiteral("Ministry of Testing");
        QVERIFY(store.save(std::nullopt, o));
        Event e;
        e.titleEn = QStringLiteral("Workshop");
        e.participants = {Participant{0, {}, {}, {}, {}, o.id}};
        QVERIFY(store.saveEvent(std::nullopt, e, {}, {}));
        const int steps = store.undoStack()->count();
        const Status s = store.remove(*store.organization(o.id));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("1 event")), qPrintable(s.error()));
        QCOMPARE(store.undoStack()->count(), steps);
        QCOMPARE(store.event(e.id)->participants.first().organizationId, o.id);
    }

    // The conflict message names a participant that is only an organization by the organization, not by nothing.
    void differencesNameOrganizationParticipants()
    {
        TestDatabase t;
        RecordStore store(t.db());
        Organization withAcronym = OrganizationFixture::cert();
        QVERIFY(store.save(std::nullopt, withAcronym));
        Organization nameOnly;
        nameOnly.nameEn = QStringLiteral("Ministry of Testing");
        nameOnly.nameJa = QStringLiteral("試験省");
        QVERIFY(store.save(std::nullopt, nameOnly));
        Event theirs, mine;
        theirs.titleEn = mine.titleEn = QStringLiteral("Workshop");
        theirs.participants = {Participant{0, QStringLiteral("FR"), {}, {}, {}, withAcronym.id}};
        mine.participants = {Participant{0, QStringLiteral("FR"), {}, {}, {}, withAcronym.id},
                             Participant{0, {}, {}, {}, {}, nameOnly.id},
                             Participant{0, QStringLiteral("JP"), QStringLiteral("A. Person"), {}, {}, nameOnly.id}};
        const QString d = store.differences(theirs, mine);
        QVERIFY2(d.contains(QStringLiteral("theirs: \u201c%1\u201d").arg(withAcronym.acronym)), qPrintable(d));
        QVERIFY2(d.contains(QStringLiteral("yours: \u201c%1, %2, A. Person\u201d")
                                .arg(withAcronym.acronym, bilingualName(nameOnly.nameEn, nameOnly.nameJa))),
                 qPrintable(d));
        QCOMPARE(store.differences(theirs, theirs), QString());
    }

    void tagCommandsUndoAndRedo()
    {
        TestDatabase t;
        RecordStore store(t.db());
        const QSqlDatabase db = t.db().connection();
        Country fr = *CountryRepository(db).byCode(QStringLiteral("FR"));
        Country tagged = fr;
        tagged.tags = {QStringLiteral("CERT"), QStringLiteral("Norms")};
        QVERIFY(store.save(fr, tagged));
        Tag fresh{0, QStringLiteral("Capacity building"), QStringLiteral("#2ca02c")};
        QVERIFY(store.createTag(fresh));
        QVERIFY(fresh.id > 0);
        const qint64 cert = TagRepository(db).byName(QStringLiteral("cert"))->id;
        QVERIFY(store.renameTag(cert, QStringLiteral("CSIRT")));
        QVERIFY(store.recolorTag(cert, QStringLiteral("#d62728")));
        QCOMPARE(*store.tag(cert), (Tag{cert, QStringLiteral("CSIRT"), QStringLiteral("#d62728")}));
        QCOMPARE(store.undoStack()->count(), 4);
        store.undoStack()->undo();
        store.undoStack()->undo();
        QCOMPARE(*store.tag(cert), (Tag{cert, QStringLiteral("CERT"), QString()}));
        store.undoStack()->undo();
        QVERIFY(!store.tag(fresh.id));
        store.undoStack()->redo();
        QCOMPARE(store.tag(fresh.id)->name, QStringLiteral("Capacity building")); // back under the same id
        // A refused command is not pushed and changes nothing.
        QVERIFY(!store.renameTag(cert, QStringLiteral("norms")));
        QVERIFY(!store.recolorTag(cert, QStringLiteral("blue")));
        QCOMPARE(store.undoStack()->count(), 4);
        QCOMPARE(store.undoStack()->index(), 2);
        QCOMPARE(store.tag(cert)->name, QStringLiteral("CERT"));
    }

    void undoingADeleteOrMergePutsTagsBackOnExactlyTheirRecords()
    {
        TestDatabase t;
        RecordStore store(t.db());
        const QSqlDatabase db = t.db().connection();
        TagRepository tags(db);
        const QList<Country> all = *CountryRepository(db).all();
        // A on countries 0 and 1, B on countries 1 and 2.
        QVERIFY(tags.setTags(QStringLiteral("country"), all[0].id, {QStringLiteral("A")}));
        QVERIFY(tags.setTags(QStringLiteral("country"), all[1].id, {QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(tags.setTags(QStringLiteral("country"), all[2].id, {QStringLiteral("B")}));
        const qint64 a = tags.byName(QStringLiteral("A"))->id;
        const qint64 b = tags.byName(QStringLiteral("B"))->id;
        QVERIFY(tags.setColor(a, QStringLiteral("#123456")));
        const QList<TagLink> linksA = *tags.linksOf(a);
        const QList<TagLink> linksB = *tags.linksOf(b);

        QVERIFY(store.mergeTags(a, b));
        QVERIFY(!tags.byId(a));
        QCOMPARE(tags.linksOf(b)->size(), 3);
        store.undoStack()->undo();
        QCOMPARE(*tags.byId(a), (Tag{a, QStringLiteral("A"), QStringLiteral("#123456")}));
        QCOMPARE(*tags.linksOf(a), linksA);
        QCOMPARE(*tags.linksOf(b), linksB);
        store.undoStack()->redo();
        QCOMPARE(tags.linksOf(b)->size(), 3);
        store.undoStack()->undo();

        QVERIFY(store.deleteTag(b));
        QVERIFY(!tags.byId(b));
        QCOMPARE(*tags.tagsOf(QStringLiteral("country"), all[1].id), QStringList{QStringLiteral("A")});
        store.undoStack()->undo();
        QCOMPARE(tags.byId(b)->name, QStringLiteral("B"));
        QCOMPARE(*tags.linksOf(b), linksB);
        QCOMPARE(store.country(all[1].id)->tags, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(!store.mergeTags(a, a));
        QVERIFY(!store.deleteTag(b + 1000));
    }
};

QTEST_MAIN(tst_RecordStore)
#include "tst_RecordStore.moc"
