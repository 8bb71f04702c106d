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
    /// Saves an edited record if nobody changed it since it was read (record.version); a conflict otherwise.
    /// Call inside a Transaction.
    Status update(Dialogue& record) const;
    /// Deletes the record with its dependent rows and sources, guarded like update().
    Status remove(const Dialogue& record) const;

private:
    Status writeParts(const Dialogue& record) const;
    Result<QList<Dialogue>> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};
