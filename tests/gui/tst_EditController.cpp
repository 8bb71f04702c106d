// SPDX-License-Identifier: GPL-3.0-or-later
// The edit → save → conflict → retry loop driven offscreen: real editors, a second connection saving in between.
#include "gui/EditController.h"
#include "gui/MessageBox.h"
#include "gui/dialogs/CountryEditor.h"
#include "gui/dialogs/EventEditor.h"
#include "gui/dialogs/OrganizationEditor.h"
#include "models/Catalog.h"
#include "models/RecordStore.h"
#include "storage/CountryRepository.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/OrganizationRepository.h"
#include "support/TestDatabase.h"

#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

class tst_EditController : public QObject
{
    Q_OBJECT
private:
    /// One editor shown by the controller, answered by `answer` (its result is what the editor returns).
    using Answer = std::function<int(FormDialog* editor, int shown)>;

    struct Fixture
    {
        TestDatabase data;
        RecordStore store{data.db()};
        Catalog catalog = *Catalog::load(data.db());
        QWidget window;
        int shown = 0;
        QStringList problems; ///< the problem banner of each editor shown, in order
        Answer answer;
        EditController controller{store, catalog, &window, [this](QDialog* d) {
                                      auto* editor = qobject_cast<FormDialog*>(d);
                                      if (!editor)
                                          return int(QDialog::Rejected);
                                      ++shown;
                                      problems << editor->problemText();
                                      editor->show();
                                      return answer ? answer(editor, shown) : int(QDialog::Rejected);
                                  }};
        QSignalSpy saved{&controller, &EditController::saved};

        /// Another Liaison on the same file: a connection of its own.
        std::unique_ptr<Database> other()
        {
            auto db = Database::open(data.path(), Database::Mode::OpenExisting);
            return db ? std::move(db).value() : nullptr;
        }
    };

    static void setNote(FormDialog* editor, const QString& text)
    {
        editor->findChild<QPlainTextEdit*>(QStringLiteral("note"))->setPlainText(text);
    }

    static QString note(FormDialog* editor)
    {
        return editor->findChild<QPlainTextEdit*>(QStringLiteral("note"))->toPlainText();
    }

    static int accept(FormDialog* editor)
    {
        editor->accept();
        return editor->result();
    }

private slots:
    void initTestCase()
    {
        MessageBox::setTestHandler(
            [this](const QString& title, const QString& text) { m_messages << title + QStringLiteral(": ") + text; });
    }

    void init() { m_messages.clear(); }

    void aSaveThatSucceedsOpensTheRecord()
    {
        Fixture f;
        const Country fr = *CountryRepository(f.data.db().connection()).byCode(QStringLiteral("FR"));
        f.answer = [](FormDialog* editor, int) {
            if (!qobject_cast<CountryEditor*>(editor))
                return int(QDialog::Rejected);
            setNote(editor, QStringLiteral("Edited in the form"));
            return accept(editor);
        };
        f.controller.edit(NavTarget{NavTarget::Kind::Country, fr.id});
        QCOMPARE(f.shown, 1);
        QCOMPARE(f.problems, QStringList{QString()});
        QCOMPARE(f.saved.count(), 1);
        QCOMPARE(f.saved.first().first().value<NavTarget>(), (NavTarget{NavTarget::Kind::Country, fr.id}));
        QCOMPARE(f.store.country(fr.id)->note, QStringLiteral("Edited in the form"));
        QCOMPARE(m_messages, QStringList());
    }

    void aCancelSavesNothing()
    {
        Fixture f;
        const Country fr = *CountryRepository(f.data.db().connection()).byCode(QStringLiteral("FR"));
        f.answer = [](FormDialog* editor, int) {
            setNote(editor, QStringLiteral("Typed, then cancelled"));
            return int(QDialog::Rejected);
        };
        f.controller.edit(NavTarget{NavTarget::Kind::Country, fr.id});
        QCOMPARE(f.shown, 1);
        QCOMPARE(f.saved.count(), 0);
        QCOMPARE(f.store.country(fr.id)->note, fr.note);
        QCOMPARE(f.store.country(fr.id)->version, fr.version);
        QCOMPARE(m_messages, QStringList());
    }

    // Someone saves while the form is open: the form comes back with their version beside it and every change
    // typed here; saving again puts the form's values over theirs.
    void aConflictShowsTheirVersionAndSavingAgainReplacesIt()
    {
        Fixture f;
        const Country fr = *CountryRepository(f.data.db().connection()).byCode(QStringLiteral("FR"));
        auto other = f.other();
        QVERIFY(other);
        QString kept;
        f.answer = [&](FormDialog* editor, int shown) {
            if (shown == 1) {
                Country theirs = *CountryRepository(other->connection()).byId(fr.id);
                theirs.note = QStringLiteral("Their note");
                if (!CountryRepository(other->connection()).update(theirs))
                    return int(QDialog::Rejected);
                setNote(editor, QStringLiteral("My note"));
                return accept(editor);
            }
            kept = note(editor);
            return accept(editor); // save again: mine over theirs
        };
        f.controller.edit(NavTarget{NavTarget::Kind::Country, fr.id});
        QCOMPARE(f.shown, 2);
        QVERIFY(f.problems.first().isEmpty());
        const QString problem = f.problems.last();
        QVERIFY2(problem.contains(QStringLiteral("after you opened it")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("theirs: \u201cTheir note\u201d; yours: \u201cMy note\u201d")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Save again to replace their version with yours")),
                 qPrintable(problem));
        QCOMPARE(kept, QStringLiteral("My note"));
        QCOMPARE(f.saved.count(), 1);
        QCOMPARE(f.store.country(fr.id)->note, QStringLiteral("My note"));
        QCOMPARE(m_messages, QStringList());
    }

    void aConflictThenCancelKeepsTheirs()
    {
        Fixture f;
        const Country fr = *CountryRepository(f.data.db().connection()).byCode(QStringLiteral("FR"));
        auto other = f.other();
        QVERIFY(other);
        f.answer = [&](FormDialog* editor, int shown) {
            if (shown > 1)
                return int(QDialog::Rejected);
            Country theirs = *CountryRepository(other->connection()).byId(fr.id);
            theirs.note = QStringLiteral("Their note");
            if (!CountryRepository(other->connection()).update(theirs))
                return int(QDialog::Rejected);
            setNote(editor, QStringLiteral("My note"));
            return accept(editor);
        };
        f.controller.edit(NavTarget{NavTarget::Kind::Country, fr.id});
        QCOMPARE(f.shown, 2);
        QCOMPARE(f.saved.count(), 0);
        QCOMPARE(f.store.country(fr.id)->note, QStringLiteral("Their note"));
    }

    // Their change was a delete: saving again makes the form's values a new record.
    void aRecordDeletedMeanwhileIsSavedAsNew()
    {
        Fixture f;
        Organization o;
        o.acronym = QStringLiteral("GONE-CERT");
        o.kind = QStringLiteral("CSIRT");
        QVERIFY(OrganizationRepository(f.data.db().connection()).insert(o));
        auto other = f.other();
        QVERIFY(other);
        f.answer = [&](FormDialog* editor, int shown) {
            if (shown == 1) {
                if (!OrganizationRepository(other->connection()).remove(o))
                    return int(QDialog::Rejected);
                auto* name = editor->findChild<QLineEdit*>(QStringLiteral("name_en"));
                name->setText(QStringLiteral("Kept Computer Emergency Response Team"));
            }
            return accept(editor);
        };
        f.controller.edit(NavTarget{NavTarget::Kind::Organization, o.id});
        QCOMPARE(f.shown, 2);
        QVERIFY2(f.problems.last().contains(QStringLiteral("deleted by someone else")), qPrintable(f.problems.last()));
        QVERIFY2(f.problems.last().contains(QStringLiteral("saving again records them as a new record")),
                 qPrintable(f.problems.last()));
        QCOMPARE(f.saved.count(), 1);
        const NavTarget made = f.saved.first().first().value<NavTarget>();
        QCOMPARE(made.kind, NavTarget::Kind::Organization);
        const Organization saved = *f.store.organization(made.id);
        QCOMPARE(saved.acronym, QStringLiteral("GONE-CERT"));
        QCOMPARE(saved.nameEn, QStringLiteral("Kept Computer Emergency Response Team"));
        QCOMPARE(saved.version, 1); // a record of its own, not their deleted one brought back
    }

    // The event editor goes through the same loop: a conflict on an event shows their version, and Cancel keeps it.
    void anEventConflictGoesThroughTheSameLoop()
    {
        Fixture f;
        const auto dialogues = DialogueRepository(f.data.db().connection()).all();
        QVERIFY(dialogues);
        const Dialogue jpUs = [&] {
            for (const Dialogue& d : *dialogues) {
                if (d.key == QLatin1String("jp-us"))
                    return d;
            }
            return Dialogue{};
        }();
        QVERIFY(jpUs.id);
        // A new event takes its dialogue from the record on the page.
        f.answer = [](FormDialog* editor, int) {
            QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("title_en")), QStringLiteral("Loop test"));
            return accept(editor);
        };
        f.controller.create(NavTarget::Kind::Event, NavTarget{NavTarget::Kind::Dialogue, jpUs.id});
        QCOMPARE(f.saved.count(), 1);
        const NavTarget made = f.saved.first().first().value<NavTarget>();
        QCOMPARE(made.kind, NavTarget::Kind::Event);
        QCOMPARE(f.store.event(made.id)->dialogueId, jpUs.id);

        auto other = f.other();
        QVERIFY(other);
        f.shown = 0;
        f.problems.clear();
        f.answer = [&](FormDialog* editor, int shown) {
            if (shown > 1)
                return int(QDialog::Rejected);
            Event theirs = *EventRepository(other->connection()).byId(made.id);
            theirs.place = QStringLiteral("Their place");
            if (!EventRepository(other->connection()).update(theirs))
                return int(QDialog::Rejected);
            auto* place = editor->findChild<QLineEdit*>(QStringLiteral("place"));
            place->setText(QStringLiteral("My place"));
            return accept(editor);
        };
        f.controller.edit(made);
        QCOMPARE(f.shown, 2);
        QVERIFY2(f.problems.last().contains(QStringLiteral("Their place")) &&
                     f.problems.last().contains(QStringLiteral("My place")),
                 qPrintable(f.problems.last()));
        QCOMPARE(f.saved.count(), 1);
        QCOMPARE(f.store.event(made.id)->place, QStringLiteral("Their place"));
    }

    void whatCannotBeEditedIsSaidThroughTheMessageBox()
    {
        Fixture f;
        f.controller.edit(NavTarget{NavTarget::Kind::Country, 999999});
        QCOMPARE(f.shown, 0);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().startsWith(QStringLiteral("Cannot edit: ")), qPrintable(m_messages.first()));
        m_messages.clear();
        f.controller.nextRound(NavTarget{NavTarget::Kind::Country, 1}); // a country has no rounds
        QCOMPARE(f.shown, 0);
        QCOMPARE(m_messages,
                 QStringList{QStringLiteral("Next Round: Open a dialogue (or one of its meetings) first.")});
        m_messages.clear();
        QCOMPARE(f.saved.count(), 0);
    }

    void cleanupTestCase()
    {
        MessageBox::setTestHandler({});
        QCOMPARE(m_messages, QStringList());
    }

private:
    QStringList m_messages;
};

QTEST_MAIN(tst_EditController)
#include "tst_EditController.moc"
