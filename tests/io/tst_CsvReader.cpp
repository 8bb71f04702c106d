// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"
#include "io/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

class tst_CsvReader : public QObject
{
    Q_OBJECT
private slots:
    void rfc4180()
    {
        const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\r\n");
        auto rows = CsvReader::parse(text, QStringLiteral("t.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 3);
        // The CRLF inside the quoted field is the value's own: kept as it is.
        QCOMPARE(rows->at(1).fields,
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")}));
        QCOMPARE(rows->at(1).line, 2);
        QCOMPARE(rows->at(2).line, 4); // the record after a two-line field
        QCOMPARE(rows->at(2).fields, (QStringList{QString(), QString(), QString()}));
    }

    void lfAndMissingFinalNewline()
    {
        auto rows = CsvReader::parse(QStringLiteral("a,b\n1,2\n\n3,4"), QStringLiteral("t.csv"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(2).line, 4);
        QCOMPARE(rows->at(2).fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    }

    void errorsNameFileLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated") << QStringLiteral("a,b\n1,\"open\n2,3\n")
                                      << QStringLiteral("t.csv: line 2, column 3: the quoted field that starts here is never closed");
        QTest::newRow("after quote") << QStringLiteral("a,b\n\"x\"y,2\n")
                                     << QStringLiteral("t.csv: line 2, column 4: 'y' after the closing quote");
        QTest::newRow("stray quote") << QStringLiteral("a,b\nx\"y,2\n")
                                     << QStringLiteral("t.csv: line 2, column 2: a quote inside an unquoted field");
        QTest::newRow("columns") << QStringLiteral("a,b\n1,2,3\n") << QStringLiteral("t.csv: line 2: 3 fields where the header has 2");
        QTest::newRow("empty") << QString() << QStringLiteral("t.csv: the file is empty");
    }

    void errorsNameFileLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        auto rows = CsvReader::parse(text, QStringLiteral("t.csv"));
        QVERIFY(!rows.ok());
        QVERIFY2(rows.error().startsWith(error), qPrintable(rows.error()));
    }

    void encodings()
    {
        const QString text = QStringLiteral("name\n日本語の会議①\n");
        auto utf8 = TextDecoder::decode(text.toUtf8(), QStringLiteral("t.csv"));
        QVERIFY(utf8.ok());
        QCOMPARE(utf8->encoding, QStringLiteral("UTF-8"));
        auto bom = TextDecoder::decode("\xEF\xBB\xBF" + text.toUtf8(), QStringLiteral("t.csv"));
        QVERIFY(bom.ok());
        QCOMPARE(bom->text, text); // the BOM is not part of the first header name
        QStringEncoder toSjis("CP932");
        auto sjis = TextDecoder::decode(toSjis(text), QStringLiteral("t.csv"));
        QVERIFY2(sjis.ok(), qPrintable(sjis.error()));
        QCOMPARE(sjis->encoding, QStringLiteral("Shift_JIS (CP932)"));
        QCOMPARE(sjis->text, text);
        QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        auto utf16 = TextDecoder::decode(toUtf16(text), QStringLiteral("t.csv"));
        QVERIFY(utf16.ok());
        QCOMPARE(utf16->encoding, QStringLiteral("UTF-16LE (BOM)"));
        QCOMPARE(utf16->text, text);
        auto bad = TextDecoder::decode("name\nab\xFF\n", QStringLiteral("t.csv"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(QStringLiteral("t.csv: line 2, column 3: byte 0xff")), qPrintable(bad.error()));
    }

    void formatRowQuotesOnlyWhereNeeded()
    {
        const QStringList fields{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("q\"q"), QStringLiteral("l\nl")};
        const QString line = CsvReader::formatRow(fields);
        QCOMPARE(line, QStringLiteral("plain,\"a,b\",\"q\"\"q\",\"l\nl\""));
        auto back = CsvReader::parse(line, QStringLiteral("t.csv"));
        QVERIFY(back.ok());
        QCOMPARE(back->first().fields, fields);
    }

    void valuesSurviveFormatAndParseExactly_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written"); ///< the cell as formatRow writes it
        auto row = [](const char* name, const char* value, const char* written) {
            QTest::newRow(name) << QString::fromUtf8(value) << QString::fromUtf8(written);
        };
        row("crlf", "two\r\nlines", "\"two\r\nlines\"");
        row("lone cr", "a\rb", "\"a\rb\"");
        row("padded", "  padded  ", "\"  padded  \"");
        row("tab padded", "x\t", "\"x\t\"");
        row("formula", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0");
        row("plus", "+81 3 1234", "'+81 3 1234");
        row("minus", "-1", "'-1");
        row("at", "@SUM(A1:A2)", "'@SUM(A1:A2)");
        row("tab", "\t=1", "'\t=1");
        row("cr", "\r=1", "\"'\r=1\"");
        row("already guarded", "'=1", "''=1");
        row("two apostrophes", "''-x", "'''-x");
        row("apostrophe alone", "'", "'");
        row("apostrophe text", "'quoted'", "'quoted'");
        row("sql", "'); DROP TABLE event;--", "'); DROP TABLE event;--");
        row("formula with comma", "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        row("inside", "a=b", "a=b");
        row("non-BMP", "𠮷野家 😀", "𠮷野家 😀");
    }

    void valuesSurviveFormatAndParseExactly()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        const QString line = CsvReader::formatRow({QStringLiteral("first"), value});
        QCOMPARE(line, QStringLiteral("first,") + written);
        // Both line ends: a file may have been saved again with LF.
        for (const QString& end : {QStringLiteral("\r\n"), QStringLiteral("\n")}) {
            auto back = CsvReader::parse(QStringLiteral("a,b") + end + line + end, QStringLiteral("t.csv"));
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(back->size(), 2);
            QCOMPARE(back->at(1).fields, (QStringList{QStringLiteral("first"), value}));
        }
    }

    void guardIsItsOwnInverse()
    {
        // Every cell a spreadsheet would run is guarded; unguarding gives back exactly what was guarded.
        for (const char* v : {"=1", "+1", "-1", "@1", "\t1", "\r1", "'=1", "''@x", "'", "''", "x", "", "'x"}) {
            const QString value = QString::fromLatin1(v);
            const QString guarded = CsvReader::guardFormula(value);
            QCOMPARE(CsvReader::unguardFormula(guarded), value);
            const QChar first = guarded.isEmpty() ? QChar() : guarded.front();
            QVERIFY2(first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
                         first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'),
                     v);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
