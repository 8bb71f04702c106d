// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/IcsWriter.h"

#include <QTest>

class tst_IcsWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapes() { QCOMPARE(IcsWriter::escape(QStringLiteral("a,b;c\\d\ne\r\nf")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf")); }

    void foldsAt75OctetsWithoutSplittingCharacters()
    {
        const QString line = QStringLiteral("SUMMARY:") + QString(40, QChar(0x65E5)); // 8 + 120 octets
        const QByteArray folded = IcsWriter::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> parts = folded.chopped(2).split('\n');
        QVERIFY(parts.size() > 1);
        for (const QByteArray& p : parts) {
            const QByteArray l = p.endsWith('\r') ? p.chopped(1) : p;
            QVERIFY2(l.size() <= 75, l.constData());
            QVERIFY(!QString::fromUtf8(l).contains(QChar::ReplacementCharacter));
        }
        // Unfolding gives the line back.
        QCOMPARE(QString::fromUtf8(QByteArray(folded).replace("\r\n ", "").chopped(2)), line);
    }

    void eventsAndStatuses()
    {
        Event held;
        held.key = QStringLiteral("jp-gb-r1");
        held.titleEn = QStringLiteral("Round 1, Tokyo; first");
        held.startDate = QStringLiteral("2012-06-19");
        held.endDate = QStringLiteral("2012-06-20");
        Event planned = held;
        planned.key = QStringLiteral("p");
        planned.status = QStringLiteral("planned");
        planned.startDate = QStringLiteral("2030-02");
        planned.endDate.clear();
        Event cancelled = held;
        cancelled.key.clear();
        cancelled.id = 42;
        cancelled.status = QStringLiteral("cancelled");
        cancelled.startDate = QStringLiteral("2029");
        cancelled.endDate.clear();
        Event undated = held;
        undated.key = QStringLiteral("undated");
        undated.startDate.clear();
        QStringList skipped;
        const QByteArray ics = IcsWriter::calendar({held, planned, cancelled, undated}, &skipped);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\n\n") && ics.count('\n') == ics.count("\r\n"));
        QVERIFY(ics.contains("UID:jp-gb-r1@liaison.invalid\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20120619\r\nDTEND;VALUE=DATE:20120621\r\n"));
        QVERIFY(ics.contains("SUMMARY:Round 1\\, Tokyo\\; first\r\n"));
        QVERIFY(ics.contains("STATUS:CONFIRMED"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20300201\r\nDTEND;VALUE=DATE:20300301\r\n")); // the whole month
        QVERIFY(ics.contains("STATUS:TENTATIVE"));
        QVERIFY(ics.contains("UID:event-42@liaison.invalid\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20290101\r\nDTEND;VALUE=DATE:20300101\r\n")); // the whole year
        QVERIFY(ics.contains("STATUS:CANCELLED"));
        QCOMPARE(skipped, QStringList{QStringLiteral("undated")});
        // Stable: the same events give the same bytes.
        QCOMPARE(IcsWriter::calendar({held, planned, cancelled, undated}), ics);
        QCOMPARE(IcsWriter::uid(held), QStringLiteral("jp-gb-r1@liaison.invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_IcsWriter)
#include "tst_IcsWriter.moc"
