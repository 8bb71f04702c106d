// SPDX-License-Identifier: GPL-3.0-or-later
// A save that does not fit: the user is told the disk is full, naming the database, and the database keeps
// everything saved before, whole, without any part of the failed save. Two ways to fill it: SQLite's page limit
// (PRAGMA max_page_count, everywhere) and a real 6 MB tmpfs (only where this process may mount one).
#include "core/Records.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace {
Event bigEvent(const QString& key, int summaryChars)
{
    Event e;
    e.key = key;
    e.titleEn = QStringLiteral("Disk full test %1").arg(key);
    e.startDate = QStringLiteral("2026-02-03");
    // Random-looking text, so no page compresses away; SQLite stores it as is.
    QString summary;
    summary.reserve(summaryChars);
    quint32 x = 2463534242u;
    for (int i = 0; i < summaryChars; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        summary += QChar(u'a' + char16_t(x % 26));
    }
    e.summary = summary;
    e.participants = {Participant{0, {}, key + QStringLiteral(" delegate"), QStringLiteral("host"), {}}};
    return e;
}

/// Saves `e` in its own transaction, as an editor would.
Status save(Database& db, Event e)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status s = EventRepository(db.connection()).insert(e); !s)
        return s;
    return tx.commit();
}

QStringList integrityProblems(Database& db)
{
    auto q = Sql::run(db.connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return {q.error()};
    QStringList lines;
    while (q->next())
        lines << q->value(0).toString();
    return lines == QStringList{QStringLiteral("ok")} ? QStringList() : lines;
}

/// Unmounts the tmpfs however the test ends.
struct Mount
{
    QString path;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
    }
};

void checkFullMessage(const QString& error, const QString& path)
{
    QVERIFY2(error.contains(QStringLiteral("The disk is full")), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("everything saved before is intact")), qPrintable(error));
}
} // namespace

class tst_DiskFull : public QObject
{
    Q_OBJECT
private slots:
    void pageLimitRefusesTheSaveAndKeepsEverythingElse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("limit.sqlite"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error()));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(save(*db.value(), bigEvent(QStringLiteral("kept-%1").arg(i), 2000)));
        auto before = EventRepository(db.value()->connection()).all();
        QVERIFY(before);
        QCOMPARE(before->size(), 3);

        auto pages = Sql::run(db.value()->connection(), QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages && pages->next());
        const qint64 limit = pages->value(0).toLongLong() + 4;
        QVERIFY(Sql::run(db.value()->connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(limit)));

        // One save far bigger than the four pages left.
        Status s = save(*db.value(), bigEvent(QStringLiteral("too-big"), 200000));
        QVERIFY(!s);
        checkFullMessage(s.error(), path);

        QVERIFY(integrityProblems(*db.value()).isEmpty());
        auto after = EventRepository(db.value()->connection()).all();
        QVERIFY(after);
        QCOMPARE(*after, *before);
        // Once there is room again, saving works on the same connection.
        QVERIFY(Sql::run(db.value()->connection(), QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY(save(*db.value(), bigEvent(QStringLiteral("after-room"), 2000)));
        db.value().reset();

        auto reopened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        auto last = EventRepository(reopened.value()->connection()).all();
        QVERIFY(last);
        QCOMPARE(last->size(), 4);
        for (const Event& e : *last)
            QVERIFY(e.key != QLatin1String("too-big"));
    }

    void fullFileSystemRefusesTheSaveAndKeepsEverythingElse()
    {
        QTemporaryDir dir;
        Mount mount{dir.filePath(QStringLiteral("tmpfs")), false};
        QVERIFY(QDir().mkpath(mount.path));
        if (::mount("tmpfs", QFile::encodeName(mount.path).constData(), "tmpfs", 0, "size=6m") != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here (%1; needs root outside a restricted "
                                            "container); the page-limit test covers the same path in SQLite")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        mount.mounted = true;
        const QString path = mount.path + QStringLiteral("/full.sqlite");

        int saved = 0;
        QString error;
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY2(db, qPrintable(db.error()));
            // Saves of about 100 kB each until the file system has no room left; 6 MB runs out within 60.
            for (int i = 1; i <= 100 && error.isEmpty(); ++i) {
                if (Status s = save(*db.value(), bigEvent(QStringLiteral("fill-%1").arg(i), 100000)); s)
                    saved = i;
                else
                    error = s.error();
            }
        }
        QVERIFY2(!error.isEmpty(), "the 6 MB file system never filled up");
        QVERIFY(saved > 0);
        checkFullMessage(error, path);

        // Opened again (on the still full disk): sound, every save that succeeded is there, the failed one is not.
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(integrityProblems(*db.value()).isEmpty());
        auto events = EventRepository(db.value()->connection()).all();
        QVERIFY(events);
        QCOMPARE(events->size(), saved);
        for (const Event& e : *events) {
            QCOMPARE(e.summary.size(), 100000);
            QCOMPARE(e.participants.size(), 1);
        }
        qInfo(
            "tmpfs of 6 MB: %d saves of 100 kB fitted (database %lld bytes, WAL %lld bytes); the next was refused: %s",
            saved, QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_DiskFull)
#include "tst_DiskFull.moc"
