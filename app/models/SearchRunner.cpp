// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchRunner.h"

#include "storage/Database.h"

class SearchRunner::Worker : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest) : m_path(std::move(path)), m_latest(std::move(latest)) {}

    Result<QList<SearchGroup>> run(quint64 generation, const QString& text, int perKind)
    {
        if (generation < m_latest->load())
            return Result<QList<SearchGroup>>::failure({});
        if (!m_db) {
            auto db = Database::open(m_path, Database::Mode::ReadOnly);
            if (!db)
                return Result<QList<SearchGroup>>::failure(db.error());
            m_db = std::move(db).value();
            m_active = m_db.get();
        }
        return GlobalSearch(*m_db).search(text, perKind);
    }
    void interrupt()
    {
        if (Database* db = m_active.load())
            db->interrupt();
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
    std::atomic<Database*> m_active{nullptr};
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
