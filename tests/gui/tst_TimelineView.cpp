// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline offscreen: its marks against the database rows in range, aggregation when zoomed out, tooltips,
// clicks, keys, the today line, and the section loading its rows on a worker thread.
#include "core/Clock.h"
#include "core/Language.h"
#include "gui/views/TimelineSection.h"
#include "gui/widgets/EventFilterBar.h"
#include "gui/widgets/TimelineView.h"
#include "storage/TimelineRepository.h"
#include "support/TestDatabase.h"
#include "support/TimelineFixture.h"

#include <QComboBox>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

class tst_TimelineView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<const TimelineData> m_data;

    static double day(int y, int m, int d) { return double(QDate(y, m, d).toJulianDay()); }

    std::unique_ptr<TimelineView> makeView(std::shared_ptr<const TimelineData> data)
    {
        auto v = std::make_unique<TimelineView>();
        v->resize(1000, 300);
        v->setData(std::move(data));
        v->show();
        if (!QTest::qWaitForWindowExposed(v.get()))
            qWarning("timeline not exposed");
        return v;
    }

    static std::shared_ptr<const TimelineData> load(Database& db)
    {
        auto data = TimelineRepository(db.connection()).load({}, TimelineRepository::Lanes::BySeries, Lang::En);
        if (!data)
            qFatal("%s", qPrintable(data.error()));
        return std::make_shared<const TimelineData>(std::move(data).value());
    }

    /// The rows of the data a view of [first, last) must show.
    static QSet<qint64> rowsInRange(const TimelineData& d, double first, double last, int lane = -1)
    {
        QSet<qint64> out;
        for (const TimelineRow& r : d.rows) {
            if ((lane < 0 || r.lane == lane) && r.endDay + 1 >= first && r.startDay <= last)
                out.insert(r.id);
        }
        return out;
    }

    static const TimelineView::Mark* markOf(const std::vector<TimelineView::Mark>& marks, qint64 id)
    {
        for (const auto& m : marks) {
            if (m.eventId == id)
                return &m;
        }
        return nullptr;
    }

    void screenshot(QWidget* w, const QString& name)
    {
        const QByteArray dir = qgetenv("LIAISON_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        setUiLanguage(Lang::En);
        Clock::setToday(QDate(2020, 6, 15));
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Empty);
        QVERIFY(TimelineFixture::fill(m_db->db()));
        m_data = load(m_db->db());
    }

    void cleanupTestCase() { Clock::setToday({}); }

    void marksMatchRowsInRange()
    {
        auto v = makeView(m_data);
        v->setVisibleRange(day(2014, 1, 1), day(2019, 1, 1));
        const auto marks = v->marks();
        QSet<qint64> shown;
        for (const auto& m : marks) {
            QVERIFY(m.style != TimelineView::Style::Aggregate);
            shown.insert(m.eventId);
        }
        QCOMPARE(shown, rowsInRange(*m_data, v->firstVisibleDay(), v->lastVisibleDay()));
        QCOMPARE(shown, QSet<qint64>({1, 2, 3, 4, 6}));
        const QRectF plot = v->plotRect();
        for (const TimelineRow& r : m_data->rows) {
            const auto* m = markOf(marks, r.id);
            if (!m)
                continue;
            // In its lane, and over its days.
            QVERIFY(m->rect.top() >= plot.top() + r.lane * 24 && m->rect.bottom() <= plot.top() + (r.lane + 1) * 24);
            QVERIFY(m->rect.center().x() >= v->xForDay(r.startDay) - 1);
            QVERIFY(m->rect.center().x() <= v->xForDay(r.endDay + 1) + 1);
            QCOMPARE(m->lane, r.lane);
            QCOMPARE(m->kind, int(r.kind));
        }
        // A month-precise date spans its month, a year-precise one its year; a day is a point.
        const auto* may = markOf(marks, 2);
        QVERIFY(may->imprecise);
        QVERIFY(qAbs(may->rect.left() - v->xForDay(day(2016, 5, 1))) < 1);
        QVERIFY(qAbs(may->rect.right() - v->xForDay(day(2016, 6, 1))) < 1);
        const auto* year = markOf(marks, 3);
        QVERIFY(year->imprecise);
        QVERIFY(qAbs(year->rect.width() - (v->xForDay(day(2018, 1, 1)) - v->xForDay(day(2017, 1, 1)))) < 1);
        QVERIFY(!markOf(marks, 1)->imprecise);
        QCOMPARE(markOf(marks, 1)->style, TimelineView::Style::Held);
        QCOMPARE(markOf(marks, 6)->style, TimelineView::Style::Cancelled);
    }

    void plannedAndPanning()
    {
        auto v = makeView(m_data);
        v->setVisibleRange(day(2026, 1, 1), day(2028, 1, 1));
        auto marks = v->marks();
        QCOMPARE(int(marks.size()), 1);
        QCOMPARE(marks[0].eventId, qint64(5));
        QCOMPARE(marks[0].style, TimelineView::Style::Planned);
        // Panning right by the whole width leaves nothing of 2026-27 in view.
        v->panByPixels(-v->plotRect().width());
        QVERIFY(v->marks().empty());
    }

    void aggregatesWhenZoomedOut()
    {
        TestDatabase crowdDb(TestDatabase::Fill::Empty);
        QVERIFY(TimelineFixture::fill(crowdDb.db()));
        QVERIFY(TimelineFixture::addCrowd(crowdDb.db(), 1500));
        auto data = load(crowdDb.db());
        auto v = makeView(data);
        v->setVisibleRange(0, 1e9); // as far out as it goes
        QCOMPARE(v->lastVisibleDay() - v->firstVisibleDay(), TimelineView::kMaxDays);
        v->setVisibleRange(day(2000, 1, 1), day(2030, 1, 1));
        const auto marks = v->marks();
        int counted = 0;
        QSet<qint64> forumIds;
        for (const auto& m : marks) {
            if (m.lane == 0) {
                // The dialogue's lane is too crowded: every mark counts events.
                QCOMPARE(m.style, TimelineView::Style::Aggregate);
                QCOMPARE(m.eventId, qint64(0));
                QVERIFY(m.rect.width() <= TimelineView::kBucketPixels);
                counted += m.count;
            } else {
                QVERIFY(m.style != TimelineView::Style::Aggregate);
                forumIds.insert(m.eventId);
            }
        }
        QCOMPARE(counted, int(rowsInRange(*data, v->firstVisibleDay(), v->lastVisibleDay(), 0).size()));
        QCOMPARE(counted, 1503);
        QCOMPARE(forumIds, rowsInRange(*data, v->firstVisibleDay(), v->lastVisibleDay(), 1) +
                               rowsInRange(*data, v->firstVisibleDay(), v->lastVisibleDay(), 2));
        // An aggregate's tooltip gives its count.
        const auto& first = marks.front();
        QVERIFY(v->toolTipAt(first.rect.center()).contains(QStringLiteral("%1 event").arg(first.count)));
        screenshot(v.get(), QStringLiteral("timeline-aggregated"));

        // Zoomed in to three weeks, the same lane shows each event again.
        v->setVisibleRange(day(2011, 3, 1), day(2011, 3, 22));
        QSet<qint64> ids;
        for (const auto& m : v->marks()) {
            QVERIFY(m.style != TimelineView::Style::Aggregate);
            ids.insert(m.eventId);
        }
        QCOMPARE(ids, rowsInRange(*data, v->firstVisibleDay(), v->lastVisibleDay()));
        QVERIFY(ids.size() >= 21);
        // Clicking an aggregate zooms in around it instead of opening anything.
        v->setVisibleRange(day(2000, 1, 1), day(2030, 1, 1));
        QSignalSpy opened(v.get(), &TimelineView::eventActivated);
        const double before = v->lastVisibleDay() - v->firstVisibleDay();
        QTest::mouseClick(v.get(), Qt::LeftButton, {}, v->marks().front().rect.center().toPoint());
        QCOMPARE(opened.count(), 0);
        QVERIFY(v->lastVisibleDay() - v->firstVisibleDay() < before / 4);
    }

    void tooltipAndClick()
    {
        auto v = makeView(m_data);
        v->setVisibleRange(day(2015, 1, 1), day(2015, 7, 1));
        const auto marks = v->marks();
        const auto* mark = markOf(marks, 1);
        QVERIFY(mark);
        const QPointF centre = mark->rect.center();
        const QString tip = v->toolTipAt(centre);
        QVERIFY2(tip.contains(QStringLiteral("1st round")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("10–11 Mar 2015")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Tokyo")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Held")), qPrintable(tip));
        QVERIFY(v->toolTipAt(QPointF(v->plotRect().right() - 2, v->plotRect().bottom() - 2)).isEmpty());

        QSignalSpy opened(v.get(), &TimelineView::eventActivated);
        QTest::mouseClick(v.get(), Qt::LeftButton, {}, centre.toPoint());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened[0][0].value<NavTarget>(), (NavTarget{NavTarget::Kind::Event, 1}));
        // A drag pans instead of opening.
        const double first = v->firstVisibleDay();
        QTest::mousePress(v.get(), Qt::LeftButton, {}, centre.toPoint());
        QTest::mouseMove(v.get(), centre.toPoint() + QPoint(20, 0));
        QTest::mouseMove(v.get(), centre.toPoint() + QPoint(60, 0));
        QTest::mouseRelease(v.get(), Qt::LeftButton, {}, centre.toPoint() + QPoint(60, 0));
        QCOMPARE(opened.count(), 1);
        QVERIFY(v->firstVisibleDay() < first);
    }

    void keysAndWheel()
    {
        auto v = makeView(m_data);
        v->setVisibleRange(day(2010, 1, 1), day(2020, 1, 1));
        const double days = v->lastVisibleDay() - v->firstVisibleDay();
        QTest::keyClick(v.get(), Qt::Key_Plus);
        QVERIFY(v->lastVisibleDay() - v->firstVisibleDay() < days);
        QTest::keyClick(v.get(), Qt::Key_Minus);
        QVERIFY(qAbs(v->lastVisibleDay() - v->firstVisibleDay() - days) < 1e-6);
        const double first = v->firstVisibleDay();
        QTest::keyClick(v.get(), Qt::Key_Right);
        QVERIFY(v->firstVisibleDay() > first);
        QTest::keyClick(v.get(), Qt::Key_Left);
        QVERIFY(qAbs(v->firstVisibleDay() - first) < 1e-6);
        // Zoomed fully in: three weeks across, whatever is asked.
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(v.get(), Qt::Key_Plus);
        QCOMPARE(v->lastVisibleDay() - v->firstVisibleDay(), TimelineView::kMinDays);

        // The wheel zooms around the pointer: the day under it stays put.
        v->setVisibleRange(day(2010, 1, 1), day(2020, 1, 1));
        const QPointF at(v->plotRect().left() + 300, v->plotRect().top() + 10);
        const double dayAt = v->dayForX(at.x());
        QWheelEvent wheel(at, v->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(v.get(), &wheel);
        QVERIFY(v->lastVisibleDay() - v->firstVisibleDay() < days);
        QVERIFY(qAbs(v->dayForX(at.x()) - dayAt) < 1);

        // Home fits every event.
        QTest::keyClick(v.get(), Qt::Key_Home);
        QVERIFY(v->firstVisibleDay() < day(2015, 3, 10));
        QVERIFY(v->lastVisibleDay() > day(2027, 2, 1));
    }

    void scaleLabels_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("fine");
        QTest::addColumn<QString>("coarse");
        // Decades down to weeks, each language: a label that must be among the finer and the coarser row.
        QTest::newRow("en decades") << false << 365 * 40 << "2010"
                                    << "2010s";
        QTest::newRow("ja decades") << true << 365 * 40 << "2010年"
                                    << "2010年代";
        QTest::newRow("en quarters") << false << 365 * 2 << "Jul"
                                     << "2015";
        QTest::newRow("en months") << false << 240 << "May"
                                   << "2015";
        QTest::newRow("ja quarters") << true << 365 * 2 << "7月"
                                     << "2015年";
        QTest::newRow("ja months") << true << 240 << "5月"
                                   << "2015年";
        QTest::newRow("en weeks") << false << 60 << "16"
                                  << "Mar 2015";
        QTest::newRow("ja weeks") << true << 60 << "16日"
                                  << "2015年3月";
    }
    void scaleLabels()
    {
        QFETCH(bool, japanese);
        QFETCH(int, days);
        QFETCH(QString, fine);
        QFETCH(QString, coarse);
        setUiLanguage(japanese ? Lang::Ja : Lang::En);
        auto v = makeView(m_data);
        const double centre = day(2015, 3, 16); // a Monday
        v->setVisibleRange(centre - days / 2.0, centre + days / 2.0);
        QStringList fineLabels, coarseLabels;
        for (const auto& [d, text] : v->scaleLabels(false))
            fineLabels << text;
        for (const auto& [d, text] : v->scaleLabels(true))
            coarseLabels << text;
        setUiLanguage(Lang::En);
        QVERIFY2(fineLabels.contains(fine), qPrintable(fineLabels.join(QLatin1Char(','))));
        QVERIFY2(coarseLabels.contains(coarse), qPrintable(coarseLabels.join(QLatin1Char(','))));
        // Never so many that they run into each other.
        QVERIFY2(fineLabels.size() <= int(v->plotRect().width() / 50), qPrintable(fineLabels.join(QLatin1Char(','))));
        if (days == 60)
            screenshot(v.get(), japanese ? QStringLiteral("timeline-weeks-ja") : QStringLiteral("timeline-weeks-en"));
    }

    void focusFrameLeavesTheViewAlone()
    {
        // With focus, the view draws a frame; it once filled the whole view with the last mark's colour.
        auto v = makeView(m_data);
        v->setVisibleRange(day(2015, 2, 20), day(2015, 4, 20));
        v->activateWindow();
        v->setFocus();
        QTRY_VERIFY(v->hasFocus());
        QImage image(v->size(), QImage::Format_ARGB32);
        v->render(&image);
        const QPoint empty(int(v->plotRect().center().x()), int(v->plotRect().bottom()) - 10);
        QCOMPARE(image.pixelColor(empty), v->palette().color(QPalette::Base));
        QCOMPARE(image.pixelColor(QPoint(5, v->height() - 10)), v->palette().color(QPalette::Window));
    }

    void todayLineFollowsClock()
    {
        auto v = makeView(m_data);
        v->setVisibleRange(day(2019, 1, 1), day(2022, 1, 1));
        QImage image(v->size(), QImage::Format_ARGB32);
        // Red within a pixel of where today falls, below the lanes where nothing else is drawn.
        auto redAt = [&](double x) {
            v->render(&image);
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c = image.pixelColor(int(x) + dx, int(v->plotRect().bottom()) - 3);
                if (c.red() > 150 && c.green() < 100 && c.blue() < 100)
                    return true;
            }
            return false;
        };
        const double x = v->xForDay(day(2020, 6, 15) + 0.5);
        QVERIFY(redAt(x));
        // A year later, the line has moved.
        Clock::setToday(QDate(2021, 6, 15));
        const bool stillThere = redAt(x);
        const bool moved = redAt(v->xForDay(day(2021, 6, 15) + 0.5));
        Clock::setToday(QDate(2020, 6, 15));
        QVERIFY(!stillThere);
        QVERIFY(moved);
    }

    void sectionLoadsOnWorker()
    {
        TimelineSection s(TimelineSection::Mode::Full);
        s.resize(1200, 400);
        s.setDatabasePath(m_db->path());
        s.reload();
        QVERIFY(s.waitForLoaded());
        QVERIFY(s.view()->data());
        QCOMPARE(s.view()->data()->rows.size(), m_data->rows.size());
        QCOMPARE(s.view()->data()->undated, 1);
        // Every event in view after the first load.
        QSet<qint64> shown;
        for (const auto& m : s.view()->marks())
            shown.insert(m.eventId);
        QCOMPARE(shown, QSet<qint64>({1, 2, 3, 4, 5, 6}));

        EventFilter rounds;
        rounds.kind = QStringLiteral("round");
        s.setFilter(rounds);
        QVERIFY(s.waitForLoaded());
        QCOMPARE(s.view()->data()->rows.size(), 2);
        QCOMPARE(s.filterBar()->kindBox()->currentData().toString(), QStringLiteral("round"));

        s.setFilter({});
        s.laneBox()->setCurrentIndex(1);
        QVERIFY(s.waitForLoaded());
        for (const TimelineLane& l : s.view()->data()->lanes)
            QCOMPARE(l.kind, TimelineLane::Kind::Country);
        s.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s));
        screenshot(&s, QStringLiteral("timeline-section"));
    }

    void badDatabaseSaysSo()
    {
        TimelineSection s(TimelineSection::Mode::Embedded);
        s.setDatabasePath(m_db->dir() + QStringLiteral("/missing.sqlite"));
        s.reload();
        QVERIFY(s.waitForLoaded());
        QVERIFY(!s.view()->data());
        QVERIFY(s.view()->marks().empty());
    }
};

QTEST_MAIN(tst_TimelineView)
#include "tst_TimelineView.moc"
