// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ListQuery.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class Database;

/// Runs list queries on its own thread and connection; answers through callbacks posted to the caller.
class ListWorker : public QObject
{
    Q_OBJECT
public:
    explicit ListWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest);
    ~ListWorker() override;

    using PageCallback = std::function<void(const QList<ListRow>& rows, const QString& error)>;
    using CountCallback = std::function<void(qint64 count)>;

    /// Called on the worker thread. A request older than the latest generation is skipped unrun.
    void page(quint64 generation, const ListRequest& request, const PageCallback& done);
    void count(quint64 generation, const ListRequest& request, const CountCallback& done);
    /// From any thread: stops the statement now running, if any.
    void interrupt();

private:
    bool open();
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
    std::atomic<Database*> m_active{nullptr};
};
