// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/PdfToUnicodeFix.h"

#include <QGlyphRun>
#include <QMap>
#include <QPainterPath>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {
bool isRadical(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

QByteArray hex(const QString& units)
{
    QByteArray out;
    for (QChar c : units)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

QString fromHex(const QByteArray& h)
{
    QString out;
    for (qsizetype i = 0; i + 4 <= h.size(); i += 4)
        out += QChar(char16_t(h.mid(i, 4).toUInt(nullptr, 16)));
    return out;
}

/// The data of a stream object `obj` (its text from "N 0 obj" to "endobj"), inflated when it is Flate-encoded.
std::optional<QByteArray> streamData(const QByteArray& obj)
{
    const qsizetype kw = obj.indexOf("stream");
    const qsizetype end = obj.lastIndexOf("endstream");
    if (kw < 0 || end < 0 || end <= kw)
        return std::nullopt;
    qsizetype start = kw + 6;
    if (obj.mid(start, 2) == "\r\n")
        start += 2;
    else if (obj.at(start) == '\n' || obj.at(start) == '\r')
        start += 1;
    qsizetype stop = end;
    if (stop > start && obj.at(stop - 1) == '\n')
        --stop;
    if (stop > start && obj.at(stop - 1) == '\r')
        --stop;
    QByteArray data = obj.mid(start, stop - start);
    const QByteArray dict = obj.left(kw);
    if (dict.contains("/Filter")) {
        if (!dict.contains("/FlateDecode") || dict.contains("["))
            return std::nullopt;
        // qUncompress reads zlib data behind a 4-byte size hint; it grows its buffer when the hint is short.
        QByteArray framed(4, '\0');
        const quint32 hint = quint32(data.size()) * 8 + 1024;
        framed[0] = char((hint >> 24) & 0xff);
        framed[1] = char((hint >> 16) & 0xff);
        framed[2] = char((hint >> 8) & 0xff);
        framed[3] = char(hint & 0xff);
        data = qUncompress(framed + data);
        if (data.isEmpty())
            return std::nullopt;
    }
    return data;
}

/// The outline box of each glyph of an embedded TrueType font program, in 1/1000 em with y up (the glyph headers
/// of its glyf table); an empty box for a glyph without outline. Empty when the program cannot be read.
QList<QRectF> glyphBoxes(const QByteArray& ttf)
{
    auto u16 = [&](qint64 at) -> quint32 {
        return at >= 0 && at + 2 <= ttf.size() ? qFromBigEndian<quint16>(ttf.constData() + at) : 0;
    };
    auto u32 = [&](qint64 at) -> quint32 {
        return at >= 0 && at + 4 <= ttf.size() ? qFromBigEndian<quint32>(ttf.constData() + at) : 0;
    };
    auto i16 = [&](qint64 at) { return double(qint16(u16(at))); };
    QHash<QByteArray, qint64> table;
    for (quint32 i = 0, n = u16(4); i < n; ++i)
        table.insert(ttf.mid(12 + 16 * i, 4), u32(12 + 16 * i + 8));
    for (const char* t : {"head", "maxp", "loca", "glyf"}) {
        if (!table.contains(t))
            return {};
    }
    const qint64 head = table.value("head"), loca = table.value("loca"), glyf = table.value("glyf");
    const double em = u16(head + 18);
    if (em <= 0)
        return {};
    const bool longOffsets = u16(head + 50) == 1;
    const quint32 count = u16(table.value("maxp") + 4);
    auto offset = [&](quint32 g) -> qint64 { return longOffsets ? u32(loca + 4 * g) : qint64(u16(loca + 2 * g)) * 2; };
    QList<QRectF> out;
    out.reserve(count);
    for (quint32 g = 0; g < count; ++g) {
        const qint64 from = offset(g), to = offset(g + 1);
        if (to <= from || glyf + from + 10 > ttf.size()) {
            out << QRectF();
            continue;
        }
        const qint64 at = glyf + from;
        out << QRectF(QPointF(i16(at + 2), i16(at + 4)) * (1000 / em), QPointF(i16(at + 6), i16(at + 8)) * (1000 / em));
    }
    return out;
}

/// The advance widths of a CIDFont's /W array (1/1000 em) by CID: `c [w1 w2 …]` and `cfirst clast w` forms.
QHash<quint32, double> cidWidths(const QByteArray& dict)
{
    static const QRegularExpression start(QStringLiteral("/W\\s*\\["));
    const auto m = start.match(QString::fromLatin1(dict));
    QHash<quint32, double> out;
    if (!m.hasMatch())
        return out;
    static const QRegularExpression token(QStringLiteral("\\[|\\]|[-+]?[0-9]*\\.?[0-9]+"));
    QStringList tokens;
    int depth = 1;
    for (auto it = token.globalMatch(QString::fromLatin1(dict), m.capturedEnd()); it.hasNext() && depth > 0;) {
        const QString t = it.next().captured(0);
        depth += t == QLatin1String("[") ? 1 : t == QLatin1String("]") ? -1 : 0;
        if (depth > 0)
            tokens << t;
    }
    for (qsizetype i = 0; i < tokens.size();) {
        const quint32 first = tokens[i].toUInt();
        if (i + 1 < tokens.size() && tokens[i + 1] == QLatin1String("[")) {
            qsizetype k = i + 2;
            for (quint32 c = first; k < tokens.size() && tokens[k] != QLatin1String("]"); ++c, ++k)
                out.insert(c, tokens[k].toDouble());
            i = k + 1;
        } else if (i + 2 < tokens.size()) {
            for (quint32 c = first; c <= tokens[i + 1].toUInt(); ++c)
                out.insert(c, tokens[i + 2].toDouble());
            i += 3;
        } else {
            break;
        }
    }
    return out;
}

/// The glyphs of `font` a CMap gives no text that are one of `wide`, each matched by its advance width and outline
/// box (the embedded program keeps the font's outlines, so the nearest box within a small tolerance is the glyph).
QMap<quint32, QString> wideGlyphsOf(const QMap<quint32, QString>& named, const QList<QRectF>& boxes,
                                    const QHash<quint32, double>& widths, const QList<PdfToUnicodeFix::WideGlyph>& wide)
{
    QMap<quint32, QString> out;
    for (quint32 g = 1; g < quint32(boxes.size()); ++g) {
        const QString text = named.value(g);
        if (!text.isEmpty() && text != QString(QChar(0)))
            continue;
        const QRectF box = boxes[g];
        if (box.isNull() || !widths.contains(g))
            continue;
        double best = 12; // the four edges together, in 1/1000 em
        char32_t found = 0;
        for (const PdfToUnicodeFix::WideGlyph& w : wide) {
            if (std::abs(w.width - widths.value(g)) > 2)
                continue;
            const double d = std::abs(w.box.left() - box.left()) + std::abs(w.box.right() - box.right()) +
                             std::abs(w.box.top() - box.top()) + std::abs(w.box.bottom() - box.bottom());
            if (d < best) {
                best = d;
                found = w.codePoint;
            }
        }
        if (found != 0)
            out.insert(g, QString::fromUcs4(&found, 1));
    }
    return out;
}

/// A ToUnicode CMap rewritten as single mappings when any of its targets is a radical in `map`, or when
/// `missing`, given the CMap's entries, names glyphs that have none (those of characters outside the BMP).
std::optional<QByteArray> fixCMap(const QByteArray& cmap, const QHash<char16_t, QString>& map, int& replaced,
                                  const std::function<QMap<quint32, QString>(const QMap<quint32, QString>&)>& missing)
{
    static const QRegularExpression hexToken(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]"));
    QMap<quint32, QString> glyphs;
    const qsizetype first = cmap.indexOf("beginbf");
    if (first < 0)
        return std::nullopt;
    // The section count stands before the keyword on its line: the rewrite starts at that line.
    const qsizetype keep = cmap.lastIndexOf('\n', first) + 1;
    const qsizetype lastEnd = std::max(cmap.lastIndexOf("endbfchar"), cmap.lastIndexOf("endbfrange"));
    qsizetype pos = first;
    while (true) {
        const qsizetype charAt = cmap.indexOf("beginbfchar", pos);
        const qsizetype rangeAt = cmap.indexOf("beginbfrange", pos);
        if (charAt < 0 && rangeAt < 0)
            break;
        const bool isRange = charAt < 0 || (rangeAt >= 0 && rangeAt < charAt);
        const qsizetype begin = isRange ? rangeAt + 12 : charAt + 11;
        const qsizetype end = cmap.indexOf(isRange ? "endbfrange" : "endbfchar", begin);
        if (end < 0)
            return std::nullopt;
        const QString body = QString::fromLatin1(cmap.mid(begin, end - begin));
        QStringList tokens;
        for (auto it = hexToken.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            tokens << (m.captured(0).startsWith(QLatin1Char('<')) ? m.captured(1) : m.captured(0));
        }
        qsizetype i = 0;
        while (i < tokens.size()) {
            if (!isRange) {
                if (i + 1 >= tokens.size())
                    return std::nullopt;
                glyphs.insert(tokens[i].toUInt(nullptr, 16), fromHex(tokens[i + 1].toLatin1()));
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size())
                return std::nullopt;
            const quint32 lo = tokens[i].toUInt(nullptr, 16);
            const quint32 hi = tokens[i + 1].toUInt(nullptr, 16);
            if (tokens[i + 2] == QLatin1String("[")) {
                qsizetype k = i + 3;
                for (quint32 g = lo; k < tokens.size() && tokens[k] != QLatin1String("]"); ++g, ++k)
                    glyphs.insert(g, fromHex(tokens[k].toLatin1()));
                i = k + 1;
            } else {
                // One target for the run: each next glyph maps to the next code unit.
                const QString base = fromHex(tokens[i + 2].toLatin1());
                for (quint32 g = lo; g <= hi && !base.isEmpty(); ++g) {
                    QString t = base;
                    t[t.size() - 1] = QChar(char16_t(base.back().unicode() + (g - lo)));
                    glyphs.insert(g, t);
                }
                i += 3;
            }
        }
        pos = end;
    }
    int changed = 0;
    for (auto it = glyphs.begin(); it != glyphs.end(); ++it) {
        if (it.value().size() == 1 && map.contains(it.value().at(0).unicode())) {
            it.value() = map.value(it.value().at(0).unicode());
            ++changed;
        }
    }
    if (missing) {
        const QMap<quint32, QString> found = missing(glyphs);
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            glyphs.insert(it.key(), it.value());
            ++changed;
        }
    }
    if (changed == 0)
        return std::nullopt;
    replaced += changed;
    QByteArray out = cmap.left(keep);
    QList<quint32> keys = glyphs.keys();
    for (qsizetype start = 0; start < keys.size(); start += 100) {
        const qsizetype n = std::min<qsizetype>(100, keys.size() - start);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = start; k < start + n; ++k)
            out += '<' + QByteArray::number(keys[k], 16).rightJustified(4, '0').toUpper() + "> <" +
                   hex(glyphs.value(keys[k])) + ">\n";
        out += "endbfchar\n";
    }
    const qsizetype tail = cmap.indexOf('\n', lastEnd);
    out += tail < 0 ? QByteArray() : cmap.mid(tail + 1);
    return out;
}
} // namespace

QHash<char16_t, QString> PdfToUnicodeFix::radicalMap(const QList<QRawFont>& fonts)
{
    QHash<char16_t, QString> out;
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c) {
        const QString d = QChar(c).decomposition();
        if (d.size() == 1 && !isRadical(d.at(0).unicode()))
            out.insert(c, d);
    }
    for (const QRawFont& font : fonts) {
        if (!font.isValid())
            continue;
        // Unified ideographs, the main block first, as a 0..FFFF scan without the radical blocks would meet them.
        QString ideographs;
        for (char32_t u = 0x4E00; u <= 0x9FFF; ++u)
            ideographs += QChar(char16_t(u));
        for (char32_t u = 0x3400; u <= 0x4DBF; ++u)
            ideographs += QChar(char16_t(u));
        const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i) {
            if (glyphs[i] != 0 && !byGlyph.contains(glyphs[i]))
                byGlyph.insert(glyphs[i], ideographs.at(i).unicode());
        }
        for (char16_t c = 0x2E80; c <= 0x2FDF; ++c) {
            if (out.contains(c))
                continue;
            const QList<quint32> g = font.glyphIndexesForString(QString(QChar(c)));
            if (!g.isEmpty() && g.first() != 0 && byGlyph.contains(g.first()))
                out.insert(c, QString(QChar(byGlyph.value(g.first()))));
        }
    }
    return out;
}

QHash<char16_t, QString> PdfToUnicodeFix::textMap(const QString& text, const QList<QRawFont>& fonts)
{
    QSet<char16_t> used;
    for (QChar c : text)
        used.insert(c.unicode());
    QHash<char16_t, QString> out;
    // Presentation-form ligatures stand for their letters.
    for (char16_t c = 0xFB00; c <= 0xFB06; ++c) {
        if (!used.contains(c))
            out.insert(c, QChar(c).decomposition());
    }
    QString all; // every BMP code point but the surrogates, ascending, as Qt's reverse lookup walks them
    all.reserve(0x10000);
    for (char32_t u = 1; u < 0x10000; ++u) {
        if (u < 0xD800 || u > 0xDFFF)
            all += QChar(char16_t(u));
    }
    for (const QRawFont& font : fonts) {
        if (!font.isValid())
            continue;
        const QList<quint32> glyphs = font.glyphIndexesForString(all);
        QHash<quint32, char16_t> lowest;
        QHash<char16_t, quint32> glyphOf;
        for (qsizetype i = 0; i < glyphs.size() && i < all.size(); ++i) {
            if (glyphs[i] == 0)
                continue;
            const char16_t u = all.at(i).unicode();
            if (!lowest.contains(glyphs[i]))
                lowest.insert(glyphs[i], u);
            if (used.contains(u))
                glyphOf.insert(u, glyphs[i]);
        }
        for (auto it = glyphOf.cbegin(); it != glyphOf.cend(); ++it) {
            const char16_t first = lowest.value(it.value());
            if (first != it.key() && !used.contains(first) && !out.contains(first))
                out.insert(first, QString(QChar(it.key())));
        }
    }
    const QHash<char16_t, QString> radicals = radicalMap(fonts);
    for (auto it = radicals.cbegin(); it != radicals.cend(); ++it) {
        if (!out.contains(it.key()) && !used.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QList<PdfToUnicodeFix::WideGlyph> PdfToUnicodeFix::wideGlyphs(const QString& text, const QList<QFont>& fonts)
{
    QList<WideGlyph> out;
    QSet<char32_t> seen;
    for (const char32_t u : text.toUcs4()) {
        if (u <= 0xFFFF || seen.contains(u))
            continue;
        seen.insert(u);
        for (const QFont& font : fonts) {
            // Laid out as the pages are: the glyph run names the font Qt draws it in, a fallback font included.
            QTextLayout layout(QString::fromUcs4(&u, 1), font);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            for (const QGlyphRun& run : layout.glyphRuns()) {
                QRawFont raw = run.rawFont();
                const double em = raw.unitsPerEm();
                if (em <= 0)
                    continue;
                raw.setPixelSize(em);
                for (const quint32 g : run.glyphIndexes()) {
                    if (g == 0)
                        continue;
                    const QRectF r = raw.pathForGlyph(g).boundingRect(); // y down
                    const QList<QPointF> advance =
                        raw.advancesForGlyphIndexes(QList<quint32>{g}, QRawFont::UseDesignMetrics);
                    const double scale = 1000 / em;
                    out << WideGlyph{
                        u, advance.value(0).x() * scale,
                        QRectF(QPointF(r.left(), -r.bottom()) * scale, QPointF(r.right(), -r.top()) * scale)};
                }
            }
        }
    }
    return out;
}

Result<QByteArray> PdfToUnicodeFix::apply(const QByteArray& pdf, const QHash<char16_t, QString>& map, int* replaced,
                                          const QList<WideGlyph>& wide)
{
    using R = Result<QByteArray>;
    int count = 0;
    if (replaced)
        *replaced = 0;
    const qsizetype sx = pdf.lastIndexOf("startxref");
    if (sx < 0)
        return R::failure(QStringLiteral("PDF: no startxref"));
    const qsizetype xrefAt = pdf.mid(sx + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (pdf.mid(xrefAt, 4) != "xref")
        return R::failure(QStringLiteral("PDF: no cross-reference table at offset %1").arg(xrefAt));
    const qsizetype trailerAt = pdf.indexOf("trailer", xrefAt);
    if (trailerAt < 0)
        return R::failure(QStringLiteral("PDF: no trailer"));

    // Offsets of the objects in use, from the classic xref table Qt writes.
    const QList<QByteArray> lines = pdf.mid(xrefAt + 4, trailerAt - xrefAt - 4).split('\n');
    QMap<qint64, qint64> offsetOf; // object number → offset
    QList<QByteArray> entries;     // every entry as written, for the free ones
    qint64 number = 0;
    int remaining = 0;
    qint64 firstNumber = 0;
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (remaining == 0 && parts.size() == 2) {
            number = parts[0].toLongLong();
            if (entries.isEmpty())
                firstNumber = number;
            remaining = parts[1].toInt();
            continue;
        }
        if (parts.size() != 3 || remaining == 0)
            return R::failure(
                QStringLiteral("PDF: unreadable cross-reference entry '%1'").arg(QString::fromLatin1(line)));
        if (parts[2] == "n")
            offsetOf.insert(number, parts[0].toLongLong());
        entries << line;
        ++number;
        --remaining;
    }
    if (firstNumber != 0)
        return R::failure(QStringLiteral("PDF: cross-reference table does not start at object 0"));

    QSet<qint64> toUnicode;
    static const QRegularExpression ref(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    for (auto it = ref.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        toUnicode.insert(it.next().captured(1).toLongLong());

    // Objects in file order, each up to the next.
    QList<std::pair<qint64, qint64>> order; // offset, number
    for (auto it = offsetOf.cbegin(); it != offsetOf.cend(); ++it)
        order.append({it.value(), it.key()});
    std::sort(order.begin(), order.end());
    QHash<qint64, QByteArray> objects; // number → its text, for the fonts' dictionaries and programs
    for (qsizetype i = 0; i < order.size(); ++i) {
        const qint64 next = i + 1 < order.size() ? order[i + 1].first : xrefAt;
        objects.insert(order[i].second, pdf.mid(order[i].first, next - order[i].first));
    }
    // Each ToUnicode CMap's font program and widths (Type0 font → CIDFont → descriptor → FontFile2), for the
    // glyphs of characters outside the BMP that Qt's CMap leaves out.
    auto refIn = [](const QByteArray& obj, const char* name) -> qint64 {
        const QRegularExpression re(QStringLiteral("/%1\\s*\\[?\\s*(\\d+)\\s+0\\s+R").arg(QLatin1String(name)));
        const auto m = re.match(QString::fromLatin1(obj));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    auto wideFix = [&](qint64 cmapNumber) -> std::function<QMap<quint32, QString>(const QMap<quint32, QString>&)> {
        if (wide.isEmpty())
            return {};
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            if (refIn(it.value(), "ToUnicode") != cmapNumber)
                continue;
            const QByteArray cidFont = objects.value(refIn(it.value(), "DescendantFonts"));
            if (!cidFont.contains("/CIDToGIDMap /Identity"))
                return {};
            const auto program =
                streamData(objects.value(refIn(objects.value(refIn(cidFont, "FontDescriptor")), "FontFile2")));
            if (!program)
                return {};
            const QList<QRectF> boxes = glyphBoxes(*program);
            const QHash<quint32, double> widths = cidWidths(cidFont.left(cidFont.indexOf("endobj")));
            return [boxes, widths, &wide](const QMap<quint32, QString>& named) {
                return wideGlyphsOf(named, boxes, widths, wide);
            };
        }
        return {};
    };
    QHash<qint64, QByteArray> rewritten;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const auto [offset, num] = order[i];
        if (!toUnicode.contains(num))
            continue;
        const qint64 next = i + 1 < order.size() ? order[i + 1].first : xrefAt;
        const QByteArray obj = pdf.mid(offset, next - offset);
        const auto data = streamData(obj);
        if (!data)
            return R::failure(QStringLiteral("PDF: ToUnicode object %1 has no readable stream").arg(num));
        const auto fixed = fixCMap(*data, map, count, wideFix(num));
        if (!fixed)
            continue;
        rewritten.insert(num, QByteArray::number(num) + " 0 obj\n<< /Length " + QByteArray::number(fixed->size()) +
                                  " >>\nstream\n" + *fixed + "\nendstream\nendobj\n");
    }
    if (replaced)
        *replaced = count;
    if (rewritten.isEmpty())
        return pdf;

    QByteArray out = pdf.left(order.isEmpty() ? xrefAt : order.first().first);
    QHash<qint64, qint64> newOffset;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const auto [offset, num] = order[i];
        const qint64 next = i + 1 < order.size() ? order[i + 1].first : xrefAt;
        newOffset.insert(num, out.size());
        out += rewritten.contains(num) ? rewritten.value(num) : pdf.mid(offset, next - offset);
    }
    const qint64 newXref = out.size();
    out += "xref\n0 " + QByteArray::number(entries.size()) + '\n';
    for (qsizetype n = 0; n < entries.size(); ++n) {
        if (newOffset.contains(n))
            out += QByteArray::number(newOffset.value(n)).rightJustified(10, '0') + ' ' +
                   entries[n].split(' ').value(1) + " n \n";
        else
            out += entries[n] + " \n";
    }
    out += pdf.mid(trailerAt, sx - trailerAt);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return out;
}
