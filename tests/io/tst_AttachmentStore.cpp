// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AttachmentStore.h"
#include "storage/EventRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
QString writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every file under `root`, relative to it, sorted.
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

qint64 attachmentRows(Database& db)
{
    auto q = Sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM attachment"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}
} // namespace

class tst_AttachmentStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Empty);
        m_sources = std::make_unique<QTemporaryDir>();
        Event e;
        e.key = QStringLiteral("attach-1");
        e.titleEn = QStringLiteral("Meeting with attachments");
        Transaction tx(m_db->db().connection());
        QVERIFY(EventRepository(m_db->db().connection()).insert(e));
        QVERIFY(tx.commit());
        m_eventId = e.id;
    }

    void storesOnceByContentAtomically()
    {
        AttachmentStore store(m_db->db());
        const QByteArray content("Minutes of the meeting\n");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        auto a = store.add(QStringLiteral("event"), m_eventId,
                           writeFile(m_sources->filePath(QStringLiteral("minutes.txt")), content));
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a->sha256, sha);
        QCOMPARE(a->originalName, QStringLiteral("minutes.txt"));
        QCOMPARE(a->sizeBytes, content.size());
        QCOMPARE(a->mimeType, QStringLiteral("text/plain"));
        QVERIFY(!a->createdAt.isEmpty());
        QCOMPARE(store.folder(), m_db->path() + QStringLiteral(".attachments"));
        QCOMPARE(store.fileFor(sha), QStringLiteral("%1/%2/%3").arg(store.folder(), sha.left(2), sha.mid(2)));
        QCOMPARE(readFile(store.fileFor(sha)), content);
        QVERIFY(!(QFileInfo(store.fileFor(sha)).permissions() & QFileDevice::WriteOwner));

        // The same content under another name: a second row, still one file, and no temporary file left behind.
        auto b = store.add(QStringLiteral("event"), m_eventId,
                           writeFile(m_sources->filePath(QStringLiteral("copy.md")), content));
        QVERIFY2(b, qPrintable(b.error()));
        QCOMPARE(b->sha256, sha);
        QCOMPARE(filesUnder(store.folder()), QStringList{sha.left(2) + QLatin1Char('/') + sha.mid(2)});
        auto list = store.list(QStringLiteral("event"), m_eventId);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0), *a);
        QCOMPARE(list->at(1).originalName, QStringLiteral("copy.md"));
        QVERIFY(store.verify(a->id));
    }

    void removeDeletesTheFileWithItsLastRow()
    {
        AttachmentStore store(m_db->db());
        const QString source = writeFile(m_sources->filePath(QStringLiteral("shared.bin")), QByteArray(5000, 'x'));
        auto a = store.add(QStringLiteral("event"), m_eventId, source);
        auto b = store.add(QStringLiteral("event"), m_eventId, source);
        QVERIFY(a && b);
        const QString file = store.fileFor(a->sha256);
        QVERIFY(store.remove(a->id));
        QVERIFY2(QFileInfo::exists(file), "another row still refers to the file");
        QVERIFY(store.verify(b->id));
        QVERIFY(store.remove(b->id));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(attachmentRows(m_db->db()), 0);
        QCOMPARE(filesUnder(store.folder()), QStringList());
        Status again = store.remove(b->id);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("does not exist")), qPrintable(again.error()));
    }

    void removeUnreferencedKeepsWhatIsInUse()
    {
        AttachmentStore store(m_db->db());
        auto a = store.add(QStringLiteral("event"), m_eventId,
                           writeFile(m_sources->filePath(QStringLiteral("kept.txt")), "kept"));
        QVERIFY(a);
        // What a crash leaves: a stored file whose row was never committed, and temporary files, old and new.
        const QString orphan = store.fileFor(QString(64, QLatin1Char('e')));
        QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
        writeFile(orphan, "never committed");
        const QString oldPart = writeFile(store.folder() + QStringLiteral("/tmp/old.part"), "old");
        QFile old(oldPart);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
        old.close();
        const QString newPart = writeFile(store.folder() + QStringLiteral("/tmp/new.part"), "being copied");
        auto removed = store.removeUnreferenced();
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(*removed, 2);
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(!QFileInfo::exists(oldPart));
        QVERIFY2(QFileInfo::exists(newPart), "a temporary file of an add() in progress stays");
        QVERIFY(store.verify(a->id));
    }

    void verifyReportsChangedAndMissingFiles()
    {
        AttachmentStore store(m_db->db());
        auto a = store.add(QStringLiteral("event"), m_eventId,
                           writeFile(m_sources->filePath(QStringLiteral("report.pdf")), "%PDF-1.4 original"));
        QVERIFY(a);
        const QString file = store.fileFor(a->sha256);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeFile(file, "%PDF-1.4 tampered");
        Status s = store.verify(a->id);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("damaged or was changed")) && s.error().contains(file) &&
                     s.error().contains(QStringLiteral("report.pdf")),
                 qPrintable(s.error()));
        // A changed file is never handed to a viewer.
        QTemporaryDir view;
        auto copy = store.copyForViewing(a->id, view.path());
        QVERIFY(!copy);
        QVERIFY2(copy.error().contains(QStringLiteral("It was not opened")), qPrintable(copy.error()));
        QCOMPARE(filesUnder(view.path()), QStringList());

        // Adding the original content again repairs the stored file.
        auto again = store.add(QStringLiteral("event"), m_eventId,
                               writeFile(m_sources->filePath(QStringLiteral("report2.pdf")), "%PDF-1.4 original"));
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(store.verify(a->id));

        QVERIFY(QFile::remove(file));
        s = store.verify(a->id);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("is missing")), qPrintable(s.error()));
    }

    void mirrorPutsEveryFileBesideACopy()
    {
        AttachmentStore store(m_db->db());
        auto a = store.add(QStringLiteral("event"), m_eventId, writeFile(m_sources->filePath(QStringLiteral("a.txt")), "first"));
        auto b = store.add(QStringLiteral("event"), m_eventId, writeFile(m_sources->filePath(QStringLiteral("b.txt")), "second"));
        QVERIFY(a && b);
        writeFile(store.folder() + QStringLiteral("/tmp/leftover.part"), "half a file");
        QStringList stored{a->sha256.left(2) + QLatin1Char('/') + a->sha256.mid(2),
                           b->sha256.left(2) + QLatin1Char('/') + b->sha256.mid(2)};
        const QString firstFile = stored.first(), secondFile = stored.last();
        stored.sort();

        // On the same file system: hard links, temporary files left behind; a second run adds nothing.
        QTemporaryDir here;
        const QString copy = here.filePath(QStringLiteral("copy.sqlite"));
        auto n = AttachmentStore::mirror(m_db->path(), copy);
        QVERIFY2(n, qPrintable(n.error()));
        QCOMPARE(*n, 2);
        QCOMPARE(filesUnder(AttachmentStore::folderFor(copy)), stored);
        QCOMPARE(readFile(AttachmentStore::folderFor(copy) + QLatin1Char('/') + firstFile), QByteArray("first"));
        n = AttachmentStore::mirror(m_db->path(), copy);
        QVERIFY(n);
        QCOMPARE(*n, 0);
        QCOMPARE(*AttachmentStore::mirror(here.filePath(QStringLiteral("none.sqlite")), copy), 0);

        // To another file system (tmpfs): copies, each checked against its name; a damaged file is refused.
        struct stat tmpfs, work;
        if (::stat("/dev/shm", &tmpfs) != 0 || ::stat(QFile::encodeName(m_db->dir()).constData(), &work) != 0 ||
            tmpfs.st_dev == work.st_dev)
            QSKIP("no second file system (/dev/shm) to copy to");
        QTemporaryDir there(QStringLiteral("/dev/shm/liaison-mirror-XXXXXX"));
        QVERIFY(there.isValid());
        const QString away = there.filePath(QStringLiteral("away.sqlite"));
        n = AttachmentStore::mirror(m_db->path(), away);
        QVERIFY2(n, qPrintable(n.error()));
        QCOMPARE(*n, 2);
        QCOMPARE(filesUnder(AttachmentStore::folderFor(away)), stored);
        QCOMPARE(readFile(AttachmentStore::folderFor(away) + QLatin1Char('/') + secondFile), QByteArray("second"));
        const QString file = store.fileFor(a->sha256);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeFile(file, "tampered");
        const QString other = there.filePath(QStringLiteral("other.sqlite"));
        n = AttachmentStore::mirror(m_db->path(), other);
        QVERIFY(!n);
        QVERIFY2(n.error().contains(file) && n.error().contains(QStringLiteral("SHA-256")), qPrintable(n.error()));
        QVERIFY(!QFileInfo::exists(AttachmentStore::folderFor(other) + QLatin1Char('/') + firstFile));
    }

    void hostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal"); // empty: stored literally as metadata
        QTest::newRow("parent folders") << QStringLiteral("../../../etc/passwd") << QString();
        QTest::newRow("slashes") << QStringLiteral("a/b/c.txt") << QString();
        QTest::newRow("absolute") << QStringLiteral("/tmp/evil.sh") << QString();
        QTest::newRow("backslashes") << QStringLiteral("..\\..\\windows\\system.ini") << QString();
        QTest::newRow("dot dot") << QStringLiteral("..") << QString();
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QString();
        QTest::newRow("option-like") << QStringLiteral("-rf") << QString();
        QTest::newRow("japanese") << QStringLiteral("日米サイバー対話 議事録.pdf") << QString();
        QTest::newRow("255 characters") << QString(255, QLatin1Char('b')) << QString();
        QTest::newRow("255 kanji") << QString(255, QChar(0x8b70)) << QString();
        QTest::newRow("NUL") << QStringLiteral("a%1b.txt").arg(QChar(0))
                             << QStringLiteral("NUL character at position 2");
        QTest::newRow("newline") << QStringLiteral("line\nbreak.txt") << QStringLiteral("U+000a at position 5");
        QTest::newRow("escape") << QStringLiteral("red\x1b[31m.txt") << QStringLiteral("U+001b at position 4");
        QTest::newRow("DEL") << QStringLiteral("del\x7f.txt") << QStringLiteral("U+007f");
        QTest::newRow("C1 control") << QStringLiteral("c1%1.txt").arg(QChar(0x85)) << QStringLiteral("U+0085");
        QTest::newRow("right-to-left override")
            << QStringLiteral("invoice%1fdp.exe").arg(QChar(0x202e)) << QStringLiteral("U+202e at position 8");
        QTest::newRow("256 characters") << QString(256, QLatin1Char('c')) << QStringLiteral("256 characters long");
        QTest::newRow("very long") << QString(100000, QLatin1Char('d')) << QStringLiteral("more than 255");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("has no name");
    }

    void hostileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        AttachmentStore store(m_db->db());
        const QString source = writeFile(m_sources->filePath(QStringLiteral("plain.txt")), "content");
        const QStringList outsideBefore = filesUnder(m_db->dir());
        auto a = store.add(QStringLiteral("event"), m_eventId, source, name);
        if (!refusal.isEmpty()) {
            QVERIFY(!a);
            QVERIFY2(a.error().contains(refusal), qPrintable(a.error()));
            QCOMPARE(attachmentRows(m_db->db()), 0);
            QCOMPARE(filesUnder(store.folder()), QStringList());
            return;
        }
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a->originalName, name);
        auto back = store.list(QStringLiteral("event"), m_eventId);
        QVERIFY(back && back->size() == 1);
        QCOMPARE(back->first().originalName, name);
        // Inside the store there are only content-named files; outside it nothing new appeared.
        static const QRegularExpression hashed(QStringLiteral("^[0-9a-f]{2}/[0-9a-f]{62}$"));
        const QStringList stored = filesUnder(store.folder());
        QCOMPARE(stored.size(), 1);
        QVERIFY2(hashed.match(stored.first()).hasMatch(), qPrintable(stored.first()));
        QStringList outsideAfter = filesUnder(m_db->dir());
        outsideAfter.removeIf(
            [](const QString& f) { return f.startsWith(QStringLiteral("test.sqlite.attachments/")); });
        QCOMPARE(outsideAfter, outsideBefore);

        // The copy for a viewer has a safe name in its own folder and the stored content; it is read-only.
        QTemporaryDir view;
        auto copy = store.copyForViewing(a->id, view.path());
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(QFileInfo(*copy).absolutePath(), QStringLiteral("%1/%2").arg(view.path()).arg(a->id));
        QCOMPARE(QFileInfo(*copy).fileName(), AttachmentStore::safeFileName(name));
        QCOMPARE(filesUnder(view.path()),
                 QStringList{QStringLiteral("%1/%2").arg(a->id).arg(AttachmentStore::safeFileName(name))});
        QCOMPARE(readFile(*copy), QByteArray("content"));
        QVERIFY(!(QFileInfo(*copy).permissions() & QFileDevice::WriteOwner));
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << QStringLiteral("minutes.pdf") << QStringLiteral("minutes.pdf");
        QTest::newRow("parent folders") << QStringLiteral("../../etc/passwd") << QStringLiteral("_.._etc_passwd");
        QTest::newRow("backslashes") << QStringLiteral("a\\b.txt") << QStringLiteral("a_b.txt");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("attachment");
        QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("profile");
        QTest::newRow("option-like") << QStringLiteral("--help.txt") << QStringLiteral("help.txt");
        QTest::newRow("reserved on Windows") << QStringLiteral("a:b*c?.txt") << QStringLiteral("a_b_c_.txt");
        QTest::newRow("japanese") << QStringLiteral("議事録.pdf") << QStringLiteral("議事録.pdf");
        QTest::newRow("long, extension kept") << QString(300, QChar(0x8b70)) + QStringLiteral(".pdf")
                                              << QString(65, QChar(0x8b70)) + QStringLiteral(".pdf");
    }

    void safeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(AttachmentStore::safeFileName(name), safe);
        QVERIFY(QFile::encodeName(AttachmentStore::safeFileName(name)).size() <= 200);
    }

    void badSources_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("symbolic link") << QStringLiteral("symlink") << QStringLiteral("is a symbolic link");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("not a regular file");
        QTest::newRow("named pipe") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("cannot be read");
    }

    void badSources()
    {
        QFETCH(QString, kind);
        QFETCH(QString, refusal);
        const QString target = writeFile(m_sources->filePath(QStringLiteral("real.txt")), "real");
        QString source = m_sources->filePath(kind);
        if (kind == QLatin1String("symlink"))
            QVERIFY(QFile::link(target, source));
        else if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(source));
        else if (kind == QLatin1String("device"))
            source = QStringLiteral("/dev/zero");
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(source).constData(), 0600), 0);
        AttachmentStore store(m_db->db());
        auto a = store.add(QStringLiteral("event"), m_eventId, source);
        QVERIFY(!a);
        QVERIFY2(a.error().contains(refusal) && a.error().contains(source), qPrintable(a.error()));
        QCOMPARE(attachmentRows(m_db->db()), 0);
        QCOMPARE(filesUnder(store.folder()), QStringList());
    }

    void unknownRecordsAreRefused()
    {
        AttachmentStore store(m_db->db());
        const QString source = writeFile(m_sources->filePath(QStringLiteral("x.txt")), "x");
        auto a = store.add(QStringLiteral("sqlite_schema"), 1, source);
        QVERIFY(!a);
        QVERIFY2(a.error().contains(QStringLiteral("cannot have attachments")), qPrintable(a.error()));
        a = store.add(QStringLiteral("event"), m_eventId + 1000, source);
        QVERIFY(!a);
        QVERIFY2(a.error().contains(QStringLiteral("does not exist")), qPrintable(a.error()));
        QCOMPARE(attachmentRows(m_db->db()), 0);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_sources;
    qint64 m_eventId = 0;
};

QTEST_GUILESS_MAIN(tst_AttachmentStore)
#include "tst_AttachmentStore.moc"
