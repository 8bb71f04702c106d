// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NavigationHistory.h"

#include <QSignalSpy>
#include <QTest>

namespace {
NavTarget country(qint64 id) { return {NavTarget::Kind::Country, id}; }
NavTarget meeting(qint64 id) { return {NavTarget::Kind::Event, id}; }
} // namespace

class tst_NavigationHistory : public QObject
{
    Q_OBJECT
private slots:
    void startsEmpty()
    {
        NavigationHistory history;
        QVERIFY(!history.current().isValid());
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.back().isValid());
        QVERIFY(!history.forward().isValid());
        QCOMPARE(history.cap(), NavigationHistory::kDefaultCap);
    }

    void backAndForwardReturnTheRecordNowCurrent()
    {
        NavigationHistory history;
        QVERIFY(history.visit(country(1)));
        QVERIFY(history.visit(meeting(2)));
        QVERIFY(history.visit(country(3)));
        QCOMPARE(history.current(), country(3));
        QCOMPARE(history.back(), meeting(2));
        QCOMPARE(history.current(), meeting(2));
        QCOMPARE(history.back(), country(1));
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.back().isValid()); // nothing before the first: no step
        QCOMPARE(history.current(), country(1));
        QCOMPARE(history.forward(), meeting(2));
        QCOMPARE(history.forward(), country(3));
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.forward().isValid());
        QCOMPARE(history.current(), country(3));
    }

    void aNewVisitDropsTheForwardHistory()
    {
        NavigationHistory history;
        history.visit(country(1));
        history.visit(country(2));
        history.visit(country(3));
        history.back();
        history.back();
        QVERIFY(history.visit(meeting(9)));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.entries(), (QList<NavTarget>{country(1), meeting(9)}));
        QCOMPARE(history.back(), country(1));
    }

    void theCurrentRecordAgainOrAnInvalidOneIsNotRecorded()
    {
        NavigationHistory history;
        QVERIFY(!history.visit(NavTarget{}));
        QVERIFY(!history.visit(NavTarget{NavTarget::Kind::Event, 0}));
        QVERIFY(history.entries().isEmpty());
        history.visit(country(1));
        history.visit(meeting(2));
        QVERIFY(!history.visit(meeting(2)));
        QCOMPARE(history.entries(), (QList<NavTarget>{country(1), meeting(2)}));
        QCOMPARE(history.back(), country(1)); // one step back leaves the record, not a copy of it
        // The same record again, but not right after itself, is a visit of its own.
        QVERIFY(history.visit(meeting(2)));
        QVERIFY(history.visit(country(1)));
        QCOMPARE(history.entries(), (QList<NavTarget>{country(1), meeting(2), country(1)}));
        // Going back to a record and visiting it again keeps the forward history.
        history.back();
        QVERIFY(!history.visit(meeting(2)));
        QVERIFY(history.canGoForward());
    }

    void theOldestAreForgottenBeyondTheCap()
    {
        NavigationHistory history(3);
        for (qint64 id = 1; id <= 5; ++id)
            history.visit(country(id));
        QCOMPARE(history.entries(), (QList<NavTarget>{country(3), country(4), country(5)}));
        QCOMPARE(history.back(), country(4));
        QCOMPARE(history.back(), country(3));
        QVERIFY(!history.canGoBack());
        QCOMPARE(NavigationHistory(0).cap(), 1); // at least the current record
    }

    void availabilityIsSignalledWhenItChanges()
    {
        NavigationHistory history;
        QSignalSpy spy(&history, &NavigationHistory::availabilityChanged);
        const auto last = [&] { return std::pair{spy.last().at(0).toBool(), spy.last().at(1).toBool()}; };
        history.visit(country(1)); // still nowhere to go
        QCOMPARE(spy.count(), 0);
        history.visit(country(2));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(last(), std::pair(true, false));
        history.visit(country(3)); // Back was already possible
        QCOMPARE(spy.count(), 1);
        history.back();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(last(), std::pair(true, true));
        history.back();
        QCOMPARE(spy.count(), 3);
        QCOMPARE(last(), std::pair(false, true));
        history.back(); // refused: nothing changes, nothing is said
        QCOMPARE(spy.count(), 3);
        history.visit(meeting(7));
        QCOMPARE(spy.count(), 4);
        QCOMPARE(last(), std::pair(true, false));
        history.clear();
        QCOMPARE(spy.count(), 5);
        QCOMPARE(last(), std::pair(false, false));
        QVERIFY(!history.current().isValid());
        history.clear();
        QCOMPARE(spy.count(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_NavigationHistory)
#include "tst_NavigationHistory.moc"
