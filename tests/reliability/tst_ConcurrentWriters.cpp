// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one database: a second writer waits for the first (busy timeout) instead of failing, and a
// reader keeps a consistent snapshot while another process writes (WAL).
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto q = Sql::run(db, sql, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

/// Events of one writer run that are whole: both participants and the action are there.
qint64 wholeGroups(const QSqlDatabase& db, const QString& tag)
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM event e WHERE e.key LIKE ? "
                                 "AND (SELECT count(*) FROM participant p WHERE p.event_id = e.id) = 2 "
                                 "AND (SELECT count(*) FROM action a WHERE a.event_id = e.id) = 1"),
                  {tag + QStringLiteral("-%")});
}

/// Waits until `p` printed a line starting with `prefix`; false if it ended first.
bool waitForLine(QProcess& p, const QByteArray& prefix)
{
    for (;;) {
        while (p.canReadLine()) {
            if (p.readLine().startsWith(prefix))
                return true;
        }
        if (!p.waitForReadyRead(60000) && !p.canReadLine())
            return false;
    }
}
} // namespace

class tst_ConcurrentWriters : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("shared.sqlite"));
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error()));
    }

    void secondWriterWaitsInsteadOfFailing()
    {
        // The first writer holds the write lock with an open transaction until told to commit.
        QProcess first, second;
        first.start(QStringLiteral(KILLWRITER),
                    {QStringLiteral("--db"), m_path, QStringLiteral("--tag"), QStringLiteral("first"),
                     QStringLiteral("--batch"), QStringLiteral("50"), QStringLiteral("--wait-stdin")});
        QVERIFY2(waitForLine(first, "pending"), qPrintable(QString::fromUtf8(first.readAllStandardError())));
        second.start(QStringLiteral(KILLWRITER),
                     {QStringLiteral("--db"), m_path, QStringLiteral("--tag"), QStringLiteral("second"),
                      QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--announce")});
        QVERIFY2(waitForLine(second, "begin"), qPrintable(QString::fromUtf8(second.readAllStandardError())));
        // Without a busy timeout the second writer would fail at once (SQLITE_BUSY) and end; with it, it waits.
        // The pause only gives a failure time to show; it is a tenth of the 5 s timeout.
        QTest::qWait(500);
        QVERIFY2(second.state() == QProcess::Running, qPrintable(QString::fromUtf8(second.readAllStandardError())));
        QVERIFY(!second.canReadLine());

        first.write("commit\n");
        first.closeWriteChannel();
        for (QProcess* p : {&first, &second}) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     qPrintable(QString::fromUtf8(p->readAllStandardError())));
        }
        QVERIFY(second.readAllStandardOutput().contains("committed second 1"));
        auto db = Database::open(m_path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        const QSqlDatabase c = db.value()->connection();
        QCOMPARE(wholeGroups(c, QStringLiteral("first")), 50);
        QCOMPARE(wholeGroups(c, QStringLiteral("second")), 1);
        // The second writer's record came after all of the first's: it waited for the lock.
        QCOMPARE(scalar(c, QStringLiteral("SELECT max(id) FROM event WHERE key LIKE 'first-%'")) + 1,
                 scalar(c, QStringLiteral("SELECT id FROM event WHERE key = 'second-1'")));
    }

    void twoWritersHammeringTheSameFileBothFinish()
    {
        constexpr int perWriter = 300;
        QProcess a, b;
        // SQLite's busy handler is not fair: a writer committing back to back can hold the lock longer than the
        // other's 5 s timeout on a slow machine. The writers then do what a user would (Save again) and say so.
        const QStringList common{QStringLiteral("--db"), m_path, QStringLiteral("--count"), QString::number(perWriter),
                                 QStringLiteral("--retry-busy")};
        a.start(QStringLiteral(KILLWRITER), common + QStringList{QStringLiteral("--tag"), QStringLiteral("a")});
        b.start(QStringLiteral(KILLWRITER), common + QStringList{QStringLiteral("--tag"), QStringLiteral("b")});
        int busy = 0;
        for (QProcess* p : {&a, &b}) {
            QVERIFY(p->waitForFinished(180000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     qPrintable(QString::fromUtf8(p->readAllStandardError())));
            const QByteArray out = p->readAllStandardOutput();
            QCOMPARE(out.count("committed "), perWriter);
            busy += int(out.count("busy "));
        }
        auto db = Database::open(m_path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        const QSqlDatabase c = db.value()->connection();
        QCOMPARE(wholeGroups(c, QStringLiteral("a")), perWriter);
        QCOMPARE(wholeGroups(c, QStringLiteral("b")), perWriter);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event")), 2 * perWriter);
        // How often the lock went from one writer to the other, in commit order: shows that they overlapped.
        auto order = Sql::run(c, QStringLiteral("SELECT substr(key, 1, 1) FROM event ORDER BY id"));
        QVERIFY(order);
        int handovers = 0;
        QString previous;
        while (order->next()) {
            const QString writer = order->value(0).toString();
            handovers += !previous.isEmpty() && writer != previous;
            previous = writer;
        }
        qInfo("2 writers x %d transactions: all committed; the write lock changed hands %d times; %d waits "
              "ran past the 5 s busy timeout and were retried",
              perWriter, handovers, busy);
        auto check = Sql::run(c, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
    }

    void aWriterKeptWaitingTooLongIsToldWhy()
    {
        QProcess holder;
        holder.start(QStringLiteral(KILLWRITER),
                     {QStringLiteral("--db"), m_path, QStringLiteral("--tag"), QStringLiteral("holder"),
                      QStringLiteral("--batch"), QStringLiteral("1"), QStringLiteral("--wait-stdin")});
        QVERIFY2(waitForLine(holder, "pending"), qPrintable(QString::fromUtf8(holder.readAllStandardError())));
        auto db = Database::open(m_path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        {
            // The lock stays taken for longer than the 5 s busy timeout: the save fails, and says why and where.
            Transaction tx(db.value()->connection());
            QVERIFY(!tx.isActive());
            QVERIFY2(tx.error().contains(QStringLiteral("is busy")) && tx.error().contains(m_path),
                     qPrintable(tx.error()));
        }
        holder.write("commit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(60000));
        QCOMPARE(holder.exitCode(), 0);
        // Once the other writer is done, the same connection writes again.
        Transaction tx(db.value()->connection());
        QVERIFY2(tx.isActive(), qPrintable(tx.error()));
        QVERIFY(tx.commit());
        QCOMPARE(wholeGroups(db.value()->connection(), QStringLiteral("holder")), 1);
    }

    void readerKeepsASnapshotDuringALongWrite()
    {
        constexpr int batch = 500;
        auto db = Database::open(m_path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        const QSqlDatabase c = db.value()->connection();

        QProcess writer;
        writer.start(QStringLiteral(KILLWRITER),
                     {QStringLiteral("--db"), m_path, QStringLiteral("--tag"), QStringLiteral("long"),
                      QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--wait-stdin")});
        QVERIFY2(waitForLine(writer, "pending"), qPrintable(QString::fromUtf8(writer.readAllStandardError())));

        // The write is open in the other process: this reader is not blocked and sees none of it.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event")), 0);
        QVERIFY(Sql::run(c, QStringLiteral("BEGIN")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event")), 0);

        writer.write("commit\n");
        writer.closeWriteChannel();
        QVERIFY2(waitForLine(writer, "committed"), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);

        // Inside its read transaction the reader still sees the database as it was when it began...
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM participant")), 0);
        QVERIFY(Sql::run(c, QStringLiteral("COMMIT")));
        // ...and afterwards all of the write at once, whole.
        QCOMPARE(wholeGroups(c, QStringLiteral("long")), batch);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM participant")), 2 * batch);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_ConcurrentWriters)
#include "tst_ConcurrentWriters.moc"
