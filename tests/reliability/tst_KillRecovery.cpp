// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a writer (killwriter) with SIGKILL at random moments, many times on one database, and checks after each kill
// that the file is sound and that every transaction the writer reported as committed is there, whole, and that no
// part of an unfinished one is. LIAISON_KILL_SEED repeats a run; LIAISON_KILLS changes the number of kills.
#include "io/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDirIterator>
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

struct Plan
{
    quint32 seed = 0;
    int kills = 0;
};

/// The seed (LIAISON_KILL_SEED or a new one) and the number of kills (`variable` or `fallback`), logged.
Plan plan(const char* variable, int fallback)
{
    Plan p;
    bool seedGiven = false;
    p.seed = qEnvironmentVariable("LIAISON_KILL_SEED").toUInt(&seedGiven);
    if (!seedGiven)
        p.seed = QRandomGenerator::global()->generate();
    bool killsGiven = false;
    p.kills = qEnvironmentVariableIntValue(variable, &killsGiven);
    if (!killsGiven || p.kills <= 0)
        p.kills = fallback;
    qInfo("seed %u (rerun with LIAISON_KILL_SEED=%u), %d kills", p.seed, p.seed, p.kills);
    return p;
}

/// The last sequence number a killed writer reported as committed; -1 when the lines are out of order.
qint64 lastCommitted(const QByteArray& output, const QString& tag)
{
    qint64 last = 0;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words[0] == "committed" && words[1] == tag.toUtf8()) {
            if (words[2].toLongLong() != last + 1)
                return -1;
            last = words[2].toLongLong();
        }
    }
    return last;
}

/// What is wrong with the database after writer run `tag` was killed having reported `lastReported` commits, when
/// the runs before it left `earlierGroups` whole groups; empty when nothing is. `found` gets the groups of this run.
QString checkAfterKill(const QSqlDatabase& c, const QString& tag, qint64 lastReported, qint64 earlierGroups,
                       qint64* found)
{
    auto problems = integrityProblems(c);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return QStringLiteral("integrity_check: ") + problems->join(QStringLiteral("; "));
    if (const qint64 n = scalar(c, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")); n != 0)
        return QStringLiteral("foreign_key_check: %1 rows").arg(n);
    auto rows = rowsOf(c, tag);
    if (!rows)
        return rows.error();
    // Every reported transaction is there; at most one more (committed, killed before it was reported).
    *found = rows->groups.size();
    if (*found != lastReported && *found != lastReported + 1)
        return QStringLiteral("%1: %2 transactions reported committed, %3 found")
            .arg(tag)
            .arg(lastReported)
            .arg(*found);
    for (qint64 seq = 1; seq <= *found; ++seq) {
        if (!rows->groups.contains(seq))
            return QStringLiteral("%1-%2 is missing").arg(tag).arg(seq);
        if (rows->groups.value(seq) != qMakePair(2, 1))
            return QStringLiteral("%1-%2 is partial: %3 of 2 participants, %4 of 1 action")
                .arg(tag)
                .arg(seq)
                .arg(rows->groups.value(seq).first)
                .arg(rows->groups.value(seq).second);
    }
    // Nothing partial anywhere, and the earlier runs' records are all still there.
    const qint64 partial = scalar(c, QStringLiteral("SELECT count(*) FROM event e WHERE "
                                                    "(SELECT count(*) FROM participant p WHERE p.event_id = e.id) <> 2 "
                                                    "OR (SELECT count(*) FROM action a WHERE a.event_id = e.id) <> 1"));
    if (partial != 0)
        return QStringLiteral("%1 events of earlier runs are partial").arg(partial);
    const qint64 total = earlierGroups + *found;
    const qint64 events = scalar(c, QStringLiteral("SELECT count(*) FROM event"));
    const qint64 participants = scalar(c, QStringLiteral("SELECT count(*) FROM participant"));
    const qint64 actions = scalar(c, QStringLiteral("SELECT count(*) FROM action"));
    if (events != total || participants != 2 * total || actions != total)
        return QStringLiteral("%1 events, %2 participants, %3 actions; expected %4, %5, %4")
            .arg(events)
            .arg(participants)
            .arg(actions)
            .arg(total)
            .arg(2 * total);
    return {};
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
        const Plan p = plan("LIAISON_KILLS", 100);
        const quint32 seed = p.seed;
        const int kills = p.kills;
        QRandomGenerator rng(seed);

        QElapsedTimer clock;
        clock.start();
        qint64 reportedTotal = 0, verifiedGroups = 0, unreportedButCommitted = 0;
        int killedBeforeFirstCommit = 0, waitedForCommit = 0;
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

            const qint64 lastReported = lastCommitted(writer.readAllStandardOutput(), tag);
            QVERIFY2(lastReported >= 0, "the writer reported its commits out of order");
            reportedTotal += lastReported;
            if (lastReported == 0)
                ++killedBeforeFirstCommit;

            auto db = Database::open(path, Database::Mode::OpenExisting);
            QVERIFY2(db, qPrintable(QStringLiteral("run %1 (seed %2): %3").arg(run).arg(seed).arg(db.error())));
            qint64 found = 0;
            const QString problem = checkAfterKill(db.value()->connection(), tag, lastReported, verifiedGroups, &found);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("run %1 (seed %2): %3").arg(run).arg(seed).arg(problem)));
            unreportedButCommitted += found - lastReported;
            verifiedGroups += found;
        }
        // The runs that waited for a commit guarantee that committed work was tested, whatever the timing.
        QVERIFY(reportedTotal >= waitedForCommit);
        qInfo("%d kills in %.1f s: %lld transactions reported committed, %lld verified whole (%lld committed but "
              "not yet reported), %d kills before the first commit",
              kills, double(clock.elapsed()) / 1000.0, reportedTotal, verifiedGroups, unreportedButCommitted,
              killedBeforeFirstCommit);
    }

    // The same with an attachment added after each transaction: a kill at any moment of AttachmentStore::add
    // leaves no row without its file and no file that does not match its row's hash.
    void killedWhileAttachingLeavesNoRowWithoutItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attach.sqlite"));
        const QString sources = dir.filePath(QStringLiteral("sources"));
        QVERIFY(QDir().mkpath(sources));
        {
            auto created = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY2(created, qPrintable(created.error()));
        }
        const Plan p = plan("LIAISON_ATTACH_KILLS", 30);
        QRandomGenerator rng(p.seed);
        QElapsedTimer clock;
        clock.start();
        qint64 verifiedGroups = 0, reported = 0;
        QStringList reportedNames;
        for (int run = 0; run < p.kills; ++run) {
            const QString tag = QStringLiteral("a%1").arg(run);
            const bool afterFirstCommit = rng.bounded(2) == 1;
            const int delayMs = int(rng.bounded(1, 150));
            QProcess writer;
            writer.start(QStringLiteral(KILLWRITER), {QStringLiteral("--db"), path, QStringLiteral("--tag"), tag,
                                                      QStringLiteral("--attach"), sources});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            if (afterFirstCommit) {
                while (!writer.canReadLine() && writer.state() == QProcess::Running)
                    writer.waitForReadyRead(10000);
            }
            QVERIFY2(!writer.waitForFinished(delayMs),
                     qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                                    .arg(run)
                                    .arg(QString::fromUtf8(writer.readAllStandardError()))));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            const qint64 last = lastCommitted(writer.readAllStandardOutput(), tag);
            QVERIFY(last >= 0);
            reported += last;
            for (qint64 seq = 1; seq <= last; ++seq)
                reportedNames << QStringLiteral("%1-%2.bin").arg(tag).arg(seq);

            auto db = Database::open(path, Database::Mode::OpenExisting);
            QVERIFY2(db, qPrintable(QStringLiteral("run %1 (seed %2): %3").arg(run).arg(p.seed).arg(db.error())));
            qint64 found = 0;
            const QString problem = checkAfterKill(db.value()->connection(), tag, last, verifiedGroups, &found);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("run %1 (seed %2): %3").arg(run).arg(p.seed).arg(problem)));
            verifiedGroups += found;

            auto rows = Sql::run(db.value()->connection(), QStringLiteral("SELECT id, original_name FROM attachment"));
            QVERIFY(rows);
            AttachmentStore store(*db.value());
            QSet<QString> names;
            while (rows->next()) {
                names << rows->value(1).toString();
                const Status s = store.verify(rows->value(0).toLongLong());
                QVERIFY2(s, qPrintable(QStringLiteral("run %1 (seed %2): %3").arg(run).arg(p.seed).arg(s.error())));
            }
            for (const QString& name : std::as_const(reportedNames))
                QVERIFY2(names.contains(name), qPrintable(QStringLiteral("run %1: %2 is missing").arg(run).arg(name)));
        }
        QVERIFY(reported > 0);

        // What a kill can leave behind: a stored file whose row was never committed, and temporary files.
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(db);
        auto hashes = Sql::run(db.value()->connection(), QStringLiteral("SELECT sha256 FROM attachment"));
        QVERIFY(hashes);
        QSet<QString> referenced;
        while (hashes->next())
            referenced << hashes->value(0).toString();
        const QString folder = AttachmentStore::folderFor(path);
        int unreferenced = 0, temporary = 0;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = QDir(folder).relativeFilePath(it.next());
            if (file.startsWith(QStringLiteral("tmp/")))
                ++temporary;
            else if (!referenced.contains(file.left(2) + file.mid(3)))
                ++unreferenced;
        }
        qInfo("%d kills while attaching in %.1f s: %lld attachments reported, %lld files referenced and verified; "
              "left behind: %d stored files without a row, %d temporary files",
              p.kills, double(clock.elapsed()) / 1000.0, reported, qint64(referenced.size()), unreferenced, temporary);
        // Those unreferenced files are cleaned up; every attachment still has its file.
        AttachmentStore store(*db.value());
        auto removed = store.removeUnreferenced();
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(*removed, unreferenced);
        auto ids = Sql::run(db.value()->connection(), QStringLiteral("SELECT id FROM attachment"));
        QVERIFY(ids);
        while (ids->next())
            QVERIFY(store.verify(ids->value(0).toLongLong()));
    }

    // The check above must be able to fail: it sees a lost transaction and a partial one.
    void theCheckSeesLostAndPartialTransactions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.sqlite"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error()));
        QProcess writer;
        writer.start(QStringLiteral(KILLWRITER),
                     {QStringLiteral("--db"), path, QStringLiteral("--tag"), QStringLiteral("k0"),
                      QStringLiteral("--count"), QStringLiteral("3")});
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);
        const QSqlDatabase c = db.value()->connection();
        qint64 found = 0;
        QCOMPARE(checkAfterKill(c, QStringLiteral("k0"), 3, 0, &found), QString());
        QCOMPARE(found, 3);
        QVERIFY(Sql::run(c, QStringLiteral("DELETE FROM participant WHERE name = 'k0-2 delegate B'")));
        QCOMPARE(checkAfterKill(c, QStringLiteral("k0"), 3, 0, &found),
                 QStringLiteral("k0-2 is partial: 1 of 2 participants, 1 of 1 action"));
        QVERIFY(Sql::run(c, QStringLiteral("DELETE FROM event WHERE key IN ('k0-2', 'k0-3')")));
        QCOMPARE(checkAfterKill(c, QStringLiteral("k0"), 3, 0, &found),
                 QStringLiteral("k0: 3 transactions reported committed, 1 found"));
        QCOMPARE(checkAfterKill(c, QStringLiteral("k0"), 1, 1, &found),
                 QStringLiteral("1 events, 2 participants, 1 actions; expected 2, 4, 2"));
    }
};

QTEST_GUILESS_MAIN(tst_KillRecovery)
#include "tst_KillRecovery.moc"
