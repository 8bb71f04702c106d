// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TagListModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

class tst_TagListModel : public QObject
{
    Q_OBJECT
private:
    static TagUsage usage(qint64 id, const QString& name, const QString& color, int events, int countries = 0)
    {
        TagUsage u{Tag{id, name, color}, {}};
        if (events)
            u.counts.insert(QStringLiteral("event"), events);
        if (countries)
            u.counts.insert(QStringLiteral("country"), countries);
        return u;
    }

private slots:
    void showsNameSwatchAndCount()
    {
        TagListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTags({usage(1, QStringLiteral("CERT"), QStringLiteral("#1f77b4"), 3, 1), usage(2, QStringLiteral("Norms"), {}, 0)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TagListModel::ColumnCount));
        const QModelIndex cert = model.index(0, TagListModel::Name);
        QCOMPARE(cert.data().toString(), QStringLiteral("CERT"));
        QCOMPARE(cert.data(Qt::DecorationRole).value<QColor>(), QColor(0x1f, 0x77, 0xb4));
        QCOMPARE(model.index(0, TagListModel::Records).data().toInt(), 4);
        // Kinds in a fixed order; the plural forms come from the translation, absent here.
        const QString breakdown = model.index(0, TagListModel::Records).data(Qt::ToolTipRole).toString();
        QVERIFY2(breakdown.startsWith(QStringLiteral("1 countr")) && breakdown.contains(QStringLiteral(", 3 event")),
                 qPrintable(breakdown));
        TagUsage onOrganizations = usage(3, QStringLiteral("Regulator"), {}, 0);
        onOrganizations.counts.insert(QStringLiteral("organization"), 2);
        model.setTags({onOrganizations});
        QVERIFY2(model.index(0, TagListModel::Records).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("2 organization")),
                 qPrintable(model.index(0, TagListModel::Records).data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(0, TagListModel::Records).data().toInt(), 2);
        model.setTags({usage(1, QStringLiteral("CERT"), QStringLiteral("#1f77b4"), 3, 1), usage(2, QStringLiteral("Norms"), {}, 0)});
        QVERIFY(!model.index(1, TagListModel::Name).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(1, TagListModel::Records).data(Qt::ToolTipRole).toString(), QStringLiteral("on no record"));
        QCOMPARE(model.index(1, TagListModel::Name).data(TagListModel::IdRole).toLongLong(), 2);
        QCOMPARE(model.indexForId(2).row(), 1);
        QVERIFY(!model.indexForId(9).isValid());
        QCOMPARE(model.names(), (QStringList{QStringLiteral("CERT"), QStringLiteral("Norms")}));
    }

    void updatesRowByRow()
    {
        TagListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTags({usage(1, QStringLiteral("A"), {}, 1), usage(2, QStringLiteral("B"), {}, 1), usage(3, QStringLiteral("C"), {}, 1)});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // B merged into C (B goes, C counts more), A renamed, D new.
        model.setTags({usage(1, QStringLiteral("A2"), {}, 1), usage(3, QStringLiteral("C"), {}, 2), usage(4, QStringLiteral("D"), {}, 0)});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.names(), (QStringList{QStringLiteral("A2"), QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(model.index(1, TagListModel::Records).data().toInt(), 2);
        changed.clear();
        model.setTags({usage(1, QStringLiteral("A2"), {}, 1), usage(3, QStringLiteral("C"), {}, 2), usage(4, QStringLiteral("D"), {}, 0)});
        QCOMPARE(changed.count(), 0); // nothing changed, nothing signalled
        model.setTags({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TagListModel)
#include "tst_TagListModel.moc"
