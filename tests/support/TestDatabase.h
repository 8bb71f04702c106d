// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

/// A database in a temporary folder, empty or filled with the bundled dataset; removed afterwards.
class TestDatabase
{
public:
    enum class Fill { Empty, Dataset };
    explicit TestDatabase(Fill fill = Fill::Dataset);

    Database& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    /// Path of the data file the bundled dataset is built from.
    static QString datasetPath();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};
