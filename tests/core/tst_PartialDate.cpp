// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PartialDate.h"

#include <QTest>

class tst_PartialDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("precision");
        QTest::newRow("empty") << "" << true << int(PartialDate::Precision::None);
        QTest::newRow("year") << "2012" << true << int(PartialDate::Precision::Year);
        QTest::newRow("month") << "2009-02" << true << int(PartialDate::Precision::Month);
        QTest::newRow("day") << "2012-06-19" << true << int(PartialDate::Precision::Day);
        QTest::newRow("leap day") << "2024-02-29" << true << int(PartialDate::Precision::Day);
        QTest::newRow("no leap day") << "2023-02-29" << false << 0;
        QTest::newRow("month 13") << "2012-13" << false << 0;
        QTest::newRow("month 0") << "2012-00" << false << 0;
        QTest::newRow("two-digit year") << "12" << false << 0;
        QTest::newRow("slashes") << "2012/06/19" << false << 0;
        QTest::newRow("trailing text") << "2012-06-19T10:00" << false << 0;
        QTest::newRow("full-width digits") << "２０１２" << false << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, precision);
        const auto d = PartialDate::parse(text);
        QCOMPARE(d.has_value(), valid);
        if (valid) {
            QCOMPARE(int(d->precision()), precision);
            QCOMPARE(d->toIso(), text);
        }
    }
    void display_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ja");
        QTest::newRow("year") << "2012" << "2012" << "2012年";
        QTest::newRow("month") << "2009-02" << "Feb 2009" << "2009年2月";
        QTest::newRow("day") << "2012-06-19" << "19 Jun 2012" << "2012年6月19日";
        QTest::newRow("unknown") << "" << "" << "";
    }
    void display()
    {
        QFETCH(QString, iso);
        QFETCH(QString, en);
        QFETCH(QString, ja);
        const PartialDate d = *PartialDate::parse(iso);
        QCOMPARE(d.display(Lang::En), en);
        QCOMPARE(d.display(Lang::Ja), ja);
    }
    void ranges()
    {
        const auto a = *PartialDate::parse(QStringLiteral("2012-06-19"));
        const auto b = *PartialDate::parse(QStringLiteral("2012-06-20"));
        const auto c = *PartialDate::parse(QStringLiteral("2012-07-02"));
        QCOMPARE(PartialDate::displayRange(a, b, Lang::En), QStringLiteral("19–20 Jun 2012"));
        QCOMPARE(PartialDate::displayRange(a, b, Lang::Ja), QStringLiteral("2012年6月19日–20日"));
        QCOMPARE(PartialDate::displayRange(a, c, Lang::En), QStringLiteral("19 Jun 2012 – 2 Jul 2012"));
        QCOMPARE(PartialDate::displayRange(a, PartialDate(), Lang::En), QStringLiteral("19 Jun 2012"));
    }
    void sortsChronologicallyWithUnknownLast()
    {
        QStringList keys;
        for (const char* s : {"2012-06-19", "", "2012", "2009-02", "2012-06"})
            keys << PartialDate::parse(QString::fromLatin1(s))->sortKey();
        keys.sort();
        QCOMPARE(keys, (QStringList{"2009-02", "2012", "2012-06", "2012-06-19", "9999-99-99"}));
    }
    void neverInventsADay()
    {
        const auto d = *PartialDate::parse(QStringLiteral("2009-02"));
        QCOMPARE(d.day(), 0);
        QCOMPARE(d.earliest(), QDate(2009, 2, 1));
        QVERIFY(!d.display(Lang::En).contains(QLatin1Char('1')) || d.display(Lang::En) == QStringLiteral("Feb 2009"));
    }
};

QTEST_APPLESS_MAIN(tst_PartialDate)
#include "tst_PartialDate.moc"
