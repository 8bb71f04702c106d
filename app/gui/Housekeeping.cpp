// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Housekeeping.h"

#include "core/Clock.h"
#include "io/DailyBackup.h"
#include "models/BackgroundPriority.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

Housekeeping::Housekeeping(QObject* parent) : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &Housekeeping::poll);
}

Housekeeping::~Housekeeping()
{
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void Housekeeping::watch(const Database& db)
{
    m_db = &db;
    m_path = db.path();
    // Commits by other windows and programs are shown as a save here is: the lists and the page are read again.
    m_dataVersion = db.dataVersion();
    m_poll->start();
    QSettings settings;
    if (settings.value(QStringLiteral("backup/daily"), true).toBool())
        backUp(m_path, qBound(1, settings.value(QStringLiteral("backup/keep"), 7).toInt(), 365));
    if (db.checkDeferred())
        QTimer::singleShot(kDeferredCheckDelayMs, this, [this, path = m_path] { checkIntegrity(path); });
}

QString Housekeeping::backupFolder() const
{
    if (!m_backupFolder.isEmpty())
        return m_backupFolder;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

void Housekeeping::setPollInterval(int ms) { m_poll->setInterval(ms); }

void Housekeeping::poll()
{
    if (!m_db)
        return;
    const qint64 version = m_db->dataVersion();
    if (version < 0 || version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit changedOutside();
}

void Housekeeping::backUp(const QString& path, int keep)
{
    // A verified copy, on a thread: a big database takes a while to copy.
    runInBackground([this, path, folder = backupFolder(), keep, today = Clock::today()] {
        auto made = DailyBackup::run(path, folder, keep, today);
        QMetaObject::invokeMethod(
            this, [this, made] { emit backupFinished(made ? *made : QString(), made ? QString() : made.error()); },
            Qt::QueuedConnection);
    });
}

void Housekeeping::checkIntegrity(const QString& path)
{
    // A big database is checked page by page on a thread of its own, so the window opens at once.
    runInBackground([this, path] {
        BackgroundPriority::lowerCurrentThread(); // it reads the whole file while someone types
        const Status s = Backup::verify(path);
        QMetaObject::invokeMethod(
            this,
            [this, path, s] {
                if (s)
                    emit checked(path);
                else if (m_db && m_path == path) // another database opened meanwhile: this one is no longer shown
                    emit damaged(s.error());
            },
            Qt::QueuedConnection);
    });
}

void Housekeeping::runInBackground(std::function<void()> work)
{
    // Results come back through queued calls on this object, which waits for the thread when it goes.
    QThread* thread = QThread::create(std::move(work));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>());
    m_threads << QPointer<QThread>(thread);
    thread->start(QThread::LowPriority);
}
