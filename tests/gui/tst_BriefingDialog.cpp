// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing dialog driven offscreen: scope ticked from the page being viewed, options read from the widgets,
// bad dates refused with a message naming the field, and Save PDF through the FileDialog seam.
#include "gui/FileDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/dialogs/BriefingDialog.h"
#include "storage/CountryRepository.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class tst_BriefingDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_BriefingDialog"));
        QSettings().clear();
    }

    void init()
    {
        m_messages.clear();
        MessageBox::setTestHandler([this](const QString&, const QString& text) { m_messages << text; });
    }
    void cleanup()
    {
        MessageBox::setTestHandler({});
        FileDialog::setTestChooser({});
    }

    void prefilledWithTheCountryViewed()
    {
        BriefingDialog dialog(m_db.db());
        auto none = dialog.options();
        QVERIFY(!none.ok());
        dialog.setCountry(QStringLiteral("US"));
        auto o = dialog.options();
        QVERIFY2(o.ok(), qPrintable(o.error()));
        QCOMPARE(o->countries, QStringList{QStringLiteral("US")});
        QCOMPARE(o->sections, int(BriefingOptions::AllSections));
        QCOMPARE(o->maxClassification, 0);
    }

    void optionsFollowTheWidgets()
    {
        BriefingDialog dialog(m_db.db());
        dialog.show();
        dialog.setCountry(QStringLiteral("GB"));
        QTest::keyClicks(dialog.fromEdit(), QStringLiteral("2015"));
        QTest::keyClicks(dialog.toEdit(), QStringLiteral("2019-06"));
        dialog.languageBox()->setCurrentIndex(1);
        dialog.classificationBox()->setCurrentIndex(2);
        auto o = dialog.options();
        QVERIFY2(o.ok(), qPrintable(o.error()));
        QCOMPARE(o->from, QStringLiteral("2015"));
        QCOMPARE(o->to, QStringLiteral("2019-06"));
        QCOMPARE(o->lang, Lang::Ja);
        QCOMPARE(o->maxClassification, 2);
    }

    void badDateIsNamedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.pdf"));
        bool asked = false;
        FileDialog::setTestChooser([&](const QString&) {
            asked = true;
            return path;
        });
        BriefingDialog dialog(m_db.db());
        dialog.show();
        dialog.setCountry(QStringLiteral("US"));
        QTest::keyClicks(dialog.fromEdit(), QStringLiteral("2019-13"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages[0].startsWith(QStringLiteral("From: '2019-13'")), qPrintable(m_messages[0]));
        QVERIFY(!asked);
        QVERIFY(!QFile::exists(path));
    }

    void savePdfThroughTheSeam()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.pdf"));
        FileDialog::setTestChooser([&](const QString&) { return path; });
        BriefingDialog dialog(m_db.db());
        dialog.show();
        dialog.setCountry(QStringLiteral("US"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF-"));
        QVERIFY(dialog.isVisible()); // saving keeps the dialog open for the other language
    }

    void cancellingTheFileDialogWritesNothing()
    {
        FileDialog::setTestChooser([](const QString&) { return QString(); });
        BriefingDialog dialog(m_db.db());
        dialog.setCountry(QStringLiteral("US"));
        QVERIFY(!dialog.savePdf());
        QVERIFY(m_messages.isEmpty());
    }

    void fileMenuOpensItOnTheCountryViewed()
    {
        auto db = Database::open(m_db.path(), Database::Mode::OpenExisting);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        MainWindow window(std::move(db).value());
        window.show();
        auto us = CountryRepository(m_db.db().connection()).byCode(QStringLiteral("US"));
        QVERIFY(us.ok());
        window.navigate({NavTarget::Kind::Country, us->id});
        auto* action = window.findChild<QAction*>(QStringLiteral("briefingPack"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Briefing pack…"));
        QStringList ticked;
        bool seen = false;
        // The dialog is modal: it is read and closed from the event loop it runs.
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<BriefingDialog*>(QApplication::activeModalWidget());
            if (dialog) {
                seen = true;
                if (auto o = dialog->options())
                    ticked = o->countries;
                dialog->reject();
            }
        });
        action->trigger();
        QVERIFY(seen);
        QCOMPARE(ticked, QStringList{QStringLiteral("US")});
    }

private:
    TestDatabase m_db;
    QStringList m_messages;
};

QTEST_MAIN(tst_BriefingDialog)
#include "tst_BriefingDialog.moc"
