// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

/// Decodes an imported text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS/CP932 as written by
/// Japanese spreadsheet programs; anything else is refused with the file, line, column and byte that is wrong.
class TextDecoder
{
public:
    struct Text
    {
        QString text;
        QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Shift_JIS (CP932)"
    };
    static Result<Text> decode(const QByteArray& bytes, const QString& fileName);
    /// Offset of the first byte that is not part of valid UTF-8, or -1 when all of `bytes` is valid.
    static qsizetype firstInvalidUtf8(const QByteArray& bytes);
    /// The length in bytes of the UTF-8 sequence at `i` of `text` (1 for ASCII), or 0 when it is not a valid one
    /// (a stray byte, cut short, overlong, a surrogate, past U+10FFFF).
    static qsizetype utf8SequenceLength(const char* text, qsizetype size, qsizetype i);
};
