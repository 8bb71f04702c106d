// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/TagEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QTest>

class tst_TagEdit : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("blanks") << " , ,, " << QStringList{};
        QTest::newRow("trimmed") << " CERT ,  capacity building" << QStringList{"CERT", "capacity building"};
        QTest::newRow("once, first spelling") << "CERT, cert, Norms, CERT" << QStringList{"CERT", "Norms"};
        QTest::newRow("Japanese commas") << "能力構築、日米，CERT" << QStringList{"能力構築", "日米", "CERT"};
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QCOMPARE(TagEdit::parse(text), tags);
        TagEdit edit;
        edit.setText(text);
        QCOMPARE(edit.tags(), tags);
    }

    void completesTheNameBeingTyped()
    {
        TagEdit edit;
        edit.setKnownTags({QStringLiteral("Capacity building"), QStringLiteral("CERT"), QStringLiteral("Norms")});
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setTags({QStringLiteral("Norms")});
        QCOMPARE(edit.text(), QStringLiteral("Norms"));
        edit.setFocus();
        edit.end(false);
        QTest::keyClicks(&edit, QStringLiteral(", cer"));
        auto* completer = edit.findChild<QCompleter*>();
        QVERIFY(completer);
        QCOMPARE(completer->completionPrefix(), QStringLiteral("cer"));
        QCOMPARE(completer->completionCount(), 1);
        QVERIFY(completer->popup()->isVisible());
        emit completer->activated(QStringLiteral("CERT"));
        QCOMPARE(edit.text(), QStringLiteral("Norms, CERT"));
        QCOMPARE(edit.tags(), (QStringList{QStringLiteral("Norms"), QStringLiteral("CERT")}));
        // In the middle: only the name under the cursor is replaced.
        edit.setText(QStringLiteral("ca, Norms"));
        edit.setCursorPosition(2);
        emit completer->activated(QStringLiteral("Capacity building"));
        QCOMPARE(edit.text(), QStringLiteral("Capacity building, Norms"));
        edit.setText(QStringLiteral("Norms、ce、日米"));
        edit.setCursorPosition(8);
        emit completer->activated(QStringLiteral("CERT"));
        QCOMPARE(edit.text(), QStringLiteral("Norms、 CERT、日米"));
    }
};

QTEST_MAIN(tst_TagEdit)
#include "tst_TagEdit.moc"
