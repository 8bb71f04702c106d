// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <atomic>
#include <memory>

class Database;

/// A worker thread's own read-only connection, opened on first use on that thread; interrupt() may be called
/// from any thread to stop the statement it is running.
class WorkerConnection
{
public:
    explicit WorkerConnection(QString path);
    ~WorkerConnection();

    /// The connection, opened now if need be; call on the worker thread only.
    Result<Database*> get();
    void interrupt();
    const QString& path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::atomic<Database*> m_active{nullptr};
};
