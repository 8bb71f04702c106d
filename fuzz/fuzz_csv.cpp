// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the CSV reader (decoding included) on any bytes must return rows or an error, never crash.
#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto rows = CsvReader::read(bytes, QStringLiteral("fuzz.csv"));
    if (rows) {
        // What is read can be written and read back to the same fields.
        QString text;
        for (const CsvRow& r : *rows)
            text += CsvReader::formatRow(r.fields) + QLatin1Char('\n');
        auto again = CsvReader::parse(text, QStringLiteral("again.csv"));
        if (!again || again->size() != rows->size())
            __builtin_trap();
        // Exactly: line ends inside fields, padding and guarded formula cells included.
        for (qsizetype i = 0; i < rows->size(); ++i) {
            if (again->at(i).fields != rows->at(i).fields)
                __builtin_trap();
        }
    }
    return 0;
}
