// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the JSON dump reader on any bytes must return a dataset or an error naming the file, never crash.
#include "io/DatasetJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    DatasetJson::Known known;
    known.countries.insert(QStringLiteral("JP"));
    auto d = DatasetJson::parse(bytes, QStringLiteral("fuzz.json"), &known);
    if (!d && !d.error().startsWith(QStringLiteral("fuzz.json")))
        __builtin_trap();
    if (d)
        (void)DatasetJson::toJson(*d);
    return 0;
}
