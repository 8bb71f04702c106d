// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/EventEditor.h"
#include "models/Catalog.h"
#include "support/TestDatabase.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

class tst_EventEditor : public QObject
{
    Q_OBJECT
private slots:
    void nextRoundStartsFromTheLastOne()
    {
        Event last;
        last.id = 5;
        last.dialogueId = 3;
        last.kind = QStringLiteral("round");
        last.roundNumber = 9;
        last.titleEn = QStringLiteral("Cyber Dialogue");
        last.format = QStringLiteral("in_person");
        last.level = QStringLiteral("director-general");
        last.startDate = QStringLiteral("2024-06-26");
        last.participants = {Participant{41, QStringLiteral("JP"), {}, {}, QStringLiteral("party")}};
        const Event next = EventEditor::nextRoundOf(last);
        QCOMPARE(next.id, qint64(0));
        QCOMPARE(next.dialogueId, qint64(3));
        QCOMPARE(*next.roundNumber, 10);
        QCOMPARE(next.status, QStringLiteral("planned"));
        QVERIFY(next.startDate.isEmpty());
        QCOMPARE(next.participants.size(), 1);
        QCOMPARE(next.participants.first().id, qint64(0));

        Action open, done, going;
        open.id = 1;
        open.description = QStringLiteral("Open one");
        done.id = 2;
        done.status = QStringLiteral("done");
        going.id = 3;
        going.status = QStringLiteral("in_progress");
        going.note = QStringLiteral("halfway");
        const QList<Action> carried = EventEditor::carriedForward({open, done, going}, last);
        QCOMPARE(carried.size(), 2);
        QCOMPARE(carried[0].id, qint64(1)); // the same record moves
        QVERIFY(carried[0].note.contains(QStringLiteral("round 9")));
        QVERIFY(carried[1].note.startsWith(QStringLiteral("halfway")));
    }

    void aTakenRoundIsRefusedBesideTheField()
    {
        TestDatabase t;
        auto catalog = Catalog::load(t.db());
        QVERIFY(catalog);
        Event e;
        e.dialogueId = catalog->dialogues.first().id;
        e.titleEn = QStringLiteral("Round");
        e.roundNumber = 1;
        int asked = 0;
        EventEditor editor(e, {}, *catalog, [&](const Event& x) {
            ++asked;
            return Result<bool>(x.roundNumber == 1);
        });
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(asked, 1);
        QVERIFY2(editor.errorText(QStringLiteral("round_number")).contains(QStringLiteral("already recorded")),
                 qPrintable(editor.errorText(QStringLiteral("round_number"))));
        editor.findChild<QSpinBox*>(QStringLiteral("round_number"))->setValue(2);
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(*editor.value().roundNumber, 2);
    }

    void citedArticlesAndTagsComeBackAsPicked()
    {
        TestDatabase t;
        auto catalog = Catalog::load(t.db());
        QVERIFY(catalog);
        Event e;
        e.titleJa = QStringLiteral("会合");
        EventEditor editor(e, {}, *catalog, {});
        auto* cited = editor.findChild<QListWidget*>(QStringLiteral("cited"));
        QVERIFY(cited && cited->count() > 0);
        cited->item(0)->setCheckState(Qt::Checked);
        editor.findChild<QLineEdit*>(QStringLiteral("tags"))->setText(QStringLiteral("CERT, capacity building, cert"));
        const Event v = editor.value();
        QCOMPARE(v.citedProvisions.size(), 1);
        QCOMPARE(v.tags, (QStringList{QStringLiteral("CERT"), QStringLiteral("capacity building")}));
    }
};

QTEST_MAIN(tst_EventEditor)
#include "tst_EventEditor.moc"
