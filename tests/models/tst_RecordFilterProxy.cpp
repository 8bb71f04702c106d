// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Catalog.h"
#include "models/EntityTableModel.h"
#include "models/RecordFilterProxy.h"
#include "models/Sections.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_RecordFilterProxy : public QObject
{
    Q_OBJECT
private:
    QStringList names(const RecordFilterProxy& proxy, int column) const
    {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, column).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        auto catalog = Catalog::load(m_db->db());
        QVERIFY(catalog);
        m_dialogues = Sections::createModel(Sections::Dialogues, m_db->path());
        m_dialogues->load(*catalog);
        m_countries = Sections::createModel(Sections::Countries, m_db->path());
        m_countries->load(*catalog);

    }

    void quickFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ja 2 chars") << "日米" << QStringList{"Japan-U.S. Cyber Dialogue",
                                                            "Japan-U.S.-ROK expert meeting on cybersecurity of critical infrastructure",
                                                            "Quad Senior Cyber Group"};
        QTest::newRow("ja 1 char") << "豪" << QStringList{"Japan-Australia Cyber Policy Dialogue", "Quad Senior Cyber Group"};
        QTest::newRow("ja 1 char kanji") << "仏" << QStringList{"Japan-France Cyber Dialogue"};
        QTest::newRow("full-width latin") << "ＥＵ" << QStringList{"Japan-EU Cyber Dialogue"};
        QTest::newRow("half-width kana") << "ﾘﾄｱﾆｱ" << QStringList{"Japan-Lithuania Cyber Consultation"};
        QTest::newRow("english any case") << "QUAD" << QStringList{"Quad Senior Cyber Group"};
        QTest::newRow("two terms") << "japan germany" << QStringList{"Japan-Germany Cyber Consultations"};
        QTest::newRow("no match") << "Atlantis" << QStringList{};
    }
    void quickFilter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        RecordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_dialogues.get());
        QSignalSpy changed(&proxy, &RecordFilterProxy::filterChanged);
        proxy.setFilterText(text);
        QCOMPARE(changed.count(), 1);
        proxy.sort(0);
        QStringList got = names(proxy, 0);
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
    }

    void facetsAndYears()
    {
        RecordFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_countries.get());
        const int region = 0;
        proxy.setFacet(region, QStringLiteral("Southeast Asia"));
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setFilterText(QStringLiteral("タイ"));
        QCOMPARE(names(proxy, 0), QStringList{QStringLiteral("TH")});
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 25);

        RecordFilterProxy dialogues;
        dialogues.setSourceModel(m_dialogues.get());
        dialogues.setYearRange(2014, 2014);
        QCOMPARE(dialogues.rowCount(), 5); // EU, China-ROK, Israel, France and Estonia were first held in 2014
        for (int r = 0; r < dialogues.rowCount(); ++r)
            QCOMPARE(dialogues.index(r, 0).data(EntityTableModel::DateRole).toInt(), 2014);
        dialogues.setYearRange(2016, 0);
        for (int r = 0; r < dialogues.rowCount(); ++r)
            QVERIFY(dialogues.index(r, 0).data(EntityTableModel::DateRole).toInt() >= 2016);
    }

    void sortsDatesChronologicallyWithUnknownLast()
    {
        RecordFilterProxy proxy;
        proxy.setSourceModel(m_dialogues.get());
        const int firstHeld = 4;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(firstHeld, order);
            QString previous;
            bool seenUnknown = false;
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const QString key = proxy.index(r, firstHeld).data(EntityTableModel::SortRole).toString();
                if (key.isEmpty()) {
                    seenUnknown = true;
                    continue;
                }
                QVERIFY2(!seenUnknown, "a known date after an unknown one");
                if (!previous.isEmpty())
                    QVERIFY(order == Qt::AscendingOrder ? previous <= key : previous >= key);
                previous = key;
            }
            QVERIFY(seenUnknown);
        }
    }

    void sortsNamesWithTheCollator()
    {
        RecordFilterProxy proxy;
        proxy.setSourceModel(m_countries.get());
        proxy.sort(1, Qt::AscendingOrder);
        const QStringList got = names(proxy, 1);
        QCOMPARE(got.first(), QStringLiteral("Australia"));
        QCOMPARE(got.last(), QStringLiteral("Viet Nam"));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EntityTableModel> m_dialogues, m_countries;
};

QTEST_GUILESS_MAIN(tst_RecordFilterProxy)
#include "tst_RecordFilterProxy.moc"
