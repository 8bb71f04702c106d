// SPDX-License-Identifier: GPL-3.0-or-later
// The shared event filters: choices, what they emit, and a year range that ends before it starts.
#include "core/Language.h"
#include "gui/widgets/EventFilterBar.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class tst_EventFilterBar : public QObject
{
    Q_OBJECT
private:
    static QList<Country> countries()
    {
        Country a;
        a.id = 2;
        a.code = QStringLiteral("AA");
        a.nameEn = QStringLiteral("Aland");
        a.region = QStringLiteral("Europe");
        Country b;
        b.id = 3;
        b.code = QStringLiteral("BB");
        b.nameEn = QStringLiteral("Bolandia");
        b.region = QStringLiteral("Oceania");
        return {b, a};
    }

private slots:
    void initTestCase() { setUiLanguage(Lang::En); }

    void choicesEmitTheFilter()
    {
        EventFilterBar bar;
        bar.setCountries(countries());
        // "All countries", then by name.
        QCOMPARE(bar.countryBox()->count(), 3);
        QCOMPARE(bar.countryBox()->itemText(1), QStringLiteral("Aland"));
        QCOMPARE(bar.regionBox()->count(), 3);
        QSignalSpy changed(&bar, &EventFilterBar::filterChanged);
        bar.countryBox()->setCurrentIndex(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<EventFilter>().countryId, qint64(3));
        bar.regionBox()->setCurrentIndex(bar.regionBox()->findData(QStringLiteral("Europe")));
        bar.kindBox()->setCurrentIndex(bar.kindBox()->findData(QStringLiteral("exercise")));
        bar.fromBox()->setValue(2015);
        bar.toBox()->setValue(2020);
        const EventFilter f = bar.filter();
        QCOMPARE(f.countryId, qint64(3));
        QCOMPARE(f.region, QStringLiteral("Europe"));
        QCOMPARE(f.kind, QStringLiteral("exercise"));
        QCOMPARE(f.yearFrom, 2015);
        QCOMPARE(f.yearTo, 2020);
        QCOMPARE(changed.count(), 5);

        bar.findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QCOMPARE(bar.filter(), EventFilter());
        QCOMPARE(changed.last()[0].value<EventFilter>(), EventFilter());
        QCOMPARE(bar.countryBox()->currentIndex(), 0);
        QCOMPARE(bar.fromBox()->text(), QStringLiteral("any"));
    }

    void setFilterShowsWithoutEmitting()
    {
        EventFilterBar bar;
        bar.setCountries(countries());
        QSignalSpy changed(&bar, &EventFilterBar::filterChanged);
        EventFilter f;
        f.countryId = 2;
        f.kind = QStringLiteral("round");
        f.yearTo = 2019;
        bar.setFilter(f);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(bar.countryBox()->currentText(), QStringLiteral("Aland"));
        QCOMPARE(bar.kindBox()->currentData().toString(), QStringLiteral("round"));
        QCOMPARE(bar.toBox()->value(), 2019);
        QCOMPARE(bar.filter(), f);
    }

    void backwardsYearsAreRefused()
    {
        EventFilterBar bar;
        bar.setCountries(countries());
        bar.fromBox()->setValue(2018);
        QSignalSpy changed(&bar, &EventFilterBar::filterChanged);
        bar.toBox()->setValue(2012);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(bar.filter().yearFrom, 2018);
        QCOMPARE(bar.filter().yearTo, 0);
        QVERIFY2(bar.problem().contains(QStringLiteral("2018")) && bar.problem().contains(QStringLiteral("2012")),
                 qPrintable(bar.problem()));
        // Mended, it applies and the message goes.
        bar.toBox()->setValue(2020);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().yearTo, 2020);
        QVERIFY(bar.problem().isEmpty());
    }
};

QTEST_MAIN(tst_EventFilterBar)
#include "tst_EventFilterBar.moc"
