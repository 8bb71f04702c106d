// SPDX-License-Identifier: GPL-3.0-or-later
// The liaison binary and the files it is pointed at, as a careless user or an attacker would point it: -o naming the
// database or a device, --db naming a pipe, a device or a link, a full disk, a read-only folder, a new machine.
// Each verb either does what it says or refuses with a sentence, exit 1, and the database is as it was.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run liaison(const QStringList& args, const QString& cwd = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(LIAISON_BINARY), args);
    p.closeWriteChannel();
    // A verb that blocks on a pipe never ends by itself: the wait bounds the test, the exit code tells.
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-3, {}, QStringLiteral("did not finish")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A tmpfs mounted for one test, unmounted however it ends; `ok` is false where this run may not mount.
struct Mount
{
    QString path;
    bool ok = false;
    Mount(const QString& where, const char* options) : path(where)
    {
        QDir().mkpath(path);
        ok = ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options) == 0;
    }
    ~Mount()
    {
        if (ok)
            ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
    }
};
} // namespace

class tst_CommandLineFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("x.sqlite"));
        const Run r = liaison({QStringLiteral("init"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 0);
        QCOMPARE(::link(QFile::encodeName(m_db).constData(),
                        QFile::encodeName(m_dir.filePath(QStringLiteral("hard.sqlite"))).constData()),
                 0);
    }

    void anOutputNamingTheDatabaseIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString csv = QStringLiteral("--format=csv");
        const QStringList exportTo{QStringLiteral("export"), csv};
        QTest::newRow("export csv") << (exportTo + QStringList{QStringLiteral("-o"), QStringLiteral("x.sqlite")});
        QTest::newRow("export ./") << (exportTo + QStringList{QStringLiteral("-o"), QStringLiteral("./x.sqlite")});
        QTest::newRow("export hard link")
            << (exportTo + QStringList{QStringLiteral("-o"), QStringLiteral("hard.sqlite")});
        QTest::newRow("export json") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                    QStringLiteral("json"), QStringLiteral("-o"),
                                                    QStringLiteral("x.sqlite")};
        QTest::newRow("export ics") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("ics"), QStringLiteral("--output=x.sqlite")};
        QTest::newRow("export journal") << (exportTo +
                                            QStringList{QStringLiteral("-o"), QStringLiteral("x.sqlite-journal")});
        QTest::newRow("export into the store")
            << (exportTo + QStringList{QStringLiteral("-o"), QStringLiteral("x.sqlite.attachments/a.csv")});
        QTest::newRow("brief") << QStringList{QStringLiteral("brief"), QStringLiteral("--country"),
                                              QStringLiteral("US"), QStringLiteral("-o"), QStringLiteral("x.sqlite")};
        QTest::newRow("brief wal") << QStringList{QStringLiteral("brief"), QStringLiteral("--country"),
                                                  QStringLiteral("US"), QStringLiteral("-o"),
                                                  QStringLiteral("x.sqlite-wal")};
        QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("-o"),
                                               QStringLiteral("./x.sqlite")};
        QTest::newRow("backup hard link")
            << QStringList{QStringLiteral("backup"), QStringLiteral("-o"), QStringLiteral("hard.sqlite")};
    }
    void anOutputNamingTheDatabaseIsRefused()
    {
        QFETCH(QStringList, args);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("x.sqlite.attachments"))));
        const QByteArray before = digest(m_db);
        const Run r = liaison(args + QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite")}, m_dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("open database")) || r.err.contains(QStringLiteral("attachment store")),
                 qPrintable(r.err));
        QCOMPARE(digest(m_db), before);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.sqlite-journal"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.sqlite.attachments/a.csv"))));
        QCOMPARE(liaison({QStringLiteral("check"), QStringLiteral("--db"), m_db}).code, 0);
    }

    void aPipeOrADeviceIsNeverReplaced()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("out.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Run r = liaison({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("-o"), fifo, QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("FIFO")) && r.err.contains(QStringLiteral("-o -")), qPrintable(r.err));
        QVERIFY(!QFileInfo(fifo).isFile());

        const QString device = m_dir.filePath(QStringLiteral("devfull"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 7)) != 0)
            QSKIP("mknod needs privileges this run does not have");
        for (const QStringList& verb : {QStringList{QStringLiteral("export"), QStringLiteral("--format=ics")},
                                        QStringList{QStringLiteral("brief"), QStringLiteral("--country=JP")},
                                        QStringList{QStringLiteral("backup")}}) {
            r = liaison(verb + QStringList{QStringLiteral("-o"), device, QStringLiteral("--db"), m_db});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("a device")), qPrintable(r.err));
            QVERIFY(!QFileInfo(device).isFile());
        }
    }

    void aDashWritesToStandardOutput()
    {
        const Run r = liaison({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.left(300).contains("title_en"), r.out.left(300).constData());
        QVERIFY2(r.err.contains(QStringLiteral("standard output")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("-"))));
        const Run b = liaison(
            {QStringLiteral("backup"), QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--db"), m_db});
        QCOMPARE(b.code, 2);
    }

    void everyVerbReplacesAnExistingFileWhole()
    {
        struct Case
        {
            QString name;
            QStringList args;
            QByteArray starts;
        };
        const QList<Case> cases{
            {QStringLiteral("events.ics"),
             {QStringLiteral("export"), QStringLiteral("--format=ics")},
             "BEGIN:VCALENDAR"},
            {QStringLiteral("pack.pdf"), {QStringLiteral("brief"), QStringLiteral("--country=US")}, "%PDF"},
            {QStringLiteral("copy.sqlite"), {QStringLiteral("backup")}, QByteArray("SQLite format 3\0", 16)}};
        for (const Case& c : cases) {
            const QString target = m_dir.filePath(c.name);
            QVERIFY(writeFile(target, "an older file"));
            const Run r = liaison(c.args + QStringList{QStringLiteral("-o"), target, QStringLiteral("--db"), m_db});
            QVERIFY2(r.code == 0, qPrintable(c.name + QStringLiteral(": ") + r.err));
            QVERIFY2(readFile(target).startsWith(c.starts), qPrintable(c.name));
            QCOMPARE(QDir(m_dir.path()).entryList({c.name + QStringLiteral(".*")}, QDir::Files | QDir::Hidden),
                     QStringList());
        }
        QCOMPARE(
            liaison({QStringLiteral("check"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("copy.sqlite"))})
                .code,
            0);
    }

    void aDatabaseThatIsAPipeOrADeviceIsRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("db.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QStringList& verb :
             {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("list"), QStringLiteral("countries")},
              QStringList{QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.json"))}}) {
            const Run r = liaison(verb + QStringList{QStringLiteral("--db"), fifo});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("FIFO")), qPrintable(r.err));
        }
        // A pipe or a device given as the file to import is refused too: it would wait, or never end.
        for (const QString& file : {fifo, QStringLiteral("/dev/zero")}) {
            const Run r = liaison({QStringLiteral("import"), file, QStringLiteral("--db"), m_db});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("not a file to import")), qPrintable(r.err));
        }
        const QString device = m_dir.filePath(QStringLiteral("db.dev"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 7)) != 0)
            QSKIP("mknod needs privileges this run does not have");
        const Run r = liaison({QStringLiteral("check"), QStringLiteral("--db"), device});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("a device, not a database file")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("removeDatabase")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(device + QStringLiteral("-journal")));
    }

    void aDatabaseReachedThroughALinkIsFollowed()
    {
        const QString real = m_dir.filePath(QStringLiteral("real/linked.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(real).absolutePath()));
        QCOMPARE(liaison({QStringLiteral("init"), QStringLiteral("--db"), real}).code, 0);
        const QString link = m_dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(QStringLiteral("real/linked.sqlite"), link)); // relative, as `ln -s` makes them
        Run r = liaison({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("link.sqlite")}, m_dir.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = liaison({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--db"), link});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Australia"));
        const QString json = m_dir.filePath(QStringLiteral("one.json"));
        QVERIFY(writeFile(
            json,
            R"({"format":"liaison-dataset","version":1,"countries":[{"code":"ZZ","name_en":"Linkland","kind":"state"}]})"));
        r = liaison({QStringLiteral("import"), json, QStringLiteral("--db"), link});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(link).isSymLink()); // the link stays a link; the real file has the record
        QVERIFY(!QFileInfo::exists(link + QStringLiteral("-wal")));
        r = liaison({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--db"), real});
        QVERIFY(r.out.contains("Linkland"));
    }

    void aRestoreOnANewMachineCreatesTheDatabase()
    {
        const QString backup = m_dir.filePath(QStringLiteral("for-new-laptop.sqlite"));
        QCOMPARE(liaison({QStringLiteral("backup"), QStringLiteral("-o"), backup, QStringLiteral("--db"), m_db}).code,
                 0);
        const QString fresh = m_dir.filePath(QStringLiteral("laptop/data/liaison.sqlite"));
        const Run r = liaison({QStringLiteral("restore"), backup, QStringLiteral("--db"), fresh});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(liaison({QStringLiteral("check"), QStringLiteral("--db"), fresh}).code, 0);
        const Run listed = liaison({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--format=csv"),
                                    QStringLiteral("--db"), fresh});
        const Run original = liaison({QStringLiteral("list"), QStringLiteral("countries"),
                                      QStringLiteral("--format=csv"), QStringLiteral("--db"), m_db});
        QCOMPARE(listed.out, original.out);
        // A restore from the database itself is refused, not attempted.
        const Run self = liaison({QStringLiteral("restore"), m_db, QStringLiteral("--db"), m_db});
        QCOMPARE(self.code, 1);
    }

    void aFullDiskOrAReadOnlyFolderIsNamed()
    {
        Mount full(m_dir.filePath(QStringLiteral("full")), "size=8k");
        if (!full.ok)
            QSKIP("this run may not mount a file system");
        Run r = liaison({QStringLiteral("backup"), QStringLiteral("-o"), full.path + QStringLiteral("/b.sqlite"),
                         QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is full")) && r.err.contains(full.path), qPrintable(r.err));
        QCOMPARE(QDir(full.path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        r = liaison({QStringLiteral("export"), QStringLiteral("--format=json"), QStringLiteral("-o"),
                     full.path + QStringLiteral("/d.json"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the disk is full")) &&
                     r.err.contains(full.path + QStringLiteral("/d.json")),
                 qPrintable(r.err));
        QCOMPARE(QDir(full.path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

        Mount readOnly(m_dir.filePath(QStringLiteral("ro")), "size=1m");
        QVERIFY(readOnly.ok);
        QCOMPARE(
            ::mount("tmpfs", QFile::encodeName(readOnly.path).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=1m"),
            0);
        r = liaison({QStringLiteral("backup"), QStringLiteral("-o"), readOnly.path + QStringLiteral("/b.sqlite"),
                     QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(readOnly.path) && r.err.contains(QStringLiteral("Read-only file system")),
                 qPrintable(r.err));
    }

    void checkRepairRemovesOnlyUnreferencedFiles()
    {
        const QString orphanSha = QStringLiteral("cd") + QString(62, QLatin1Char('e'));
        const QString orphan = m_db + QStringLiteral(".attachments/cd/") + orphanSha.mid(2);
        QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
        QVERIFY(writeFile(orphan, "left by a refused import"));
        Run r = liaison({QStringLiteral("check"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(orphan)); // a plain check changes nothing
        r = liaison({QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("1 stored file"), r.out.constData());
        QVERIFY(!QFileInfo::exists(orphan));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(tst_CommandLineFiles)
#include "tst_CommandLineFiles.moc"
