// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DailyBackup.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

class tst_DailyBackup : public QObject
{
    Q_OBJECT
private slots:
    void oneVerifiedCopyADay()
    {
        TestDatabase t;
        const QString folder = t.dir() + QStringLiteral("/backups");
        const QDate day(2026, 11, 26);
        auto first = DailyBackup::run(t.path(), folder, 7, day);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(*first, DailyBackup::fileFor(folder, t.path(), day));
        QVERIFY(QFile::exists(*first));
        auto copy = Database::open(*first, Database::Mode::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        auto again = DailyBackup::run(t.path(), folder, 7, day);
        QVERIFY(again);
        QVERIFY(again->isEmpty()); // today's copy exists: nothing new
    }

    void keepsTheNewestN()
    {
        TestDatabase t;
        const QString folder = t.dir() + QStringLiteral("/backups");
        for (int d = 1; d <= 5; ++d)
            QVERIFY(DailyBackup::run(t.path(), folder, 3, QDate(2026, 11, d)));
        const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{QStringLiteral("test-20261103.sqlite"), QStringLiteral("test-20261104.sqlite"),
                                    QStringLiteral("test-20261105.sqlite")}));
    }

    void aFolderThatCannotBeMadeIsAnError()
    {
        TestDatabase t;
        QFile blocker(t.dir() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto r = DailyBackup::run(t.path(), t.dir() + QStringLiteral("/file/backups"), 7, QDate(2026, 11, 26));
        QVERIFY(!r);
        QVERIFY(r.error().contains(QStringLiteral("backup folder")));
    }
};

QTEST_GUILESS_MAIN(tst_DailyBackup)
#include "tst_DailyBackup.moc"
