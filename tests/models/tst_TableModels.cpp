// SPDX-License-Identifier: GPL-3.0-or-later
// Every table model under QAbstractItemModelTester, loaded from the bundled dataset.
#include "models/Catalog.h"
#include "models/EntityTableModel.h"
#include "models/RecordFilterProxy.h"
#include "models/Sections.h"
#include "models/SqlListModel.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_TableModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_db = std::make_unique<TestDatabase>(); }

    void modelsAreConsistent_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<int>("rows");
        QTest::newRow("countries") << int(Sections::Countries) << 25;
        QTest::newRow("dialogues") << int(Sections::Dialogues) << 16;
        QTest::newRow("fora") << int(Sections::Fora) << 15;
        QTest::newRow("events") << int(Sections::Events) << 83;
        QTest::newRow("agreements") << int(Sections::Agreements) << 4;
        QTest::newRow("policies") << int(Sections::Policies) << 17;
        QTest::newRow("actions") << int(Sections::Actions) << 0;
        QTest::newRow("organizations") << int(Sections::Organizations) << 0; // none bundled: tst_OrganizationTableModel
    }
    void modelsAreConsistent()
    {
        QFETCH(int, section);
        QFETCH(int, rows);
        auto catalog = Catalog::load(m_db->db());
        QVERIFY2(catalog, qPrintable(catalog.error()));
        auto model = Sections::createModel(Sections::Section(section), m_db->path());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->load(*catalog);
        auto* sql = qobject_cast<SqlListModel*>(model.get());
        if (sql)
            QVERIFY(sql->waitForIdle());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model->matchingCount(), qint64(rows));
        QCOMPARE(model->totalCount(), qint64(rows));
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->columnKeys().size(), model->columnCount());
        for (int r = 0; r < model->rowCount(); ++r) {
            const qint64 id = model->idAt(r);
            QCOMPARE(model->indexForId(id).row(), r);
            QCOMPARE(model->index(r, 0).data(EntityTableModel::IdRole).toLongLong(), id);
            if (!sql) // the big tables filter in SQL, not on folded row text
                QVERIFY(!model->foldedText(r).isEmpty());
        }
    }

    // The quick filter finds a country by its short form, which no column shows (豪 for Australia).
    void countriesAreFoundByTheirShortForms()
    {
        auto catalog = Catalog::load(m_db->db());
        QVERIFY2(catalog, qPrintable(catalog.error()));
        auto model = Sections::createModel(Sections::Countries, m_db->path());
        model->load(*catalog);
        RecordFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.setFilterText(QStringLiteral("豪"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("AU"));
        proxy.setFilterText(QStringLiteral("米"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("US"));
    }

    void unconfirmedFactsAreMarked()
    {
        auto catalog = Catalog::load(m_db->db());
        QVERIFY(catalog);
        auto model = Sections::createModel(Sections::Events, m_db->path());
        model->load(*catalog);
        QVERIFY(qobject_cast<SqlListModel*>(model.get())->waitForIdle());
        // Japan-UK round 2: place not confirmed in a source.
        bool found = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!model->index(r, 1).data().toString().contains(QStringLiteral("Japan-UK Cyber Dialogue — Round 2")))
                continue;
            found = true;
            const QModelIndex place = model->index(r, 6);
            QVERIFY(place.data(EntityTableModel::UnconfirmedRole).toBool());
            QCOMPARE(place.data().toString(), QStringLiteral("unknown"));
            QVERIFY(!place.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(found);
    }

    void partialDatesShowAsTheyAre()
    {
        auto catalog = Catalog::load(m_db->db());
        QVERIFY(catalog);
        auto model = Sections::createModel(Sections::Events, m_db->path());
        model->load(*catalog);
        QVERIFY(qobject_cast<SqlListModel*>(model.get())->waitForIdle());
        QStringList dates;
        for (int r = 0; r < model->rowCount(); ++r)
            dates << model->index(r, 0).data().toString();
        QVERIFY(dates.contains(QStringLiteral("Feb 2009")));  // ASEAN-Japan policy meeting 1
        QVERIFY(dates.contains(QStringLiteral("2012")));      // London Process, Budapest
        QVERIFY(dates.contains(QStringLiteral("19–20 Jun 2012")));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(tst_TableModels)
#include "tst_TableModels.moc"
