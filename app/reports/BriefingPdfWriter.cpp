// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/BriefingPdfWriter.h"

#include "core/OutputFile.h"
#include "reports/FigureObject.h"
#include "reports/PdfToUnicodeFix.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace {
// fonts-noto-cjk (packaging/install-deps.sh). Loaded by path: the pack must not change with fontconfig's choice.
const char* const kFontDir = "/usr/share/fonts/opentype/noto/";
const char* const kRegular = "NotoSansCJK-Regular.ttc";
const char* const kBold = "NotoSansCJK-Bold.ttc";
const char* const kFamily = "Noto Sans CJK JP";

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kRule(0x9a, 0xa4, 0xae);
constexpr int kRuled = QTextFormat::UserProperty + 31; ///< a table whose grid the page painter draws

QString fontPath(const char* file)
{
    const QByteArray dir = qgetenv("LIAISON_CJK_FONT_DIR");
    return QString::fromLocal8Bit(dir.isEmpty() ? QByteArray(kFontDir) : dir + '/') + QString::fromLatin1(file);
}

/// The page in device pixels: A4, margins drawn by us, so every device lays out the same.
struct Geometry
{
    double mm = 1;
    QRectF page, body, header, footer;

    explicit Geometry(QPagedPaintDevice& device)
    {
        mm = device.logicalDpiY() / 25.4;
        page = QRectF(0, 0, device.width(), device.height());
        const double left = 20 * mm, right = 20 * mm, top = 24 * mm, bottom = 22 * mm;
        body = QRectF(left, top, page.width() - left - right, page.height() - top - bottom);
        header = QRectF(left, 10 * mm, body.width(), 8 * mm);
        footer = QRectF(left, page.height() - 15 * mm, body.width(), 7 * mm);
    }
};

QFont font(const QString& family, double points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Without shaping, Latin digits keep the glyphs of the font's character map: shaped, Noto Sans CJK swaps in
    // alternates that Qt's ToUnicode table cannot name, and they would vanish from the text layer.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

QString stylesheet(const QString& family)
{
    return QStringLiteral(
               "body { font-family: '%1'; font-size: 9.5pt; color: #1a1a1a; }"
               "td, th { font-size: 8.5pt; }"
               "h1 { font-size: 16pt; font-weight: bold; color: #1f3a5f; margin-top: 16pt; margin-bottom: 8pt; }"
               "h2 { font-size: 11.5pt; font-weight: bold; color: #1f3a5f; margin-top: 12pt; margin-bottom: 5pt; }"
               "th { font-weight: bold; text-align: left; background-color: #e6ebf1; }"
               "td.label { color: #5a5a5a; }"
               "p { margin-top: 3pt; margin-bottom: 3pt; }"
               "p.note { color: #5a5a5a; font-size: 8.5pt; }"
               "p.meta { color: #3a3a3a; }"
               "p.empty { color: #5a5a5a; }"
               "span.detail { color: #4a4a4a; font-size: 8.5pt; }"
               "span.unconfirmed { color: #9a5a00; font-size: 8.5pt; }")
        .arg(family);
}

/// Thin grey rules, collapsed, with the header row's colour; the key-fact tables stay borderless. Lengths of text
/// formats are CSS pixels (1/96 in), which Qt scales to the device: `width` is the body width in those.
void styleTables(QTextDocument& doc, double width)
{
    const double mm = 96 / 25.4;
    QList<QTextTable*> tables;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        if (auto* t = c.currentTable(); t && !tables.contains(t))
            tables << t;
    }
    // One edit block: otherwise every cell format lays the whole table out again.
    QTextCursor batch(&doc);
    batch.beginEditBlock();
    // Chapter and section headings get their room above in millimetres: the importer leaves the style sheet's
    // margins on headings at its own small defaults, which set a chapter's title hard against the note above it.
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level == 0 || QTextCursor(b).currentTable())
            continue;
        QTextBlockFormat f = b.blockFormat();
        f.setTopMargin((level == 1 ? 9 : 5) * mm);
        f.setBottomMargin((level == 1 ? 2.5 : 1.5) * mm);
        QTextCursor(b).setBlockFormat(f);
    }
    for (QTextTable* t : tables) {
        QTextTableFormat f = t->format();
        if (f.border() <= 0) {
            for (int r = 0; r < t->rows(); ++r) {
                for (int c = 0; c < t->columns(); ++c) {
                    QTextTableCell cell = t->cellAt(r, c);
                    QTextTableCellFormat cf = cell.format().toTableCellFormat();
                    cf.setPadding(0.6 * mm);
                    cell.setFormat(cf);
                }
            }
            continue;
        }
        // Qt shares percentages out unevenly once padding is counted; fixed widths give the columns asked for.
        const QList<QTextLength> asked = f.columnWidthConstraints();
        const double content = width - (asked.size() + 1) * 1.0;
        QList<QTextLength> fixed;
        for (const QTextLength& l : asked)
            fixed << (l.type() == QTextLength::PercentageLength
                          ? QTextLength(QTextLength::FixedLength, content * l.rawValue() / 100)
                          : l);
        f.setColumnWidthConstraints(fixed);
        // The rules are drawn by the page painter (TableRules): Qt's own borders, drawn cell edge by cell edge, took
        // over half the painting time of a 40-page pack.
        f.setBorder(0);
        f.setProperty(kRuled, true);
        f.setCellSpacing(0);
        f.setCellPadding(1.2 * mm);
        f.setMargin(0);
        f.setTopMargin(1 * mm);
        f.setBottomMargin(2 * mm);
        t->setFormat(f);
        // The importer gives every cell the HTML cellpadding in its own units; padding is set here, in millimetres.
        for (int r = 0; r < t->rows(); ++r) {
            for (int c = 0; c < t->columns(); ++c) {
                QTextTableCell cell = t->cellAt(r, c);
                QTextTableCellFormat cf = cell.format().toTableCellFormat();
                cf.setTopPadding(1.1 * mm);
                cf.setBottomPadding(1.1 * mm);
                cf.setLeftPadding(1.5 * mm);
                cf.setRightPadding(1.5 * mm);
                cell.setFormat(cf);
            }
        }
    }
    batch.endEditBlock();
}

/// A page of the body: a slice of the document laid out as one long page, under the header row of the table it
/// continues, if any.
struct Slice
{
    double from = 0, to = 0;
    double headFrom = 0, headTo = 0; ///< the repeated header rows; empty when none
};

/// Where a page may end: the next page starts at `y`; inside a table, under that table's header rows.
struct Cut
{
    double y = 0;
    double headFrom = 0, headTo = 0;
};

/// The grid of a ruled table in document coordinates: rows' edges top to bottom, columns' edges left to right.
struct TableRules
{
    QList<double> ys, xs;
};

/// The top of row `row` of `t`, its upper border included; the row's cells start level.
double rowTop(QAbstractTextDocumentLayout* layout, QTextTable* t, int row, double scale)
{
    double top = 1e300;
    for (int c = 0; c < t->columns(); ++c) {
        const QTextTableCell cell = t->cellAt(row, c);
        if (cell.row() != row)
            continue; // spanned from above
        const QRectF r = layout->blockBoundingRect(cell.firstCursorPosition().block());
        const double padding = cell.format().toTableCellFormat().topPadding();
        top = std::min(top, r.top() - (padding + t->format().border()) * scale);
    }
    return top;
}

/// The bottom of `t`: the lowest last line of its last row, with the cell's padding.
double tableBottom(QAbstractTextDocumentLayout* layout, QTextTable* t, double scale)
{
    double bottom = 0;
    for (int c = 0; c < t->columns(); ++c) {
        const QTextTableCell cell = t->cellAt(t->rows() - 1, c);
        const QRectF r = layout->blockBoundingRect(cell.lastCursorPosition().block());
        bottom = std::max(bottom, r.bottom() + cell.format().toTableCellFormat().bottomPadding() * scale);
    }
    return bottom;
}

/// The column edges of `t`, from the cells of its first row: each starts its padding left of its text.
QList<double> columnEdges(QAbstractTextDocumentLayout* layout, QTextTable* t, double scale)
{
    QList<double> xs;
    for (int c = 0; c < t->columns(); ++c) {
        const QTextTableCell cell = t->cellAt(0, c);
        const QTextBlock b = cell.firstCursorPosition().block();
        const QTextTableCellFormat f = cell.format().toTableCellFormat();
        const double left = layout->blockBoundingRect(b).left() - f.leftPadding() * scale;
        xs << left;
        if (c == t->columns() - 1 && b.layout()->lineCount() > 0)
            xs << left + (f.leftPadding() + f.rightPadding()) * scale + b.layout()->lineAt(0).width();
    }
    return xs;
}

/// Every place a page may end, in document order. Between top-level blocks and between table rows, never inside a
/// row (unless the row is taller than a page) and never right after a heading, which stays with what it introduces.
QList<Cut> cuts(QTextDocument& doc, double pageHeight, double scale, QList<TableRules>& rules)
{
    auto* layout = doc.documentLayout();
    QList<Cut> out;
    int keep = 0; ///< 2 after a heading, 1 after a short block under one: the next element stays on their page
    bool afterTableOrFigure = false; ///< the element before was a table or a figure
    auto lineCuts = [&](const QTextBlock& b, const Cut& base) {
        const QRectF r = layout->blockBoundingRect(b);
        for (int i = 1; i < b.layout()->lineCount(); ++i)
            out << Cut{r.top() + b.layout()->lineAt(i).y(), base.headFrom, base.headTo};
    };
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* t = qobject_cast<QTextTable*>(it.currentFrame())) {
            const QRectF frame = layout->frameBoundingRect(t);
            const int head = std::min(t->format().headerRowCount(), t->rows() - 1);
            QList<double> tops;
            for (int r = 0; r < t->rows(); ++r)
                tops << rowTop(layout, t, r, scale);
            tops << tableBottom(layout, t, scale);
            if (t->format().property(kRuled).toBool())
                rules << TableRules{tops, columnEdges(layout, t, scale)};
            // The frame's rectangle starts inside the table's upper border and padding.
            if (keep == 0)
                out << Cut{std::min(frame.top(), tops[0])};
            keep = 0;
            afterTableOrFigure = true;
            const Cut under{0, tops[0], head > 0 ? tops[head] : tops[0]};
            // The first body row stays with the header rows.
            for (int r = head + 1; r < t->rows(); ++r)
                out << Cut{tops[r], under.headFrom, under.headTo};
            for (int r = head; r < t->rows(); ++r) {
                if (tops[r + 1] - tops[r] <= pageHeight - (under.headTo - under.headFrom))
                    continue;
                // A row taller than a page is cut between the lines of its cells.
                for (int c = 0; c < t->columns(); ++c) {
                    const QTextTableCell cell = t->cellAt(r, c);
                    for (QTextBlock b = cell.firstCursorPosition().block();
                         b.isValid() && b.position() < cell.lastPosition(); b = b.next()) {
                        out << Cut{layout->blockBoundingRect(b).top(), under.headFrom, under.headTo};
                        lineCuts(b, under);
                    }
                }
            }
            continue;
        }
        const QTextBlock b = it.currentBlock();
        if (!b.isValid())
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        const bool heading = b.blockFormat().headingLevel() > 0;
        const bool shortText = b.layout()->lineCount() <= 2 && !b.text().contains(QChar::ObjectReplacementCharacter);
        // The line or two right under a table or a figure ("showing the latest 10 of 5,000") stays with it.
        if (keep == 0 && !(afterTableOrFigure && !heading && shortText))
            out << Cut{r.top()};
        afterTableOrFigure = b.text().contains(QChar::ObjectReplacementCharacter);
        // A heading keeps the next element with it, and a line or two of text under a heading (a dialogue's
        // parties and dates) keeps the element after that too, so neither is left at the foot of a page without
        // its table. A figure under a heading keeps nothing after it: the next figure may start a page.
        if (heading)
            keep = 2;
        else if (keep == 2 && shortText)
            keep = 1;
        else
            keep = 0;
        if (r.height() > pageHeight / 3)
            lineCuts(b, Cut{});
    }
    std::sort(out.begin(), out.end(), [](const Cut& a, const Cut& c) { return a.y < c.y; });
    return out;
}

/// Shares the document out among pages: each page ends at the last cut that fits, so rows and figures stay whole.
QList<Slice> paginate(QTextDocument& doc, double pageHeight, double scale, QList<TableRules>& rules)
{
    const QList<Cut> all = cuts(doc, pageHeight, scale, rules);
    const double end = doc.documentLayout()->documentSize().height();
    QList<Slice> pages;
    Slice page;
    while (true) {
        const double room = pageHeight - (page.headTo - page.headFrom);
        if (end <= page.from + room) {
            page.to = end;
            pages << page;
            break;
        }
        const Cut* best = nullptr;
        for (const Cut& c : all) {
            if (c.y > page.from + room)
                break;
            if (c.y > page.from + 1)
                best = &c;
        }
        // Nothing fits (a line taller than a page): cut where the page is full.
        const Cut cut = best ? *best : Cut{page.from + room};
        page.to = cut.y;
        pages << page;
        page = Slice{cut.y, 0, cut.headFrom, cut.headTo};
    }
    return pages;
}

void drawHeaderFooter(QPainter& p, const Geometry& g, const BriefingDocument& doc, const QString& family, int page,
                      int pages)
{
    const QColor markColour = doc.classification > 0 ? QColor(0x9b, 0x1c, 0x1c) : kMuted;
    p.setPen(kMuted);
    p.setFont(font(family, 8));
    const QFontMetricsF fm(p.font(), p.device());
    const QString scope = fm.elidedText(doc.scope, Qt::ElideRight, g.header.width() * 0.7);
    p.drawText(g.header, Qt::AlignLeft | Qt::AlignBottom, scope);
    p.setPen(markColour);
    p.setFont(font(family, 8, true));
    p.drawText(g.header, Qt::AlignRight | Qt::AlignBottom, doc.marking);
    p.setPen(QPen(kRule, 0.2 * g.mm));
    p.drawLine(QPointF(g.header.left(), g.header.bottom() + g.mm), QPointF(g.header.right(), g.header.bottom() + g.mm));
    p.drawLine(QPointF(g.footer.left(), g.footer.top() - g.mm), QPointF(g.footer.right(), g.footer.top() - g.mm));
    p.setFont(font(family, 8));
    p.setPen(kMuted);
    p.drawText(g.footer, Qt::AlignLeft | Qt::AlignTop, doc.asOfLabel);
    p.drawText(g.footer, Qt::AlignRight | Qt::AlignTop, doc.pageFormat.arg(page).arg(pages));
    p.setPen(markColour);
    p.setFont(font(family, 8, true));
    p.drawText(g.footer, Qt::AlignHCenter | Qt::AlignTop, doc.marking);
}

void drawCover(QPainter& p, const Geometry& g, const BriefingDocument& doc, const QString& family)
{
    const QColor markColour = doc.classification > 0 ? QColor(0x9b, 0x1c, 0x1c) : kMuted;
    p.setPen(markColour);
    p.setFont(font(family, 12, true));
    p.drawText(QRectF(g.body.left(), 12 * g.mm, g.body.width(), 10 * g.mm), Qt::AlignHCenter | Qt::AlignVCenter,
               doc.marking);
    p.drawText(QRectF(g.body.left(), g.page.height() - 22 * g.mm, g.body.width(), 10 * g.mm),
               Qt::AlignHCenter | Qt::AlignVCenter, doc.marking);

    p.fillRect(QRectF(g.body.left(), 70 * g.mm, 1.6 * g.mm, 62 * g.mm), kAccent);
    const double x = g.body.left() + 8 * g.mm;
    const double w = g.body.width() - 8 * g.mm;
    p.setPen(kMuted);
    p.setFont(font(family, 12));
    p.drawText(QRectF(x, 70 * g.mm, w, 10 * g.mm), Qt::AlignLeft | Qt::AlignTop, doc.title);
    p.setPen(kAccent);
    p.setFont(font(family, 24, true));
    QRectF used;
    p.drawText(QRectF(x, 82 * g.mm, w, 36 * g.mm), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, doc.scope, &used);
    double y = qMax(used.bottom(), 96 * g.mm) + 6 * g.mm;
    p.setPen(kInk);
    p.setFont(font(family, 12));
    if (!doc.period.isEmpty()) {
        p.drawText(QRectF(x, y, w, 8 * g.mm), Qt::AlignLeft | Qt::AlignTop, doc.period);
        y += 8 * g.mm;
    }
    p.drawText(QRectF(x, y, w, 8 * g.mm), Qt::AlignLeft | Qt::AlignTop, doc.asOfLabel);
}

struct TocEntry
{
    QString title;
    int page = 0;
};

void drawToc(QPainter& p, const Geometry& g, const BriefingDocument& doc, const QString& family,
             const QList<TocEntry>& entries, int first, int count, bool withTitle)
{
    double y = g.body.top();
    if (withTitle) {
        p.setPen(kAccent);
        p.setFont(font(family, 16, true));
        p.drawText(QRectF(g.body.left(), y, g.body.width(), 12 * g.mm), Qt::AlignLeft | Qt::AlignTop,
                   doc.contentsTitle);
        y += 16 * g.mm;
    }
    p.setFont(font(family, 11));
    const QFontMetricsF fm(p.font(), p.device());
    for (int i = first; i < first + count && i < entries.size(); ++i) {
        const TocEntry& e = entries[i];
        const QString number = QString::number(e.page);
        const double numberWidth = fm.horizontalAdvance(number);
        const double titleWidth = fm.horizontalAdvance(e.title);
        p.setPen(kInk);
        p.drawText(QRectF(g.body.left(), y, g.body.width(), 8 * g.mm), Qt::AlignLeft | Qt::AlignTop, e.title);
        p.drawText(QRectF(g.body.left(), y, g.body.width(), 8 * g.mm), Qt::AlignRight | Qt::AlignTop, number);
        // Dot leaders between title and number, drawn as a rule of dots so they never read as text.
        p.setPen(QPen(kRule, 0.35 * g.mm, Qt::DotLine));
        const double baseline = y + fm.ascent();
        const double from = g.body.left() + titleWidth + 2 * g.mm;
        const double to = g.body.right() - numberWidth - 2 * g.mm;
        if (to > from)
            p.drawLine(QPointF(from, baseline), QPointF(to, baseline));
        y += 9 * g.mm;
    }
}
} // namespace

Result<QString> BriefingPdfWriter::fontFamily()
{
    static QString family;
    if (!family.isEmpty())
        return family;
    for (const char* file : {kRegular, kBold}) {
        const QString path = fontPath(file);
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0)
            return Result<QString>::failure(
                QStringLiteral("cannot load the font %1 (install fonts-noto-cjk)").arg(path));
        if (!QFontDatabase::applicationFontFamilies(id).contains(QString::fromLatin1(kFamily)))
            return Result<QString>::failure(QStringLiteral("%1 holds no %2").arg(path, QString::fromLatin1(kFamily)));
    }
    family = QString::fromLatin1(kFamily);
    return family;
}

Result<int> BriefingPdfWriter::paint(const BriefingDocument& doc, QPagedPaintDevice& device, QString* bodyText)
{
    auto family = fontFamily();
    if (!family)
        return Result<int>::failure(family.error());
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const Geometry g(device);

    QTextDocument body;
    body.documentLayout()->setPaintDevice(&device);
    body.setDocumentMargin(0);
    body.setDefaultFont(font(*family, 9.5));
    body.setDefaultStyleSheet(stylesheet(*family));
    // Addresses and other long tokens wrap inside their cell instead of running past it.
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    body.setDefaultTextOption(wrap);
    // One long page, laid out once: the pages are cut from it below, between rows and blocks.
    body.setTextWidth(g.body.width());
    body.setHtml(doc.bodyHtml());
    FigureObject figures(doc.figures, font(*family, 8));
    if (const Status s = figures.install(body); !s)
        return Result<int>::failure(s.error());
    const double scale = device.logicalDpiX() / 96.0;
    styleTables(body, g.body.width() / scale);
    // Qt lays a document out lazily and, after a format change, again only from the change on: a full pass
    // before reading positions, so that every block after a table has its lines.
    body.markContentsDirty(0, body.characterCount());
    QList<TableRules> rules;
    const QList<Slice> slices = paginate(body, g.body.height(), scale, rules);
    const int bodyPages = int(slices.size());

    // Contents: each chapter heading and the page it is laid out on.
    QList<TocEntry> entries;
    auto* layout = body.documentLayout();
    int chapter = 0;
    for (QTextBlock b = body.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 1)
            continue;
        const double top = layout->blockBoundingRect(b).top();
        int page = 0;
        while (page + 1 < slices.size() && slices[page].to <= top + 1)
            ++page;
        entries << TocEntry{doc.sections.value(chapter++).title, page};
    }
    const int firstPerPage = int((g.body.height() - 16 * g.mm) / (9 * g.mm));
    const int perPage = int(g.body.height() / (9 * g.mm));
    const int tocPages =
        entries.size() <= firstPerPage ? 1 : 1 + int(std::ceil(double(entries.size() - firstPerPage) / perPage));
    const int bodyStart = 1 + tocPages; // pages before the first chapter page
    for (TocEntry& e : entries)
        e.page += bodyStart + 1;
    const int pages = bodyStart + bodyPages;

    QPainter p;
    if (!p.begin(&device))
        return Result<int>::failure(QStringLiteral("cannot paint on the output device"));
    p.setRenderHint(QPainter::Antialiasing);
    drawCover(p, g, doc, *family);
    int shown = 0;
    for (int t = 0; t < tocPages; ++t) {
        device.newPage();
        const int count = t == 0 ? firstPerPage : perPage;
        drawToc(p, g, doc, *family, entries, shown, count, t == 0);
        shown += count;
        drawHeaderFooter(p, g, doc, *family, 2 + t, pages);
    }
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, kInk);
    // Paints the document's band [from, to) at `y` on the page.
    auto band = [&](double from, double to, double y) {
        p.save();
        const QRectF clip(0, from, g.body.width(), to - from);
        p.translate(g.body.left(), y - from);
        p.setClipRect(clip);
        // Qt's layout culls what lies outside ctx.clip but the PDF engine keeps clipped text: a line a rounding
        // error inside the band's edge would be written on the neighbouring page too, invisibly.
        ctx.clip = clip.adjusted(0, 1, 0, -1);
        layout->draw(&p, ctx);
        // The grids of the tables in the band; a rule on the band's edge is drawn whole.
        const double lw = 0.2 * g.mm;
        p.setClipRect(clip.adjusted(-lw, -lw, lw, lw));
        p.setPen(QPen(kRule, lw));
        for (const TableRules& t : rules) {
            if (t.ys.last() < from || t.ys.first() > to)
                continue;
            for (double y : t.ys) {
                if (y >= from - 1 && y <= to + 1)
                    p.drawLine(QPointF(t.xs.first(), y), QPointF(t.xs.last(), y));
            }
            const double top = std::max(t.ys.first(), from), bottom = std::min(t.ys.last(), to);
            for (double x : t.xs)
                p.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
        p.restore();
    };
    for (int i = 0; i < bodyPages; ++i) {
        device.newPage();
        const Slice& s = slices[i];
        // A table continued from the page before repeats its header rows.
        if (s.headTo > s.headFrom)
            band(s.headFrom, s.headTo, g.body.top());
        band(s.from, s.to, g.body.top() + s.headTo - s.headFrom);
        drawHeaderFooter(p, g, doc, *family, bodyStart + i + 1, pages);
    }
    p.end();
    if (bodyText)
        *bodyText = body.toPlainText();
    return pages;
}

Result<QByteArray> BriefingPdfWriter::toPdf(const BriefingDocument& doc, int* pages)
{
    QByteArray bytes;
    QString text; // what the pages draw, for the text layer
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Liaison " LIAISON_VERSION));
        writer.setTitle(doc.title + QStringLiteral(" — ") + doc.scope);
        auto n = paint(doc, writer, &text);
        if (!n)
            return Result<QByteArray>::failure(n.error());
        if (pages)
            *pages = *n;
    }
    // The text layer is repaired for exactly the characters this pack draws, in the very fonts embedded.
    for (const BriefingFigure& f : doc.figures)
        text += f.texts();
    text += doc.title + doc.scope + doc.period + doc.asOfLabel + doc.marking + doc.contentsTitle + doc.pageFormat +
            QStringLiteral("0123456789, ");
    const QString family = QString::fromLatin1(kFamily);
    const QFont regular = font(family, 12), bold = font(family, 12, true);
    const auto map = PdfToUnicodeFix::textMap(text, {QRawFont::fromFont(regular), QRawFont::fromFont(bold)});
    // Characters outside the BMP (𠮷, 😀 in its fallback font) get entries Qt's tables leave out.
    return PdfToUnicodeFix::apply(bytes, map, nullptr, PdfToUnicodeFix::wideGlyphs(text, {regular, bold}));
}

Status BriefingPdfWriter::save(const BriefingDocument& doc, const QString& path, const QString& databasePath,
                               int* pages)
{
    // The target is checked before the pages are drawn: a refused name costs nothing.
    if (auto target = OutputFile::check(path, databasePath); !target)
        return Status::failure(target.error());
    auto pdf = toPdf(doc, pages);
    if (!pdf)
        return Status::failure(pdf.error());
    return OutputFile::write(path, *pdf, databasePath);
}
