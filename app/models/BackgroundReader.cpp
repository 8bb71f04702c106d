// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BackgroundReader.h"

#include "models/WorkerConnection.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QTimer>

/// Lives on the reader's thread and owns its connection.
class BackgroundReaderWorker : public QObject
{
public:
    explicit BackgroundReaderWorker(const QString& path) : m_connection(path) {}
    WorkerConnection m_connection;
};

BackgroundReader::BackgroundReader(QObject* parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("background-reader"));
}

BackgroundReader::~BackgroundReader()
{
    m_latest->store(~quint64(0));
    if (m_worker) {
        m_worker->m_connection.interrupt();
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater, Qt::QueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void BackgroundReader::setDatabasePath(const QString& path)
{
    m_latest->store(++m_generation);
    if (m_worker) {
        m_worker->m_connection.interrupt();
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater, Qt::QueuedConnection);
    }
    m_path = path;
    m_worker = new BackgroundReaderWorker(path);
    m_worker->moveToThread(&m_thread);
    if (!m_thread.isRunning())
        m_thread.start();
    if (m_busy) {
        m_busy = false;
        emit finished();
    }
}

void BackgroundReader::run(Work work)
{
    if (!m_worker)
        return;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_worker->m_connection.interrupt();
    m_busy = true;
    BackgroundReaderWorker* worker = m_worker;
    auto latest = m_latest;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, latest, generation, work = std::move(work)] {
            if (generation < latest->load())
                return;
            auto db = worker->m_connection.get();
            if (!db) {
                const QString error = db.error();
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, error] {
                        if (generation != m_generation)
                            return;
                        m_busy = false;
                        emit failed(error);
                        emit finished();
                    },
                    Qt::QueuedConnection);
                return;
            }
            std::function<void()> done = work(**db);
            if (generation < latest->load())
                return;
            QMetaObject::invokeMethod(
                this,
                [this, generation, done = std::move(done)] {
                    // A request made after this one was sent owns the view now.
                    if (generation != m_generation)
                        return;
                    m_busy = false;
                    if (done)
                        done();
                    emit finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool BackgroundReader::waitForIdle(int timeoutMs)
{
    if (!m_busy)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &BackgroundReader::finished, &loop, [&] {
        if (!m_busy)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return !m_busy;
}
