// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SearchIndex.h"
#include "storage/SqlFunctions.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Makes a plain SQLite file with the given user_version and application_id, not through Database.
void makeSqlite(const QString& path, int userVersion, qint64 applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT
private slots:
    void createsAndMigratesANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.value()->isEmpty());
        QVERIFY(!db.value()->checkDeferred()); // small files are checked in full when opened
        QVERIFY(db.value()->quickCheck());
        auto fk = Sql::run(db.value()->connection(), QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
    }

    void reopensAnExistingDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing));
        auto again = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(again, qPrintable(again.error()));
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(ro, qPrintable(ro.error()));
    }

    // data_version tells a window that someone else committed: it moves for another connection's commits only.
    void dataVersionMovesForOthersCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.sqlite"));
        auto mine = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(mine, qPrintable(mine.error()));
        auto theirs = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(theirs, qPrintable(theirs.error()));
        const qint64 start = (*mine)->dataVersion();
        QVERIFY(start >= 0);
        QVERIFY(Sql::run((*mine)->connection(), QStringLiteral("INSERT INTO country (code, name_en) VALUES ('XA', 'Mine')")));
        QCOMPARE((*mine)->dataVersion(), start);
        QVERIFY(Sql::run((*theirs)->connection(), QStringLiteral("INSERT INTO country (code, name_en) VALUES ('XB', 'Theirs')")));
        QVERIFY((*mine)->dataVersion() != start);
    }

    // Opening a second connection to a database this process already has open must leave the first one's file
    // locks in place: POSIX locks are per process, and a plain open and close of the file (the header check)
    // dropped them all, after which another program took itself for the only user and deleted the write-ahead
    // log under the open window. A child process asks the kernel whether our shared lock is still there.
    void aSecondConnectionKeepsTheFirstOnesLocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locks.sqlite"));
        auto main = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(main, qPrintable(main.error()));
        QVERIFY(Sql::run((*main)->connection(), QStringLiteral("SELECT count(*) FROM country")));
        auto othersSeeOurLock = [&] {
            const pid_t child = fork();
            if (child == 0) {
                const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
                // SQLite's shared-lock bytes start two past its pending byte at 1 GiB.
                struct flock probe {};
                probe.l_type = F_WRLCK;
                probe.l_whence = SEEK_SET;
                probe.l_start = 0x40000002;
                probe.l_len = 510;
                const bool locked = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
                ::_exit(locked ? 0 : 1);
            }
            int status = 0;
            ::waitpid(child, &status, 0);
            return WIFEXITED(status) && WEXITSTATUS(status) == 0;
        };
        QVERIFY(othersSeeOurLock()); // WAL mode: an open connection holds a shared lock on the file
        auto worker = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(worker, qPrintable(worker.error()));
        QVERIFY(othersSeeOurLock());
        worker->reset();
        QVERIFY(othersSeeOurLock());
    }

    void missingFileIsRefusedWhenItMustExist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!db);
        QVERIFY(db.error().contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("hello, this is not a database\n");
        QTest::newRow("binary") << QByteArray(4096, '\xAB');
        QTest::newRow("truncated header") << QByteArray("SQLite format 3");
        QByteArray header("SQLite format 3\0", 16);
        header.append(QByteArray(4080, '\x01'));
        QTest::newRow("header then garbage") << header;
    }
    void refusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QByteArray before = digest(path);
        for (auto mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing, Database::Mode::ReadOnly}) {
            auto db = Database::open(path, mode);
            QVERIFY(!db);
            QVERIFY2(db.error().contains(path), qPrintable(db.error()));
        }
        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("garbage.sqlite")});
    }

    void refusesANewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeSqlite(path, Database::latestSchemaVersion() + 5, 1279869249);
        const QByteArray before = digest(path);
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("newer Liaison")), qPrintable(db.error()));
        QCOMPARE(digest(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        makeSqlite(path, 0, 0);
        const QByteArray before = digest(path);
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("another program")), qPrintable(db.error()));
        QCOMPARE(digest(path), before);
    }

    void refusesAFolder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path(), Database::Mode::CreateIfMissing);
        QVERIFY(!db);
        QVERIFY(db.error().contains(QStringLiteral("folder")));
    }

    void anInterruptedBulkLoadIsRepairedOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bulk.sqlite"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db);
            const QSqlDatabase c = db.value()->connection();
            QVERIFY(SearchIndex::suspend(c));
            // Written while the index is suspended, as a bulk load does, and then the load "dies".
            QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO country (code, name_en, name_ja) VALUES ('QQ', 'Quenland', 'クエンランド')")));
            auto none = Sql::run(c, QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'quenland'"));
            QVERIFY(none && none->next());
            QCOMPARE(none->value(0).toInt(), 0);
        }
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        const QSqlDatabase c = db.value()->connection();
        QVERIFY(!SearchIndex::isSuspended(c));
        auto found = Sql::run(c, QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'quenland'"));
        QVERIFY(found && found->next());
        QCOMPARE(found->value(0).toInt(), 1);
        auto gram = Sql::run(c, QStringLiteral("SELECT count(*) FROM search_gram WHERE search_gram MATCH '\"クエ\"'"));
        QVERIFY(gram && gram->next());
        QCOMPARE(gram->value(0).toInt(), 1);
    }

    void anUpgradeIsPrecededByAVerifiedCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const int older = Database::latestSchemaVersion() - 1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(SqlFunctions::install(db));
            QVERIFY(Migrator::migrate(db, older));
            QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO country (code, name_en) VALUES ('OL', 'Oldland')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("old.before-schema-*.sqlite")});
        QCOMPARE(copies.size(), 1);
        auto copy = Database::open(dir.filePath(copies.first()), Database::Mode::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(copy.value()->schemaVersion(), older);
        auto q = Sql::run(copy.value()->connection(), QStringLiteral("SELECT name_en FROM country WHERE code = 'OL'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("Oldland"));
        // A database already at the latest schema is opened without a copy.
        db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(db);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("old.before-schema-*.sqlite")}).size(), 1);
    }

    void defaultPathFollowsTheEnvironment()
    {
        qputenv("LIAISON_DB", "/tmp/somewhere/x.sqlite");
        QCOMPARE(Database::defaultPath(), QStringLiteral("/tmp/somewhere/x.sqlite"));
        qunsetenv("LIAISON_DB");
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/liaison.sqlite")));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
