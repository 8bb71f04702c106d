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

    // Schema 9 indexes the organizations already there, and names them in their meetings' text.
    void schema9IndexesExistingOrganizations()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m9"));
            db.setDatabaseName(dir.filePath(QStringLiteral("m.sqlite")));
            QVERIFY(db.open());
            QVERIFY(SqlFunctions::install(db));
            QVERIFY(Migrator::migrate(db, 8));
            for (const char* sql :
                 {"INSERT INTO organization (id, acronym, name_en, name_ja) VALUES (3, 'QCERT', 'Quasar Emergency Team', "
                  "'クエーサー緊急対応チーム')",
                  "INSERT INTO event (id, title_en) VALUES (7, 'Working meeting')",
                  "INSERT INTO participant (event_id, organization_id) VALUES (7, 3)",
                  "INSERT INTO event (id, title_en) VALUES (8, 'Another meeting')"})
                QVERIFY(Sql::run(db, QString::fromUtf8(sql)));
            auto before = Sql::run(db, QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'quasar'"));
            QVERIFY(before && before->next());
            QCOMPARE(before->value(0).toInt(), 0);
            QVERIFY(Migrator::migrate(db));
            auto q = Sql::run(db, QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH 'quasar' ORDER BY rowid"));
            QVERIFY(q);
            QList<qint64> rowids;
            while (q->next())
                rowids << q->value(0).toLongLong();
            QCOMPARE(rowids, (QList<qint64>{3 * 8, 7 * 8 + 4})); // the organization (kind 0) and its meeting
            auto g = Sql::run(db, QStringLiteral("SELECT rowid FROM search_gram WHERE search_gram MATCH '緊 急' ORDER BY rowid"));
            QVERIFY(g);
            rowids.clear();
            while (g->next())
                rowids << g->value(0).toLongLong();
            QCOMPARE(rowids, (QList<qint64>{3 * 8, 7 * 8 + 4}));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m9"));
    }

    // Schema 10 gives every existing event its sort key by dialogue or forum.
    void schema10KeysExistingEvents()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m10"));
            db.setDatabaseName(dir.filePath(QStringLiteral("m.sqlite")));
            QVERIFY(db.open());
            QVERIFY(SqlFunctions::install(db));
            QVERIFY(Migrator::migrate(db, 9));
            for (const char* sql :
                 {"INSERT INTO dialogue (id, key, name_en, name_ja) VALUES (1, 'd', 'Cyber Dialogue', 'サイバー対話')",
                  "INSERT INTO forum (id, key, acronym, name_en, name_ja) VALUES (2, 'f', 'ARF', 'Regional Forum', '地域フォーラム')",
                  "INSERT INTO forum (id, key, acronym, name_en, name_ja) VALUES (3, 'g', '', 'Other Forum', '他のフォーラム')",
                  "INSERT INTO event (id, title_en, dialogue_id) VALUES (10, 'a', 1)",
                  "INSERT INTO event (id, title_en, forum_id) VALUES (11, 'b', 2)",
                  "INSERT INTO event (id, title_en, forum_id) VALUES (12, 'c', 3)",
                  "INSERT INTO event (id, title_en) VALUES (13, 'd')"}) {
                auto r = Sql::run(db, QString::fromUtf8(sql));
                QVERIFY2(r, qPrintable(r.error()));
            }
            QVERIFY(Migrator::migrate(db));
            auto q = Sql::run(db, QStringLiteral("SELECT event_id, series_en, series_ja FROM event_series ORDER BY event_id"));
            QVERIFY(q);
            QStringList rows;
            while (q->next())
                rows << QStringLiteral("%1 %2 %3").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
            QCOMPARE(rows, (QStringList{QStringLiteral("10 Cyber Dialogue サイバー対話"), QStringLiteral("11 ARF ARF"),
                                        QStringLiteral("12 Other Forum 他のフォーラム"), QStringLiteral("13  ")}));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m10"));
    }
};

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_Migrator.moc"
