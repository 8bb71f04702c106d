// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's PDF text layer maps ideographs whose glyph a radical shares to the radical (日 → ⽇); the fix maps them back.
#include "PdfText.h"
#include "reports/BriefingPdfWriter.h"
#include "reports/PdfToUnicodeFix.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kText = QStringLiteral("日本の方針 長期 立案 一覧 日米サイバー対話 Japan 9–10 May");

QByteArray rawPdf(const QString& family)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter p(&writer);
    QFont f(family);
    f.setPointSize(14);
    f.setStyleStrategy(QFont::PreferNoShaping); // as the pack does: shaped digits have no ToUnicode entry at all
    p.setFont(f);
    p.drawText(QPointF(200, 400), kText);
    p.end();
    return bytes;
}
} // namespace

class tst_PdfToUnicodeFix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto family = BriefingPdfWriter::fontFamily();
        QVERIFY2(family.ok(), qPrintable(family.error()));
        m_family = *family;
        QVERIFY(m_dir.isValid());
    }

    void radicalMap()
    {
        const auto map = PdfToUnicodeFix::radicalMap({QRawFont::fromFont(QFont(m_family))});
        QCOMPARE(map.value(0x2F47), QStringLiteral("日")); // ⽇, by decomposition
        QCOMPARE(map.value(0x2F00), QStringLiteral("一"));
        QCOMPARE(map.value(0x2FA7), QStringLiteral("長"));
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            QVERIFY(it.value().size() == 1 && it.value().at(0) >= QChar(0x3400) && it.value().at(0) <= QChar(0x9FFF));
    }

    void textMapInvertsQtsChoice()
    {
        const auto map = PdfToUnicodeFix::textMap(kText, {QRawFont::fromFont(QFont(m_family))});
        QCOMPARE(map.value(0x2F47), QStringLiteral("日"));
        QCOMPARE(map.value(0x2012), QStringLiteral("–")); // figure dash, drawn with the en dash's glyph
        QCOMPARE(map.value(0xFB01), QStringLiteral("fi"));
        QCOMPARE(map.value(0x0009), QStringLiteral(" ")); // the space's glyph is the tab's too
        QVERIFY(!map.contains(u'J'));
    }

    void qtWritesRadicalsAndTheFixRemovesThem()
    {
        const QByteArray raw = rawPdf(m_family);
        const QString before = m_dir.filePath(QStringLiteral("raw.pdf"));
        QFile f(before);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(raw);
        f.close();
        const QString rawText = PdfText::text(before).trimmed();
        if (PdfText::radicals(rawText).isEmpty())
            QSKIP("this Qt writes ideographs in its ToUnicode tables already");

        int replaced = 0;
        auto fixed = PdfToUnicodeFix::apply(raw, PdfToUnicodeFix::textMap(kText, {QRawFont::fromFont(QFont(m_family))}),
                                            &replaced);
        QVERIFY2(fixed.ok(), qPrintable(fixed.error()));
        QVERIFY(replaced > 0);
        const QString after = m_dir.filePath(QStringLiteral("fixed.pdf"));
        QFile g(after);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(*fixed);
        g.close();
        QCOMPARE(PdfText::text(after).trimmed(), kText);
        QCOMPARE(PdfText::pages(after), 1);
        // The rebuilt cross-reference table is right: poppler reads it without a repair warning.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {after});
        QVERIFY(info.waitForFinished());
        QCOMPARE(QString::fromUtf8(info.readAllStandardError()), QString());
    }

    void charactersOutsideTheBmpGetTheirEntries()
    {
        // 𠮷 (U+20BB7) is in Noto Sans CJK; 😀 (U+1F600) is not, Qt draws it in a fallback font (DejaVu Sans).
        const QString text = QStringLiteral("𠮷野家 髙橋 﨑 😀 𩸽");
        QFont regular(m_family), bold(m_family);
        for (QFont* f : {&regular, &bold}) {
            f->setPointSize(14);
            f->setStyleStrategy(QFont::PreferNoShaping);
        }
        bold.setBold(true);
        QByteArray raw;
        {
            QBuffer buffer(&raw);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter p(&writer);
            p.setFont(regular);
            p.drawText(QPointF(200, 400), text);
            p.setFont(bold);
            p.drawText(QPointF(200, 800), text);
        }
        const QString before = m_dir.filePath(QStringLiteral("wide-raw.pdf"));
        QFile f(before);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(raw);
        f.close();
        const QString rawText = PdfText::text(before);
        if (rawText.contains(QStringLiteral("𠮷")))
            QSKIP("this Qt names characters outside the BMP in its ToUnicode tables already");

        const QList<PdfToUnicodeFix::WideGlyph> wide = PdfToUnicodeFix::wideGlyphs(text, {regular, bold});
        QSet<char32_t> drawn;
        for (const auto& g : wide)
            drawn.insert(g.codePoint);
        QVERIFY(drawn.contains(0x20BB7));
        const bool emoji = drawn.contains(0x1F600); // some font on this machine has a glyph for it
        int replaced = 0;
        auto fixed =
            PdfToUnicodeFix::apply(raw, PdfToUnicodeFix::textMap(text, {QRawFont::fromFont(regular)}), &replaced, wide);
        QVERIFY2(fixed.ok(), qPrintable(fixed.error()));
        const QString after = m_dir.filePath(QStringLiteral("wide-fixed.pdf"));
        QFile g(after);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(*fixed);
        g.close();
        const QStringList lines = PdfText::lines(PdfText::text(after));
        const QString expected = emoji ? text : QString(text).remove(QStringLiteral("😀 "));
        QVERIFY2(lines.contains(expected), qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(lines.count(expected), 2); // regular and bold
        QVERIFY(emoji); // fonts-dejavu-core draws 😀 on the build host; without it the text layer could not name it
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {after});
        QVERIFY(info.waitForFinished());
        QCOMPARE(QString::fromUtf8(info.readAllStandardError()), QString());
    }

    void aPdfWithoutRadicalsIsLeftAlone()
    {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter p(&writer);
            p.setFont(QFont(m_family));
            p.drawText(QPointF(200, 400), QStringLiteral("Plain text"));
        }
        int replaced = -1;
        auto fixed = PdfToUnicodeFix::apply(bytes, PdfToUnicodeFix::radicalMap({}), &replaced);
        QVERIFY(fixed.ok());
        QCOMPARE(replaced, 0);
        QCOMPARE(*fixed, bytes);
    }

    void notAPdfIsAnError()
    {
        auto r = PdfToUnicodeFix::apply(QByteArray("hello"), {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("startxref")));
    }

private:
    QString m_family;
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_PdfToUnicodeFix)
#include "tst_PdfToUnicodeFix.moc"
