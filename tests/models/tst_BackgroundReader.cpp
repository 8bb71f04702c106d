// SPDX-License-Identifier: GPL-3.0-or-later
// Work runs on the reader's thread and connection; only the newest request's answer comes back.
#include "models/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

class tst_BackgroundReader : public QObject
{
    Q_OBJECT
private slots:
    void answersOnOwnerThread()
    {
        TestDatabase t;
        BackgroundReader reader;
        reader.setDatabasePath(t.path());
        QThread* workThread = nullptr;
        QThread* doneThread = nullptr;
        int events = -1;
        reader.run([&](Database& db) -> std::function<void()> {
            workThread = QThread::currentThread();
            auto q = Sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM event"));
            const int n = q && q->next() ? q->value(0).toInt() : -2;
            return [&, n] {
                doneThread = QThread::currentThread();
                events = n;
            };
        });
        QVERIFY(reader.isBusy());
        QVERIFY(reader.waitForIdle());
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        auto q = Sql::run(t.db().connection(), QStringLiteral("SELECT count(*) FROM event"));
        QVERIFY(q && q->next());
        QCOMPARE(events, q->value(0).toInt());
        QVERIFY(events > 0);
    }

    void onlyNewestAnswers()
    {
        TestDatabase t;
        BackgroundReader reader;
        reader.setDatabasePath(t.path());
        QList<int> answered;
        QSignalSpy finished(&reader, &BackgroundReader::finished);
        for (int i = 0; i < 5; ++i)
            reader.run(
                [&answered, i](Database&) -> std::function<void()> { return [&answered, i] { answered << i; }; });
        QVERIFY(reader.waitForIdle());
        // The reader is idle, so any answer it would still give is posted already: deliver them all, then look.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        // The last request is always answered; earlier ones never after it.
        QVERIFY(!answered.isEmpty());
        QCOMPARE(answered.last(), 4);
        QCOMPARE(answered.count(4), 1);
        QVERIFY(!reader.isBusy());
    }

    void missingDatabaseFails()
    {
        QTemporaryDir dir;
        BackgroundReader reader;
        reader.setDatabasePath(dir.filePath(QStringLiteral("missing.sqlite")));
        QSignalSpy failed(&reader, &BackgroundReader::failed);
        bool ran = false;
        reader.run([&ran](Database&) -> std::function<void()> {
            ran = true;
            return {};
        });
        QVERIFY(reader.waitForIdle());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!ran);
        QVERIFY(failed[0][0].toString().contains(QStringLiteral("missing.sqlite")));
    }
};

QTEST_GUILESS_MAIN(tst_BackgroundReader)
#include "tst_BackgroundReader.moc"
