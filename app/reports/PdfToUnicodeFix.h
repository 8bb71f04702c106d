// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

class QRawFont;

/// Repairs the text layer of a PDF written by Qt: Qt's ToUnicode tables give each glyph the lowest code point
/// that maps to it, so an ideograph whose glyph a Kangxi radical shares (日 and ⽇) extracts as the radical.
class PdfToUnicodeFix
{
public:
    /// Radical → unified ideograph. Kangxi radicals (U+2F00–U+2FD5) by their compatibility decomposition; the
    /// CJK Radicals Supplement (U+2E80–U+2EFF) has none for most, so those are taken from the fonts: the ideograph
    /// that is drawn with the radical's glyph, which is what Qt's reverse lookup met first.
    static QHash<char16_t, QString> radicalMap(const QList<QRawFont>& fonts);
    /// The exact inverse of Qt's choice for the characters of `text`: each code point that Qt would write for a
    /// glyph of `text` in place of the character drawn (⽇ for 日, U+2012 for –, a tab for a space) → that
    /// character; ligatures (ﬁ) → their letters. Falls back to radicalMap() for radicals `text` does not hold.
    static QHash<char16_t, QString> textMap(const QString& text, const QList<QRawFont>& fonts);
    /// A glyph of a character outside the Basic Multilingual Plane (𠮷, 😀) as a font draws it. Qt's ToUnicode
    /// tables look at U+0000–U+FFFF only, so such a glyph has no entry and its character vanishes from the text
    /// layer; apply() finds it among the embedded glyphs by its advance and outline box and names it.
    struct WideGlyph
    {
        char32_t codePoint = 0;
        double width = 0; ///< advance in 1/1000 em, as a PDF's /W array gives it
        QRectF box;       ///< outline bounds in 1/1000 em, y up, as a TrueType glyph header gives them
    };
    /// The glyphs drawn for the characters of `text` outside the BMP in each of `fonts`, or in the font Qt falls
    /// back to when one has no glyph for it (😀 in DejaVu Sans).
    static QList<WideGlyph> wideGlyphs(const QString& text, const QList<QFont>& fonts);
    /// `pdf` with every ToUnicode CMap rewritten through `map` and the cross-reference table rebuilt; unchanged
    /// when no CMap needs it. A glyph of `wide` that a CMap leaves out gets its character (a UTF-16 surrogate
    /// pair). `replaced` counts the glyph mappings changed or added.
    static Result<QByteArray> apply(const QByteArray& pdf, const QHash<char16_t, QString>& map, int* replaced = nullptr,
                                    const QList<WideGlyph>& wide = {});
};
