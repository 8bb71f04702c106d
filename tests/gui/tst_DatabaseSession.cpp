// SPDX-License-Identifier: GPL-3.0-or-later
// One open database with what reads and writes it: opening, opening another under the same models, refreshing.
#include "gui/DatabaseSession.h"
#include "gui/Housekeeping.h"
#include "models/Catalog.h"
#include "models/EntityTableModel.h"
#include "models/RecordStore.h"
#include "models/Sections.h"
#include "models/SqlListModel.h"
#include "storage/CountryRepository.h"
#include "support/TestDatabase.h"

#include <QDialog>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class tst_DatabaseSession : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<Database> open(const QString& path)
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        return db ? std::move(db).value() : nullptr;
    }

    static std::unique_ptr<DatabaseSession> makeSession(const QString& path)
    {
        return std::make_unique<DatabaseSession>(path, nullptr, [](QDialog*) { return int(QDialog::Rejected); });
    }

    static void waitForModels(const DatabaseSession& session)
    {
        for (int s = 0; s < Sections::Count; ++s) {
            if (auto* sql = qobject_cast<SqlListModel*>(session.model(s)))
                QVERIFY(sql->waitForIdle());
        }
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_DatabaseSession"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("backup/daily"), false);
    }

    void openingReadsTheCatalogAndFillsTheModels()
    {
        TestDatabase t;
        auto session = makeSession(t.path());
        QVERIFY(!session->isOpen());
        QVERIFY(!session->store());
        QSignalSpy opened(session.get(), &DatabaseSession::opened);
        QSignalSpy closing(session.get(), &DatabaseSession::closing);
        QVERIFY(session->open(open(t.path())));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(closing.count(), 0); // nothing was open before
        QVERIFY(session->isOpen());
        QCOMPARE(session->database().path(), t.path());
        QVERIFY(session->store() && session->edits());
        QCOMPARE(&session->store()->database(), &session->database());
        QCOMPARE(session->catalog().countries.size(), 25);
        waitForModels(*session);
        QCOMPARE(session->model(Sections::Countries)->rowCount(), 25);
        QVERIFY(session->model(Sections::Events)->rowCount() > 0);
        auto fr = CountryRepository(t.db().connection()).byCode(QStringLiteral("FR"));
        QVERIFY(fr);
        auto page = session->page(NavTarget{NavTarget::Kind::Country, fr->id});
        QVERIFY2(page, qPrintable(page.error()));
    }

    // Opening another database keeps the models (the views built on them stay) and replaces store and editors.
    void anotherDatabaseGoesUnderTheSameModels()
    {
        TestDatabase first;
        TestDatabase second(TestDatabase::Fill::Empty);
        auto session = makeSession(first.path());
        QVERIFY(session->open(open(first.path())));
        waitForModels(*session);
        EntityTableModel* countries = session->model(Sections::Countries);
        const QPointer<RecordStore> before = session->store();
        QSignalSpy closing(session.get(), &DatabaseSession::closing);
        bool oldStoreWhenClosing = false;
        connect(session.get(), &DatabaseSession::closing, this,
                [&] { oldStoreWhenClosing = before && session->store() == before; });
        QVERIFY(session->open(open(second.path())));
        QCOMPARE(closing.count(), 1);
        QVERIFY(oldStoreWhenClosing); // told while the old store is still there
        QVERIFY(!before);             // then it went
        QCOMPARE(session->database().path(), second.path());
        QCOMPARE(session->model(Sections::Countries), countries);
        waitForModels(*session);
        QCOMPARE(countries->rowCount(), 0);
        QVERIFY(session->catalog().countries.isEmpty());
    }

    // Several saves in a row are read again once, after they are all done.
    void savesAreReadAgainOnce()
    {
        TestDatabase t;
        auto session = makeSession(t.path());
        QVERIFY(session->open(open(t.path())));
        QSignalSpy refreshed(session.get(), &DatabaseSession::refreshed);
        for (const QString& code : {QStringLiteral("XA"), QStringLiteral("XB")}) {
            Country c;
            c.code = code;
            c.nameEn = QStringLiteral("Country ") + code;
            QVERIFY(session->store()->save(std::nullopt, c));
        }
        QCOMPARE(refreshed.count(), 0); // not while the saves run
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(session->catalog().countries.size(), 27);
        QCOMPARE(session->model(Sections::Countries)->rowCount(), 27);
    }

    void commitsByOthersAreReadAgain()
    {
        TestDatabase t;
        auto session = makeSession(t.path());
        session->housekeeping()->setPollInterval(20);
        QVERIFY(session->open(open(t.path())));
        QSignalSpy refreshed(session.get(), &DatabaseSession::refreshed);
        auto other = open(t.path());
        QVERIFY(other);
        Country c;
        c.code = QStringLiteral("XC");
        c.nameEn = QStringLiteral("Elsewhere");
        QVERIFY(CountryRepository(other->connection()).insert(c));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10000);
        QCOMPARE(session->catalog().countries.size(), 26);
    }
};

QTEST_MAIN(tst_DatabaseSession)
#include "tst_DatabaseSession.moc"
