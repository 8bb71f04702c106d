// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/WorkerConnection.h"
#include "storage/ListQuery.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

/// Runs list queries on its own thread and connection; answers through callbacks posted to the caller.
class ListWorker : public QObject
{
    Q_OBJECT
public:
    explicit ListWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest);

    using PageCallback = std::function<void(const QList<ListRow>& rows, const QString& error)>;
    using CountCallback = std::function<void(qint64 count)>;

    /// Called on the worker thread. A request older than the latest generation is skipped unrun.
    void page(quint64 generation, const ListRequest& request, const PageCallback& done);
    void count(quint64 generation, const ListRequest& request, const CountCallback& done);
    /// From any thread: stops the statement now running, if any.
    void interrupt();

private:
    WorkerConnection m_connection;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
