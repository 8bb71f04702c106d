// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DailyBackup.h"
#include "io/Recovery.h"
#include "storage/CountryRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QTest>

class tst_Recovery : public QObject
{
    Q_OBJECT
private slots:
    void aDamagedDatabaseIsReplacedByTheNewestGoodBackup()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        const QString path = dir.filePath(QStringLiteral("work.sqlite"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY(Sql::run(db.value()->connection(), QStringLiteral("INSERT INTO country (code, name_en) VALUES ('AA', 'Aland')")));
        }
        QVERIFY(DailyBackup::run(path, folder, 7, QDate(2026, 11, 25)));
        // A newer backup that is itself garbage must be passed over.
        QFile bad(DailyBackup::fileFor(folder, path, QDate(2026, 11, 26)));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(4096, 'x'));
        bad.close();
        // The working file is damaged.
        QFile work(path);
        QVERIFY(work.open(QIODevice::WriteOnly | QIODevice::Truncate));
        work.write(QByteArray(8192, '\xEE'));
        work.close();
        QVERIFY(!Database::open(path, Database::Mode::OpenExisting));

        const QString backup = Recovery::newestGoodBackup(folder, path);
        QCOMPARE(backup, DailyBackup::fileFor(folder, path, QDate(2026, 11, 25)));
        auto aside = Recovery::replaceWithBackup(path, backup);
        QVERIFY2(aside, qPrintable(aside.error()));
        QVERIFY(QFile::exists(*aside));
        QCOMPARE(QFileInfo(*aside).size(), 8192); // the damaged file is kept as it was
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(CountryRepository(db.value()->connection()).byCode(QStringLiteral("AA")));
    }

    void noGoodBackupMeansNone()
    {
        QTemporaryDir dir;
        QCOMPARE(Recovery::newestGoodBackup(dir.filePath(QStringLiteral("none")), dir.filePath(QStringLiteral("x.sqlite"))),
                 QString());
    }
};

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_Recovery.moc"
