// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads and writes dialogue records with their dependent rows and sources.
class DialogueRepository
{
public:
    explicit DialogueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Dialogue>> all() const;
    Result<Dialogue> byId(qint64 id) const;
    /// Dialogues in which the country takes part.
    Result<QList<Dialogue>> forCountry(const QString& code) const;
    /// Inserts `record` and sets its id; call inside a Transaction.
    Status insert(Dialogue& record) const;
    /// Writes `record` over the row with its id: version + 1, updated_at now; dependent rows and sources replaced.
    Status update(Dialogue& record) const;

private:
    Status write(Dialogue& record, bool update) const;
    Result<QList<Dialogue>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
