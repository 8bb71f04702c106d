// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// Formats rows as an aligned text table (East Asian wide characters count two columns), CSV (RFC 4180) or JSON.
/// The table shows user text through printable(); CSV and JSON keep it exact.
namespace TextTable {
int displayWidth(const QString& text);
/// `text` safe for a terminal: every control character (C0 but the line feed and tab when `keepLineBreaks`,
/// DEL, C1) and every bidirectional embedding, override, isolate or mark is shown as an escape, `\x1b` or
/// `\u202e`, so that text from a record cannot retitle, clear or reorder the terminal. The one function every
/// message and table of the command line goes through.
QString printable(const QString& text, bool keepLineBreaks = true);
QString table(const QStringList& headers, const QList<QStringList>& rows);
/// Through CsvReader::formatRow(), the exports' writer: cells a spreadsheet would run get an apostrophe.
QString csv(const QStringList& headers, const QList<QStringList>& rows);
QString json(const QStringList& keys, const QList<QStringList>& rows);
} // namespace TextTable
