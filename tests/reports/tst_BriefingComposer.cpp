// SPDX-License-Identifier: GPL-3.0-or-later
// The composed briefing pack, compared with golden HTML in both languages, and its rules: escaping, the
// classification ceiling, date ranges of any precision, caps, and refusal of bad options.
//
// To regenerate the golden files after an intended change, run the test with LIAISON_UPDATE_GOLDEN=1:
//   LIAISON_UPDATE_GOLDEN=1 ./build/tests/tst_BriefingComposer
// then review the diff of tests/data/golden/ before committing it.
#include "BriefingFixture.h"
#include "reports/BriefingComposer.h"
#include "storage/DialogueRepository.h"
#include "storage/ForumRepository.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QTest>

namespace {
BriefingOptions usOptions(Lang lang)
{
    BriefingOptions o;
    o.countries = {QStringLiteral("US")};
    o.lang = lang;
    o.maxClassification = 1;
    o.asOf = QDate(2026, 11, 26);
    return o;
}

const BriefingSection* section(const BriefingDocument& d, const QString& id)
{
    for (const BriefingSection& s : d.sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}
} // namespace

class tst_BriefingComposer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(BriefingFixture::add(m_db.db())); }

    void golden_data()
    {
        QTest::addColumn<Lang>("lang");
        QTest::addColumn<QString>("file");
        QTest::newRow("en") << Lang::En << QStringLiteral("briefing_US_en.html");
        QTest::newRow("ja") << Lang::Ja << QStringLiteral("briefing_US_ja.html");
    }
    void golden()
    {
        QFETCH(Lang, lang);
        QFETCH(QString, file);
        auto doc = composer().compose(usOptions(lang));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        const QString html = doc->toHtml();
        const QString path = QStringLiteral(LIAISON_TEST_DATA "/golden/") + file;
        if (qEnvironmentVariableIsSet("LIAISON_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(html.toUtf8());
            QSKIP("golden file rewritten; review its diff");
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(path + QStringLiteral(" is missing; see the top of this file")));
        const QStringList expected = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        const QStringList actual = html.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(expected.size(), actual.size()); ++i)
            QVERIFY2(actual[i] == expected[i], qPrintable(QStringLiteral("%1 line %2:\n got: %3\nwant: %4")
                                                              .arg(file)
                                                              .arg(i + 1)
                                                              .arg(actual[i], expected[i])));
        QCOMPARE(actual.size(), expected.size());
    }

    void everySectionInOrder()
    {
        auto doc = composer().compose(usOptions(Lang::En));
        QVERIFY(doc.ok());
        QStringList ids;
        for (const BriefingSection& s : doc->sections)
            ids << s.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("summary"), QStringLiteral("figures"), QStringLiteral("dialogues"), QStringLiteral("fora"),
                                   QStringLiteral("agreements"), QStringLiteral("policy"), QStringLiteral("actions"),
                                   QStringLiteral("upcoming"), QStringLiteral("sources")}));
        BriefingOptions o = usOptions(Lang::En);
        o.sections = BriefingOptions::Dialogues | BriefingOptions::Actions;
        doc = composer().compose(o);
        QCOMPARE(doc->sections.size(), 2);
        QCOMPARE(doc->sections[1].id, QStringLiteral("actions"));
    }

    void meetingsHeldCountedEitherWay()
    {
        // With the figures, the count comes from their grouped query; without, from a count of its own.
        BriefingOptions o = usOptions(Lang::En);
        o.sections = BriefingOptions::Summary;
        auto alone = composer().compose(o);
        o.sections |= BriefingOptions::Figures;
        auto withFigures = composer().compose(o);
        QVERIFY(alone.ok() && withFigures.ok());
        const QString row = QStringLiteral("Meetings held in the period</td><td>12</td>");
        QVERIFY2(alone->sections[0].html.contains(row), qPrintable(alone->sections[0].html));
        QVERIFY(withFigures->sections[0].html.contains(row));
        QVERIFY(alone->sections[0].html.contains(QStringLiteral("Showing the latest 10 of 12.")));
        QVERIFY(withFigures->sections[0].html.contains(QStringLiteral("Showing the latest 10 of 12.")));
    }

    void userTextIsEscaped()
    {
        auto doc = composer().compose(usOptions(Lang::En));
        QVERIFY(doc.ok());
        const QString html = doc->toHtml();
        // The only images are the pack's own figures, drawn by the PDF writer; data never adds one.
        QCOMPARE(html.count(QStringLiteral("<img")), html.count(QStringLiteral("<img src=\"figure:")));
        QCOMPARE(html.count(QStringLiteral("<img")), doc->figures.size());
        QVERIFY(!html.contains(QStringLiteral("<a ")));
        QVERIFY(html.contains(BriefingFixture::kInjection.toHtmlEscaped()));
    }

    void itemsAboveTheCeilingAreLeftOut()
    {
        auto doc = composer().compose(usOptions(Lang::En));
        QVERIFY(doc.ok());
        QVERIFY(!doc->toHtml().contains(BriefingFixture::kRestricted));
        QVERIFY(!doc->toHtml().contains(QStringLiteral("Fixture secret action")));
        QCOMPARE(doc->classification, 0);
        QCOMPARE(doc->marking, QStringLiteral("UNCLASSIFIED"));

        BriefingOptions o = usOptions(Lang::Ja);
        o.maxClassification = 2;
        doc = composer().compose(o);
        QVERIFY(doc->toHtml().contains(QStringLiteral("試験用の秘会合")));
        QVERIFY(!doc->toHtml().contains(QStringLiteral("Fixture secret action")));
        QCOMPARE(doc->classification, 2);
        QCOMPARE(doc->marking, QStringLiteral("秘"));

        o.maxClassification = 3;
        doc = composer().compose(o);
        QVERIFY(doc->toHtml().contains(QStringLiteral("Fixture secret action")));
        QCOMPARE(doc->classification, 3);
    }

    void partialDateRange_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("rounds");
        QTest::newRow("years") << QStringLiteral("2015") << QStringLiteral("2016")
                               << QStringList{QStringLiteral("Round 3"), QStringLiteral("Round 4")};
        QTest::newRow("months") << QStringLiteral("2015-08") << QStringLiteral("2018-07")
                                << QStringList{QStringLiteral("Round 4"), QStringLiteral("Round 5"),
                                               QStringLiteral("Round 6")};
        // A round known only to the month (2018-07) overlaps a range ending mid-month.
        QTest::newRow("days") << QStringLiteral("2016-07-27") << QStringLiteral("2018-07-15")
                              << QStringList{QStringLiteral("Round 4"), QStringLiteral("Round 5"),
                                             QStringLiteral("Round 6")};
        QTest::newRow("days, month excluded")
            << QStringLiteral("2016-07-28") << QStringLiteral("2018-06-30") << QStringList{QStringLiteral("Round 5")};
        QTest::newRow("open start") << QString() << QStringLiteral("2014-04-10")
                                    << QStringList{QStringLiteral("Round 1"), QStringLiteral("Round 2")};
    }
    void partialDateRange()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, rounds);
        BriefingOptions o = usOptions(Lang::En);
        o.sections = BriefingOptions::Dialogues;
        o.from = from;
        o.to = to;
        auto doc = composer().compose(o);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        const QString html = doc->sections.value(0).html;
        QStringList found;
        for (int n = 1; n <= 10; ++n) {
            if (html.contains(QStringLiteral("Japan-U.S. Cyber Dialogue — Round %1<").arg(n)))
                found << QStringLiteral("Round %1").arg(n);
        }
        QCOMPARE(found, rounds);
    }

    void longListsSayWhatIsShown()
    {
        BriefingOptions o = usOptions(Lang::En);
        o.roundLimit = 3;
        auto doc = composer().compose(o);
        QVERIFY(doc.ok());
        QVERIFY(
            section(*doc, QStringLiteral("dialogues"))->html.contains(QStringLiteral("Showing the latest 3 of 10.")));
        o.lang = Lang::Ja;
        doc = composer().compose(o);
        QVERIFY(section(*doc, QStringLiteral("dialogues"))->html.contains(QStringLiteral("全10件のうち最新の3件")));
    }

    void mostRecentlyActiveDialoguesAreKept()
    {
        BriefingOptions o = usOptions(Lang::En);
        o.dialogueLimit = 2;
        auto doc = composer().compose(o);
        QVERIFY(doc.ok());
        const QString html = section(*doc, QStringLiteral("dialogues"))->html;
        QVERIFY(html.contains(QStringLiteral("Showing the 2 most recently active of 3 dialogues.")));
        QVERIFY(html.contains(QStringLiteral("<h2>Japan-U.S. Cyber Dialogue</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Quad Senior Cyber Group</h2>")));
        QVERIFY(!html.contains(QStringLiteral("<h2>Japan-U.S.-ROK")));
        // In their own order, not by date.
        QVERIFY(html.indexOf(QStringLiteral("Japan-U.S. Cyber Dialogue</h2>")) <
                html.indexOf(QStringLiteral("Quad Senior")));
    }

    void dialogueAndForumScopes()
    {
        auto dialogues = DialogueRepository(m_db.db().connection()).all();
        auto fora = ForumRepository(m_db.db().connection()).all();
        QVERIFY(dialogues.ok() && fora.ok() && !fora->isEmpty());
        BriefingOptions o = usOptions(Lang::En);
        o.countries.clear();
        for (const Dialogue& d : *dialogues) {
            if (d.key == QLatin1String("jp-us"))
                o.dialogues << d.id;
        }
        o.fora << fora->first().id;
        auto doc = composer().compose(o);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc->scope.startsWith(QStringLiteral("Japan-U.S. Cyber Dialogue / ")));
        QVERIFY(section(*doc, QStringLiteral("dialogues"))->html.contains(QStringLiteral("Round 10")));
        QVERIFY(section(*doc, QStringLiteral("policy"))->html.contains(QStringLiteral("Fixture citation")));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown country") << "XX"
                                         << ""
                                         << ""
                                         << "country: no country with code 'XX'";
        QTest::newRow("bad from") << "US"
                                  << "2019-13"
                                  << ""
                                  << "from: '2019-13' is not a date";
        QTest::newRow("bad to") << "US"
                                << ""
                                << "20x9"
                                << "to: '20x9' is not a date";
        QTest::newRow("reversed") << "US"
                                  << "2020"
                                  << "2019-05"
                                  << "from: 2020 is after to: 2019-05";
        QTest::newRow("no scope") << ""
                                  << ""
                                  << ""
                                  << "scope: give a country";
    }
    void badOptionsAreRefused()
    {
        QFETCH(QString, country);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        BriefingOptions o = usOptions(Lang::En);
        o.countries = country.isEmpty() ? QStringList() : QStringList{country};
        o.from = from;
        o.to = to;
        auto doc = composer().compose(o);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().startsWith(message), qPrintable(doc.error()));
    }

private:
    BriefingComposer composer() { return BriefingComposer(m_db.db().connection()); }
    TestDatabase m_db;
};

QTEST_GUILESS_MAIN(tst_BriefingComposer)
#include "tst_BriefingComposer.moc"
