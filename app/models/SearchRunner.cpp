// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchRunner.h"

#include "models/WorkerConnection.h"
#include "storage/Database.h"

class SearchRunner::Worker : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_connection(std::move(path)), m_latest(std::move(latest))
    {
    }

    Result<QList<SearchGroup>> run(quint64 generation, const QString& text, int perKind)
    {
        if (generation < m_latest->load())
            return Result<QList<SearchGroup>>::failure({});
        auto db = m_connection.get();
        if (!db)
            return Result<QList<SearchGroup>>::failure(db.error());
        return GlobalSearch(**db).search(text, perKind);
    }
    void interrupt() { m_connection.interrupt(); }

private:
    WorkerConnection m_connection;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

SearchRunner::SearchRunner(QObject* parent) : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("search-worker"));
}

SearchRunner::~SearchRunner()
{
    if (m_worker) {
        m_latest->store(~quint64(0));
        m_worker->interrupt();
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater, Qt::QueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void SearchRunner::setDatabasePath(const QString& path)
{
    if (m_worker) {
        m_latest->store(++m_generation);
        m_worker->interrupt();
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater, Qt::QueuedConnection);
    }
    m_worker = new Worker(path, m_latest);
    m_worker->moveToThread(&m_thread);
    if (!m_thread.isRunning())
        m_thread.start();
}

void SearchRunner::search(const QString& text, int perKind)
{
    if (!m_worker)
        return;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_worker->interrupt();
    m_busy = true;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, generation, text, perKind] {
            auto result = worker->run(generation, text, perKind);
            if (generation < m_latest->load())
                return;
            const QList<SearchGroup> groups = result ? *result : QList<SearchGroup>();
            const QString error = result ? QString() : result.error();
            QMetaObject::invokeMethod(
                this,
                [this, generation, text, groups, error] {
                    if (generation != m_generation)
                        return;
                    m_busy = false;
                    emit finished(text, groups, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
