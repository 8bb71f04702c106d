// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// One CSV record and the line it starts on (a quoted field may span lines).
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

/// An RFC 4180 reader and writer: quoted fields with embedded commas, quotes ("") and newlines; CRLF or LF line
/// ends. A value survives formatRow() then parse() exactly (CRLF inside a value stays CRLF, spaces stay), and a
/// cell that a spreadsheet would run as a formula is written behind an apostrophe that parse() takes off again
/// (docs/IMPORT-EXPORT.md). Errors name the file, line and column.
class CsvReader
{
public:
    /// Decodes `bytes` with TextDecoder (UTF-8, UTF-16 with BOM, Shift_JIS) and parses them.
    static Result<QList<CsvRow>> read(const QByteArray& bytes, const QString& fileName);
    /// Parses decoded text. Empty lines are skipped; every row must have as many fields as the first. Each field
    /// goes through unguardFormula().
    static Result<QList<CsvRow>> parse(const QString& text, const QString& fileName);
    /// One record line (no line end): each field through guardFormula(), then quoted where RFC 4180 requires it
    /// or where it starts or ends with a space or tab. The one CSV writer: exports and `list --format csv`.
    static QString formatRow(const QStringList& fields);
    /// A cell that starts, after any apostrophes, with = + - @ tab or carriage return, with one more apostrophe
    /// in front, so that a spreadsheet shows it as text instead of running it; any other cell as it is.
    static QString guardFormula(const QString& cell);
    /// The inverse of guardFormula(): a cell of apostrophes followed by one of those characters loses one.
    static QString unguardFormula(const QString& cell);
};
