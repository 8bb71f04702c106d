// SPDX-License-Identifier: GPL-3.0-or-later
// The daily backup, the integrity check and noticing others' commits, each waited for by its signal.
#include "core/Clock.h"
#include "gui/Housekeeping.h"
#include "io/DailyBackup.h"
#include "storage/OrganizationRepository.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class tst_Housekeeping : public QObject
{
    Q_OBJECT
private:
    static void setDailyBackup(bool on) { QSettings().setValue(QStringLiteral("backup/daily"), on); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_Housekeeping"));
        QSettings().clear();
    }

    void theFirstWatchOfADaySavesOneCopy()
    {
        TestDatabase t;
        setDailyBackup(true);
        const QDate day(2026, 11, 26);
        Clock::setToday(day);
        Housekeeping h;
        h.setBackupFolder(t.dir() + QStringLiteral("/backups"));
        QSignalSpy finished(&h, &Housekeeping::backupFinished);
        h.watch(t.db());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const QString expected = DailyBackup::fileFor(h.backupFolder(), t.path(), day);
        QCOMPARE(finished.first().at(0).toString(), expected);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(QFile::exists(expected));
        // Opened again the same day: today's copy exists, nothing new is made.
        h.watch(t.db());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.last().at(0).toString(), QString());
        QCOMPARE(finished.last().at(1).toString(), QString());
        Clock::setToday({});
    }

    void aFailedBackupSaysWhy()
    {
        TestDatabase t;
        setDailyBackup(false);
        Housekeeping h;
        QFile blocker(t.dir() + QStringLiteral("/not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        h.setBackupFolder(blocker.fileName()); // a file where the folder should be
        QSignalSpy finished(&h, &Housekeeping::backupFinished);
        h.backUp(t.path(), 7);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(0).toString(), QString());
        QVERIFY(!finished.first().at(1).toString().isEmpty());
    }

    void commitsByOthersAreNoticed()
    {
        TestDatabase t;
        setDailyBackup(false);
        Housekeeping h;
        h.setPollInterval(20);
        QSignalSpy changed(&h, &Housekeeping::changedOutside);
        h.watch(t.db());
        auto other = Database::open(t.path(), Database::Mode::OpenExisting);
        QVERIFY(other);
        Organization o;
        o.acronym = QStringLiteral("ELSEWHERE-CERT");
        QVERIFY(OrganizationRepository((*other)->connection()).insert(o));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QVERIFY(OrganizationRepository((*other)->connection()).remove(o));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
    }

    void theCheckSaysWhetherTheFileIsSound()
    {
        TestDatabase t;
        setDailyBackup(false);
        Housekeeping h;
        QSignalSpy checked(&h, &Housekeeping::checked);
        QSignalSpy damaged(&h, &Housekeeping::damaged);
        h.watch(t.db());
        h.checkIntegrity(t.path());
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        QCOMPARE(checked.first().at(0).toString(), t.path());
        QCOMPARE(damaged.count(), 0);

        // The watched file damaged: the check says so, naming the problem.
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'g'));
        f.close();
        h.checkIntegrity(t.path());
        QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, 30000);
        QVERIFY2(damaged.first().at(0).toString().contains(QStringLiteral("not a Liaison database")),
                 qPrintable(damaged.first().at(0).toString()));
        QCOMPARE(checked.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Housekeeping)
#include "tst_Housekeeping.moc"
