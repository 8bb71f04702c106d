// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/GlobalSearch.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class Database;

/// Runs global searches on a worker thread with its own read-only connection; a new search interrupts the
/// one running, and only the newest answer is delivered.
class SearchRunner : public QObject
{
    Q_OBJECT
public:
    explicit SearchRunner(QObject* parent = nullptr);
    ~SearchRunner() override;

    void setDatabasePath(const QString& path);
    void search(const QString& text, int perKind = 8);
    bool isBusy() const { return m_busy; }

signals:
    void finished(const QString& text, const QList<SearchGroup>& groups, const QString& error);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_busy = false;
};
