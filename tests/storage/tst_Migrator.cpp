// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/SqlFunctions.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

class tst_Migrator : public QObject
{
    Q_OBJECT
private slots:
    void splitsStatementsAndKeepsTriggersWhole()
    {
        const QString script = QStringLiteral("-- comment\nCREATE TABLE a (x);\n\nCREATE TRIGGER t AFTER INSERT ON a\n"
                                              "BEGIN\n  UPDATE a SET x = 1;\n  DELETE FROM a;\nEND;\nCREATE INDEX i ON a(x);\n");
        const QStringList s = Migrator::splitStatements(script);
        QCOMPARE(s.size(), 3);
        QVERIFY(s[1].startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(s[1].endsWith(QStringLiteral("END;")));
    }

    void migratesFromEmptyToLatest()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
            db.setDatabaseName(dir.filePath(QStringLiteral("m.sqlite")));
            QVERIFY(db.open());
            QVERIFY(Migrator::latestVersion() >= 2);
            QVERIFY(SqlFunctions::install(db)); // the search index's triggers call liaison_fold()
            auto s = Migrator::migrate(db);
            QVERIFY2(s, qPrintable(s.error()));
            auto v = Sql::run(db, QStringLiteral("PRAGMA user_version"));
            QVERIFY(v && v->next());
            QCOMPARE(v->value(0).toInt(), Migrator::latestVersion());
            auto app = Sql::run(db, QStringLiteral("PRAGMA application_id"));
            QVERIFY(app && app->next());
            QCOMPARE(app->value(0).toLongLong(), 1279869249LL);
            for (const char* table : {"country", "organization", "dialogue", "dialogue_party", "forum", "forum_member",
                                      "event", "participant", "action", "agreement", "agreement_party", "policy_item",
                                      "provision", "citation", "source", "tag", "entity_tag", "attachment", "audit_log",
                                      "saved_view"}) {
                auto t = Sql::run(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                                  {QString::fromLatin1(table)});
                QVERIFY(t && t->next());
                QVERIFY2(t->value(0).toInt() == 1, table);
            }
            // A second run is a no-op.
            QVERIFY(Migrator::migrate(db));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m"));
    }
};

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_Migrator.moc"
