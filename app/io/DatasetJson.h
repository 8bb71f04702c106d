// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>

/// The bundled data file's format (data/dataset.json): reading with validation, and writing.
class DatasetJson
{
public:
    /// Parses and validates; every error names the file and the JSON path ("$.events[3].start_date").
    static Result<Dataset> parse(const QByteArray& json, const QString& fileName);
    static Result<Dataset> readFile(const QString& path);
    /// The bundled dataset compiled into the program.
    static Result<Dataset> bundled();
    static QJsonObject toJson(const Dataset& d);
};
