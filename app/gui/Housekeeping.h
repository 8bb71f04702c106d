// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class Database;
class QThread;
class QTimer;

/// What the window does for its open database besides showing it: the backup on the first start of a day, the
/// integrity check of a file too big to check when it was opened, and noticing commits by other windows and
/// programs. The slow parts run on threads of their own; results come back as signals.
class Housekeeping : public QObject
{
    Q_OBJECT
public:
    /// How often it asks whether another window or program has committed (PRAGMA data_version, one read).
    static constexpr int kPollIntervalMs = 2000;
    /// How long after opening a big file its check starts: after the window has painted and the tables have their
    /// first pages, for the check reads every page.
    static constexpr int kDeferredCheckDelayMs = 3000;

    explicit Housekeeping(QObject* parent = nullptr);
    /// Waits for the backup and the check still running.
    ~Housekeeping() override;

    /// Looks after `db` from now on, in place of any earlier database: takes today's backup (unless the settings
    /// switch it off), schedules the check the file deferred, and polls for commits by others. `db` must stay open
    /// until the next watch() or the end of this object.
    void watch(const Database& db);
    /// Where the daily copies go; by default "backups" in the application's data folder.
    void setBackupFolder(const QString& folder) { m_backupFolder = folder; }
    QString backupFolder() const;
    void setPollInterval(int ms);
    /// Saves today's copy of the database at `path` on a thread, keeping the newest `keep`; ends in backupFinished().
    void backUp(const QString& path, int keep);
    /// Checks every page of the database at `path` on a thread; ends in checked(), or damaged() when `path` is
    /// the database watched.
    void checkIntegrity(const QString& path);

signals:
    /// The daily backup ended: the copy made (empty when today's existed), or an error.
    void backupFinished(const QString& copy, const QString& error);
    /// The check of `path` found nothing wrong.
    void checked(const QString& path);
    /// The check of the watched database failed; `error` names the file and the first problems.
    void damaged(const QString& error);
    /// Another window or program committed to the watched database.
    void changedOutside();

private:
    void poll();
    void runInBackground(std::function<void()> work);

    const Database* m_db = nullptr;
    QString m_path;
    qint64 m_dataVersion = -1;
    QTimer* m_poll;
    QString m_backupFolder;
    QList<QPointer<QThread>> m_threads;
};
