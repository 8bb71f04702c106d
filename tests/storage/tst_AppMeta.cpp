// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AppMeta.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QTest>

class tst_AppMeta : public QObject
{
    Q_OBJECT
private slots:
    void setHasRemove()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        const QSqlDatabase db = t.db().connection();
        QVERIFY(!AppMeta::has(db, QStringLiteral("note.x")));
        QVERIFY(AppMeta::set(db, QStringLiteral("note.x"), QStringLiteral("1")));
        QVERIFY(AppMeta::has(db, QStringLiteral("note.x")));
        QVERIFY(AppMeta::set(db, QStringLiteral("note.x"), QStringLiteral("2"))); // replaced, not refused
        QVERIFY(AppMeta::remove(db, QStringLiteral("note.x")));
        QVERIFY(!AppMeta::has(db, QStringLiteral("note.x")));
        QVERIFY(AppMeta::remove(db, QStringLiteral("note.x"))); // removing what is not there is no error
    }

    void aReadOnlyDatabaseRefusesAndSaysSo()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        auto ro = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY2(ro, qPrintable(ro.error()));
        const Status s = AppMeta::set(ro.value()->connection(), QStringLiteral("note.y"), QStringLiteral("1"));
        QVERIFY(!s);
        QVERIFY(!s.error().isEmpty());
        QVERIFY(!AppMeta::has(t.db().connection(), QStringLiteral("note.y")));
    }
};

QTEST_GUILESS_MAIN(tst_AppMeta)
#include "tst_AppMeta.moc"
