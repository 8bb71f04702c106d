// SPDX-License-Identifier: GPL-3.0-or-later
// The chart aggregates against plain counts, over the fixture and over the bundled dataset.
#include "storage/ChartRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"
#include "support/TimelineFixture.h"

#include <QTest>

class tst_ChartRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TestDatabase> m_dataset;

    static int scalar(const QSqlDatabase& c, const QString& sql, const QVariantList& binds = {})
    {
        auto q = Sql::run(c, sql, binds);
        if (!q || !q->next())
            qFatal("%s", qPrintable(q ? QStringLiteral("no row") : q.error()));
        return q->value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Empty);
        QVERIFY(TimelineFixture::fill(m_db->db()));
        m_dataset = std::make_unique<TestDatabase>(TestDatabase::Fill::Dataset);
    }

    void perYearFixture()
    {
        auto rows = ChartRepository(m_db->db().connection()).eventsPerYearByKind({});
        QVERIFY2(rows, qPrintable(rows.error()));
        QStringList got;
        for (const auto& r : *rows)
            got << QStringLiteral("%1 %2 %3").arg(r.year).arg(r.kind).arg(r.count);
        QCOMPARE(got, QStringList({"2015 round 1", "2016 conference 1", "2016 round 1", "2017 intersessional 1",
                                   "2018 exercise 1", "2027 workshop 1"}));
    }

    void perYearDatasetMatchesPlainCounts()
    {
        const QSqlDatabase c = m_dataset->db().connection();
        auto rows = ChartRepository(c).eventsPerYearByKind({});
        QVERIFY2(rows, qPrintable(rows.error()));
        QVERIFY(!rows->isEmpty());
        int total = 0;
        for (const auto& r : *rows) {
            total += r.count;
            QCOMPARE(r.count,
                     scalar(c, QStringLiteral("SELECT count(*) FROM event WHERE start_date LIKE ? AND kind = ?"),
                            {QString::number(r.year) + QLatin1Char('%'), r.kind}));
        }
        QCOMPARE(total, scalar(c, QStringLiteral("SELECT count(*) FROM event WHERE start_date IS NOT NULL")));
    }

    void regions()
    {
        auto rows = ChartRepository(m_db->db().connection()).engagementByRegion({}, QStringLiteral("JP"));
        QVERIFY2(rows, qPrintable(rows.error()));
        // Aland (Europe): events 1-4; Bolandia (Oceania): 4 and 6. Japan's own region is not a partner region.
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).key, QStringLiteral("Europe"));
        QCOMPARE(rows->at(0).count, 4);
        QCOMPARE(rows->at(1).key, QStringLiteral("Oceania"));
        QCOMPARE(rows->at(1).count, 2);
        EventFilter y2016;
        y2016.yearFrom = y2016.yearTo = 2016;
        rows = ChartRepository(m_db->db().connection()).engagementByRegion(y2016, QStringLiteral("JP"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).count, 2);
        QCOMPARE(rows->at(1).count, 1);
    }

    void partners()
    {
        auto rows = ChartRepository(m_db->db().connection()).dialogueRoundsPerPartner({}, QStringLiteral("JP"));
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).key, QStringLiteral("AA"));
        QCOMPARE(rows->at(0).nameJa, QStringLiteral("アランド"));
        QCOMPARE(rows->at(0).count, 3); // two rounds and an intersessional
    }

    void partnersDatasetMatchesPlainCounts()
    {
        const QSqlDatabase c = m_dataset->db().connection();
        auto rows = ChartRepository(c).dialogueRoundsPerPartner({}, QStringLiteral("JP"));
        QVERIFY2(rows, qPrintable(rows.error()));
        QVERIFY(!rows->isEmpty());
        for (const auto& r : *rows) {
            QCOMPARE(r.count, scalar(c,
                                     QStringLiteral("SELECT count(*) FROM event WHERE kind IN ('round', 'meeting', "
                                                    "'intersessional') AND dialogue_id IN (SELECT dialogue_id FROM "
                                                    "dialogue_party WHERE country_id = (SELECT id FROM country WHERE "
                                                    "code = ?))"),
                                     {r.key}));
        }
    }

    void actions()
    {
        auto rows = ChartRepository(m_db->db().connection()).actionsPerYear({});
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).year, 2015);
        QCOMPARE(rows->at(0).open, 1);
        QCOMPARE(rows->at(0).closed, 1);
        QCOMPARE(rows->at(1).year, 2016);
        QCOMPARE(rows->at(1).open, 1);   // in progress counts as open
        QCOMPARE(rows->at(1).closed, 1); // cancelled counts as closed
        EventFilter kind;
        kind.kind = QStringLiteral("conference");
        rows = ChartRepository(m_db->db().connection()).actionsPerYear(kind);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).open, 0);
        QCOMPARE(rows->at(0).closed, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ChartRepository)
#include "tst_ChartRepository.moc"
