// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestDatabase.h"

#include "io/Initializer.h"

#include <QTest>

TestDatabase::TestDatabase(Fill fill)
{
    auto db = Database::open(path(), Database::Mode::CreateIfMissing);
    if (!db)
        qFatal("TestDatabase: %s", qPrintable(db.error()));
    m_db = std::move(db).value();
    if (auto s = Initializer::initialize(*m_db, fill == Fill::Empty); !s)
        qFatal("TestDatabase: %s", qPrintable(s.error()));
}

QString TestDatabase::datasetPath() { return QStringLiteral(LIAISON_SOURCE_DIR "/data/dataset.json"); }
