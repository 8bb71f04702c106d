// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

/// Fast inserts for generated databases: statements prepared once and reused, ids given by the caller's order.
/// The caller holds a Transaction around batches. Triggers (the search index) still run.
class BulkWriter
{
public:
    explicit BulkWriter(QSqlDatabase db);
    ~BulkWriter();

    Result<qint64> addCountry(const Country& c);
    Result<qint64> addDialogue(const Dialogue& d, const QList<qint64>& partyIds);
    Result<qint64> addForum(const Forum& f, const QList<qint64>& memberIds);
    /// `dialogueId` / `forumId` may be 0; participants refer to country ids.
    Result<qint64> addEvent(const Event& e, qint64 dialogueId, qint64 forumId, const QList<std::pair<qint64, Participant>>& participants);
    Result<qint64> addAction(const Action& a);
    Result<qint64> addPolicyItem(const PolicyItem& p);
    Result<qint64> addProvision(qint64 policyItemId, const Provision& p);
    Status addCitation(qint64 provisionId, qint64 eventId);
    Status addSource(const QString& entity, qint64 id, const QString& url);

private:
    struct Statements;
    Result<qint64> exec(QSqlQuery& q, const QVariantList& values, const char* what);
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_st;
};
