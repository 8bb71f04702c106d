// SPDX-License-Identifier: GPL-3.0-or-later
// The charts offscreen: series values against plain SQL counts, filters, and saving as PNG and SVG.
#include "core/Language.h"
#include "gui/FileDialog.h"
#include "gui/views/ChartsSection.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"
#include "support/TimelineFixture.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QStackedBarSeries>
#include <QSvgRenderer>
#include <QTest>

class tst_ChartsSection : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;

    int scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto q = Sql::run(m_db->db().connection(), sql, binds);
        if (!q || !q->next())
            qFatal("%s", qPrintable(q ? QStringLiteral("no row") : q.error()));
        return q->value(0).toInt();
    }

    static QAbstractBarSeries* barSeries(QChart* chart)
    {
        const auto series = chart->series();
        return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries*>(series.front());
    }

    std::unique_ptr<ChartsSection> loaded(const EventFilter& filter = {})
    {
        auto s = std::make_unique<ChartsSection>();
        s->resize(1200, 800);
        s->setDatabasePath(m_db->path());
        s->setFilter(filter);
        if (!s->waitForLoaded())
            qWarning("charts did not load");
        return s;
    }

private slots:
    void initTestCase()
    {
        setUiLanguage(Lang::En);
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Dataset);
    }

    void eventsPerYearEqualSqlCounts()
    {
        auto s = loaded();
        QChart* c = s->chart(ChartsSection::EventsPerYear);
        auto* series = qobject_cast<QStackedBarSeries*>(barSeries(c));
        QVERIFY(series);
        // A bar per year from the first to the last, gaps included.
        QVERIFY(!s->data().perYear.isEmpty());
        QStringList years;
        for (int y = s->data().perYear.front().year; y <= s->data().perYear.back().year; ++y)
            years << QString::number(y);
        QCOMPARE(series->barSets().front()->count(), int(years.size()));
        int total = 0;
        for (int i = 0; i < years.size(); ++i) {
            int sum = 0;
            for (QBarSet* set : series->barSets())
                sum += int(set->at(i));
            QCOMPARE(sum, scalar(QStringLiteral("SELECT count(*) FROM event WHERE substr(start_date, 1, 4) = ?"),
                                 {years[i]}));
            total += sum;
        }
        QCOMPARE(total, scalar(QStringLiteral("SELECT count(*) FROM event WHERE start_date IS NOT NULL")));
        // One stack per kind present, named in the interface language.
        QCOMPARE(series->count(),
                 scalar(QStringLiteral("SELECT count(DISTINCT kind) FROM event WHERE start_date IS NOT NULL")));
    }

    void partnersEqualSqlCounts()
    {
        auto s = loaded();
        QChart* c = s->chart(ChartsSection::Partners);
        auto* series = qobject_cast<QHorizontalBarSeries*>(barSeries(c));
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        const QBarSet* set = series->barSets().front();
        const auto& partners = s->data().partners;
        QCOMPARE(set->count(), int(qMin<qsizetype>(partners.size(), ChartsSection::kMaxPartners)));
        // Drawn bottom-up: the last bar is the biggest partner.
        for (int i = 0; i < set->count(); ++i) {
            const auto& p = partners[set->count() - 1 - i];
            QCOMPARE(
                int(set->at(i)),
                scalar(QStringLiteral("SELECT count(*) FROM event WHERE kind IN ('round', 'meeting', 'intersessional') "
                                      "AND dialogue_id IN (SELECT dialogue_id FROM dialogue_party WHERE country_id = "
                                      "(SELECT id FROM country WHERE code = ?))"),
                       {p.key}));
        }
    }

    void regionsEqualSqlCounts()
    {
        auto s = loaded();
        auto* series = barSeries(s->chart(ChartsSection::Regions));
        QVERIFY(series);
        const QBarSet* set = series->barSets().front();
        const auto& regions = s->data().regions;
        QCOMPARE(set->count(), int(regions.size()));
        for (int i = 0; i < set->count(); ++i) {
            const auto& r = regions[set->count() - 1 - i];
            QCOMPARE(int(set->at(i)),
                     scalar(QStringLiteral("SELECT count(DISTINCT p.event_id) FROM participant p JOIN country c ON "
                                           "c.id = p.country_id WHERE c.region = ? AND c.code <> 'JP'"),
                            {r.key}));
        }
    }

    void followsFilter()
    {
        EventFilter rounds;
        rounds.kind = QStringLiteral("round");
        rounds.yearFrom = 2015;
        auto s = loaded(rounds);
        auto* series = qobject_cast<QStackedBarSeries*>(barSeries(s->chart(ChartsSection::EventsPerYear)));
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        int total = 0;
        for (int i = 0; i < series->barSets().front()->count(); ++i)
            total += int(series->barSets().front()->at(i));
        QCOMPARE(total, scalar(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'round' AND "
                                              "CAST(substr(start_date, 1, 4) AS INTEGER) >= 2015")));
        QVERIFY(s->data().perYear.front().year >= 2015);
    }

    void actionsChart()
    {
        TestDatabase fixture(TestDatabase::Fill::Empty);
        QVERIFY(TimelineFixture::fill(fixture.db()));
        ChartsSection s;
        s.resize(1000, 700);
        s.setDatabasePath(fixture.path());
        s.reload();
        QVERIFY(s.waitForLoaded());
        auto* series = qobject_cast<QStackedBarSeries*>(barSeries(s.chart(ChartsSection::Actions)));
        QVERIFY(series);
        QCOMPARE(s.data().actions.front().year, 2015);
        const QBarSet* closed = series->barSets().at(0);
        QCOMPARE(closed->count(), 2);
        const QBarSet* open = series->barSets().at(1);
        QCOMPARE(closed->at(0), 1.0);
        QCOMPARE(open->at(0), 1.0);
        QCOMPARE(closed->at(1), 1.0);
        QCOMPARE(open->at(1), 1.0);
    }

    void savesPngAndSvg()
    {
        auto s = loaded();
        s->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.get()));
        const QString png = m_db->dir() + QStringLiteral("/chart.png");
        const QString svg = m_db->dir() + QStringLiteral("/chart.svg");
        QVERIFY(s->save(ChartsSection::EventsPerYear, png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 320);
        // Not a blank picture: some pixels are neither white nor transparent.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                coloured += image.pixelColor(x, y) != QColor(Qt::white);
        }
        QVERIFY(coloured > 100);
        QVERIFY(s->save(ChartsSection::Regions, svg));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Events with partners"));

        // Through the dialog seam.
        const QString chosen = m_db->dir() + QStringLiteral("/chosen.svg");
        FileDialog::setTestChooser([&](const QString&) { return chosen; });
        s->saveWithDialog(ChartsSection::Partners);
        FileDialog::setTestChooser({});
        QVERIFY(QSvgRenderer(chosen).isValid());

        const QByteArray dir = qgetenv("LIAISON_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            s->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/charts.png"));
    }

    void badPathIsReported()
    {
        auto s = loaded();
        const QString bad = m_db->dir() + QStringLiteral("/no/such/folder/chart.png");
        const Status st = s->save(ChartsSection::EventsPerYear, bad);
        QVERIFY(!st);
        QVERIFY2(st.error().contains(bad), qPrintable(st.error()));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(tst_ChartsSection)
#include "tst_ChartsSection.moc"
