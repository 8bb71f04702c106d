// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
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
    /// `pdf` with every ToUnicode CMap rewritten through `map` and the cross-reference table rebuilt; unchanged
    /// when no CMap needs it. `replaced` counts the glyph mappings changed.
    static Result<QByteArray> apply(const QByteArray& pdf, const QHash<char16_t, QString>& map,
                                    int* replaced = nullptr);
};
