// SPDX-License-Identifier: GPL-3.0-or-later
// The search index against a plain scan of the live records, over random Japanese and English queries.
#include "core/TextFilter.h"
#include "io/DataGenerator.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "search/GlobalSearch.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SearchRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_GlobalSearch : public QObject
{
    Q_OBJECT
private:
    using Key = std::pair<int, qint64>;

    // The plain scan: every record's current text from the base tables, folded in C++, matched by TextFilter
    // (substrings; one- or two-letter words at word starts).
    QSet<Key> scan(const QStringList& terms)
    {
        const TextFilter filter(terms.join(QLatin1Char(' ')));
        QSet<Key> out;
        for (const Doc& d : m_docs) {
            if (filter.matchesFolded(d.title + QLatin1Char('\n') + d.body))
                out.insert({d.kind, d.id});
        }
        return out;
    }

    QSet<Key> indexed(const QStringList& terms)
    {
        auto hits = SearchRepository(m_db->connection()).find(terms, 1000000);
        if (!hits)
            qFatal("%s", qPrintable(hits.error()));
        QSet<Key> out;
        for (const SearchHit& h : *hits)
            out.insert({h.kind, h.id});
        return out;
    }

    void loadDocs()
    {
        m_docs.clear();
        auto q = Sql::run(m_db->connection(), QStringLiteral("SELECT kind, id, title, body FROM search_source"));
        QVERIFY(q);
        while (q->next())
            m_docs << Doc{q->value(0).toInt(), q->value(1).toLongLong(), TextFilter::fold(q->value(2).toString()),
                          TextFilter::fold(q->value(3).toString()), q->value(2).toString() + QLatin1Char('\n') + q->value(3).toString()};
    }

    QString randomQuery(QRandomGenerator& rng)
    {
        const Doc& d = m_docs[rng.bounded(int(m_docs.size()))];
        const QString text = d.raw.simplified();
        const int len = 1 + int(rng.bounded(6));
        if (text.size() <= len)
            return text;
        return text.mid(rng.bounded(int(text.size()) - len), len);
    }

    void compareRandomQueries(int count, quint32 seed)
    {
        loadDocs();
        QRandomGenerator rng(seed);
        int nonEmpty = 0;
        for (int i = 0; i < count; ++i) {
            QString q = randomQuery(rng);
            if (i % 5 == 0)
                q += QLatin1Char(' ') + randomQuery(rng); // two terms
            if (i % 11 == 0)
                q = q.toUpper();
            const QStringList terms = TextFilter(q).terms();
            if (terms.isEmpty())
                continue;
            const QSet<Key> expected = scan(terms);
            const QSet<Key> got = indexed(terms);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("query '%1': index %2, scan %3").arg(q).arg(got.size()).arg(expected.size())));
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty > count / 2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("gen.sqlite")), Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db).value();
        DataGenerator::Options o;
        o.events = 1500;
        o.countries = 60;
        o.fora = 12;
        auto s = DataGenerator::generate(*m_db, o);
        QVERIFY2(s, qPrintable(s.error()));
    }

    void indexAgreesWithAScan() { compareRandomQueries(400, 7); }

    void shortJapaneseTermsAreFound()
    {
        loadDocs();
        for (const char* q : {"日", "日米", "対話", "協議", "第1回", "ﾜｰｸｼｮｯﾌﾟ", "ＣＹＢＥＲ", "cyber dia", "cy", "5", "r 1",
                              "(第", "・", "-", "日 japan"}) {
            const QStringList terms = TextFilter(QString::fromUtf8(q)).terms();
            const QSet<Key> expected = scan(terms);
            QCOMPARE(indexed(terms), expected);
        }
        QVERIFY(!indexed({TextFilter::fold(QStringLiteral("ﾜｰｸｼｮｯﾌﾟ"))}).isEmpty());
    }

    void indexFollowsEditsAndDeletes()
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE event SET title_en = 'Zanzibar quorum' WHERE id = 10")));
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE country SET name_ja = 'ザンジバル' WHERE id = 5")));
        QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM event WHERE id = 11")));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO participant (event_id, name) VALUES (12, 'Quixotic Envoy')")));
        QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM participant WHERE event_id = 13")));
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE provision SET subject_en = 'Xylophone clause' WHERE id = 1")));
        QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM action WHERE id IN (SELECT id FROM action LIMIT 5)")));
        QCOMPARE(indexed({QStringLiteral("zanzibar")}), (QSet<Key>{{4, 10}}));
        QCOMPARE(indexed({QStringLiteral("ザンジバル")}), (QSet<Key>{{1, 5}}));
        QCOMPARE(indexed({QStringLiteral("quixotic")}), (QSet<Key>{{4, 12}}));
        QCOMPARE(indexed({QStringLiteral("xylophone")}).size(), 1);
        compareRandomQueries(200, 11);
    }

    // Organizations are kind 0 of the index; a meeting's text names the organizations its participants stand
    // for, and follows their renaming and removal.
    void organizationsAndTheirMeetingsAreFound()
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO organization (id, acronym, name_en, name_ja, note) VALUES "
                                            "(901, 'QCERT', 'Quasar Emergency Team', 'クエーサー緊急対応チーム', "
                                            "'Handles vexillology incidents')")));
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE participant SET organization_id = 901 WHERE id = "
                                            "(SELECT min(id) FROM participant WHERE event_id = 20)")));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO participant (event_id, organization_id) VALUES (21, 901)")));
        QCOMPARE(indexed({QStringLiteral("quasar")}), (QSet<Key>{{0, 901}, {4, 20}, {4, 21}}));
        QCOMPARE(indexed({QStringLiteral("緊急対応")}), (QSet<Key>{{0, 901}, {4, 20}, {4, 21}}));
        QCOMPARE(indexed({QStringLiteral("vexillology")}), (QSet<Key>{{0, 901}}));

        auto groups = GlobalSearch(*m_db).search(QStringLiteral("qcert"), 8);
        QVERIFY2(groups, qPrintable(groups.error()));
        QCOMPARE(groups->size(), 2);
        QCOMPARE(groups->first().kind, 0); // the only title hit
        QVERIFY2(groups->first().results.first().title.startsWith(QStringLiteral("QCERT — Quasar Emergency Team")),
                 qPrintable(groups->first().results.first().title));

        QVERIFY(Sql::run(db, QStringLiteral("UPDATE organization SET name_en = 'Pulsar Response Team' WHERE id = 901")));
        QCOMPARE(indexed({QStringLiteral("quasar")}), QSet<Key>{});
        QCOMPARE(indexed({QStringLiteral("pulsar")}), (QSet<Key>{{0, 901}, {4, 20}, {4, 21}}));
        // A participant that is only the organization goes first (the schema refuses a participant naming nobody);
        // the other loses its organization as the organization goes.
        QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM participant WHERE event_id = 21 AND organization_id = 901")));
        QCOMPARE(indexed({QStringLiteral("pulsar")}), (QSet<Key>{{0, 901}, {4, 20}}));
        auto removed = Sql::run(db, QStringLiteral("DELETE FROM organization WHERE id = 901"));
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(indexed({QStringLiteral("pulsar")}), QSet<Key>{});
        QCOMPARE(indexed({QStringLiteral("qcert")}), QSet<Key>{});
        compareRandomQueries(100, 13);
    }

    void indexAgreesAfterImports()
    {
        // A whole dump into an empty database: the import rebuilds the index once at the end.
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.json"));
        QVERIFY(Exporter(*m_db).exportTo(QStringLiteral("json"), QStringLiteral("all"), dump).ok());
        auto target = Database::open(dir.filePath(QStringLiteral("imported.sqlite")), Database::Mode::CreateIfMissing);
        QVERIFY2(target, qPrintable(target.error()));
        auto all = Importer(*target.value()).importFile(dump, {}, false);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->added.value(QStringLiteral("events")), 1499); // one was deleted above
        QVERIFY(!SearchIndex::isSuspended(target.value()->connection()));
        std::swap(m_db, target.value());
        compareRandomQueries(200, 13);

        // A few changed events into the full database go through the triggers.
        QFile in(dump);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonArray events = QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("events")).toArray();
        QJsonArray renamed;
        for (qsizetype i = 0; i < 20; ++i) {
            QJsonObject e = events.at(i).toObject();
            e.insert(QStringLiteral("title_en"), QStringLiteral("Quagmire review %1").arg(i));
            renamed.append(e);
        }
        const QString part = dir.filePath(QStringLiteral("part.json"));
        QFile out(part);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("liaison-dataset")},
                                            {QStringLiteral("version"), 1},
                                            {QStringLiteral("events"), renamed}})
                      .toJson());
        out.close();
        auto some = Importer(*m_db).importFile(part, QStringLiteral("events"), false);
        QVERIFY2(some, qPrintable(some.error()));
        QCOMPARE(some->changed.value(QStringLiteral("events")), 20);
        QCOMPARE(indexed({QStringLiteral("quagmire")}).size(), 20);
        compareRandomQueries(200, 17);
        std::swap(m_db, target.value());
    }

    // The ranking, from the scan: per kind (ascending), the records with every term in the title among the newest
    // perKind * 4 of them, shortest title first, then the newest others; each hit carries its kind's match count.
    void rankingAndCountsFollowTheScan()
    {
        loadDocs();
        const int perKind = 8;
        for (const char* q : {"日", "cyber", "サイバー", "協議", "tokyo round", "第1回", "asean", "zzzqqq"}) {
            const TextFilter filter(QString::fromUtf8(q));
            QList<SearchHit> expected;
            for (int kind = 1; kind <= 7; ++kind) {
                QList<const Doc*> matches, inTitle;
                for (const Doc& d : m_docs) {
                    if (d.kind == kind && filter.matchesFolded(d.title + QLatin1Char('\n') + d.body)) {
                        matches << &d;
                        if (filter.matchesFolded(d.title))
                            inTitle << &d;
                    }
                }
                auto newestFirst = [](const Doc* a, const Doc* b) { return a->id > b->id; };
                std::sort(matches.begin(), matches.end(), newestFirst);
                std::sort(inTitle.begin(), inTitle.end(), newestFirst);
                inTitle = inTitle.mid(0, perKind * 4);
                std::stable_sort(inTitle.begin(), inTitle.end(), [](const Doc* a, const Doc* b) {
                    return a->title.toUcs4().size() < b->title.toUcs4().size();
                });
                QSet<qint64> seen;
                for (const Doc* d : inTitle.mid(0, perKind)) {
                    seen.insert(d->id);
                    expected << SearchHit{kind, d->id, 0, int(matches.size()), true};
                }
                for (const Doc* d : matches) {
                    if (seen.size() >= perKind)
                        break;
                    if (!seen.contains(d->id)) {
                        seen.insert(d->id);
                        expected << SearchHit{kind, d->id, 0, int(matches.size()), false};
                    }
                }
            }
            auto got = SearchRepository(m_db->connection()).find(filter.terms(), perKind);
            QVERIFY2(got, qPrintable(got.error()));
            QCOMPARE(got->size(), expected.size());
            for (int i = 0; i < got->size(); ++i) {
                const SearchHit& g = got->at(i);
                const SearchHit& e = expected.at(i);
                QVERIFY2(g.kind == e.kind && g.id == e.id && g.kindTotal == e.kindTotal && g.inTitle == e.inTitle,
                         qPrintable(QStringLiteral("'%1' hit %2: got kind %3 id %4 total %5, expected kind %6 id %7 total %8")
                                        .arg(QString::fromUtf8(q)).arg(i).arg(g.kind).arg(g.id).arg(g.kindTotal)
                                        .arg(e.kind).arg(e.id).arg(e.kindTotal)));
                QCOMPARE(g.rank, double(i));
            }
        }
    }

    void groupsAndSnippets()
    {
        TestDatabase t;
        auto groups = GlobalSearch(t.db()).search(QStringLiteral("日米"));
        QVERIFY2(groups, qPrintable(groups.error()));
        QVERIFY(!groups->isEmpty());
        QCOMPARE(groups->first().kind, 2); // dialogues
        const SearchResult& top = groups->first().results.first();
        QCOMPARE(top.title, QStringLiteral("Japan-U.S. Cyber Dialogue (日米サイバー対話)"));
        QCOMPARE(top.snippet, QStringLiteral("日米サイバー対話"));
        QCOMPARE(top.highlights, (QList<std::pair<int, int>>{{0, 2}}));
        auto none = GlobalSearch(t.db()).search(QStringLiteral("zzzqqq"));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    // A country's kanji short form finds it first: 豪 is Australia, though its names do not contain the character.
    void shortFormsFindTheirCountryFirst()
    {
        TestDatabase t;
        for (const auto& [form, name] : {std::pair{"豪", "Australia"}, {"米", "United States"}, {"独", "Germany"}}) {
            auto groups = GlobalSearch(t.db()).search(QString::fromUtf8(form));
            QVERIFY2(groups, qPrintable(groups.error()));
            QVERIFY2(!groups->isEmpty(), form);
            QCOMPARE(groups->first().kind, 1); // countries
            QVERIFY2(groups->first().results.first().title.contains(QLatin1String(name)),
                     qPrintable(groups->first().results.first().title));
        }
    }

    void snippetsMapFoldedMatchesToTheOriginal()
    {
        const SearchResult r = GlobalSearch::snippet(QStringLiteral("ＡＳＥＡＮ諸国とｻｲﾊﾞｰ演習"),
                                                     {TextFilter::fold(QStringLiteral("asean")), TextFilter::fold(QStringLiteral("サイバー"))});
        QCOMPARE(r.snippet, QStringLiteral("ＡＳＥＡＮ諸国とｻｲﾊﾞｰ演習"));
        QCOMPARE(r.highlights, (QList<std::pair<int, int>>{{0, 5}, {8, 5}}));
    }

private:
    struct Doc
    {
        int kind;
        qint64 id;
        QString title, body, raw;
    };
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Doc> m_docs;
};

QTEST_GUILESS_MAIN(tst_GlobalSearch)
#include "tst_GlobalSearch.moc"
