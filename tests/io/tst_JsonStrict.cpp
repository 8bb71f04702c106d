// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/JsonStrict.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

class tst_JsonStrict : public QObject
{
    Q_OBJECT
private slots:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); ///< empty: no problem
        QTest::newRow("plain") << QByteArray(R"({"a": 1, "b": [true, null, "x"], "c": {"a": 2}})") << QString();
        QTest::newRow("same key in two objects") << QByteArray(R"([{"a": 1}, {"a": 2}])") << QString();
        QTest::newRow("same key at two depths") << QByteArray(R"({"a": {"a": 1}})") << QString();
        QTest::newRow("key twice")
            << QByteArray("{\"a\": 1,\n \"a\": 2}")
            << QStringLiteral(
                   "line 2, column 2: $: the key \"a\" appears twice in one object (first at line 1, column 2)");
        QTest::newRow("key twice deep") << QByteArray(R"({"x": [{"y": {"k": 1, "k": 2}}]})")
                                        << QStringLiteral("line 1, column 23: $.x[0].y: the key \"k\" appears twice");
        QTest::newRow("escaped twin") << QByteArray(R"({"ab": 1, "a\u0062": 2})")
                                      << QStringLiteral("the key \"ab\" appears twice");
        QTest::newRow("escaped twins") << QByteArray(R"({"\n": 1, "\u000a": 2})") << QStringLiteral("appears twice");
        QTest::newRow("columns count characters")
            << QByteArray("{\"日本\": \"\\ud800\"}")
            << QStringLiteral("line 1, column 9: $.日本: \\ud800 is half of a character");
        QTest::newRow("pair") << QByteArray(R"({"a": "\ud83d\ude00"})") << QString();
        QTest::newRow("lone high at end")
            << QByteArray(R"({"a": "x\ud83d"})") << QStringLiteral("$.a: \\ud83d is half");
        QTest::newRow("high then letter")
            << QByteArray(R"({"a": "\ud83dx"})") << QStringLiteral("$.a: \\ud83d is half");
        QTest::newRow("lone low") << QByteArray(R"({"a": "\ude00"})") << QStringLiteral("lone low surrogate");
        QTest::newRow("in a key") << QByteArray(R"({"a\ud800": 1})") << QStringLiteral("line 1, column 4: $: \\ud800");
        QTest::newRow("in an array") << QByteArray(R"({"a": ["ok", "\udfff"]})") << QStringLiteral("$.a[1]: \\udfff");
        QTest::newRow("unknown escape") << QByteArray(R"({"a": "\x41"})") << QStringLiteral("\\x is not an escape");
        QTest::newRow("short u escape") << QByteArray(R"({"a": "\u12"})") << QStringLiteral("four hexadecimal digits");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xC3\x28\"}")
                                       << QStringLiteral("byte 0xc3 is not valid UTF-8");
        QTest::newRow("encoded surrogate") << QByteArray("{\"a\": \"\xED\xA0\x80\"}") << QStringLiteral("byte 0xed");
        QTest::newRow("syntax left to QJsonDocument") << QByteArray("{\"a\": 1,, \"a\": 2}") << QString();
        QTest::newRow("truncated") << QByteArray("{\"a\": \"x") << QString();
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << QString();
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString problem = JsonStrict::firstProblem(json);
        if (expected.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void manyEscapedKeysInOneObject()
    {
        // Keys decoded from escapes are kept while the object is read: many of them, then one twice.
        QByteArray json = "{";
        for (int i = 0; i < 500; ++i)
            json += "\"k\\u0030" + QByteArray::number(i) + "\": 1, ";
        json += "\"k0250\": 2}";
        QVERIFY2(JsonStrict::firstProblem(json).contains(QStringLiteral("the key \"k0250\" appears twice")),
                 qPrintable(JsonStrict::firstProblem(json)));
    }

    void aLargeDumpIsReadInOnePass()
    {
        // 40 MB of records like a dump's; the time is printed for docs/RELIABILITY.md, not asserted.
        QByteArray record =
            R"({"key": "jp-gb-r1", "title_en": "Japan\u2013UK Cyber Dialogue", "title_ja": "日英サイバー対話",
 "start_date": "2012-06-19", "participants": [{"country": "JP", "role": "host"}, {"country": "GB"}],
 "sources": ["https://www.mofa.go.jp/"], "unconfirmed": false, "classification": 0, "note": "a\nb"})";
        QByteArray json = R"({"format": "liaison-dataset", "version": 1, "events": [)";
        const int n = int(40000000 / record.size());
        json.reserve(n * (record.size() + 2) + 10);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                json += ",\n";
            json += record;
        }
        json += "]}";
        QElapsedTimer t;
        t.start();
        const QString problem = JsonStrict::firstProblem(json);
        const qint64 scan = t.elapsed();
        QCOMPARE(problem, QString());
        t.restart();
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const qint64 parse = t.elapsed();
        QVERIFY(doc.isObject());
        qInfo("%lld MB: strict pass %lld ms, QJsonDocument %lld ms", qint64(json.size() >> 20), scan, parse);
    }
};

QTEST_GUILESS_MAIN(tst_JsonStrict)
#include "tst_JsonStrict.moc"
