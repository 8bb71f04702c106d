// SPDX-License-Identifier: GPL-3.0-or-later
// Where a command may write: never the database or its files however spelled, never a device or a pipe; an existing
// regular file is replaced whole; a full disk is said as such and leaves nothing behind.
#include "core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_OutputFile : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("x.sqlite"));
        QVERIFY(writeFile(m_db, "SQLite format 3"));
        QVERIFY(writeFile(m_db + QStringLiteral("-wal"), "wal"));
        QVERIFY(writeFile(m_db + QStringLiteral("-shm"), "shm"));
        QVERIFY(QDir().mkpath(OutputFile::attachmentFolder(m_db) + QStringLiteral("/ab")));
        QVERIFY(writeFile(OutputFile::attachmentFolder(m_db) + QStringLiteral("/ab/cdef"), "file"));
        m_oldCwd = QDir::currentPath();
        QDir::setCurrent(m_dir->path());
    }
    void cleanup() { QDir::setCurrent(m_oldCwd); }

    void theDatabaseIsRefusedHoweverSpelled_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("itself") << QStringLiteral("x.sqlite");
        QTest::newRow("dot slash") << QStringLiteral("./x.sqlite");
        QTest::newRow("through a folder") << QStringLiteral("sub/../x.sqlite");
        QTest::newRow("absolute") << QStringLiteral("@/x.sqlite");
        QTest::newRow("hard link") << QStringLiteral("hard.sqlite");
        QTest::newRow("symbolic link") << QStringLiteral("soft.sqlite");
        QTest::newRow("write-ahead log") << QStringLiteral("x.sqlite-wal");
        QTest::newRow("shared memory") << QStringLiteral("./x.sqlite-shm");
        QTest::newRow("journal, not there yet") << QStringLiteral("x.sqlite-journal");
        QTest::newRow("attachment store") << QStringLiteral("x.sqlite.attachments");
        QTest::newRow("a stored file") << QStringLiteral("x.sqlite.attachments/ab/cdef");
        QTest::newRow("a new name in the store") << QStringLiteral("x.sqlite.attachments/ab/new.csv");
    }
    void theDatabaseIsRefusedHoweverSpelled()
    {
        QFETCH(QString, target);
        target.replace(QLatin1Char('@'), m_dir->path());
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("sub"))));
        QCOMPARE(::link(QFile::encodeName(m_db).constData(),
                        QFile::encodeName(m_dir->filePath(QStringLiteral("hard.sqlite"))).constData()),
                 0);
        QVERIFY(QFile::link(m_db, m_dir->filePath(QStringLiteral("soft.sqlite"))));
        const QByteArray before = readFile(m_db);

        const auto checked = OutputFile::check(target, m_db);
        QVERIFY2(!checked, qPrintable(target));
        QVERIFY2(checked.error().contains(target), qPrintable(checked.error()));
        const Status written = OutputFile::write(target, "Exported,csv\r\n", m_db);
        QVERIFY(!written);
        QCOMPARE(readFile(m_db), before);
        QCOMPARE(readFile(m_db + QStringLiteral("-wal")), QByteArray("wal"));
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral("-journal")));
    }

    void theDatabaseGivenThroughALinkIsRefusedByItsRealName()
    {
        const QString link = m_dir->filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(m_db, link));
        QVERIFY(!OutputFile::check(m_db, link));
        QVERIFY(!OutputFile::check(m_db + QStringLiteral("-wal"), link));
        QVERIFY(!OutputFile::check(link + QStringLiteral("-journal"), link));
    }

    void specialFilesAreRefused()
    {
        const QString fifo = m_dir->filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto checked = OutputFile::check(fifo, m_db);
        QVERIFY(!checked);
        QVERIFY2(checked.error().contains(QStringLiteral("FIFO")), qPrintable(checked.error()));
        QVERIFY(!OutputFile::write(fifo, "x", m_db));
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile()); // still the pipe

        checked = OutputFile::check(QStringLiteral("/dev/null"), m_db);
        QVERIFY(!checked);
        QVERIFY2(checked.error().contains(QStringLiteral("device")), qPrintable(checked.error()));
        QVERIFY(!OutputFile::check(m_dir->path(), m_db));
        QVERIFY(OutputFile::specialKind(QStringLiteral("/dev/null")).contains(QStringLiteral("device")));
        QVERIFY(OutputFile::specialKind(fifo).contains(QStringLiteral("FIFO")));
        QVERIFY(OutputFile::specialKind(m_db).isEmpty());
        QVERIFY(OutputFile::specialKind(m_dir->filePath(QStringLiteral("none"))).isEmpty());
    }

    void aDeviceMadeWithMknodIsRefused()
    {
        const QString device = m_dir->filePath(QStringLiteral("devfull"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 7)) != 0)
            QSKIP("mknod needs privileges this run does not have");
        QVERIFY(!OutputFile::write(device, "x", m_db));
        QVERIFY(!QFileInfo(device).isFile());
    }

    void aNewNameOrAnExistingFileIsWrittenWhole()
    {
        const QString fresh = m_dir->filePath(QStringLiteral("out.csv"));
        QCOMPARE(OutputFile::check(fresh, m_db).value(), fresh);
        QVERIFY(OutputFile::write(fresh, "one", m_db));
        QCOMPARE(readFile(fresh), QByteArray("one"));
        QVERIFY(OutputFile::write(fresh, "two", m_db)); // the one rule: an existing regular file is replaced
        QCOMPARE(readFile(fresh), QByteArray("two"));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("out.csv*")}, QDir::Files | QDir::Hidden).size(), 1);

        // A link to a regular file writes the file it points to and keeps the link.
        const QString link = m_dir->filePath(QStringLiteral("latest.csv"));
        QVERIFY(QFile::link(fresh, link));
        QVERIFY(OutputFile::write(link, "three", m_db));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readFile(fresh), QByteArray("three"));
    }

    void aMissingFolderIsNamed()
    {
        const auto checked = OutputFile::check(m_dir->filePath(QStringLiteral("no/such/out.csv")), m_db);
        QVERIFY(!checked);
        QVERIFY2(checked.error().contains(QStringLiteral("does not exist")), qPrintable(checked.error()));
    }

    void standardOutputIsADash()
    {
        QVERIFY(OutputFile::isStandardOutput(QStringLiteral("-")));
        QCOMPARE(OutputFile::check(QStringLiteral("-"), m_db).value(), QStringLiteral("-"));
        QVERIFY(!OutputFile::isStandardOutput(QStringLiteral("./-")));
    }

    void aFullDiskIsSaidAndLeavesNothing()
    {
        const QString mount = m_dir->filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mount));
        if (::mount("tmpfs", QFile::encodeName(mount).constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP("this run may not mount a file system");
        const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(mount).constData(), MNT_DETACH); });
        const QString target = mount + QStringLiteral("/export.json");
        QVERIFY(OutputFile::write(target, "old", m_db));
        const Status s = OutputFile::write(target, QByteArray(1024 * 1024, 'x'), m_db);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("the disk is full")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(target), qPrintable(s.error()));
        QCOMPARE(readFile(target), QByteArray("old"));
        QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_oldCwd;
};

QTEST_GUILESS_MAIN(tst_OutputFile)
#include "tst_OutputFile.moc"
