// SPDX-License-Identifier: GPL-3.0-or-later
// The pack's timeline and charts, composed from the timeline fixture: marks against the events (lane, place on the
// time axis, colour, status, count), classification kept out, crowded lanes as month columns, bars against SQL.
#include "core/Vocabulary.h"
#include "reports/BriefingComposer.h"
#include "reports/FigurePainter.h"
#include "storage/ChartRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"
#include "support/TimelineFixture.h"

#include <QImage>
#include <QPainter>
#include <QTest>

namespace {
const QRectF kArea(0, 0, 1700, 600); // 10 units a millimetre

int kindIndex(const char* kind)
{
    return int(Vocabulary::eventKinds().indexOf(QString::fromLatin1(kind)));
}
} // namespace

class tst_FigurePainter : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;

    Result<BriefingDocument> compose(int ceiling, Lang lang = Lang::En)
    {
        BriefingOptions o;
        o.countries = {QStringLiteral("JP")};
        o.sections = BriefingOptions::Figures;
        o.maxClassification = ceiling;
        o.lang = lang;
        o.asOf = QDate(2026, 11, 26);
        return BriefingComposer(m_db->db().connection()).compose(o);
    }

    static const BriefingFigure* figure(const BriefingDocument& doc, const QString& id)
    {
        for (const BriefingFigure& f : doc.figures) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }

    static QRectF area(const BriefingFigure& f) { return QRectF(0, 0, f.widthMm * 10, f.heightMm * 10); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Empty);
        QVERIFY(TimelineFixture::fill(m_db->db()));
        // A secret meeting of the dialogue, which a pack for a lower ceiling must not show.
        QVERIFY(Sql::run(m_db->db().connection(),
                         QStringLiteral("INSERT INTO event (id, dialogue_id, kind, title_en, start_date, status, "
                                        "classification) VALUES (8, 1, 'round', 'Secret round', '2019-06-01', "
                                        "'held', 3)")));
        QVERIFY(Sql::run(m_db->db().connection(),
                         QStringLiteral("INSERT INTO participant (event_id, country_id) VALUES (8, 1)")));
    }

    void timelineMarksAreTheEvents()
    {
        auto doc = compose(1);
        QVERIFY2(doc, qPrintable(doc.error()));
        const BriefingFigure* t = figure(*doc, QStringLiteral("timeline"));
        QVERIFY(t);
        QCOMPARE(t->laneNames,
                 QStringList({"Japan-Aland Dialogue", "FX", "Other meetings"}));
        QCOMPARE(t->firstYear, 2015);
        QCOMPARE(t->lastYear, 2027);
        const auto marks = FigurePainter(*t, QFont()).timelineMarks(area(*t));
        // Six dated events under the ceiling (the undated one cannot be placed, the secret one is left out).
        QCOMPARE(marks.size(), 6);
        auto at = [&](int year, int month) -> const FigurePainter::Mark* {
            for (const auto& m : marks) {
                if (m.year == year && m.month == month)
                    return &m;
            }
            return nullptr;
        };
        const auto* first = at(2015, 3);    // 1st round, held
        const auto* plenary = at(2016, 11); // Forum X plenary, held
        const auto* workshop = at(2027, 2); // planned
        const auto* exercise = at(2018, 9); // cancelled, in no dialogue or forum
        const auto* inter = at(2017, 0);    // known only to the year
        QVERIFY(first && plenary && workshop && exercise && inter);
        QVERIFY(!at(2019, 6));
        QCOMPARE(first->lane, 0);
        QCOMPARE(plenary->lane, 1);
        QCOMPARE(workshop->lane, 1);
        QCOMPARE(exercise->lane, 2);
        QCOMPARE(first->kind, kindIndex("round"));
        QCOMPARE(first->colour, FigurePainter::kindColour(kindIndex("round")));
        QCOMPARE(plenary->colour, FigurePainter::kindColour(kindIndex("conference")));
        QCOMPARE(first->status, 1);
        QCOMPARE(workshop->status, 0);
        QCOMPARE(exercise->status, 2);
        // One time axis: months are equally wide, a year-only date spans its whole year.
        const double month = (workshop->rect.center().x() - first->rect.center().x()) / (12 * 12 - 1);
        QVERIFY(month > 0);
        QCOMPARE(qRound(plenary->rect.center().x() - first->rect.center().x()), qRound(20 * month));
        QCOMPARE(qRound(inter->rect.width()), qRound(12 * month));
        QVERIFY(first->rect.center().y() < plenary->rect.center().y());
        QVERIFY(plenary->rect.center().y() < exercise->rect.center().y());

        // Painted: a held mark is filled with its kind's colour, a planned one is hollow.
        QImage image(area(*t).size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            FigurePainter(*t, QFont()).paint(p, area(*t));
        }
        QCOMPARE(image.pixelColor(first->rect.center().toPoint()), FigurePainter::kindColour(kindIndex("round")));
        QCOMPARE(image.pixelColor(workshop->rect.center().toPoint()), QColor(Qt::white));
    }

    void theCeilingDecidesWhatIsDrawn()
    {
        auto doc = compose(3);
        QVERIFY2(doc, qPrintable(doc.error()));
        const BriefingFigure* t = figure(*doc, QStringLiteral("timeline"));
        QVERIFY(t);
        QCOMPARE(FigurePainter(*t, QFont()).timelineMarks(area(*t)).size(), 7);
        QCOMPARE(doc->classification, 3);
        auto low = compose(1);
        QVERIFY(low);
        QCOMPARE(low->classification, 0);
    }

    void columnsAndBarsMatchSql()
    {
        auto doc = compose(3);
        QVERIFY2(doc, qPrintable(doc.error()));
        const BriefingFigure* columns = figure(*doc, QStringLiteral("events-per-year"));
        QVERIFY(columns);
        EventFilter filter;
        filter.countryId = 1;
        auto sql = ChartRepository(m_db->db().connection()).eventsPerYearByKind(filter);
        QVERIFY2(sql, qPrintable(sql.error()));
        QHash<std::pair<int, int>, int> drawn; // (year, kind) → the bar's value
        for (const auto& b : FigurePainter(*columns, QFont()).bars(area(*columns)))
            drawn.insert({columns->firstYear + b.category, columns->kinds.value(b.series)}, b.value);
        QCOMPARE(drawn.size(), sql->size());
        for (const auto& r : *sql)
            QCOMPARE(drawn.value({r.year, kindIndex(qPrintable(r.kind))}), r.count);

        const BriefingFigure* bars = figure(*doc, QStringLiteral("rounds-per-dialogue"));
        QVERIFY(bars);
        const auto drawnBars = FigurePainter(*bars, QFont()).bars(area(*bars));
        QCOMPARE(drawnBars.size(), 1);
        QCOMPARE(bars->categories.value(0), QStringLiteral("Japan-Aland Dialogue"));
        auto count = Sql::run(m_db->db().connection(),
                              QStringLiteral("SELECT count(*) FROM event WHERE dialogue_id = 1 AND start_date IS NOT NULL"));
        QVERIFY(count && count->next());
        QCOMPARE(drawnBars[0].value, count->value(0).toInt());
    }

    void aCrowdedLaneDrawsMonthColumns()
    {
        TestDatabase db(TestDatabase::Fill::Empty);
        QVERIFY(TimelineFixture::fill(db.db()));
        QVERIFY(TimelineFixture::addCrowd(db.db(), 400));
        BriefingOptions o;
        o.countries = {QStringLiteral("AA")};
        o.sections = BriefingOptions::Figures;
        o.asOf = QDate(2026, 11, 26);
        auto doc = BriefingComposer(db.db().connection()).compose(o);
        QVERIFY2(doc, qPrintable(doc.error()));
        const BriefingFigure* t = figure(*doc, QStringLiteral("timeline"));
        QVERIFY(t);
        int columns = 0, events = 0;
        for (const auto& m : FigurePainter(*t, QFont()).timelineMarks(area(*t))) {
            if (m.lane != 0)
                continue;
            QVERIFY(m.column || m.month == 0);
            columns += m.column && m.month > 0;
            events += m.count;
        }
        // 400 days from January 2010 fill 14 months, plus the dialogue's own rounds (2015, 2016, 2017).
        QCOMPARE(events, 403);
        QVERIFY2(columns >= 14 && columns <= 16, qPrintable(QString::number(columns)));
    }

    void labelsInThePackLanguage()
    {
        auto doc = compose(1, Lang::Ja);
        QVERIFY(doc);
        const BriefingFigure* t = figure(*doc, QStringLiteral("timeline"));
        QVERIFY(t);
        QCOMPARE(t->laneNames.value(0), QStringLiteral("日アランド対話"));
        QVERIFY(t->statusLabels.contains(QStringLiteral("中止")));
        QVERIFY(t->kindLabels.contains(Vocabulary::label(QStringLiteral("eventKind"), QStringLiteral("round"), Lang::Ja)));
    }
};

QTEST_MAIN(tst_FigurePainter)
#include "tst_FigurePainter.moc"
