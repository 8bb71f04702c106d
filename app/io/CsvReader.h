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

/// An RFC 4180 reader: quoted fields with embedded commas, quotes ("") and newlines; CRLF or LF line ends.
/// Errors name the file, line and column.
class CsvReader
{
public:
    /// Decodes `bytes` with TextDecoder (UTF-8, UTF-16 with BOM, Shift_JIS) and parses them.
    static Result<QList<CsvRow>> read(const QByteArray& bytes, const QString& fileName);
    /// Parses decoded text. Empty lines are skipped; every row must have as many fields as the first.
    static Result<QList<CsvRow>> parse(const QString& text, const QString& fileName);
    /// One record line (no line end) with fields quoted where RFC 4180 requires it.
    static QString formatRow(const QStringList& fields);
};
