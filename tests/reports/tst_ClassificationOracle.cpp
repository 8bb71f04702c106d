// SPDX-License-Identifier: GPL-3.0-or-later
// The classification oracle (docs/RELIABILITY.md, "Classification ceiling"): for random databases with random
// markings, the briefing pack at ceiling N, composed from the database itself, equals the pack composed from a copy
// of it from which everything above N (and every row that names it) was deleted, apart from the marking line.
// Every chapter's HTML and every figure's data (lanes, bars, counts, years) take part in the comparison.

#include "reports/BriefingComposer.h"
#include "storage/Database.h"
#include "storage/Redaction.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
/// The pack as text without its marking: the cover facts, every chapter and every figure's data.
QString packText(const BriefingDocument& d)
{
    BriefingDocument unmarked = d;
    unmarked.marking.clear();
    unmarked.classification = 0;
    QString out = unmarked.toHtml();
    for (const BriefingFigure& f : d.figures) {
        out += QStringLiteral("\n[figure %1 %2-%3] kinds %4\n")
                   .arg(f.id)
                   .arg(f.firstYear)
                   .arg(f.lastYear)
                   .arg(f.kindLabels.join(QLatin1Char('|')));
        out += QStringLiteral("lanes: ") + f.laneNames.join(QLatin1Char('|')) + QLatin1Char('\n');
        for (const TimelineCell& c : f.cells)
            out += QStringLiteral("cell %1 %2-%3 k%4 s%5 n%6 h%7\n")
                       .arg(c.lane)
                       .arg(c.year)
                       .arg(c.month)
                       .arg(c.kind)
                       .arg(c.status)
                       .arg(c.count)
                       .arg(c.heldBy);
        out += QStringLiteral("categories: ") + f.categories.join(QLatin1Char('|')) + QLatin1Char('\n');
        for (const QList<int>& v : f.values) {
            QStringList n;
            for (int x : v)
                n << QString::number(x);
            out += QStringLiteral("values: ") + n.join(QLatin1Char(' ')) + QLatin1Char('\n');
        }
    }
    return out;
}

/// A random small database: countries, organizations, dialogues with parties, fora with members, meetings in them
/// (or in neither) with participants, sources, actions, agreements with parties, policy items with provisions, and
/// citations, each marked at random; a child is marked at random at or above its parent, as the schema requires
/// (0011_classification_floor.sql).
class Generator
{
public:
    Generator(QSqlDatabase db, quint32 seed) : m_db(std::move(db)), m_rng(seed) {}

    bool fill()
    {
        Transaction tx(m_db);
        const int countries = 4 + int(m_rng.bounded(4));
        for (int i = 0; i < countries; ++i) {
            m_countries << insert(QStringLiteral("INSERT INTO country (code, name_en, name_ja, region, classification) "
                                                 "VALUES (?, ?, ?, 'Asia', ?)"),
                                  {QStringLiteral("C%1").arg(i), QStringLiteral("Country %1").arg(i),
                                   QStringLiteral("国%1").arg(i), marking()});
            if (m_rng.bounded(3) == 0)
                source(QStringLiteral("country"), m_countries.last());
        }
        for (int i = 0; i < 3; ++i)
            m_organizations << insert(QStringLiteral("INSERT INTO organization (country_id, acronym, name_en, "
                                                     "classification) VALUES (?, ?, ?, ?)"),
                                      {pick(m_countries), QStringLiteral("ORG%1").arg(i),
                                       QStringLiteral("Organization %1").arg(i), marking()});
        const int dialogues = 1 + int(m_rng.bounded(4));
        for (int i = 0; i < dialogues; ++i) {
            const int level = marking();
            const qint64 id =
                insert(QStringLiteral("INSERT INTO dialogue (key, name_en, name_ja, first_held, status, "
                                      "classification) VALUES (?, ?, ?, ?, 'active', ?)"),
                       {QStringLiteral("d%1").arg(i), QStringLiteral("Dialogue %1").arg(i),
                        QStringLiteral("協議%1").arg(i), QString::number(2010 + m_rng.bounded(10)), level});
            m_dialogues << id;
            m_level.insert(id * 4 + 1, level);
            for (qint64 c : some(m_countries, 2 + int(m_rng.bounded(2))))
                run(QStringLiteral("INSERT INTO dialogue_party (dialogue_id, country_id, position) VALUES (?, ?, ?)"),
                    {id, c, int(m_rng.bounded(10))});
            if (m_rng.bounded(2) == 0)
                source(QStringLiteral("dialogue"), id);
        }
        const int fora = 1 + int(m_rng.bounded(3));
        for (int i = 0; i < fora; ++i) {
            const int level = marking();
            const qint64 id =
                insert(QStringLiteral("INSERT INTO forum (key, acronym, name_en, name_ja, kind, "
                                      "classification) VALUES (?, ?, ?, ?, 'regional', ?)"),
                       {QStringLiteral("f%1").arg(i), m_rng.bounded(2) ? QStringLiteral("F%1").arg(i) : QString(),
                        QStringLiteral("Forum %1").arg(i), QStringLiteral("枠組み%1").arg(i), level});
            m_fora << id;
            m_level.insert(id * 4 + 2, level);
            for (qint64 c : some(m_countries, 1 + int(m_rng.bounded(3))))
                run(QStringLiteral("INSERT INTO forum_member (forum_id, country_id, since, position) VALUES (?, ?, ?, "
                                   "?)"),
                    {id, c, m_rng.bounded(2) ? QVariant(QString::number(2000 + m_rng.bounded(20))) : QVariant(),
                     int(m_rng.bounded(10))});
            if (m_rng.bounded(2) == 0)
                source(QStringLiteral("forum"), id);
        }
        const QStringList kinds{QStringLiteral("round"), QStringLiteral("meeting"), QStringLiteral("workshop"),
                                QStringLiteral("conference")};
        const QStringList statuses{QStringLiteral("held"), QStringLiteral("held"), QStringLiteral("planned"),
                                   QStringLiteral("cancelled")};
        const int events = 6 + int(m_rng.bounded(20));
        int round = 0;
        for (int i = 0; i < events; ++i) {
            QVariant dialogue, forum, roundNumber;
            int level = marking();
            const int series = int(m_rng.bounded(3));
            if (series == 0) {
                dialogue = pick(m_dialogues);
                roundNumber = ++round;
                level = qMax(level, m_level.value(dialogue.toLongLong() * 4 + 1));
            } else if (series == 1) {
                forum = pick(m_fora);
                level = qMax(level, m_level.value(forum.toLongLong() * 4 + 2));
            }
            const qint64 id = insert(
                QStringLiteral("INSERT INTO event (dialogue_id, forum_id, kind, round_number, title_en, title_ja, "
                               "start_date, place, status, summary, outcome, classification) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {dialogue, forum, kinds[m_rng.bounded(int(kinds.size()))], roundNumber,
                 QStringLiteral("Meeting %1").arg(i), QStringLiteral("会合%1").arg(i), date(2015, 12),
                 QStringLiteral("Place %1").arg(i), statuses[m_rng.bounded(int(statuses.size()))],
                 QStringLiteral("Summary %1").arg(i),
                 m_rng.bounded(2) ? QStringLiteral("Outcome %1").arg(i) : QString(), level});
            m_events << id;
            for (int p = 0; p < 1 + int(m_rng.bounded(3)); ++p) {
                const bool byOrganization = m_rng.bounded(4) == 0;
                run(QStringLiteral("INSERT INTO participant (event_id, country_id, organization_id, name, position) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {id, byOrganization && m_rng.bounded(2) ? QVariant() : QVariant(pick(m_countries)),
                     byOrganization ? QVariant(pick(m_organizations)) : QVariant(),
                     m_rng.bounded(2) ? QStringLiteral("Person %1").arg(p) : QString(), p});
            }
            if (m_rng.bounded(2) == 0)
                source(QStringLiteral("event"), id);
            for (int a = 0; a < int(m_rng.bounded(3)); ++a)
                insert(QStringLiteral("INSERT INTO action (event_id, description, owner, due_date, status, "
                                      "classification) VALUES (?, ?, 'Desk', ?, ?, ?)"),
                       {id, QStringLiteral("Action %1.%2").arg(i).arg(a), date(2020, 8),
                        m_rng.bounded(3) ? QStringLiteral("open") : QStringLiteral("done"), qMax(level, marking())});
        }
        const int agreements = int(m_rng.bounded(5));
        for (int i = 0; i < agreements; ++i) {
            const qint64 id = insert(
                QStringLiteral("INSERT INTO agreement (key, kind, title_en, title_ja, signed_date, "
                               "dialogue_id, summary, classification) VALUES (?, 'MoU', ?, ?, ?, "
                               "?, ?, ?)"),
                {QStringLiteral("a%1").arg(i), QStringLiteral("Agreement %1").arg(i), QStringLiteral("合意%1").arg(i),
                 date(2012, 12), m_rng.bounded(2) ? QVariant(pick(m_dialogues)) : QVariant(),
                 QStringLiteral("About %1").arg(i), marking()});
            m_agreements << id;
            for (qint64 c : some(m_countries, 1 + int(m_rng.bounded(3))))
                run(QStringLiteral("INSERT INTO agreement_party (agreement_id, country_id, position) VALUES (?, ?, ?)"),
                    {id, c, int(m_rng.bounded(10))});
            if (m_rng.bounded(2) == 0)
                source(QStringLiteral("agreement"), id);
        }
        for (int i = 0; i < 2; ++i) {
            const int level = marking();
            const qint64 item = insert(QStringLiteral("INSERT INTO policy_item (key, kind, title_en, title_ja, "
                                                      "classification) VALUES (?, 'law', ?, ?, ?)"),
                                       {QStringLiteral("p%1").arg(i), QStringLiteral("Policy %1").arg(i),
                                        QStringLiteral("政策%1").arg(i), level});
            for (int a = 0; a < 3; ++a)
                m_provisions << insert(QStringLiteral("INSERT INTO provision (policy_item_id, article, label_en, "
                                                      "subject_en, position, classification) VALUES (?, ?, ?, ?, ?, "
                                                      "?)"),
                                       {item, QString::number(a + 1), QStringLiteral("Art. %1").arg(a + 1),
                                        QStringLiteral("Subject %1.%2").arg(i).arg(a), a, qMax(level, marking())});
        }
        for (int i = 0; i < 8; ++i) {
            const bool byEvent = m_agreements.isEmpty() || m_rng.bounded(2) == 0;
            run(QStringLiteral("INSERT INTO citation (provision_id, event_id, agreement_id, note) VALUES (?, ?, ?, ?)"),
                {pick(m_provisions), byEvent ? QVariant(pick(m_events)) : QVariant(),
                 byEvent ? QVariant() : QVariant(pick(m_agreements)), QStringLiteral("Note %1").arg(i)});
        }
        return m_ok && bool(tx.commit());
    }

    /// One statement on the generator's database.
    bool run(const QString& sql) { return bool(Sql::run(m_db, sql)); }
    QList<qint64> countries() const { return m_countries; }
    QList<qint64> dialogues() const { return m_dialogues; }
    QList<qint64> fora() const { return m_fora; }
    QString error() const { return m_error; }
    QRandomGenerator& rng() { return m_rng; }

private:
    /// Mostly unclassified, else each level alike.
    int marking() { return m_rng.bounded(2) ? 0 : 1 + int(m_rng.bounded(3)); }
    qint64 pick(const QList<qint64>& from) { return from[m_rng.bounded(int(from.size()))]; }
    QList<qint64> some(QList<qint64> from, int n)
    {
        QList<qint64> out;
        while (out.size() < n && !from.isEmpty())
            out << from.takeAt(m_rng.bounded(int(from.size())));
        return out;
    }
    /// A date of year, month or day precision in [first, first + span).
    QString date(int first, int span)
    {
        const int y = first + int(m_rng.bounded(span));
        switch (m_rng.bounded(4)) {
        case 0:
            return QString::number(y);
        case 1:
            return QStringLiteral("%1-%2").arg(y).arg(1 + m_rng.bounded(12), 2, 10, QLatin1Char('0'));
        default:
            return QStringLiteral("%1-%2-%3")
                .arg(y)
                .arg(1 + m_rng.bounded(12), 2, 10, QLatin1Char('0'))
                .arg(1 + m_rng.bounded(28), 2, 10, QLatin1Char('0'));
        }
    }
    void source(const QString& entity, qint64 id)
    {
        run(QStringLiteral("INSERT INTO source (entity, entity_id, url) VALUES (?, ?, ?)"),
            {entity, id, QStringLiteral("https://example.org/%1/%2").arg(entity).arg(id)});
    }
    // Each statement is prepared once per generator: preparing an insert compiles the table's triggers (the
    // history's among them), which took most of the time when done for every row.
    void run(const QString& sql, const QVariantList& values)
    {
        if (!m_ok)
            return;
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            it = m_statements.insert(sql, QSqlQuery(m_db));
            if (!it->prepare(sql)) {
                m_ok = false;
                m_error = it->lastError().text();
                return;
            }
        }
        for (int i = 0; i < values.size(); ++i) {
            // An empty text is '', never NULL (as Sql::run binds it).
            const bool nullText = values[i].typeId() == QMetaType::QString && values[i].toString().isNull();
            it->bindValue(i, nullText ? QVariant(QLatin1String("")) : values[i]);
        }
        if (!it->exec()) {
            m_ok = false;
            m_error = it->lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
            return;
        }
        m_lastId = it->lastInsertId().toLongLong();
    }
    qint64 insert(const QString& sql, const QVariantList& values)
    {
        run(sql, values);
        return m_ok ? m_lastId : 0;
    }

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    qint64 m_lastId = 0;
    QRandomGenerator m_rng;
    bool m_ok = true;
    QString m_error;
    QHash<qint64, int> m_level; ///< dialogue id * 4 + 1, forum id * 4 + 2 → marking
    QList<qint64> m_countries, m_organizations, m_dialogues, m_fora, m_events, m_agreements, m_provisions;
};

qint64 number(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    auto q = Sql::run(db, sql, binds);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}
} // namespace

class tst_ClassificationOracle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // One empty database with the whole schema, copied for each run: migrating 200 new files would dominate.
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        TestDatabase empty(TestDatabase::Fill::Empty);
        QVERIFY(Sql::run(empty.db().connection(), QStringLiteral("VACUUM INTO ?"), {m_template}));
    }

    void schemaKeepsChildrenAtOrAboveTheirParents()
    {
        const QString path = m_dir.filePath(QStringLiteral("floor.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        const QSqlDatabase c = db.value()->connection();
        auto refused = [&](const QString& sql, const char* why) {
            auto r = Sql::run(c, sql);
            return !r && r.error().contains(QLatin1String(why));
        };
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO dialogue (id, name_en, classification) VALUES (1, 'D', 2)")));
        // An unclassified meeting of a Secret dialogue is refused; a Secret one is not.
        QVERIFY(refused(QStringLiteral("INSERT INTO event (id, dialogue_id, title_en) VALUES (1, 1, 'E')"),
                        "a meeting may not be marked lower than its dialogue or forum"));
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO event (id, dialogue_id, title_en, classification) "
                                           "VALUES (1, 1, 'E', 2)")));
        QVERIFY(refused(QStringLiteral("INSERT INTO action (id, event_id, description) VALUES (1, 1, 'A')"),
                        "an action may not be marked lower than its meeting"));
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO action (id, event_id, description, classification) "
                                           "VALUES (1, 1, 'A', 2)")));
        QVERIFY(refused(QStringLiteral("UPDATE event SET classification = 0 WHERE id = 1"), "lower than its dialogue"));
        QVERIFY(refused(QStringLiteral("UPDATE action SET classification = 1 WHERE id = 1"), "lower than its meeting"));
        // Raising the parent raises the children, down the tree; lowering it leaves them where they are.
        QVERIFY(Sql::run(c, QStringLiteral("UPDATE dialogue SET classification = 3 WHERE id = 1")));
        QCOMPARE(number(c, QStringLiteral("SELECT classification FROM event WHERE id = 1")), 3);
        QCOMPARE(number(c, QStringLiteral("SELECT classification FROM action WHERE id = 1")), 3);
        QVERIFY(Sql::run(c, QStringLiteral("UPDATE dialogue SET classification = 0 WHERE id = 1")));
        QCOMPARE(number(c, QStringLiteral("SELECT classification FROM event WHERE id = 1")), 3);
        // Moving a meeting into a higher forum is refused.
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO forum (id, name_en, classification) VALUES (1, 'F', 1)")));
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO event (id, title_en) VALUES (2, 'E2')")));
        QVERIFY(
            refused(QStringLiteral("UPDATE event SET forum_id = 1 WHERE id = 2"), "lower than its dialogue or forum"));
        // A provision is at least as high as its policy item.
        QVERIFY(
            Sql::run(c, QStringLiteral("INSERT INTO policy_item (id, title_en, classification) VALUES (1, 'P', 1)")));
        QVERIFY(refused(QStringLiteral("INSERT INTO provision (id, policy_item_id, article) VALUES (1, 1, '1')"),
                        "a provision may not be marked lower than its policy item"));
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO provision (id, policy_item_id, article, classification) "
                                           "VALUES (1, 1, '1', 1)")));
        QVERIFY(Sql::run(c, QStringLiteral("UPDATE policy_item SET classification = 2 WHERE id = 1")));
        QCOMPARE(number(c, QStringLiteral("SELECT classification FROM provision WHERE id = 1")), 2);
    }

    void packAtCeilingEqualsPackOfRedactedCopy()
    {
        // Fixed seeds so that a failure can be run again; LIAISON_ORACLE_SEED picks another series.
        const quint32 base = qEnvironmentVariableIsSet("LIAISON_ORACLE_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("LIAISON_ORACLE_SEED"))
                                 : 20261203u;
        const int runs = qEnvironmentVariableIsSet("LIAISON_ORACLE_RUNS")
                             ? qEnvironmentVariableIntValue("LIAISON_ORACLE_RUNS")
                             : 200;
        int compared = 0, refusedAlike = 0;
        // Two files for every run, each emptied and filled again from the seed: the database, and the copy that is
        // redacted. The generator is deterministic and ids restart from 1 in an emptied table, so both hold the
        // same rows; opening 400 new files would take most of the run's time.
        std::unique_ptr<Database> dbs[2];
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("oracle-%1.sqlite").arg(i));
            QVERIFY(QFile::copy(m_template, path));
            auto db = Database::open(path, Database::Mode::OpenExisting);
            QVERIFY2(db, qPrintable(db.error()));
            dbs[i] = std::move(db).value();
            // Nothing here needs to survive a power cut.
            for (const char* pragma : {"PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF",
                                       "PRAGMA temp_store = MEMORY"})
                QVERIFY(Sql::run(dbs[i]->connection(), QString::fromLatin1(pragma)));
        }
        Database& original = *dbs[0];
        Database& redacted = *dbs[1];
        for (int run = 0; run < runs; ++run) {
            const quint32 seed = base + quint32(run);
            Generator g(original.connection(), seed), same(redacted.connection(), seed);
            for (Generator* filler : {&g, &same}) {
                for (const char* table : {"citation", "source", "participant", "action", "event", "provision",
                                          "policy_item", "agreement_party", "agreement", "dialogue_party", "dialogue",
                                          "forum_member", "forum", "organization", "country", "audit_log"})
                    QVERIFY(filler->run(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
                QVERIFY2(filler->fill(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(filler->error())));
            }

            // Redacted from the top down: removing everything above 3, then above 2, … leaves what removing
            // everything above the lower ceiling from the database would (a row removed at one ceiling is removed at
            // every lower one).
            for (int ceiling = 3; ceiling >= 0; --ceiling) {
                const Status removed = Redaction::removeAbove(redacted, ceiling);
                QVERIFY2(removed, qPrintable(removed.error()));
                auto above = Redaction::anyAbove(redacted, ceiling);
                QVERIFY(above && !*above);

                // Scopes: one country, one dialogue, one forum, and all three together, picked from every record
                // (a scope above the ceiling must be refused by both).
                const QList<qint64>& cs = g.countries();
                const qint64 country = cs[g.rng().bounded(int(cs.size()))];
                const qint64 dialogue = g.dialogues()[g.rng().bounded(int(g.dialogues().size()))];
                const qint64 forum = g.fora()[g.rng().bounded(int(g.fora().size()))];
                const QString code = QStringLiteral("C%1").arg(cs.indexOf(country));
                QList<BriefingOptions> scopes(4);
                scopes[0].countries = {code};
                scopes[1].dialogues = {dialogue};
                scopes[2].fora = {forum};
                scopes[3].countries = {code};
                scopes[3].dialogues = {dialogue};
                scopes[3].fora = {forum};
                for (BriefingOptions& o : scopes) {
                    o.asOf = QDate(2021, 6, 15);
                    o.lang = g.rng().bounded(2) ? Lang::En : Lang::Ja;
                    // Small caps, so that "the latest N of M" and "the busiest N" are compared too.
                    o.rowLimit = 2 + int(g.rng().bounded(4));
                    o.laneLimit = 1 + int(g.rng().bounded(3));
                    o.dialogueLimit = 1 + int(g.rng().bounded(3));
                    o.roundBudget = 5;
                    if (g.rng().bounded(3) == 0)
                        o.from = QString::number(2016 + g.rng().bounded(5));
                    o.maxClassification = ceiling;
                    const auto atCeiling = BriefingComposer(original.connection()).compose(o);
                    BriefingOptions all = o;
                    all.maxClassification = 3;
                    const auto ofCopy = BriefingComposer(redacted.connection()).compose(all);
                    const QString where =
                        QStringLiteral("seed %1, ceiling %2, scope %3%4%5")
                            .arg(seed)
                            .arg(ceiling)
                            .arg(o.countries.join(QLatin1Char(',')))
                            .arg(o.dialogues.isEmpty() ? QString() : QStringLiteral(" d%1").arg(dialogue))
                            .arg(o.fora.isEmpty() ? QString() : QStringLiteral(" f%1").arg(forum));
                    QVERIFY2(
                        bool(atCeiling) == bool(ofCopy),
                        qPrintable(where + QStringLiteral(": ") + (atCeiling ? ofCopy.error() : atCeiling.error())));
                    if (!atCeiling) {
                        ++refusedAlike;
                        continue;
                    }
                    QVERIFY2(atCeiling->classification <= ceiling, qPrintable(where));
                    const QString expected = packText(*ofCopy);
                    const QString actual = packText(*atCeiling);
                    if (actual != expected) {
                        const QStringList a = actual.split(QLatin1Char('\n')), e = expected.split(QLatin1Char('\n'));
                        qsizetype i = 0;
                        while (i < a.size() && i < e.size() && a[i] == e[i])
                            ++i;
                        QFAIL(qPrintable(QStringLiteral("%1: the pack differs from the redacted copy's at line %2:\n"
                                                        "  at ceiling: %3\n  redacted:   %4")
                                             .arg(where)
                                             .arg(i + 1)
                                             .arg(a.value(i), e.value(i))));
                    }
                    ++compared;
                }
            }
        }
        qInfo("%d packs compared, %d scopes refused alike, over %d databases", compared, refusedAlike, runs);
        QVERIFY(compared > runs);
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
};

QTEST_GUILESS_MAIN(tst_ClassificationOracle)
#include "tst_ClassificationOracle.moc"
