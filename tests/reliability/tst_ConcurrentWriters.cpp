// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one database: a second writer waits for the first (busy timeout) instead of failing, and a
// reader keeps a consistent snapshot while another process writes (WAL).
#include "storage/Database.h"
#include "storage/Sql.h"

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
        constexpr int perWriter = 300;
        QProcess a, b;
        const QStringList common{QStringLiteral("--db"), m_path, QStringLiteral("--count"), QString::number(perWriter)};
        a.start(QStringLiteral(KILLWRITER), common + QStringList{QStringLiteral("--tag"), QStringLiteral("a")});
        b.start(QStringLiteral(KILLWRITER), common + QStringList{QStringLiteral("--tag"), QStringLiteral("b")});
        for (QProcess* p : {&a, &b}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     qPrintable(QString::fromUtf8(p->readAllStandardError())));
            QCOMPARE(p->readAllStandardOutput().count('\n'), perWriter);
        }
        auto db = Database::open(m_path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        const QSqlDatabase c = db.value()->connection();
        QCOMPARE(wholeGroups(c, QStringLiteral("a")), perWriter);
        QCOMPARE(wholeGroups(c, QStringLiteral("b")), perWriter);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event")), 2 * perWriter);
        auto check = Sql::run(c, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
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
