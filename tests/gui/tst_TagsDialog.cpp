// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Tags… driven offscreen: new, rename, colour, merge, delete (confirmed with the number of records), undo,
// filter and "show records"; refusals keep everything as it was.
#include "gui/MessageBox.h"
#include "gui/dialogs/TagsDialog.h"
#include "models/RecordStore.h"
#include "models/TagListModel.h"
#include "storage/CountryRepository.h"
#include "support/TestDatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class tst_TagsDialog : public QObject
{
    Q_OBJECT
private:
    struct Messages
    {
        QStringList titles, texts;
    };

    static void click(TagsDialog& d, const char* name)
    {
        auto* b = d.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(b, name);
        QVERIFY2(b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static void typeName(TagsDialog& d, const QString& name)
    {
        d.nameEdit()->selectAll();
        QTest::keyClick(d.nameEdit(), Qt::Key_Backspace);
        QTest::keyClicks(d.nameEdit(), name);
    }

    static qint64 idOf(const QSqlDatabase& db, const QString& name) { return TagRepository(db).byName(name)->id; }

private slots:
    void init()
    {
        m_messages = {};
        MessageBox::setTestHandler([this](const QString& title, const QString& text) {
            m_messages.titles << title;
            m_messages.texts << text;
        });
    }
    void cleanup()
    {
        MessageBox::setTestHandler({});
        MessageBox::setTestAnswer(false);
        TagsDialog::setColorChooser({});
    }

    void managesTagsWithUndo()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        const QList<Country> countries = *CountryRepository(db).all();
        TagRepository repo(db);
        QVERIFY(repo.setTags(QStringLiteral("country"), countries[0].id, {QStringLiteral("CERT")}));
        QVERIFY(repo.setTags(QStringLiteral("country"), countries[1].id, {QStringLiteral("CERT")}));
        QVERIFY(repo.setTags(QStringLiteral("country"), countries[2].id, {QStringLiteral("Norms")}));
        RecordStore store(t.db());
        TagsDialog d(store);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.table()->model()->rowCount(), 2);
        QVERIFY(!d.findChild<QPushButton*>(QStringLiteral("delete"))->isEnabled()); // nothing selected yet

        // New
        typeName(d, QStringLiteral("Capacity building"));
        click(d, "new");
        QCOMPARE(d.table()->model()->rowCount(), 3);
        const qint64 capacity = idOf(db, QStringLiteral("capacity building"));
        QVERIFY(capacity > 0);
        QCOMPARE(d.selectedId(), capacity);
        // A name another tag has, in another case: refused with a message, nothing added.
        typeName(d, QStringLiteral("cert"));
        click(d, "new");
        QCOMPARE(m_messages.texts.size(), 1);
        QVERIFY2(m_messages.texts[0].contains(QStringLiteral("exists already")), qPrintable(m_messages.texts[0]));
        QCOMPARE(repo.all()->size(), 3);

        // Rename
        const qint64 cert = idOf(db, QStringLiteral("CERT"));
        d.select(cert);
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("CERT"));
        typeName(d, QStringLiteral("CSIRT"));
        click(d, "rename");
        QCOMPARE(repo.byId(cert)->name, QStringLiteral("CSIRT"));
        QCOMPARE(d.selectedId(), cert);
        typeName(d, QStringLiteral("norms"));
        click(d, "rename");
        QCOMPARE(m_messages.texts.size(), 2);
        QVERIFY2(m_messages.texts[1].contains(QStringLiteral("Merge into")), qPrintable(m_messages.texts[1]));
        QCOMPARE(repo.byId(cert)->name, QStringLiteral("CSIRT"));

        // Colour, through the chooser seam; the swatch follows.
        QColor offered;
        TagsDialog::setColorChooser([&](const QColor& initial, QWidget*) {
            offered = initial;
            return QColor(0xd6, 0x27, 0x28);
        });
        click(d, "color");
        QVERIFY(!offered.isValid()); // it had none
        QCOMPARE(repo.byId(cert)->color, QStringLiteral("#d62728"));
        const QModelIndex row = d.table()->selectionModel()->selectedRows().first();
        QCOMPARE(row.data(Qt::DecorationRole).value<QColor>(), QColor(0xd6, 0x27, 0x28));
        TagsDialog::setColorChooser([](const QColor&, QWidget*) { return QColor(); }); // cancelled
        click(d, "color");
        QCOMPARE(repo.byId(cert)->color, QStringLiteral("#d62728"));

        // Merge Norms into CSIRT, confirmed.
        const qint64 norms = idOf(db, QStringLiteral("Norms"));
        d.select(norms);
        d.mergeTarget()->setCurrentIndex(d.mergeTarget()->findText(QStringLiteral("CSIRT")));
        MessageBox::setTestAnswer(true);
        click(d, "merge");
        QVERIFY(!repo.byId(norms));
        QCOMPARE(repo.linksOf(cert)->size(), 3);
        QCOMPARE(d.table()->model()->rowCount(), 2);

        // Delete: the question names the number of records; "no" keeps it.
        d.select(cert);
        MessageBox::setTestAnswer(false);
        const int before = int(m_messages.texts.size());
        click(d, "delete");
        QCOMPARE(m_messages.texts.size(), before + 1);
        QVERIFY2(m_messages.texts.last().contains(QStringLiteral("3 record")), qPrintable(m_messages.texts.last()));
        QVERIFY(repo.byId(cert));
        MessageBox::setTestAnswer(true);
        click(d, "delete");
        QVERIFY(!repo.byId(cert));
        QCOMPARE(d.table()->model()->rowCount(), 1);

        // Undo: the tag comes back on its three records, then the merge comes apart.
        click(d, "undo");
        QCOMPARE(repo.byId(cert)->name, QStringLiteral("CSIRT"));
        QCOMPARE(repo.linksOf(cert)->size(), 3);
        click(d, "undo");
        QCOMPARE(*repo.tagsOf(QStringLiteral("country"), countries[2].id), QStringList{QStringLiteral("Norms")});
        QCOMPARE(repo.linksOf(cert)->size(), 2);
        QCOMPARE(d.table()->model()->rowCount(), 3);
        click(d, "redo");
        QVERIFY(!repo.byId(norms));
    }

    void filtersSortsAndShowsRecords()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        const QList<Country> countries = *CountryRepository(db).all();
        TagRepository repo(db);
        QVERIFY(repo.setTags(QStringLiteral("country"), countries[0].id,
                             {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("gamma")}));
        QVERIFY(repo.setTags(QStringLiteral("country"), countries[1].id, {QStringLiteral("gamma")}));
        RecordStore store(t.db());
        TagsDialog d(store);
        d.show();
        QAbstractItemModel* shown = d.table()->model();
        QCOMPARE(shown->index(0, TagListModel::Name).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(shown->index(2, TagListModel::Name).data().toString(), QStringLiteral("gamma"));
        d.table()->sortByColumn(TagListModel::Records, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, TagListModel::Name).data().toString(), QStringLiteral("gamma"));
        QTest::keyClicks(d.filterEdit(), QStringLiteral("ET"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, TagListModel::Name).data().toString(), QStringLiteral("beta"));

        QSignalSpy open(&d, &TagsDialog::openRequested);
        d.select(idOf(db, QStringLiteral("beta")));
        click(d, "show");
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().value<NavTarget>(), (NavTarget{NavTarget::Kind::Tag, idOf(db, QStringLiteral("beta"))}));
    }

private:
    Messages m_messages;
};

QTEST_MAIN(tst_TagsDialog)
#include "tst_TagsDialog.moc"
