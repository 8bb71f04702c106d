// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TextDecoder.h"

#include <QStringDecoder>

namespace {
Result<QString> strictly(const char* encoding, QByteArrayView bytes)
{
    QStringDecoder d(encoding, QStringConverter::Flag::Stateless);
    if (!d.isValid())
        return Result<QString>::failure(QStringLiteral("no decoder"));
    QString s = d(bytes);
    if (d.hasError())
        return Result<QString>::failure(QStringLiteral("invalid"));
    return s;
}

/// "line L, column C" of byte `offset`, counting columns in characters of the valid UTF-8 before it.
QString position(const QByteArray& bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

/// The index of the first half of a surrogate pair standing alone in `text` (not valid Unicode), or -1.
qsizetype firstLoneSurrogate(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

/// "line L, column C" of character `index` of `text`.
QString position(const QString& text, qsizetype index)
{
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), index - 1) + 1;
    const int line = int(QStringView(text).left(index).count(QLatin1Char('\n'))) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(index - lineStart + 1);
}
} // namespace

qsizetype TextDecoder::utf8SequenceLength(const char* text, qsizetype size, qsizetype i)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    const unsigned char c = p[i];
    if (c < 0x80)
        return 1;
    int more = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        more = 1;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        more = 2;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        more = 3;
        min = 0x10000;
    } else {
        return 0;
    }
    char32_t cp = c & (0x3F >> more);
    for (int k = 1; k <= more; ++k) {
        if (i + k >= size || (p[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return more + 1;
}

qsizetype TextDecoder::firstInvalidUtf8(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = utf8SequenceLength(bytes.constData(), bytes.size(), i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

Result<TextDecoder::Text> TextDecoder::decode(const QByteArray& bytes, const QString& fileName)
{
    using R = Result<Text>;
    auto refuse = [&](const QString& why) { return R::failure(fileName + QStringLiteral(": ") + why); };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray body = bytes.mid(3);
        if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0)
            return refuse(QStringLiteral("%1: byte 0x%2 is not valid UTF-8 (the file starts with a UTF-8 byte-order mark)")
                              .arg(position(body, bad))
                              .arg(quint8(body[bad]), 2, 16, QLatin1Char('0')));
        return Text{QString::fromUtf8(body), QStringLiteral("UTF-8 (BOM)")};
    }
    for (const auto& [bom, name, codec] : {std::tuple{QByteArrayView("\xFF\xFE"), "UTF-16LE (BOM)", "UTF-16LE"},
                                           std::tuple{QByteArrayView("\xFE\xFF"), "UTF-16BE (BOM)", "UTF-16BE"}}) {
        if (!bytes.startsWith(bom))
            continue;
        auto s = strictly(codec, QByteArrayView(bytes).sliced(2));
        if (!s)
            return refuse(QStringLiteral("the file is %1 but holds bytes that are not valid %2").arg(QLatin1String(name),
                                                                                                   QLatin1String(codec)));
        // The decoder passes half a surrogate pair through; stored, it would become another character or '?'.
        if (const qsizetype lone = firstLoneSurrogate(*s); lone >= 0)
            return refuse(QStringLiteral("%1: U+%2 is half of a character (a lone surrogate): the file is not valid %3")
                              .arg(position(*s, lone))
                              .arg(QStringLiteral("%1").arg(s->at(lone).unicode(), 4, 16, QLatin1Char('0')).toUpper())
                              .arg(QLatin1String(codec)));
        return Text{*s, QLatin1String(name)};
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            return refuse(QStringLiteral("%1: a NUL byte; the file looks like UTF-16 or UTF-32 without a byte-order "
                                         "mark: save it as UTF-8")
                              .arg(position(bytes, nul)));
        return Text{QString::fromUtf8(bytes), QStringLiteral("UTF-8")};
    }
    // Not UTF-8: Japanese spreadsheet programs write CSV in Shift_JIS (Microsoft's CP932 variant).
    if (bytes.indexOf('\0') < 0) {
        if (auto s = strictly("CP932", bytes); s && !s->contains(QChar::ReplacementCharacter))
            return Text{*s, QStringLiteral("Shift_JIS (CP932)")};
    }
    return refuse(QStringLiteral("%1: byte 0x%2 is neither UTF-8 nor Shift_JIS (CP932); save the file as UTF-8")
                      .arg(position(bytes, bad))
                      .arg(quint8(bytes[bad]), 2, 16, QLatin1Char('0')));
}
