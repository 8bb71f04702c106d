// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a writer (killwriter) with SIGKILL at random moments, many times on one database, and checks after each kill
// that the file is sound and that every transaction the writer reported as committed is there, whole, and that no
// part of an unfinished one is. LIAISON_KILL_SEED repeats a run; LIAISON_KILLS changes the number of kills.
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
/// The rows of one writer run: sequence number -> (participants, actions) of that event.
struct RunRows
{
    QMap<qint64, QPair<int, int>> groups;
};

Result<QStringList> integrityProblems(const QSqlDatabase& db)
{
    auto q = Sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return Result<QStringList>::failure(q.error());
    QStringList problems;
    while (q->next())
        problems << q->value(0).toString();
    return problems == QStringList{QStringLiteral("ok")} ? QStringList() : problems;
}

Result<RunRows> rowsOf(const QSqlDatabase& db, const QString& tag)
{
    // A whole group is the event, both its participants and its action, each carrying the event's key.
    auto q = Sql::run(db,
                      QStringLiteral("SELECT e.key, "
                                     "(SELECT count(*) FROM participant p WHERE p.event_id = e.id "
                                     "   AND p.name IN (e.key || ' delegate A', e.key || ' delegate B')), "
                                     "(SELECT count(*) FROM action a WHERE a.event_id = e.id "
                                     "   AND a.description = 'Follow up ' || e.key) "
                                     "FROM event e WHERE e.key LIKE ?"),
                      {tag + QStringLiteral("-%")});
    if (!q)
        return Result<RunRows>::failure(q.error());
    RunRows rows;
    while (q->next()) {
        const qint64 seq = q->value(0).toString().section(QLatin1Char('-'), 1).toLongLong();
        rows.groups.insert(seq, {q->value(1).toInt(), q->value(2).toInt()});
    }
    return rows;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    auto q = Sql::run(db, sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}
} // namespace

class tst_KillRecovery : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingSaved()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kill.sqlite"));
        {
            auto created = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY2(created, qPrintable(created.error()));
        }
        bool seedGiven = false;
        quint32 seed = qEnvironmentVariable("LIAISON_KILL_SEED").toUInt(&seedGiven);
        if (!seedGiven)
            seed = QRandomGenerator::global()->generate();
        bool killsGiven = false;
        int kills = qEnvironmentVariableIntValue("LIAISON_KILLS", &killsGiven);
        if (!killsGiven || kills <= 0)
            kills = 100;
        qInfo("seed %u (rerun with LIAISON_KILL_SEED=%u), %d kills", seed, seed, kills);
        QRandomGenerator rng(seed);

        QElapsedTimer clock;
        clock.start();
        qint64 reportedTotal = 0, verifiedGroups = 0, unreportedButCommitted = 0;
        int killedBeforeFirstCommit = 0, waitedForCommit = 0;
        QMap<QString, int> expectedGroups; // tag -> groups found right after its kill; must never change later
        for (int run = 0; run < kills; ++run) {
            const QString tag = QStringLiteral("k%1").arg(run);
            // Half the kills wait for a first commit, so every run of those is sure to test committed work; the
            // others may land anywhere, opening and WAL recovery included.
            const bool afterFirstCommit = rng.bounded(2) == 1;
            const int delayMs = int(rng.bounded(1, 120));
            QProcess writer;
            writer.start(QStringLiteral(KILLWRITER), {QStringLiteral("--db"), path, QStringLiteral("--tag"), tag});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            if (afterFirstCommit) {
                ++waitedForCommit;
                while (!writer.canReadLine() && writer.state() == QProcess::Running)
                    writer.waitForReadyRead(10000);
            }
            // waitForFinished doubles as the random pause: the writer must still be running when it ends.
            QVERIFY2(!writer.waitForFinished(delayMs),
                     qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                                    .arg(run)
                                    .arg(QString::fromUtf8(writer.readAllStandardError()))));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            qint64 lastReported = 0;
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() == 3 && words[0] == "committed" && words[1] == tag.toUtf8()) {
                    const qint64 seq = words[2].toLongLong();
                    QCOMPARE(seq, lastReported + 1);
                    lastReported = seq;
                }
            }
            reportedTotal += lastReported;
            if (lastReported == 0)
                ++killedBeforeFirstCommit;

            auto db = Database::open(path, Database::Mode::OpenExisting);
            QVERIFY2(db, qPrintable(QStringLiteral("run %1 (seed %2): %3").arg(run).arg(seed).arg(db.error())));
            const QSqlDatabase c = db.value()->connection();
            auto problems = integrityProblems(c);
            QVERIFY2(problems, qPrintable(problems.error()));
            QVERIFY2(problems->isEmpty(), qPrintable(QStringLiteral("run %1 (seed %2): integrity_check: %3")
                                                         .arg(run)
                                                         .arg(seed)
                                                         .arg(problems->join(QStringLiteral("; ")))));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

            auto rows = rowsOf(c, tag);
            QVERIFY2(rows, qPrintable(rows.error()));
            // Every reported transaction is there; at most one more (committed, killed before it was reported).
            const qint64 found = rows->groups.size();
            QVERIFY2(found == lastReported || found == lastReported + 1,
                     qPrintable(QStringLiteral("run %1 (seed %2): %3 reported, %4 found")
                                    .arg(run)
                                    .arg(seed)
                                    .arg(lastReported)
                                    .arg(found)));
            unreportedButCommitted += found - lastReported;
            for (qint64 seq = 1; seq <= found; ++seq) {
                QVERIFY2(rows->groups.contains(seq),
                         qPrintable(QStringLiteral("run %1: %2-%3 is missing").arg(run).arg(tag).arg(seq)));
                QCOMPARE(rows->groups.value(seq), qMakePair(2, 1));
            }
            expectedGroups.insert(tag, int(found));
            verifiedGroups += found;

            // Nothing partial anywhere, and the earlier runs' records are still all there.
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event e WHERE "
                                              "(SELECT count(*) FROM participant p WHERE p.event_id = e.id) <> 2 OR "
                                              "(SELECT count(*) FROM action a WHERE a.event_id = e.id) <> 1")),
                     0);
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event")), qint64(verifiedGroups));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM participant")), 2 * qint64(verifiedGroups));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM action")), qint64(verifiedGroups));
        }
        // The runs that waited for a commit guarantee that committed work was tested, whatever the timing.
        QVERIFY(reportedTotal >= waitedForCommit);
        qInfo("%d kills in %.1f s: %lld transactions reported committed, %lld verified whole (%lld committed but "
              "not yet reported), %d kills before the first commit",
              kills, double(clock.elapsed()) / 1000.0, reportedTotal, verifiedGroups, unreportedButCommitted,
              killedBeforeFirstCommit);
    }
};

QTEST_GUILESS_MAIN(tst_KillRecovery)
#include "tst_KillRecovery.moc"
