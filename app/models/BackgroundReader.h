// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class BackgroundReaderWorker;

/// Runs read-only database work on a thread and connection of its own and hands the answer back on the owner's
/// thread. Only the newest request is answered: a new one interrupts the statement still running, so changing a
/// filter never waits for a stale answer.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    /// Runs on the worker thread; returns what to do with the answer on the owner's thread.
    using Work = std::function<std::function<void()>(Database& db)>;

    explicit BackgroundReader(QObject* parent = nullptr);
    ~BackgroundReader() override;

    void setDatabasePath(const QString& path);
    const QString& databasePath() const { return m_path; }
    /// Queues `work`; the continuation it returns runs here unless a newer request came first.
    void run(Work work);
    bool isBusy() const { return m_busy; }
    /// Runs the event loop until the newest request has been answered (tests, benchmark).
    bool waitForIdle(int timeoutMs = 60000);

signals:
    /// The newest request was answered (its continuation has run).
    void finished();
    /// The database could not be opened.
    void failed(const QString& error);

private:
    QString m_path;
    QThread m_thread;
    BackgroundReaderWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_busy = false;
};
