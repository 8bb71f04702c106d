// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AttachmentStore.h"
#include "io/DailyBackup.h"
#include "storage/CountryRepository.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

    void attachedFilesGoWithEachCopy()
    {
        TestDatabase t;
        const QString source = t.dir() + QStringLiteral("/minutes.txt");
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Minutes of the first round\n");
        f.close();
        auto country = CountryRepository(t.db().connection()).byCode(QStringLiteral("GB"));
        QVERIFY(country);
        auto a = AttachmentStore(t.db()).add(QStringLiteral("country"), country->id, source);
        QVERIFY2(a, qPrintable(a.error()));
        const QString folder = t.dir() + QStringLiteral("/backups");
        for (int d = 1; d <= 3; ++d)
            QVERIFY(DailyBackup::run(t.path(), folder, 2, QDate(2026, 11, d)));
        const QString kept = DailyBackup::fileFor(folder, t.path(), QDate(2026, 11, 3));
        const QString copied = AttachmentStore::folderFor(kept) + QLatin1Char('/') + a->sha256.left(2) +
                               QLatin1Char('/') + a->sha256.mid(2);
        QFile c(copied);
        QVERIFY2(c.open(QIODevice::ReadOnly), qPrintable(copied));
        QCOMPARE(c.readAll(), QByteArray("Minutes of the first round\n"));
        // The copy that was let go took its files with it.
        const QString gone = DailyBackup::fileFor(folder, t.path(), QDate(2026, 11, 1));
        QVERIFY(!QFile::exists(gone));
        QVERIFY(!QFileInfo::exists(AttachmentStore::folderFor(gone)));
        QVERIFY(QFileInfo::exists(AttachmentStore::folderFor(DailyBackup::fileFor(folder, t.path(), QDate(2026, 11, 2)))));
    }

    void aStoredFileNoAttachmentNamesIsRemovedAndNotCopied()
    {
        TestDatabase t;
        // As a refused import or a crash before the row's commit leaves it: content in the store, no row.
        const QString orphanSha = QStringLiteral("ab") + QString(62, QLatin1Char('c'));
        const QString orphan = AttachmentStore(t.db()).fileFor(orphanSha);
        QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
        QFile o(orphan);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write("left over");
        o.close();
        const QString source = t.dir() + QStringLiteral("/minutes.txt");
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Minutes\n");
        f.close();
        auto country = CountryRepository(t.db().connection()).byCode(QStringLiteral("GB"));
        QVERIFY(country);
        auto kept = AttachmentStore(t.db()).add(QStringLiteral("country"), country->id, source);
        QVERIFY2(kept, qPrintable(kept.error()));

        const QString folder = t.dir() + QStringLiteral("/backups");
        auto made = DailyBackup::run(t.path(), folder, 7, QDate(2026, 12, 3));
        QVERIFY2(made, qPrintable(made.error()));
        const QString copies = AttachmentStore::folderFor(*made);
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(!QFileInfo::exists(copies + QStringLiteral("/ab/") + orphanSha.mid(2)));
        QVERIFY(QFileInfo::exists(AttachmentStore(t.db()).fileFor(kept->sha256)));
        QVERIFY(QFileInfo::exists(copies + QLatin1Char('/') + kept->sha256.left(2) + QLatin1Char('/') + kept->sha256.mid(2)));
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
