// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing PDF read back with poppler-utils: page count and size, contents page numbers against the pages the
// headings are on, running header and footer, repeated table headers, embedded fonts, exact text in both languages.
#include "BriefingFixture.h"
#include "PdfText.h"
#include "reports/BriefingComposer.h"
#include "reports/BriefingPdfWriter.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Written
{
    QString path;
    int pages = 0;
    BriefingDocument doc;
};

/// A synthetic pack whose first chapter is a table of many pages, so later headings land on later pages.
BriefingDocument longDocument()
{
    BriefingDocument d;
    d.title = QStringLiteral("Briefing pack");
    d.scope = QStringLiteral("Long table test");
    d.asOfLabel = QStringLiteral("As of 26 Nov 2026");
    d.contentsTitle = QStringLiteral("Contents");
    d.pageFormat = QStringLiteral("Page %1 of %2");
    d.marking = QStringLiteral("UNCLASSIFIED");
    QString rows;
    for (int i = 1; i <= 240; ++i)
        rows += QStringLiteral("<tr><td>row %1</td><td>value %1</td></tr>\n").arg(i);
    d.sections << BriefingSection{
        QStringLiteral("long"), QStringLiteral("Long chapter"),
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                       "<thead><tr><th>Column Alpha</th><th>Column Beta</th></tr></thead>"
                       "<tbody>%1</tbody></table>")
            .arg(rows)};
    for (int c = 2; c <= 4; ++c) {
        QString text;
        for (int p = 0; p < 12 * c; ++p)
            text +=
                QStringLiteral("<p>Paragraph %1 of chapter %2, long enough to fill a line of the page body and then "
                               "some more words.</p>")
                    .arg(p)
                    .arg(c);
        d.sections << BriefingSection{QStringLiteral("c%1").arg(c), QStringLiteral("Chapter number %1").arg(c), text};
    }
    return d;
}

/// A pack whose table rows are several lines tall, so that page ends fall where rows would straddle them.
BriefingDocument tallRowsDocument()
{
    BriefingDocument d = longDocument();
    QString rows;
    for (int i = 1; i <= 60; ++i) {
        QString outcome = QStringLiteral("rowstart%1").arg(i);
        for (int l = 0; l < 2 + i % 5; ++l)
            outcome += QStringLiteral(" the outcome of this meeting runs over several lines of its cell, line %1 ").arg(l);
        outcome += QStringLiteral(" rowend%1").arg(i);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(i).arg(outcome);
    }
    d.sections = {BriefingSection{
        QStringLiteral("tall"), QStringLiteral("Tall rows"),
        QStringLiteral("<p>Introduction.</p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                       "<thead><tr><th width=\"10%\">Number</th><th width=\"90%\">Outcome</th></tr></thead>"
                       "<tbody>%1</tbody></table>")
            .arg(rows)}};
    return d;
}

/// A chapter of three 80 mm bar charts, each under its heading, the first and last with a note below (as the pack's
/// timeline and bars have, and its columns have not): two fit on a page, three do not.
BriefingDocument figuresDocument()
{
    BriefingDocument d = longDocument();
    QString html;
    for (int i = 1; i <= 3; ++i) {
        BriefingFigure f;
        f.kind = BriefingFigure::Kind::Bars;
        f.id = QStringLiteral("bars%1").arg(i);
        f.heightMm = 80;
        f.categories = {QStringLiteral("Alpha"), QStringLiteral("Beta")};
        f.values = {{12345}, {2}};
        d.figures << f;
        html += QStringLiteral("<h2>Figure heading %1</h2><p class=\"figure\"><img src=\"figure:bars%1\" "
                               "width=\"643\" height=\"302\" alt=\"\"/></p>")
                    .arg(i);
        if (i != 2)
            html += QStringLiteral("<p class=\"note\">Note under figure %1.</p>").arg(i);
    }
    d.sections = {BriefingSection{QStringLiteral("figures"), QStringLiteral("Figures"), html},
                  BriefingSection{QStringLiteral("after"), QStringLiteral("After the figures"),
                                  QStringLiteral("<p>Closing words.</p>")}};
    return d;
}

/// Contents entries read back from the contents page: title → page.
QList<std::pair<QString, int>> contents(const QString& pdf, const QStringList& titles)
{
    QList<std::pair<QString, int>> out;
    const QStringList lines = PdfText::lines(PdfText::text(pdf, 2));
    for (const QString& title : titles) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(title))
                continue;
            // The number is on the same line, or on the next one with text when the extractor splits the columns.
            QString rest = lines[i].mid(title.size()).trimmed();
            for (qsizetype k = i + 1; rest.isEmpty() && k < lines.size() && k <= i + 2; ++k)
                rest = lines[k];
            bool ok = false;
            const int page = rest.toInt(&ok);
            if (ok) {
                out.append({title, page});
                break;
            }
        }
    }
    return out;
}
} // namespace

class tst_BriefingPdfWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(BriefingFixture::add(m_db.db()));
        for (Lang lang : {Lang::En, Lang::Ja}) {
            BriefingOptions o;
            o.countries = {QStringLiteral("US")};
            o.lang = lang;
            o.maxClassification = 1;
            o.asOf = QDate(2026, 11, 26);
            auto doc = BriefingComposer(m_db.db().connection()).compose(o);
            QVERIFY2(doc.ok(), qPrintable(doc.error()));
            Written w{m_dir.filePath(QStringLiteral("us-%1.pdf").arg(langCode(lang))), 0, *doc};
            const Status s = BriefingPdfWriter::save(*doc, w.path, {}, &w.pages);
            QVERIFY2(s.ok(), qPrintable(s.error()));
            m_packs << w;
        }
        Written l{m_dir.filePath(QStringLiteral("long.pdf")), 0, longDocument()};
        QVERIFY(BriefingPdfWriter::save(l.doc, l.path, {}, &l.pages).ok());
        m_long = l;
    }

    void pageCountAndSize()
    {
        for (const Written& w : m_packs) {
            QVERIFY(w.pages >= 3);
            QCOMPARE(PdfText::pages(w.path), w.pages);
            QVERIFY(PdfText::run(QStringLiteral("pdfinfo"), {w.path}).contains(QStringLiteral("(A4)")));
        }
        QVERIFY2(m_long.pages >= 8, qPrintable(QString::number(m_long.pages)));
        QCOMPARE(PdfText::pages(m_long.path), m_long.pages);
    }

    void contentsPointAtTheHeadings()
    {
        QList<Written> all = m_packs;
        all << m_long;
        for (const Written& w : all) {
            QStringList titles;
            for (const BriefingSection& s : w.doc.sections)
                titles << s.title;
            const auto entries = contents(w.path, titles);
            QCOMPARE(entries.size(), titles.size());
            int previous = 0;
            for (const auto& [title, page] : entries) {
                QVERIFY2(page >= 3 && page <= w.pages, qPrintable(title));
                QVERIFY(page >= previous);
                previous = page;
                QVERIFY2(PdfText::lines(PdfText::text(w.path, page)).contains(title),
                         qPrintable(QStringLiteral("%1: '%2' not on page %3").arg(w.path, title).arg(page)));
                // The synthetic chapters' titles occur nowhere else, so they must not be a page early either.
                if (w.path == m_long.path && page > 3)
                    QVERIFY2(
                        !PdfText::lines(PdfText::text(w.path, page - 1)).contains(title),
                        qPrintable(QStringLiteral("%1: '%2' already on page %3").arg(w.path, title).arg(page - 1)));
            }
        }
        // The long pack's later chapters really are pages away from its first.
        const auto entries =
            contents(m_long.path, {QStringLiteral("Long chapter"), QStringLiteral("Chapter number 4")});
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[1].second > entries[0].second + 3);
    }

    void runningHeaderAndFooter()
    {
        const Written& en = m_packs[0];
        const Written& ja = m_packs[1];
        for (int page = 2; page <= en.pages; ++page) {
            const QString text = PdfText::text(en.path, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(en.pages)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("UNCLASSIFIED")));
            QVERIFY(text.contains(QStringLiteral("As of 26 Nov 2026")));
            QVERIFY(text.contains(QStringLiteral("United States")));
        }
        for (int page = 2; page <= ja.pages; ++page) {
            const QString text = PdfText::text(ja.path, page);
            QVERIFY2(text.contains(QStringLiteral("%1 / %2 ページ").arg(page).arg(ja.pages)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("指定なし")));
            QVERIFY(text.contains(QStringLiteral("2026年11月26日現在")));
        }
        // The cover names the scope, the date and the marking.
        const QString cover = PdfText::text(en.path, 1);
        QVERIFY(cover.contains(QStringLiteral("Briefing pack")));
        QVERIFY(cover.contains(QStringLiteral("United States")));
        QVERIFY(cover.contains(QStringLiteral("UNCLASSIFIED")));
    }

    void tablesRepeatTheirHeaderOnEveryPage()
    {
        const auto entries =
            contents(m_long.path, {QStringLiteral("Long chapter"), QStringLiteral("Chapter number 2")});
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[1].second > entries[0].second + 1);
        for (int page = entries[0].second; page < entries[1].second; ++page)
            QVERIFY2(PdfText::text(m_long.path, page).contains(QStringLiteral("Column Alpha")),
                     qPrintable(QString::number(page)));
        // No row is cut in two or printed twice across a page break.
        const QString all = PdfText::text(m_long.path);
        for (int i = 1; i <= 240; ++i)
            QCOMPARE(all.count(QRegularExpression(QStringLiteral("\\brow %1\\b").arg(i))), 1);
    }

    void rowsAreNeverSplit()
    {
        const QString path = m_dir.filePath(QStringLiteral("tall.pdf"));
        int pages = 0;
        QVERIFY(BriefingPdfWriter::save(tallRowsDocument(), path, {}, &pages).ok());
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        QList<QString> text;
        for (int page = 1; page <= pages; ++page)
            text << PdfText::text(path, page);
        for (int i = 1; i <= 60; ++i) {
            const QRegularExpression start(QStringLiteral("\\browstart%1\\b").arg(i));
            const QRegularExpression end(QStringLiteral("\\browend%1\\b").arg(i));
            int startPage = 0, endPage = 0, starts = 0;
            for (int page = 1; page <= pages; ++page) {
                if (text[page - 1].contains(start)) {
                    startPage = page;
                    ++starts;
                }
                if (text[page - 1].contains(end))
                    endPage = page;
            }
            QCOMPARE(starts, 1);
            QVERIFY2(startPage > 2 && startPage == endPage,
                     qPrintable(QStringLiteral("row %1 runs from page %2 to %3").arg(i).arg(startPage).arg(endPage)));
        }
        // Every page the table continues on starts with its header row.
        for (int page = 4; page <= pages; ++page)
            QVERIFY2(text[page - 1].contains(QStringLiteral("Outcome")), qPrintable(QString::number(page)));
    }

    // A figure under its heading does not hold the next heading and figure to its page: the first two figures
    // share the first body page, the third starts the next; a note under a figure stays on the figure's page.
    void figuresFillPagesAndKeepTheirNotes()
    {
        const QString path = m_dir.filePath(QStringLiteral("figures.pdf"));
        int pages = 0;
        QVERIFY(BriefingPdfWriter::save(figuresDocument(), path, {}, &pages).ok());
        auto pageOf = [&](const QString& text) {
            for (int page = 3; page <= pages; ++page) {
                if (PdfText::text(path, page).contains(text))
                    return page;
            }
            return 0;
        };
        QCOMPARE(pageOf(QStringLiteral("Figure heading 1")), 3);
        // Bar values are grouped by thousands, and extract as drawn.
        QVERIFY(PdfText::text(path, 3).contains(QStringLiteral("12,345")));
        QCOMPARE(pageOf(QStringLiteral("Figure heading 2")), 3);
        QCOMPARE(pageOf(QStringLiteral("Figure heading 3")), 4);
        for (int i : {1, 3})
            QCOMPARE(pageOf(QStringLiteral("Note under figure %1.").arg(i)),
                     pageOf(QStringLiteral("Figure heading %1").arg(i)));
    }

    void textExtractsAsWritten()
    {
        const QString en = PdfText::squeezed(PdfText::text(m_packs[0].path));
        const QString ja = PdfText::squeezed(PdfText::text(m_packs[1].path));
        for (const QString& s : {QStringLiteral("Japan-U.S. Cyber Dialogue — Round 9"), QStringLiteral("26 Jun 2024"),
                                 QStringLiteral("United States"), QStringLiteral("Basic Act")})
            QVERIFY2(en.contains(PdfText::squeezed(s)), qPrintable(s));
        for (const QString& s :
             {QStringLiteral("日米サイバー対話（第9回）"), QStringLiteral("2024年6月26日"), QStringLiteral("米国"),
              QStringLiteral("概要及び基本情報"), QStringLiteral("今後の会合等"), QStringLiteral("試験用の予定会合")})
            QVERIFY2(ja.contains(PdfText::squeezed(s)), qPrintable(s));
        QCOMPARE(PdfText::radicals(PdfText::text(m_packs[0].path)), QString());
        QCOMPARE(PdfText::radicals(PdfText::text(m_packs[1].path)), QString());
    }

    void textOutsideTheBmpExtracts()
    {
        // 𠮷 (U+20BB7) is drawn from Noto Sans CJK, 😀 (U+1F600) from the font Qt falls back to (DejaVu Sans here):
        // Qt's ToUnicode tables stop at U+FFFF, and the pack names both with surrogate pairs.
        BriefingDocument d = longDocument();
        const QString name = QStringLiteral("𠮷野家 髙橋 﨑 😀");
        d.scope = name;
        d.sections = {BriefingSection{
            QStringLiteral("wide"), QStringLiteral("Chapter 𠮷"),
            QStringLiteral("<p>Met %1 in Tokyo.</p><table><tr><td><b>%1</b></td></tr></table>").arg(name)}};
        const QString path = m_dir.filePath(QStringLiteral("wide.pdf"));
        QVERIFY(BriefingPdfWriter::save(d, path, {}).ok());
        const QString text = PdfText::text(path);
        QVERIFY2(text.contains(QStringLiteral("Met ") + name + QStringLiteral(" in Tokyo.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Chapter 𠮷")), qPrintable(text));
        // The cover, the running headers, the paragraph and the bold cell: none loses a character.
        QVERIFY2(text.count(name) >= 4, qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("野家 髙橋 﨑")), text.count(name));
    }

    void everyFontIsEmbedded()
    {
        for (const Written& w : m_packs) {
            const QStringList rows =
                PdfText::run(QStringLiteral("pdffonts"), {w.path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(rows.size() >= 3);
            const qsizetype emb = rows[0].indexOf(QStringLiteral("emb"));
            QVERIFY(emb > 0);
            for (qsizetype i = 2; i < rows.size(); ++i) {
                QVERIFY2(rows[i].mid(emb, 3) == QLatin1String("yes"), qPrintable(rows[i]));
                QVERIFY2(rows[i].contains(QStringLiteral("NotoSansCJK")), qPrintable(rows[i]));
            }
        }
    }

    void markupInDataStaysText()
    {
        const QString en = PdfText::squeezed(PdfText::text(m_packs[0].path));
        QVERIFY(en.contains(PdfText::squeezed(BriefingFixture::kInjection)));
        for (const Written& w : m_packs) {
            QFile f(w.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains("/Subtype /Image"));
            QVERIFY(!bytes.contains("/Link"));
            QVERIFY(!bytes.contains("/URI"));
            QVERIFY(!bytes.contains("example.invalid/x.png)"));
        }
    }

    void aWriteErrorNamesTheFile()
    {
        const Status s = BriefingPdfWriter::save(m_long.doc, m_dir.filePath(QStringLiteral("missing/dir/x.pdf")), {});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("missing/dir/x.pdf")), qPrintable(s.error()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/dir/x.pdf"))));
    }

private:
    QTemporaryDir m_dir;
    TestDatabase m_db;
    QList<Written> m_packs;
    Written m_long;
};

QTEST_MAIN(tst_BriefingPdfWriter)
#include "tst_BriefingPdfWriter.moc"
