// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's rows: lanes, day spans of partial dates, filters, checked against plain counts.
#include "core/Vocabulary.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"
#include "support/TestDatabase.h"
#include "support/TimelineFixture.h"

#include <QSet>
#include <QTest>

class tst_TimelineRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    static int day(int y, int m, int d) { return int(QDate(y, m, d).toJulianDay()); }
    const TimelineRow* row(const TimelineData& data, qint64 id)
    {
        for (const TimelineRow& r : data.rows) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Empty);
        QVERIFY(TimelineFixture::fill(m_db->db()));
    }

    void quickParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("year") << "2017"
                              << "2017";
        QTest::newRow("month") << "2016-05"
                               << "2016-05";
        QTest::newRow("day") << "2015-03-10"
                             << "2015-03-10";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("bad month") << "2016-13"
                                   << "";
        QTest::newRow("bad day") << "2015-02-30"
                                 << "";
        QTest::newRow("letters") << "20x5"
                                 << "";
        QTest::newRow("short") << "201"
                               << "";
    }
    void quickParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(TimelineRepository::quickParse(text).toIso(), iso);
        // The same answer as the general parser for every valid text.
        if (!iso.isEmpty())
            QCOMPARE(TimelineRepository::quickParse(text), *PartialDate::parse(text));
    }

    void dayRanges()
    {
        using TR = TimelineRepository;
        QCOMPARE(TR::dayRange(PartialDate(2017)), std::make_pair(day(2017, 1, 1), day(2017, 12, 31)));
        QCOMPARE(TR::dayRange(PartialDate(2016, 2)), std::make_pair(day(2016, 2, 1), day(2016, 2, 29)));
        QCOMPARE(TR::dayRange(PartialDate(2015, 3, 10)), std::make_pair(day(2015, 3, 10), day(2015, 3, 10)));
    }

    void seriesLanes()
    {
        auto data = TimelineRepository(m_db->db().connection()).load({}, TimelineRepository::Lanes::BySeries, Lang::En);
        QVERIFY2(data, qPrintable(data.error()));
        // Dialogue, forum, then the rest; the undated event is counted, not placed.
        QCOMPARE(data->lanes.size(), 3);
        QCOMPARE(data->lanes[0].kind, TimelineLane::Kind::Dialogue);
        QCOMPARE(data->lanes[0].name, QStringLiteral("Japan-Aland Dialogue"));
        QCOMPARE(data->lanes[1].name, QStringLiteral("FX"));
        QCOMPARE(data->lanes[2].kind, TimelineLane::Kind::None);
        QCOMPARE(data->rows.size(), 6);
        QCOMPARE(data->undated, 1);
        for (int i = 1; i < data->rows.size(); ++i) {
            const TimelineRow& a = data->rows[i - 1];
            const TimelineRow& b = data->rows[i];
            QVERIFY(a.lane < b.lane || (a.lane == b.lane && a.startDay <= b.startDay));
        }
        const TimelineRow* first = row(*data, 1);
        QVERIFY(first);
        QCOMPARE(first->lane, 0);
        QCOMPARE(first->startDay, day(2015, 3, 10));
        QCOMPARE(first->endDay, day(2015, 3, 11));
        QCOMPARE(first->title, QStringLiteral("1st round"));
        QCOMPARE(first->place, QStringLiteral("Tokyo"));
        QCOMPARE(Vocabulary::eventKinds().value(first->kind), QStringLiteral("round"));
        // A month spans the month, a year the year.
        QCOMPARE(row(*data, 2)->startDay, day(2016, 5, 1));
        QCOMPARE(row(*data, 2)->endDay, day(2016, 5, 31));
        QCOMPARE(row(*data, 3)->endDay, day(2017, 12, 31));
        QCOMPARE(Vocabulary::eventStatuses().value(row(*data, 5)->status), QStringLiteral("planned"));
        QCOMPARE(Vocabulary::eventStatuses().value(row(*data, 6)->status), QStringLiteral("cancelled"));
        QCOMPARE(row(*data, 6)->lane, 2);
    }

    void countryLanes()
    {
        auto data =
            TimelineRepository(m_db->db().connection()).load({}, TimelineRepository::Lanes::ByCountry, Lang::Ja);
        QVERIFY2(data, qPrintable(data.error()));
        // One row per event and participant country, as a plain count says.
        auto q = Sql::run(m_db->db().connection(),
                          QStringLiteral("SELECT count(DISTINCT p.event_id || '/' || p.country_id) FROM participant p "
                                         "JOIN event e ON e.id = p.event_id WHERE e.start_date IS NOT NULL"));
        QVERIFY(q && q->next());
        QCOMPARE(data->rows.size(), q->value(0).toInt());
        QStringList names;
        for (const TimelineLane& l : data->lanes) {
            QCOMPARE(l.kind, TimelineLane::Kind::Country);
            names << l.name;
        }
        QVERIFY(names.contains(QStringLiteral("日本")));
        QVERIFY(names.contains(QStringLiteral("アランド")));
    }

    void filters_data()
    {
        QTest::addColumn<qint64>("country");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("all") << qint64(0) << ""
                             << "" << 0 << 0 << QList<qint64>{1, 2, 3, 4, 5, 6};
        QTest::newRow("Aland") << qint64(2) << ""
                               << "" << 0 << 0 << QList<qint64>{1, 2, 3, 4};
        QTest::newRow("Oceania") << qint64(0) << "Oceania"
                                 << "" << 0 << 0 << QList<qint64>{4, 6};
        QTest::newRow("rounds") << qint64(0) << ""
                                << "round" << 0 << 0 << QList<qint64>{1, 2};
        QTest::newRow("2016-2017") << qint64(0) << ""
                                   << "" << 2016 << 2017 << QList<qint64>{2, 3, 4};
        QTest::newRow("Aland 2016 on") << qint64(2) << ""
                                       << "" << 2016 << 0 << QList<qint64>{2, 3, 4};
        QTest::newRow("none") << qint64(3) << ""
                              << "round" << 0 << 0 << QList<qint64>{};
    }
    void filters()
    {
        QFETCH(qint64, country);
        QFETCH(QString, region);
        QFETCH(QString, kind);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<qint64>, ids);
        EventFilter f;
        f.countryId = country;
        f.region = region;
        f.kind = kind;
        f.yearFrom = from;
        f.yearTo = to;
        auto data = TimelineRepository(m_db->db().connection()).load(f, TimelineRepository::Lanes::BySeries, Lang::En);
        QVERIFY2(data, qPrintable(data.error()));
        QSet<qint64> got;
        for (const TimelineRow& r : data->rows)
            got.insert(r.id);
        QCOMPARE(got, QSet<qint64>(ids.begin(), ids.end()));
    }

    // The pack's cells (grouped by liaison_cells in one pass) against the same grouping done by GROUP BY, on the
    // bundled dataset plus dates known only to the year or month, a cancelled and a planned meeting, and a marking.
    void summary_data()
    {
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<QString>("until");
        QTest::newRow("everything") << QStringList{} << "" << "" << 3 << "2026-11-26";
        QTest::newRow("Japan") << QStringList{QStringLiteral("JP")} << "" << "" << 3 << "2019-06";
        QTest::newRow("US and Australia, 2015-2020")
            << QStringList{QStringLiteral("US"), QStringLiteral("AU")} << "2015" << "2020" << 3 << "2018-01-01";
        QTest::newRow("unmarked only") << QStringList{} << "" << "" << 0 << "2026-11-26";
        QTest::newRow("no as-of date") << QStringList{QStringLiteral("JP")} << "" << "" << 3 << "";
        QTest::newRow("nothing") << QStringList{QStringLiteral("JP")} << "1500" << "1501" << 3 << "2026-11-26";
    }
    void summary()
    {
        QFETCH(QStringList, countries);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, ceiling);
        QFETCH(QString, until);
        TestDatabase db(TestDatabase::Fill::Dataset);
        const QSqlDatabase c = db.db().connection();
        // Partial dates, statuses and a marking the bundled dataset may not have, on Japan's meetings.
        for (const char* sql :
             {"UPDATE event SET start_date = substr(start_date, 1, 4), end_date = NULL WHERE id IN "
              "(SELECT event_id FROM participant WHERE country_id = (SELECT id FROM country WHERE code = 'JP') "
              "ORDER BY event_id LIMIT 3)",
              "UPDATE event SET start_date = substr(start_date, 1, 7), end_date = NULL WHERE id IN "
              "(SELECT event_id FROM participant WHERE country_id = (SELECT id FROM country WHERE code = 'JP') "
              "ORDER BY event_id DESC LIMIT 3)",
              "UPDATE event SET status = 'cancelled' WHERE id % 7 = 0",
              "UPDATE event SET status = 'planned' WHERE id % 11 = 0",
              "UPDATE event SET classification = 2 WHERE id % 5 = 0"})
            QVERIFY(Sql::run(c, QString::fromLatin1(sql)));
        EventFilter f;
        f.scopeCountries = countries;
        f.dateFrom = from;
        f.dateTo = to;
        f.maxClassification = ceiling;
        auto got = TimelineRepository(c).summary(f, Lang::En, until);
        QVERIFY2(got, qPrintable(got.error()));

        QVariantList binds{until};
        const QString where = f.where(QStringLiteral("e"), binds);
        auto q = Sql::run(c,
                          QStringLiteral("SELECT coalesce('d' || e.dialogue_id, 'f' || e.forum_id, ''), "
                                         "CAST(substr(e.start_date, 1, 4) AS INTEGER), "
                                         "CAST(substr(e.start_date, 6, 2) AS INTEGER), e.kind, e.status, count(*), "
                                         "max(e.classification), sum(e.status <> 'cancelled' AND e.start_date <= ?) "
                                         "FROM event e WHERE e.start_date IS NOT NULL AND %1 "
                                         "GROUP BY 1, 2, 3, 4, 5")
                              .arg(where),
                          binds);
        QVERIFY(q);
        QStringList expected;
        int highest = 0;
        while (q->next()) {
            expected << QStringLiteral("%1 %2-%3 %4 %5: %6 held %7")
                            .arg(q->value(0).toString())
                            .arg(q->value(1).toInt())
                            .arg(q->value(2).toInt())
                            .arg(q->value(3).toString(), q->value(4).toString())
                            .arg(q->value(5).toInt())
                            .arg(q->value(7).toInt());
            highest = qMax(highest, q->value(6).toInt());
        }
        QStringList cells;
        for (const TimelineCell& cell : got->cells) {
            const TimelineLane& lane = got->lanes.at(cell.lane);
            const QString key = lane.kind == TimelineLane::Kind::Dialogue ? QStringLiteral("d%1").arg(lane.id)
                                : lane.kind == TimelineLane::Kind::Forum  ? QStringLiteral("f%1").arg(lane.id)
                                                                          : QString();
            cells << QStringLiteral("%1 %2-%3 %4 %5: %6 held %7")
                         .arg(key)
                         .arg(cell.year)
                         .arg(cell.month)
                         .arg(Vocabulary::eventKinds().at(cell.kind), Vocabulary::eventStatuses().at(cell.status))
                         .arg(cell.count)
                         .arg(cell.heldBy);
        }
        expected.sort();
        cells.sort();
        QCOMPARE(cells, expected);
        QCOMPARE(got->classification, highest);
        if (QTest::currentDataTag() != QLatin1String("nothing"))
            QVERIFY(!cells.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TimelineRepository)
#include "tst_TimelineRepository.moc"
