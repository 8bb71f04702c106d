// SPDX-License-Identifier: GPL-3.0-or-later
// The big tables' SQL path on a generated database: paging, every sort in both directions, filters and
// cancellation, checked against single unpaged queries and the search index.
#include "core/TextFilter.h"
#include "io/DataGenerator.h"
#include "models/ActionListModel.h"
#include "models/Catalog.h"
#include "models/EventListModel.h"
#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/SearchRepository.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_SqlListModel : public QObject
{
    Q_OBJECT
private:
    static QList<qint64> loadAll(SqlListModel& m)
    {
        if (!m.waitForIdle())
            qFatal("list model did not answer");
        while (m.canFetchMore({})) {
            m.fetchMore({});
            if (!m.waitForIdle())
                qFatal("list model did not answer");
        }
        QList<qint64> ids;
        for (int r = 0; r < m.rowCount(); ++r)
            ids << m.idAt(r);
        return ids;
    }

    QList<qint64> unpaged(ListRequest r)
    {
        r.limit = 10000000;
        auto rows = ListQuery(m_db->connection()).page(r);
        if (!rows)
            qFatal("%s", qPrintable(rows.error()));
        QList<qint64> ids;
        for (const ListRow& row : *rows)
            ids << row.id;
        return ids;
    }

    /// The ids of one kind (4 events, 7 actions) the search index finds for the terms.
    QSet<qint64> indexed(const QStringList& terms, int kind)
    {
        auto hits = SearchRepository(m_db->connection()).find(terms, 10000000);
        if (!hits)
            qFatal("%s", qPrintable(hits.error()));
        QSet<qint64> ids;
        for (const SearchHit& h : *hits) {
            if (h.kind == kind)
                ids.insert(h.id);
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("big.sqlite"));
        auto db = Database::open(m_path, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db).value();
        DataGenerator::Options o;
        o.events = 1300; // more than six pages of 200
        o.countries = 40;
        o.fora = 8;
        QVERIFY(DataGenerator::generate(*m_db, o));
    }

    void pagesEveryRowOnceInEverySortOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c < ListQuery::sortableColumns(ListKind::Events); ++c) {
            QTest::addRow("column %d ascending", c) << c << false;
            QTest::addRow("column %d descending", c) << c << true;
        }
    }
    void pagesEveryRowOnceInEverySortOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        EventListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDatabasePath(m_path);
        m.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QList<qint64> paged = loadAll(m);
        ListRequest r;
        r.sortColumn = column;
        r.descending = descending;
        QCOMPARE(paged, unpaged(r));
        QCOMPARE(paged.size(), 1300);
        QCOMPARE(QSet<qint64>(paged.begin(), paged.end()).size(), 1300);
        QCOMPARE(m.matchingCount(), 1300);
        QCOMPARE(m.totalCount(), 1300);
    }

    void filterMatchesTheSearchIndex_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t : {"日", "協議", "第1回", "ﾜｰｸｼｮｯﾌﾟ", "tokyo", "ROUND 1", "ransomware 東京", "zzzz"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void filterMatchesTheSearchIndex()
    {
        QFETCH(QString, text);
        EventListModel m;
        m.setDatabasePath(m_path);
        m.sort(EventListModel::Date, Qt::DescendingOrder);
        m.setQuery(text, {}, 0, 0);
        const QList<qint64> got = loadAll(m);
        const QSet<qint64> expected = indexed(TextFilter(text).terms(), 4);
        QCOMPARE(QSet<qint64>(got.begin(), got.end()), expected);
        QCOMPARE(m.matchingCount(), qint64(expected.size()));
    }

    // A page read by probing rows in sort order (a common term) or driven by a small match set is the page the
    // match set gives read in index order, row for row, in every sort and direction, with facets and on later
    // pages; a rare term falls back to the set.
    void probingGivesTheMatchSetsPages_data() { pagesEveryRowOnceInEverySortOrder_data(); }
    void probingGivesTheMatchSetsPages()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        auto run = [&](const ListRequest& r, int probeWindow, bool drive = false) {
            QVariantList binds;
            auto q = Sql::run(m_db->connection(), ListQuery::pageSql(r, binds, probeWindow, drive), binds);
            if (!q)
                qFatal("%s", qPrintable(q.error()));
            QList<std::pair<qint64, QVariant>> rows;
            while (q->next())
                rows.append({q->value(0).toLongLong(), q->value(1)});
            return rows;
        };
        int probed = 0;
        for (const char* text : {"日", "cyber", "協議", "r", "第1回", "tokyo 日", "zzzz"}) {
            for (const auto& facets : {QList<std::pair<int, QString>>{}, QList<std::pair<int, QString>>{{1, QStringLiteral("held")}}}) {
                ListRequest r;
                r.terms = TextFilter(QString::fromUtf8(text)).terms();
                r.facets = facets;
                r.sortColumn = column;
                r.descending = descending;
                r.limit = 50;
                // Three pages, each compared and continued from the set's last row.
                for (int page = 0; page < 3; ++page) {
                    const auto set = run(r, 0);
                    // The set driving the query (small sets) sorts to the same page.
                    QCOMPARE(run(r, 0, true), set);
                    QList<ListRow> viaPage = *ListQuery(m_db->connection()).page(r);
                    QCOMPARE(viaPage.size(), set.size());
                    for (int i = 0; i < set.size(); ++i)
                        QCOMPARE(viaPage[i].id, set[i].first);
                    if (ListQuery::canProbe(r)) {
                        // A window smaller than the table, so that rarer terms come up short and fall back.
                        const auto probe = run(r, 300);
                        if (probe.size() == r.limit) {
                            ++probed;
                            QCOMPARE(probe, set);
                        } else {
                            // Fewer than a page in the window: page() must have used the set.
                            QVERIFY(probe.size() < r.limit);
                        }
                    }
                    if (set.size() < r.limit)
                        break;
                    r.afterValue = set.last().second;
                    r.afterId = set.last().first;
                }
            }
        }
        ListRequest indexed;
        indexed.terms = {QStringLiteral("x")};
        indexed.sortColumn = column;
        if (ListQuery::canProbe(indexed))
            QVERIFY(probed > 0);
    }

    void facetsAndYears()
    {
        EventListModel m;
        m.setDatabasePath(m_path);
        m.sort(EventListModel::Date, Qt::AscendingOrder);
        const QStringList statuses = m.facetValues(1);
        QVERIFY(statuses.contains(QStringLiteral("Cancelled")));
        m.setQuery({}, {{1, QStringLiteral("Cancelled")}}, 2000, 2010);
        const QList<qint64> got = loadAll(m);
        QVERIFY(!got.isEmpty());
        for (int r = 0; r < m.rowCount(); ++r) {
            QCOMPARE(m.index(r, EventListModel::Status).data().toString(), QStringLiteral("Cancelled"));
            const int year = m.index(r, 0).data(EntityTableModel::DateRole).toInt();
            QVERIFY(year >= 2000 && year <= 2010);
        }
        ListRequest r;
        r.facets = {{1, QStringLiteral("cancelled")}};
        r.yearFrom = 2000;
        r.yearTo = 2010;
        QCOMPARE(got, unpaged(r));
    }

    void theLastQueryWins()
    {
        EventListModel m;
        m.setDatabasePath(m_path);
        m.sort(EventListModel::Date, Qt::DescendingOrder);
        // Typing: each keystroke replaces the query before the previous answer arrives.
        for (const char* t : {"r", "ra", "ran", "rans", "ranso", "ransom"})
            m.setQuery(QString::fromLatin1(t), {}, 0, 0);
        const QList<qint64> got = loadAll(m);
        ListRequest r;
        r.terms = {QStringLiteral("ransom")};
        r.descending = true;
        QCOMPARE(got, unpaged(r));
        QCOMPARE(m.matchingCount(), qint64(got.size()));
    }

    void actions()
    {
        ActionListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDatabasePath(m_path);
        m.sort(ActionListModel::Due, Qt::AscendingOrder);
        const QList<qint64> all = loadAll(m);
        ListRequest r;
        r.kind = ListKind::Actions;
        QCOMPARE(all, unpaged(r));
        // Terms on actions go through the same plans (probe, small set, set) as on events.
        for (const char* text : {"日", "r", "zzzz"}) {
            for (int column = 0; column < ListQuery::sortableColumns(ListKind::Actions); ++column) {
                m.sort(column, Qt::DescendingOrder);
                m.setQuery(QString::fromUtf8(text), {}, 0, 0);
                const QList<qint64> paged = loadAll(m);
                ListRequest t;
                t.kind = ListKind::Actions;
                t.terms = TextFilter(QString::fromUtf8(text)).terms();
                t.sortColumn = column;
                t.descending = true;
                QCOMPARE(paged, unpaged(t));
                QCOMPARE(QSet<qint64>(paged.begin(), paged.end()), indexed(t.terms, 7));
            }
        }
        m.setQuery({}, {{0, QStringLiteral("Open")}}, 0, 0);
        loadAll(m);
        QVERIFY(m.rowCount() > 0);
        bool overdue = false;
        for (int row = 0; row < m.rowCount(); ++row) {
            QVERIFY(m.index(row, ActionListModel::Status).data().toString().startsWith(QStringLiteral("Open")));
            overdue = overdue || m.index(row, ActionListModel::Status).data().toString().contains(QStringLiteral("overdue"));
        }
        QVERIFY(overdue);
    }

    // Sorting by dialogue or forum reads event_series (schema 10), kept by triggers: the order is the one the
    // names give, in both languages and directions, paged, and it follows renamed dialogues and fora, events
    // moved between them, and events added and deleted.
    void seriesSortFollowsTheNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("series.sqlite"));
        auto opened = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database& db = **opened;
        DataGenerator::Options o;
        o.events = 500;
        o.countries = 20;
        o.fora = 6;
        QVERIFY(DataGenerator::generate(db, o));
        const QSqlDatabase c = db.connection();
        auto expected = [&](bool japanese, bool descending) {
            const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
            auto q = Sql::run(c, QStringLiteral("SELECT x.id FROM event x LEFT JOIN dialogue d ON d.id = x.dialogue_id "
                                                "LEFT JOIN forum f ON f.id = x.forum_id ORDER BY "
                                                "coalesce(nullif(f.acronym, ''), d.name_%1, f.name_%1, '') %2, x.id %2")
                                     .arg(japanese ? QStringLiteral("ja") : QStringLiteral("en"), dir));
            QList<qint64> ids;
            while (q && q->next())
                ids << q->value(0).toLongLong();
            return ids;
        };
        auto paged = [&](bool japanese, bool descending) {
            ListRequest r;
            r.sortColumn = EventListModel::Series;
            r.japaneseFirst = japanese;
            r.descending = descending;
            r.limit = 37; // pages that end inside a series
            QList<qint64> ids;
            while (true) {
                auto rows = ListQuery(c).page(r);
                if (!rows)
                    qFatal("%s", qPrintable(rows.error()));
                for (const ListRow& row : *rows)
                    ids << row.id;
                if (rows->size() < r.limit)
                    return ids;
                r.afterValue = rows->last().sortValue;
                r.afterId = rows->last().id;
            }
        };
        auto check = [&](const char* when) {
            for (bool japanese : {false, true}) {
                for (bool descending : {false, true}) {
                    const QList<qint64> want = expected(japanese, descending);
                    QVERIFY2(paged(japanese, descending) == want,
                             qPrintable(QStringLiteral("%1, %2, %3").arg(QString::fromUtf8(when)).arg(japanese).arg(descending)));
                    QCOMPARE(want.size(), int(count(c)));
                }
            }
        };
        check("generated");
        for (const char* sql :
             {"UPDATE dialogue SET name_en = 'Aardvark talks', name_ja = 'ああ協議' WHERE id = (SELECT max(id) FROM dialogue)",
              "UPDATE forum SET acronym = 'ZZZ' WHERE id = (SELECT min(id) FROM forum)",
              "UPDATE forum SET acronym = '', name_en = 'Aaa forum' WHERE id = (SELECT max(id) FROM forum)",
              "UPDATE event SET dialogue_id = (SELECT min(id) FROM dialogue), forum_id = NULL, round_number = NULL WHERE id % 7 = 0",
              "UPDATE event SET dialogue_id = NULL, forum_id = NULL WHERE id % 11 = 0",
              "DELETE FROM event WHERE id % 13 = 0",
              "INSERT INTO event (title_en, dialogue_id) VALUES ('Added to a dialogue', (SELECT max(id) FROM dialogue))",
              "INSERT INTO event (title_en) VALUES ('Added on its own')"}) {
            auto run = Sql::run(c, QString::fromUtf8(sql));
            QVERIFY2(run, qPrintable(run.error()));
            check(sql);
        }
        // One key per event, none left over.
        auto keys = Sql::run(c, QStringLiteral("SELECT count(*), count(x.id) FROM event_series s "
                                               "LEFT JOIN event x ON x.id = s.event_id"));
        QVERIFY(keys && keys->next());
        QCOMPARE(keys->value(0).toLongLong(), count(c));
        QCOMPARE(keys->value(1).toLongLong(), count(c));
    }

private:
    static qint64 count(const QSqlDatabase& c)
    {
        auto q = Sql::run(c, QStringLiteral("SELECT count(*) FROM event"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(tst_SqlListModel)
#include "tst_SqlListModel.moc"
