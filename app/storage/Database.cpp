// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "core/OutputFile.h"
#include "storage/Backup.h"
#include "storage/Migrator.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/SqlFunctions.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QtEndian>

#include <string>
#include <vector>

#include <sqlite3.h>

std::string liaisonAccountName(); // SqlExtension.cpp

namespace {
constexpr quint32 kApplicationId = 1279869249; // "LIAI"
constexpr qint64 kFullCheckBytes = 64 * 1024 * 1024;
QAtomicInt g_connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("liaison-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

struct Header
{
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// Reads the 100-byte SQLite header without opening the file as a database, so nothing is ever written to it.
// The read goes through SQLite's own file layer, not QFile: POSIX locks belong to the process, and closing any
// descriptor of the file drops them all, so a plain open and close here, while this process has the database open
// on another connection (a worker's), silently took that connection's locks away. Another program then believed it
// was the file's only user and deleted the write-ahead log under it. SQLite's layer keeps such a descriptor open
// until this process's locks on the file are released.
Result<Header> readHeader(const QString& path)
{
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return Result<Header>::failure(QStringLiteral("%1: cannot be read (no SQLite file layer)").arg(path));
    const QByteArray name = QFile::encodeName(path);
    sqlite3_filename file = sqlite3_create_filename(name.constData(), "", "", 0, nullptr);
    std::vector<char> handle(size_t(vfs->szOsFile));
    auto* f = reinterpret_cast<sqlite3_file*>(handle.data());
    int flags = 0;
    int rc = vfs->xOpen(vfs, file, f, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY, &flags);
    char bytes[100] = {};
    if (rc == SQLITE_OK) {
        rc = f->pMethods->xRead(f, bytes, int(sizeof bytes), 0);
        f->pMethods->xClose(f);
    } else if (f->pMethods) {
        f->pMethods->xClose(f);
    }
    sqlite3_free_filename(file);
    Header h;
    if (rc == SQLITE_IOERR_SHORT_READ)
        return h; // shorter than a header: not an SQLite file
    if (rc != SQLITE_OK)
        return Result<Header>::failure(QStringLiteral("%1: cannot be read (%2)").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    if (!QByteArrayView(bytes, 16).startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.sqlite = true;
    h.userVersion = qFromBigEndian<quint32>(bytes + 60);
    h.applicationId = qFromBigEndian<quint32>(bytes + 68);
    return h;
}

/// The problems PRAGMA quick_check reports; empty when every page is sound.
Result<QStringList> quickCheckProblems(const QSqlDatabase& db)
{
    auto check = Sql::run(db, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return Result<QStringList>::failure(check.error());
    QStringList problems;
    while (check->next())
        problems << check->value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    return problems;
}

QString damaged(const QString& path, const QStringList& problems)
{
    return QStringLiteral("%1 is damaged: %2").arg(path, problems.mid(0, 3).join(QStringLiteral("; ")));
}

QString notLiaison(const QString& path, const QString& why)
{
    return QStringLiteral("%1 is not a Liaison database: %2. Nothing was changed.").arg(path, why);
}

QString tooNew(const QString& path, int version)
{
    return QStringLiteral("%1 was written by a newer Liaison (schema %2; this program knows up to %3). "
                          "Update Liaison to open it. Nothing was changed.")
        .arg(path)
        .arg(version)
        .arg(Migrator::latestVersion());
}

QSqlDatabase addConnection(const QString& name, const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

// Validates an existing file through a read-only connection: integrity, identity and schema version. A big file's
// quick_check reads every page (half a second at 100,000 events); it is left to Database::quickCheck(), which the
// window runs in the background, while the header, the schema and the identity are still checked here.
Status inspect(const QString& path, bool fullCheck)
{
    const QString name = nextConnectionName();
    Status status;
    {
        QSqlDatabase db = addConnection(name, path, true);
        if (!db.open()) {
            status = Status::failure(notLiaison(path, db.lastError().text()));
        } else {
            Result<QStringList> problems = QStringList();
            if (fullCheck)
                problems = quickCheckProblems(db);
            else if (auto probe = Sql::run(db, QStringLiteral("SELECT 'ok' FROM sqlite_schema LIMIT 1")); !probe)
                problems = Result<QStringList>::failure(probe.error());
            if (!problems)
                status = Status::failure(notLiaison(path, problems.error()));
            else if (!problems->isEmpty())
                status = Status::failure(damaged(path, *problems) + QStringLiteral(". Nothing was changed."));
            if (status) {
                auto v = Sql::run(db, QStringLiteral("PRAGMA user_version"));
                auto a = Sql::run(db, QStringLiteral("PRAGMA application_id"));
                auto t = Sql::run(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
                if (!v || !a || !t || !v->next() || !a->next() || !t->next()) {
                    status = Status::failure(notLiaison(path, QStringLiteral("its schema cannot be read")));
                } else {
                    const int version = v->value(0).toInt();
                    const quint32 app = a->value(0).toUInt();
                    const int objects = t->value(0).toInt();
                    if (version > Migrator::latestVersion())
                        status = Status::failure(tooNew(path, version));
                    else if (objects > 0 && app != kApplicationId)
                        status = Status::failure(notLiaison(path, QStringLiteral("it is an SQLite database of another program")));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_auditUser(osAccountName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("LIAISON_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/liaison.sqlite");
}

int Database::latestSchemaVersion() { return Migrator::latestVersion(); }

QString Database::osAccountName() { return QString::fromLocal8Bit(liaisonAccountName().c_str()); }

Status Database::setAuditUser(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(QStringLiteral("the user name for the history is empty"));
    if (auto s = SqlFunctions::setAuditUser(connection(), trimmed); !s)
        return s;
    m_auditUser = trimmed;
    return {};
}

Status Database::setAuditing(bool on)
{
    return SqlFunctions::setAuditUser(connection(), m_auditUser, on);
}

Result<std::unique_ptr<Database>> Database::open(const QString& given, Mode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    if (given.isEmpty())
        return R::failure(QStringLiteral("no database path given"));
    // Opening a FIFO waits for a writer and a device is not a file: both are refused before anything opens them.
    if (const QString kind = OutputFile::specialKind(given); !kind.isEmpty())
        return R::failure(QCoreApplication::translate("Database", "%1 is %2, not a database file. Nothing was changed.")
                              .arg(given, kind));
    // A symbolic link is followed: the database, its write-ahead log and its attached files live beside the real
    // file, where every other program that opens it through its real name looks for them.
    QString path = given;
    if (const QFileInfo link(given); link.isSymLink()) {
        path = link.canonicalFilePath();
        if (path.isEmpty())
            return R::failure(QCoreApplication::translate("Database", "%1 is a symbolic link to %2, which does not exist")
                                  .arg(given, link.symLinkTarget()));
    }
    const QFileInfo info(path);
    bool deferredCheck = false;
    if (info.exists()) {
        if (info.isDir())
            return R::failure(QStringLiteral("%1 is a folder, not a database file").arg(path));
        auto header = readHeader(path);
        if (!header)
            return R::failure(header.error());
        if (info.size() > 0) {
            if (!header->sqlite)
                return R::failure(notLiaison(path, QStringLiteral("it is not an SQLite file")));
            if (int(header->userVersion) > Migrator::latestVersion())
                return R::failure(tooNew(path, int(header->userVersion)));
            if (auto s = inspect(path, info.size() <= kFullCheckBytes); !s)
                return R::failure(s.error());
            deferredCheck = info.size() > kFullCheckBytes;
        } else if (mode == Mode::ReadOnly) {
            return R::failure(QStringLiteral("%1 is empty, not a Liaison database").arg(path));
        }
    } else {
        if (mode != Mode::CreateIfMissing)
            return R::failure(QStringLiteral("%1: no such database").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(QStringLiteral("%1: cannot create the folder %2").arg(path, info.absolutePath()));
    }

    const bool readOnly = mode == Mode::ReadOnly;
    const QString name = nextConnectionName();
    QSqlDatabase db = addConnection(name, path, readOnly);
    std::unique_ptr<Database> database(new Database(path, name));
    if (!db.open())
        return R::failure(QStringLiteral("%1: cannot open (%2)").arg(path, db.lastError().text()));

    if (auto f = SqlFunctions::install(db); !f)
        return R::failure(QStringLiteral("%1: %2").arg(path, f.error()));
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!readOnly) {
        // WAL lets readers go on while one process writes; FULL sync keeps every committed transaction.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& p : pragmas) {
        if (auto r = Sql::run(db, p); !r)
            return R::failure(QStringLiteral("%1: %2").arg(path, r.error()));
    }
    if (!readOnly) {
        // An existing database is saved, verified, before its schema changes: a failed or unwanted upgrade loses
        // nothing.
        const int version = Migrator::currentVersion(db);
        if (version > 0 && version < Migrator::latestVersion()) {
            const QString copy = QStringLiteral("%1/%2.before-schema-%3-%4.sqlite")
                                     .arg(info.absolutePath(), info.completeBaseName())
                                     .arg(Migrator::latestVersion())
                                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (auto b = Backup::save(*database, copy); !b)
                return R::failure(QStringLiteral("%1: not upgraded, because the copy taken first failed: %2").arg(path, b.error()));
        }
        if (auto m = Migrator::migrate(db); !m)
            return R::failure(QStringLiteral("%1: %2").arg(path, m.error()));
        // A bulk load that died left the search index suspended: rebuild it before anyone searches.
        if (SearchIndex::isSuspended(db)) {
            Transaction tx(db);
            Status s = tx.isActive() ? SearchIndex::rebuild(db) : Status::failure(tx.error());
            if (s)
                s = tx.commit();
            if (!s)
                return R::failure(QStringLiteral("%1: rebuilding the search index: %2").arg(path, s.error()));
        }
    }
    database->m_handle = SqlFunctions::handle(db);
    database->m_checkDeferred = deferredCheck;
    return R(std::move(database));
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::schemaVersion() const
{
    auto q = Sql::run(connection(), QStringLiteral("PRAGMA user_version"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

Status Database::quickCheck() const
{
    auto problems = quickCheckProblems(connection());
    if (!problems)
        return Status::failure(damaged(m_path, {problems.error()}));
    return problems->isEmpty() ? Status() : Status::failure(damaged(m_path, *problems));
}

qint64 Database::dataVersion() const
{
    auto q = Sql::run(connection(), QStringLiteral("PRAGMA data_version"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void Database::interrupt() const
{
    if (m_handle)
        SqlFunctions::interrupt(m_handle);
}

bool Database::isEmpty() const
{
    auto q = Sql::run(connection(), QStringLiteral("SELECT (SELECT count(*) FROM country) + (SELECT count(*) FROM "
                                                   "dialogue) + (SELECT count(*) FROM event)"));
    return q && q->next() && q->value(0).toLongLong() == 0;
}
