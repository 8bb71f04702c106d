// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "reports/BriefingDocument.h"

#include <QByteArray>

class QPagedPaintDevice;

/// Lays a briefing pack out on A4: cover, contents with page numbers, chapters with a running header and footer;
/// writes it as PDF with Noto Sans CJK JP embedded and a text layer that extracts as written.
class BriefingPdfWriter
{
public:
    /// The family of Noto Sans CJK JP, loaded from its own files so that fontconfig defaults never decide; the
    /// error names the files looked for.
    static Result<QString> fontFamily();
    /// Lays `doc` out and paints every page on `device` (a QPdfWriter or a QPrinter); returns the page count and,
    /// given `bodyText`, the chapters' text as laid out.
    static Result<int> paint(const BriefingDocument& doc, QPagedPaintDevice& device, QString* bodyText = nullptr);
    /// The pack as PDF bytes with the text layer repaired (see PdfToUnicodeFix).
    static Result<QByteArray> toPdf(const BriefingDocument& doc, int* pages = nullptr);
    /// Writes the PDF to `path` (or standard output for "-") as OutputFile does: never a file of the database at
    /// `databasePath`, a device or a pipe; an existing file is replaced only once the whole pack is written.
    static Status save(const BriefingDocument& doc, const QString& path, const QString& databasePath,
                       int* pages = nullptr);
};
