// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DatasetJson.h"
#include "storage/Backup.h"
#include "storage/CountryRepository.h"
#include "storage/DatasetStore.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

int countries(Database& db)
{
    auto all = CountryRepository(db.connection()).all();
    return all ? int(all->size()) : -1;
}
} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT
private slots:
    void aBackupHoldsEveryRecord()
    {
        TestDatabase t;
        const QString target = t.dir() + QStringLiteral("/copy.sqlite");
        QVERIFY(Backup::save(t.db(), target));
        auto copy = Database::open(target, Database::Mode::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        auto a = DatasetStore(t.db()).read();
        auto b = DatasetStore(*copy.value()).read();
        QVERIFY(a && b);
        QVERIFY(*a == *b);
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    }

    void anExistingFileIsNeverOverwritten()
    {
        TestDatabase t;
        const QString target = t.dir() + QStringLiteral("/taken.sqlite");
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        const Status s = Backup::save(t.db(), target);
        QVERIFY(!s);
        QVERIFY(s.error().contains(target));
        QCOMPARE(digest(target), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
    }

    void restoreBringsBackTheBackupAndKeepsWhatItReplaced()
    {
        TestDatabase t;
        const QString backup = t.dir() + QStringLiteral("/before.sqlite");
        QVERIFY(Backup::save(t.db(), backup));
        QVERIFY(Sql::run(t.db().connection(), QStringLiteral("INSERT INTO country (code, name_en) VALUES ('ZZ', 'Zedland')")));
        QCOMPARE(countries(t.db()), 26);
        const QString kept = t.dir() + QStringLiteral("/kept.sqlite");
        const Status s = Backup::restore(t.db(), backup, kept);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(countries(t.db()), 25);
        auto old = Database::open(kept, Database::Mode::ReadOnly);
        QVERIFY(old);
        QCOMPARE(countries(*old.value()), 26);
    }

    void aBadBackupIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << QByteArray(5000, 'g') << "not a Liaison database";
        QTest::newRow("empty") << QByteArray() << "empty";
    }
    void aBadBackupIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        TestDatabase t;
        const QString source = t.dir() + QStringLiteral("/bad.sqlite");
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString kept = t.dir() + QStringLiteral("/kept.sqlite");
        const Status s = Backup::restore(t.db(), source, kept);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        QCOMPARE(countries(t.db()), 25);
        QVERIFY(!QFile::exists(kept));
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_Backup.moc"
