// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Reads and writes action records and sources.
class ActionRepository
{
public:
    explicit ActionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Action>> all() const;
    Result<Action> byId(qint64 id) const;
    /// Open and in-progress actions of the events the country took part in, soonest due first.
    Result<QList<Action>> openForCountry(const QString& code, int limit) const;
    Result<QList<Action>> forEvent(qint64 eventId) const;
    /// Inserts `record` and sets its id; call inside a Transaction.
    Status insert(Action& record) const;
    /// Writes `record` over the row with its id: version + 1, updated_at now; dependent rows and sources replaced.
    Status update(Action& record) const;

private:
    Status write(Action& record, bool update) const;
    Result<QList<Action>> select(const QString& where, const QVariantList& binds, const QString& order = {},
                                 int limit = 0) const;
    QSqlDatabase m_db;
};
