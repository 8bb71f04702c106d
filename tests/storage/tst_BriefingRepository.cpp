// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing pack's bounded reads, each against the plain statement that reads the whole list: the bundled
// dataset, plus open actions and citations added here (fixtures, not facts) so that the lists are longer than
// their caps and carry every marking.
#include "storage/BriefingRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QSet>
#include <QTest>

namespace {
/// The events of a country, as the pack's scope finds them.
const QString kOfJapan = QStringLiteral(
    "EXISTS (SELECT 1 FROM participant p JOIN country c ON c.id = p.country_id WHERE p.event_id = x.id AND "
    "c.code = 'JP')");
} // namespace

class tst_BriefingRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase c() { return m_db->db().connection(); }
    QList<qint64> ids(const QString& sql, const QVariantList& binds = {})
    {
        QList<qint64> out;
        auto q = Sql::run(c(), sql, binds);
        if (!q)
            qWarning("%s", qPrintable(q.error()));
        while (q && q->next())
            out << q->value(0).toLongLong();
        return out;
    }
    qint64 count(const QString& sql, const QVariantList& binds = {})
    {
        auto q = Sql::run(c(), sql, binds);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    static BriefingScope japan(int ceiling)
    {
        BriefingScope s;
        s.countries = {QStringLiteral("JP")};
        s.maxClassification = ceiling;
        return s;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Dataset);
        // Japan's meetings get open, in-progress and done actions, some without a due date, some on the same day,
        // in every marking; and citations of both provisions by events and agreements, in every marking.
        const QList<qint64> events = ids(QStringLiteral("SELECT x.id FROM event x WHERE %1 ORDER BY x.id").arg(kOfJapan));
        QVERIFY(events.size() > 20);
        const QStringList statuses{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done")};
        for (int i = 0; i < 90; ++i) {
            const QVariant due = i % 9 == 0 ? QVariant() : QVariant(QStringLiteral("2026-%1-%2")
                                                                         .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                                                         .arg(1 + i % 3, 2, 10, QLatin1Char('0')));
            QVERIFY(Sql::run(c(),
                             QStringLiteral("INSERT INTO action (event_id, description, owner, due_date, status, "
                                            "classification) VALUES (?, ?, 'Fixture desk', ?, ?, ?)"),
                             {events[i % events.size()], QStringLiteral("Fixture action %1").arg(i), due,
                              statuses[i % 3], i % 4}));
        }
        const QList<qint64> provisions = ids(QStringLiteral("SELECT id FROM provision ORDER BY id"));
        const QList<qint64> agreements = ids(QStringLiteral("SELECT id FROM agreement ORDER BY id"));
        QVERIFY(!provisions.isEmpty() && !agreements.isEmpty());
        for (int i = 0; i < 40; ++i) {
            QVERIFY(Sql::run(c(), QStringLiteral("INSERT INTO citation (provision_id, event_id, note) VALUES (?, ?, ?)"),
                             {provisions[i % provisions.size()], events[(i * 7) % events.size()],
                              QStringLiteral("Fixture citation %1").arg(i)}));
        }
        for (int i = 0; i < 6; ++i) {
            QVERIFY(Sql::run(c(),
                             QStringLiteral("INSERT INTO citation (provision_id, agreement_id, note) VALUES (?, ?, ?)"),
                             {provisions[i % provisions.size()], agreements[i % agreements.size()],
                              QStringLiteral("Fixture agreement citation %1").arg(i)}));
        }
        QVERIFY(Sql::run(c(), QStringLiteral("UPDATE event SET classification = id % 4 WHERE id % 5 = 0")));
        QVERIFY(Sql::run(c(), QStringLiteral("UPDATE provision SET classification = 1 WHERE id = ?"), {provisions[0]}));
    }

    void openActions_data()
    {
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<int>("limit");
        for (int ceiling : {0, 1, 3}) {
            for (int limit : {1, 7, 1000})
                QTest::addRow("ceiling %d, limit %d", ceiling, limit) << ceiling << limit;
        }
    }
    void openActions()
    {
        QFETCH(int, ceiling);
        QFETCH(int, limit);
        const QString where = QStringLiteral("a.status IN ('open', 'in_progress') AND a.classification <= ? AND "
                                             "x.classification <= ? AND ") +
                              kOfJapan;
        const QList<qint64> all =
            ids(QStringLiteral("SELECT a.id FROM action a JOIN event x ON x.id = a.event_id WHERE %1 "
                               "ORDER BY a.due_date IS NULL, a.due_date, a.id")
                    .arg(where),
                {ceiling, ceiling});
        QVERIFY(all.size() > 7);
        auto got = BriefingRepository(c()).openActions(japan(ceiling), limit);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->total, all.size());
        QList<qint64> shown;
        for (const BriefingAction& a : got->rows) {
            shown << a.action.id;
            QVERIFY(a.action.classification <= ceiling);
            QVERIFY(a.action.description.startsWith(QLatin1String("Fixture action")));
            QCOMPARE(a.action.owner, QStringLiteral("Fixture desk"));
            const QString title = QStringLiteral("SELECT x.title_en FROM event x WHERE x.id = ?");
            auto t = Sql::run(c(), title, {a.action.eventId});
            QVERIFY(t && t->next());
            QCOMPARE(a.eventTitleEn, t->value(0).toString());
        }
        QCOMPARE(shown, all.mid(0, limit));
    }

    void citations_data()
    {
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("withAgreements");
        for (int ceiling : {0, 3}) {
            for (int limit : {3, 1000}) {
                QTest::addRow("ceiling %d, limit %d", ceiling, limit) << ceiling << limit << false;
                QTest::addRow("ceiling %d, limit %d, with agreements", ceiling, limit) << ceiling << limit << true;
            }
        }
    }
    void citations()
    {
        QFETCH(int, ceiling);
        QFETCH(int, limit);
        QFETCH(bool, withAgreements);
        const QList<qint64> agreements = withAgreements ? ids(QStringLiteral("SELECT id FROM agreement")) : QList<qint64>{};
        // The notes in the order the pack lists them: by policy, article position, article, newest citer first,
        // then as cited.
        QString sql = QStringLiteral(
            "SELECT ci.note, ci.id AS cid, pi.id AS pid, pr.position AS pos, pr.article AS article, x.start_date AS d, "
            "max(pi.classification, pr.classification, x.classification) AS cls FROM citation ci "
            "JOIN provision pr ON pr.id = ci.provision_id JOIN policy_item pi ON pi.id = pr.policy_item_id "
            "JOIN event x ON x.id = ci.event_id WHERE %1")
                          .arg(kOfJapan);
        if (withAgreements)
            sql += QStringLiteral(
                " UNION ALL SELECT ci.note, ci.id, pi.id, pr.position, pr.article, g.signed_date, "
                "max(pi.classification, pr.classification, g.classification) FROM citation ci "
                "JOIN provision pr ON pr.id = ci.provision_id JOIN policy_item pi ON pi.id = pr.policy_item_id "
                "JOIN agreement g ON g.id = ci.agreement_id");
        auto q = Sql::run(c(), QStringLiteral("SELECT note FROM (%1) WHERE cls <= ? ORDER BY pid, pos, article, d DESC, cid")
                                   .arg(sql),
                          {ceiling});
        QVERIFY(q);
        QStringList all;
        while (q->next())
            all << q->value(0).toString();
        QVERIFY(all.size() > 3);
        auto got = BriefingRepository(c()).citations(japan(ceiling), agreements, limit);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->total, all.size());
        QStringList shown;
        for (const BriefingCitation& ci : got->rows) {
            shown << ci.note;
            QVERIFY(ci.classification <= ceiling);
            QVERIFY(!ci.article.isEmpty());
            QVERIFY(!ci.policyTitleEn.isEmpty() || !ci.policyTitleJa.isEmpty());
            QVERIFY(!ci.citedByEn.isEmpty() || !ci.citedByJa.isEmpty());
        }
        QCOMPARE(shown, all.mid(0, limit));
    }

    void foraMetIn()
    {
        // A meeting above the ceiling does not make a forum one the country met in.
        for (int ceiling = 0; ceiling <= 3; ++ceiling) {
            for (const QString& code : {QStringLiteral("JP"), QStringLiteral("US"), QStringLiteral("AU")}) {
                const QList<qint64> expected =
                    ids(QStringLiteral("SELECT DISTINCT e.forum_id FROM participant p JOIN country c ON c.id = "
                                       "p.country_id JOIN event e ON e.id = p.event_id WHERE c.code = ? AND "
                                       "e.forum_id IS NOT NULL AND e.classification <= ?"),
                        {code, ceiling});
                auto got = BriefingRepository(c()).foraMetIn({code}, ceiling);
                QVERIFY2(got, qPrintable(got.error()));
                QCOMPARE(QSet<qint64>(got->begin(), got->end()), QSet<qint64>(expected.begin(), expected.end()));
                if (code == QLatin1String("JP"))
                    QVERIFY(!expected.isEmpty());
            }
        }
    }

    void dialogueRounds()
    {
        const QList<qint64> dialogues = ids(QStringLiteral("SELECT id FROM dialogue ORDER BY id"));
        int busy = 0;
        for (qint64 d : dialogues) {
            for (int ceiling : {0, 3}) {
                const QList<qint64> latest =
                    ids(QStringLiteral("SELECT id FROM event WHERE dialogue_id = ? AND classification <= ? "
                                       "ORDER BY start_date DESC, id DESC"),
                        {d, ceiling});
                auto got = BriefingRepository(c()).dialogueRounds(d, japan(ceiling), 2);
                QVERIFY2(got, qPrintable(got.error()));
                QCOMPARE(got->total, latest.size());
                QList<qint64> shown;
                for (const Event& e : got->rows)
                    shown.prepend(e.id); // returned oldest first
                QCOMPARE(shown, latest.mid(0, 2));
                busy += latest.size() > 2 ? 1 : 0;
            }
        }
        QVERIFY(busy > 0);
    }

    void latestMeetings()
    {
        const QList<qint64> dialogues = ids(QStringLiteral("SELECT id FROM dialogue ORDER BY id"));
        for (int ceiling : {0, 3}) {
            auto got = BriefingRepository(c()).latestMeetings(dialogues, japan(ceiling));
            QVERIFY2(got, qPrintable(got.error()));
            auto q = Sql::run(c(),
                              QStringLiteral("SELECT dialogue_id, max(start_date) FROM event WHERE dialogue_id IS NOT "
                                             "NULL AND classification <= ? GROUP BY dialogue_id"),
                              {ceiling});
            QVERIFY(q);
            QHash<qint64, QString> expected;
            while (q->next())
                expected.insert(q->value(0).toLongLong(), q->value(1).toString());
            QCOMPARE(*got, expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_BriefingRepository)
#include "tst_BriefingRepository.moc"
