// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TextFilter.h"

#include <QTest>

class tst_TextFilter : public QObject
{
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty matches all") << "" << "anything" << true;
        QTest::newRow("ja 2 chars") << "日米" << "日米サイバー対話 Japan-U.S. Cyber Dialogue" << true;
        QTest::newRow("ja 1 char") << "豪" << "日豪サイバー政策協議" << true;
        QTest::newRow("ja 1 char no match") << "豪" << "日英サイバー協議" << false;
        QTest::newRow("case-insensitive") << "cyber" << "Japan-UK Cyber Dialogue" << true;
        QTest::newRow("kana inside a word of kana") << "バー" << "サイバー" << true;
        QTest::newRow("full-width latin") << "ＡＳＥＡＮ" << "ASEAN-Japan Summit" << true;
        QTest::newRow("half-width kana") << "ｻｲﾊﾞｰ" << "日英サイバー協議" << true;
        QTest::newRow("full-width query half text") << "asean" << "ＡＳＥＡＮ" << true;
        QTest::newRow("ideographic space splits terms") << "日米　対話" << "日米サイバー対話" << true;
        QTest::newRow("all terms required") << "japan kenya" << "Japan-UK" << false;
        QTest::newRow("no match") << "zzz" << "Japan" << false;
        QTest::newRow("short word at a word start") << "cy" << "Japan-UK Cyber Dialogue" << true;
        QTest::newRow("short word inside a word") << "cy" << "Policy meeting" << false;
        QTest::newRow("short word after a hyphen") << "uk" << "Japan-UK" << true;
        QTest::newRow("short word after kana") << "eu" << "日EUサイバー対話" << true;
        QTest::newRow("short digits") << "10" << "Round 10" << true;
        QTest::newRow("short digits inside a number") << "10" << "2010" << false;
        QTest::newRow("words match at word starts") << "ber" << "Cyber" << false;
        QTest::newRow("a word prefix") << "cyberc" << "Cybercrime Convention" << true;
        QTest::newRow("punctuated terms anywhere") << "u.s." << "Japan-U.S. Dialogue" << true;
        QTest::newRow("short kana anywhere") << "イバ" << "サイバー" << true;
    }
    void matches()
    {
        QFETCH(QString, filter);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(TextFilter(filter).matches(text), expected);
    }
};

QTEST_APPLESS_MAIN(tst_TextFilter)
#include "tst_TextFilter.moc"
