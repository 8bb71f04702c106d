// SPDX-License-Identifier: GPL-3.0-or-later
// A record page's tags: coloured chips, each a link to the tag's page.
#include "gui/RecordPageView.h"
#include "models/RecordPageBuilder.h"
#include "storage/CountryRepository.h"
#include "storage/TagRepository.h"
#include "support/TestDatabase.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class tst_RecordPageView : public QObject
{
    Q_OBJECT
private slots:
    void showsTagsAsChipsThatOpenTheTag()
    {
        TestDatabase t;
        const QSqlDatabase db = t.db().connection();
        TagRepository tags(db);
        const qint64 jp = CountryRepository(db).byCode(QStringLiteral("JP"))->id;
        QVERIFY(tags.setTags(QStringLiteral("country"), jp, {QStringLiteral("CERT"), QStringLiteral("R&D <lab>")}));
        const qint64 cert = tags.byName(QStringLiteral("CERT"))->id;
        QVERIFY(tags.setColor(cert, QStringLiteral("#1f77b4")));
        auto page = RecordPageBuilder(t.db()).build({NavTarget::Kind::Country, jp});
        QVERIFY2(page, qPrintable(page.error()));

        RecordPageView view;
        view.resize(800, 600);
        view.show();
        view.showPage(*page);
        auto* chips = view.findChild<QLabel*>(QStringLiteral("tagChips"));
        QVERIFY(chips);
        const QString html = chips->text();
        QVERIFY2(html.contains(QStringLiteral("background-color:#1f77b4")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("color:#ffffff")), qPrintable(html)); // light text on the dark blue
        QVERIFY2(html.contains(QStringLiteral("R&amp;D &lt;lab&gt;")), qPrintable(html)); // names are escaped
        QVERIFY(html.contains(QStringLiteral("href=\"liaison:tag/%1\"").arg(cert)));

        QSignalSpy navigate(&view, &RecordPageView::navigateRequested);
        emit chips->linkActivated(NavTarget{NavTarget::Kind::Tag, cert}.toUrl());
        QTRY_COMPARE(navigate.count(), 1); // queued
        QCOMPARE(navigate.first().first().value<NavTarget>(), (NavTarget{NavTarget::Kind::Tag, cert}));

        // The tag's own page: its chip is no link, and its records are listed.
        auto tagPage = RecordPageBuilder(t.db()).build({NavTarget::Kind::Tag, cert});
        QVERIFY(tagPage);
        view.showPage(*tagPage);
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("tagChips"))->text().contains(QStringLiteral("href")));
        QVERIFY(view.sectionTree(QStringLiteral("tagged-country")));

        // No tags, no chips.
        auto plain = RecordPageBuilder(t.db()).build({NavTarget::Kind::Country, CountryRepository(db).byCode(QStringLiteral("US"))->id});
        view.showPage(*plain);
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("tagChips")));
    }
};

QTEST_MAIN(tst_RecordPageView)
#include "tst_RecordPageView.moc"
