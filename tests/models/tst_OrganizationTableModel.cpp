// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Catalog.h"
#include "models/OrganizationTableModel.h"
#include "models/RecordFilterProxy.h"
#include "storage/EventRepository.h"
#include "storage/OrganizationRepository.h"
#include "support/OrganizationFixture.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_OrganizationTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const QSqlDatabase db = m_db->db().connection();
        Organization cert = OrganizationFixture::cert();
        cert.unconfirmedFields = {QStringLiteral("acronym")};
        QVERIFY(OrganizationRepository(db).insert(cert));
        m_cert = cert.id;
        Organization ministry;
        ministry.country = QStringLiteral("JP");
        ministry.nameEn = QStringLiteral("Ministry of Testing");
        ministry.kind = QStringLiteral("ministry");
        QVERIFY(OrganizationRepository(db).insert(ministry));
        Organization secretariat;
        secretariat.acronym = QStringLiteral("SEC");
        QVERIFY(OrganizationRepository(db).insert(secretariat));
        for (const QString& key : {QStringLiteral("t-1"), QStringLiteral("t-2")}) {
            Event e;
            e.key = key;
            e.titleEn = key;
            e.participants = {Participant{0, {}, QStringLiteral("Analyst"), {}, {}, cert.id}};
            QVERIFY(EventRepository(db).insert(e));
        }
    }

    void rowsShowEachOrganization()
    {
        auto catalog = Catalog::load(m_db->db());
        QVERIFY2(catalog, qPrintable(catalog.error()));
        OrganizationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(*catalog);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.columnKeys().size(), model.columnCount());
        QCOMPARE(model.kind(), NavTarget::Kind::Organization);

        const QModelIndex first = model.indexForId(m_cert);
        QVERIFY(first.isValid());
        const int r = first.row();
        QCOMPARE(model.index(r, OrganizationTableModel::Acronym).data().toString(), QStringLiteral("TESTCERT"));
        QVERIFY(model.index(r, OrganizationTableModel::Acronym).data(EntityTableModel::UnconfirmedRole).toBool());
        QCOMPARE(model.index(r, OrganizationTableModel::Name).data().toString(), QStringLiteral("Test CERT"));
        QCOMPARE(model.index(r, OrganizationTableModel::OtherName).data().toString(), QStringLiteral("テストCERT"));
        QCOMPARE(model.index(r, OrganizationTableModel::Country).data().toString(), QStringLiteral("France"));
        QCOMPARE(model.index(r, OrganizationTableModel::Kind).data().toString(), QStringLiteral("national CERT"));
        QCOMPARE(model.index(r, OrganizationTableModel::Events).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(r, OrganizationTableModel::Events).data(EntityTableModel::SortRole).toInt(), 2);
        QCOMPARE(model.index(r, 0).data(EntityTableModel::TargetRole).value<NavTarget>(),
                 (NavTarget{NavTarget::Kind::Organization, m_cert}));
        QCOMPARE(model.recordAt(first)->acronym, QStringLiteral("TESTCERT"));
        QCOMPARE(model.facetValue(r, 0), QStringLiteral("France"));
        QCOMPARE(model.facetValue(r, 1), QStringLiteral("national CERT"));
        QVERIFY(model.facetValues(1).contains(QStringLiteral("ministry")));
        // An organization of no country has an empty country cell, and 0 events.
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.index(i, OrganizationTableModel::Acronym).data().toString() == QLatin1String("SEC")) {
                QVERIFY(model.index(i, OrganizationTableModel::Country).data().toString().isEmpty());
                QCOMPARE(model.index(i, OrganizationTableModel::Events).data().toString(), QStringLiteral("0"));
            }
        }
    }

    void quickFilterFindsAnyShownValue()
    {
        auto catalog = Catalog::load(m_db->db());
        QVERIFY(catalog);
        OrganizationTableModel model;
        model.load(*catalog);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("テスト"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("ministry"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_cert = 0;
};

QTEST_GUILESS_MAIN(tst_OrganizationTableModel)
#include "tst_OrganizationTableModel.moc"
