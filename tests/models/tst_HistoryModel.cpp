// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_HistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void showsWhoWhatAndTheChangedFields()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        HistoryEntry update{1, QStringLiteral("2026-11-26T10:00:00.000Z"), QStringLiteral("tanaka"), QStringLiteral("event"), 7,
                            QStringLiteral("event"), 7, QStringLiteral("update"),
                            QStringLiteral(R"({"id":7,"title_en":"Old","place":"","version":1})"),
                            QStringLiteral(R"({"id":7,"title_en":"New","place":"Tokyo","version":2})")};
        HistoryEntry added{2, QStringLiteral("2026-11-26T10:01:00.000Z"), QStringLiteral("sato"), QStringLiteral("event"), 7,
                           QStringLiteral("participant"), 3, QStringLiteral("insert"), {},
                           QStringLiteral(R"({"id":3,"name":"Head of delegation"})")};
        model.setEntries({added, update});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, HistoryModel::Who).data().toString(), QStringLiteral("sato"));
        QCOMPARE(model.index(0, HistoryModel::What).data().toString(), QStringLiteral("participant added"));
        QCOMPARE(model.index(0, HistoryModel::Changes).data().toString(), QStringLiteral("Head of delegation"));
        QCOMPARE(model.index(1, HistoryModel::What).data().toString(), QStringLiteral("event changed"));
        const QString changes = model.index(1, HistoryModel::Changes).data().toString();
        QVERIFY2(changes.contains(QStringLiteral("title_en: Old \u2192 New")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("place: (empty) \u2192 Tokyo")), qPrintable(changes));
        QVERIFY2(!changes.contains(QStringLiteral("version")), qPrintable(changes)); // bookkeeping is left out
        QCOMPARE(model.entryAt(1).id, qint64(1));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_HistoryModel.moc"
