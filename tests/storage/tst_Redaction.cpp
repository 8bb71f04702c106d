// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction: what goes at a ceiling (records above it and every row naming one), what stays consistent (foreign
// keys, the search index), and that a saved copy holds no byte of what went. The pack-level proof is
// tst_ClassificationOracle.
#include "storage/Redaction.h"

#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QTest>

namespace {
qint64 number(Database& db, const QString& sql, const QVariantList& binds = {})
{
    auto q = Sql::run(db.connection(), sql, binds);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

const QString kSecret = QStringLiteral("Zyzzogeton");
} // namespace

class tst_Redaction : public QObject
{
    Q_OBJECT
private slots:
    void removesWhatLiesAboveAndWhatNamesIt()
    {
        TestDatabase t;
        Database& db = t.db();
        const qint64 us = number(db, QStringLiteral("SELECT id FROM country WHERE code = 'US'"));
        const qint64 dialogue = number(db,
                                       QStringLiteral("SELECT dialogue_id FROM dialogue_party WHERE country_id = ? "
                                                      "LIMIT 1"),
                                       {us});
        QVERIFY(us > 0 && dialogue > 0);
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM participant WHERE country_id = ?"), {us}) > 0);
        // The United States Secret; one of its dialogues Confidential (its meetings rise with it).
        QVERIFY(Sql::run(db.connection(), QStringLiteral("UPDATE country SET classification = 3 WHERE id = ?"), {us}));
        QVERIFY(Sql::run(db.connection(), QStringLiteral("UPDATE dialogue SET classification = 2 WHERE id = ?"),
                         {dialogue}));
        const qint64 meetings =
            number(db, QStringLiteral("SELECT count(*) FROM event WHERE dialogue_id = ?"), {dialogue});
        QVERIFY(meetings > 0);
        QCOMPARE(number(db, QStringLiteral("SELECT min(classification) FROM event WHERE dialogue_id = ?"), {dialogue}),
                 2);
        const qint64 events = number(db, QStringLiteral("SELECT count(*) FROM event"));

        auto above = Redaction::anyAbove(db, 2);
        QVERIFY(above && *above);
        // At 2 the dialogue stays; the country goes, with every party, member and participant row naming it.
        QVERIFY(Redaction::removeAbove(db, 2));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM country WHERE id = ?"), {us}), 0);
        for (const char* table : {"dialogue_party", "forum_member", "agreement_party", "participant"})
            QCOMPARE(number(db,
                            QStringLiteral("SELECT count(*) FROM %1 WHERE country_id = ?").arg(QLatin1String(table)),
                            {us}),
                     0);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM event")), events);
        QCOMPARE(
            number(db, QStringLiteral("SELECT count(*) FROM source WHERE entity = 'country' AND entity_id = ?"), {us}),
            0);
        // At 1 the dialogue goes with its meetings and their sources.
        QVERIFY(Redaction::removeAbove(db, 1));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM dialogue WHERE id = ?"), {dialogue}), 0);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM event")), events - meetings);
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM source WHERE entity = 'event' AND entity_id NOT IN "
                                           "(SELECT id FROM event)")),
                 0);
        above = Redaction::anyAbove(db, 1);
        QVERIFY(above && !*above);
        auto fk = Sql::run(db.connection(), QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk);
        QVERIFY(!fk->next());
        // The search index holds exactly what is left.
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM search_fts")),
                 number(db, QStringLiteral("SELECT count(*) FROM search_source")));
    }

    void historyOfWhatWentGoesToo()
    {
        TestDatabase t(TestDatabase::Fill::Empty);
        Database& db = t.db();
        QVERIFY(db.setAuditUser(QStringLiteral("tester")));
        Event e;
        e.titleEn = kSecret + QStringLiteral(" meeting");
        e.classification = 3;
        QVERIFY(EventRepository(db.connection()).insert(e));
        Event open;
        open.titleEn = QStringLiteral("Open meeting");
        QVERIFY(EventRepository(db.connection()).insert(open));
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'event' AND entity_id = ?"),
                       {e.id}) > 0);
        QVERIFY(Redaction::removeAbove(db, 0));
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'event' AND entity_id = ?"),
                        {e.id}),
                 0);
        QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'event' AND entity_id = ?"),
                       {open.id}) > 0);
        QCOMPARE(number(db,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(coalesce(before_json, '') || "
                                       "coalesce(after_json, ''), ?) > 0"),
                        {kSecret}),
                 0);
        QCOMPARE(db.auditUser(), QStringLiteral("tester")); // auditing is back on for the connection
    }

    void savedCopyHoldsNoByteOfWhatWent()
    {
        TestDatabase t;
        Database& db = t.db();
        Event e;
        e.titleEn = kSecret + QStringLiteral(" round");
        e.summary = kSecret + QStringLiteral(" summary");
        e.classification = 2;
        QVERIFY(EventRepository(db.connection()).insert(e));
        QVERIFY(Sql::run(db.connection(),
                         QStringLiteral("INSERT INTO country (code, name_en, classification) VALUES "
                                        "('ZZ', ?, 3)"),
                         {kSecret + QStringLiteral("land")}));
        const QString target = t.dir() + QStringLiteral("/redacted.sqlite");
        QVERIFY(Redaction::saveRedacted(db, target, 1));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")) || QFile(target + QStringLiteral("-wal")).size() == 0);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll().toLower();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(kSecret.toLower().toUtf8()), "a removed record's text is still in the file");
        // The database itself is as it was, and the copy is a working database with the rest.
        QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM country WHERE code = 'ZZ'")), 1);
        auto copy = Database::open(target, Database::Mode::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(number(*copy.value(), QStringLiteral("SELECT count(*) FROM event")),
                 number(db, QStringLiteral("SELECT count(*) FROM event")) - 1);
        QVERIFY(!Redaction::saveRedacted(db, target, 1)); // never over an existing file
    }
};

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_Redaction.moc"
