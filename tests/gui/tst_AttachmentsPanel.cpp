// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/widgets/AttachmentsPanel.h"
#include "storage/EventRepository.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QDesktopServices>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

/// Stands in for the system's viewer: records what it was asked to open.
class ViewerSpy : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void openUrl(const QUrl& url) { opened << url; }
};

class tst_AttachmentsPanel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Fill::Empty);
        m_sources = std::make_unique<QTemporaryDir>();
        Event e;
        e.key = QStringLiteral("panel-1");
        e.titleEn = QStringLiteral("Meeting");
        Transaction tx(m_db->db().connection());
        QVERIFY(EventRepository(m_db->db().connection()).insert(e));
        QVERIFY(tx.commit());
        m_eventId = e.id;
        m_messages.clear();
        MessageBox::setTestHandler(
            [this](const QString& title, const QString& text) { m_messages << title + QStringLiteral(": ") + text; });
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_viewer, "openUrl");
        m_viewer.opened.clear();
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        MessageBox::setTestHandler({});
        FileDialog::setTestChooser({});
    }

    void addOpenRemove()
    {
        AttachmentsPanel panel(m_db->db(), QStringLiteral("event"), m_eventId);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* add = panel.findChild<QPushButton*>(QStringLiteral("addAttachment"));
        auto* open = panel.findChild<QPushButton*>(QStringLiteral("openAttachment"));
        auto* remove = panel.findChild<QPushButton*>(QStringLiteral("removeAttachment"));
        QVERIFY(add && open && remove);
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QVERIFY(!open->isEnabled() && !remove->isEnabled());

        const QString source = m_sources->filePath(QStringLiteral("議事録 (draft).txt"));
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("agreed: next round in spring\n");
        }
        FileDialog::setTestChooser([&](const QString&) { return source; });
        QSignalSpy changed(&panel, &AttachmentsPanel::changed);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_messages, QStringList());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QCOMPARE(panel.list()->topLevelItem(0)->text(0), QStringLiteral("議事録 (draft).txt"));
        QCOMPARE(panel.list()->topLevelItem(0)->text(1), QLocale().formattedDataSize(29));
        QVERIFY(!panel.list()->topLevelItem(0)->text(2).isEmpty());
        QVERIFY2(panel.selectedId() != 0, "the new attachment is selected");
        QVERIFY(open->isEnabled() && remove->isEnabled());

        // Open hands the viewer a read-only copy with the original name, not the stored file.
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(m_messages, QStringList());
        QCOMPARE(m_viewer.opened.size(), 1);
        const QString copy = m_viewer.opened.first().toLocalFile();
        QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("議事録 (draft).txt"));
        QVERIFY(!copy.startsWith(AttachmentStore::folderFor(m_db->path())));
        QFile c(copy);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), QByteArray("agreed: next round in spring\n"));
        QVERIFY(!(QFileInfo(copy).permissions() & QFileDevice::WriteOwner));

        // Remove asks first; "no" keeps it.
        MessageBox::setTestAnswer(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("議事録 (draft).txt")), qPrintable(m_messages.first()));
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        MessageBox::setTestAnswer(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QCOMPARE(changed.size(), 2);
        auto left = AttachmentStore(m_db->db()).list(QStringLiteral("event"), m_eventId);
        QVERIFY(left && left->isEmpty());
    }

    void refusalsAreShownAndChangeNothing()
    {
        AttachmentsPanel panel(m_db->db(), QStringLiteral("event"), m_eventId);
        FileDialog::setTestChooser([&](const QString&) { return m_sources->path(); });
        panel.addFile();
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("is a folder")), qPrintable(m_messages.first()));
        QCOMPARE(panel.list()->topLevelItemCount(), 0);

        // Cancelling the file dialog does nothing at all.
        FileDialog::setTestChooser([](const QString&) { return QString(); });
        panel.addFile();
        QCOMPARE(m_messages.size(), 1);
    }

    void aChangedFileIsNotOpened()
    {
        AttachmentStore store(m_db->db());
        const QString source = m_sources->filePath(QStringLiteral("brief.txt"));
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("original");
        }
        auto a = store.add(QStringLiteral("event"), m_eventId, source);
        QVERIFY(a);
        const QString stored = store.fileFor(a->sha256);
        QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QFile f(stored);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("tampered");
        }
        AttachmentsPanel panel(m_db->db(), QStringLiteral("event"), m_eventId);
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        panel.openSelected();
        QCOMPARE(m_viewer.opened.size(), 0);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("damaged or was changed")), qPrintable(m_messages.first()));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_sources;
    qint64 m_eventId = 0;
    QStringList m_messages;
    ViewerSpy m_viewer;
};

QTEST_MAIN(tst_AttachmentsPanel)
#include "tst_AttachmentsPanel.moc"
