// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AttachmentStore.h"

#include "core/OutputFile.h"
#include "storage/AttachmentRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr qint64 kChunk = 1024 * 1024;
constexpr int kMaxNameChars = 255;
constexpr int kMaxSafeNameBytes = 200;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Characters that reverse the displayed order of a name (U+202E makes "report<U+202E>fdp.exe" show as "reportexe.pdf").
bool isDirectionOverride(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/// The name as it can be shown in a message: control characters become '?'.
QString printable(const QString& name)
{
    QString out;
    for (const char32_t c : name.toUcs4()) {
        if (isControl(c) || isDirectionOverride(c))
            out += QLatin1Char('?');
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out.size() > 80 ? out.left(77) + QStringLiteral("...") : out;
}

/// Makes directory entries (a rename, a new file) durable, not just the files' contents.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

/// Makes a fully written temporary file durable and read-only (stored files never change); false when it cannot
/// be written out.
bool seal(QTemporaryFile& temp)
{
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return false;
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

/// Renames a sealed temporary file to `target` and makes the rename durable; the reason when it fails.
QString moveIntoPlace(QTemporaryFile& temp, const QString& target)
{
    if (::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return errnoText(errno);
    temp.setAutoRemove(false);
    syncFolder(QFileInfo(target).absolutePath());
    return {};
}

/// The SHA-256 a stored file's path within the store names ("ab/cdef…"); empty for anything else (temporary files).
QString hashOfStoredPath(const QString& relative)
{
    static const QRegularExpression stored(QStringLiteral("^([0-9a-f]{2})/([0-9a-f]{62})$"));
    const auto m = stored.match(relative);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : QString();
}

/// SHA-256 (lowercase hex) and size of a file, read in chunks; an error names the file.
struct Digest
{
    QString sha256;
    qint64 size = 0;
};

Result<Digest> digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Digest>::failure(f.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Digest d;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError)
            return Result<Digest>::failure(f.errorString());
        hash.addData(chunk);
        d.size += chunk.size();
    }
    d.sha256 = QString::fromLatin1(hash.result().toHex());
    return d;
}

/// Whether `d`, the digest read from `file`, is the content recorded for `a`; the error says what is wrong.
Status matchesRecord(const Attachment& a, const QString& file, const Result<Digest>& d)
{
    if (!d)
        return Status::failure(AttachmentStore::tr("The file of “%1” (%2) cannot be read: %3")
                                   .arg(printable(a.originalName), file, d.error()));
    if (d->sha256 != a.sha256 || d->size != a.sizeBytes)
        return Status::failure(AttachmentStore::tr("The file of “%1” (%2) is damaged or was changed: its SHA-256 is "
                                                   "%3, but %4 was recorded when it was attached.")
                                   .arg(printable(a.originalName), file, d->sha256, a.sha256));
    return {};
}

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}
} // namespace

AttachmentStore::AttachmentStore(Database& db) : m_db(db), m_folder(folderFor(db.path())) {}

QString AttachmentStore::folderFor(const QString& databasePath)
{
    return OutputFile::attachmentFolder(databasePath);
}

QString AttachmentStore::fileFor(const QString& sha256) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        return {};
    return QStringLiteral("%1/%2/%3").arg(m_folder, sha256.left(2), sha256.mid(2));
}

Result<int> AttachmentStore::mirror(const QString& fromDatabase, const QString& toDatabase)
{
    using R = Result<int>;
    const QString from = folderFor(fromDatabase);
    const QString to = folderFor(toDatabase);
    if (!QFileInfo(from).isDir())
        return 0; // nothing was ever attached
    int added = 0;
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString sha = hashOfStoredPath(QDir(from).relativeFilePath(source));
        if (sha.isEmpty())
            continue; // temporary files stay behind
        const QString folder = to + QLatin1Char('/') + sha.left(2);
        const QString target = folder + QLatin1Char('/') + sha.mid(2);
        if (QFileInfo::exists(target))
            continue;
        if (!QDir().mkpath(folder))
            return R::failure(tr("The attachment folder %1 cannot be created.").arg(folder));
        const QByteArray targetName = QFile::encodeName(target);
        if (::link(QFile::encodeName(source).constData(), targetName.constData()) == 0) {
            syncFolder(folder);
            ++added;
            continue;
        }
        // Another file system: a copy, hashed as it is written and put in place only when the hash is its name.
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return R::failure(tr("%1 cannot be read: %2").arg(source, in.errorString()));
        if (!QDir().mkpath(to + QStringLiteral("/tmp")))
            return R::failure(tr("The attachment folder %1 cannot be created.").arg(to));
        QTemporaryFile temp(to + QStringLiteral("/tmp/XXXXXX.part"));
        if (!temp.open())
            return R::failure(tr("%1: %2").arg(folder, temp.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (QByteArray chunk = in.read(kChunk); !chunk.isEmpty(); chunk = in.read(kChunk)) {
            hash.addData(chunk);
            if (temp.write(chunk) != chunk.size())
                return R::failure(tr("%1 cannot be written: %2 (is the disk full?)").arg(target, temp.errorString()));
        }
        if (in.error() != QFileDevice::NoError)
            return R::failure(tr("%1 cannot be read: %2").arg(source, in.errorString()));
        if (QString::fromLatin1(hash.result().toHex()) != sha)
            return R::failure(tr("%1 no longer matches its SHA-256; it was not copied. The attachment it belongs to "
                                 "is damaged in the database being copied.")
                                  .arg(source));
        if (!seal(temp))
            return R::failure(tr("%1 cannot be written: %2 (is the disk full?)").arg(target, temp.errorString()));
        if (const QString why = moveIntoPlace(temp, target); !why.isEmpty())
            return R::failure(tr("%1 cannot be written: %2").arg(target, why));
        ++added;
    }
    return added;
}

Status AttachmentStore::putContent(const QByteArray& content, bool* created)
{
    if (created)
        *created = false;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString target = fileFor(sha);
    if (auto existing = digestOf(target); existing && existing->sha256 == sha)
        return {};
    // A damaged file already there is replaced but is not this caller's to remove.
    const bool existed = QFileInfo::exists(target);
    const QString folder = QFileInfo(target).absolutePath();
    const QString tmpFolder = m_folder + QStringLiteral("/tmp"); // where removeUnreferenced() finds leftovers
    if (!QDir().mkpath(folder) || !QDir().mkpath(tmpFolder))
        return Status::failure(tr("The attachment folder %1 cannot be created.").arg(folder));
    QTemporaryFile temp(tmpFolder + QStringLiteral("/XXXXXX.part"));
    if (!temp.open() || temp.write(content) != content.size() || !seal(temp))
        return Status::failure(tr("%1 cannot be written: %2 (is the disk full?)").arg(target, temp.errorString()));
    if (const QString why = moveIntoPlace(temp, target); !why.isEmpty())
        return Status::failure(tr("%1 cannot be written: %2").arg(target, why));
    if (created)
        *created = !existed;
    return {};
}

Status AttachmentStore::checkName(const QString& name)
{
    const QString shown = printable(name);
    if (name.isEmpty())
        return Status::failure(tr("The attachment has no name. Give the file a name and add it again."));
    const QList<uint> chars = name.toUcs4();
    if (chars.size() > kMaxNameChars)
        return Status::failure(tr("“%1” cannot be attached: its name is %2 characters long, more than %3. Rename "
                                  "the file and add it again.")
                                   .arg(shown)
                                   .arg(chars.size())
                                   .arg(kMaxNameChars));
    for (int i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        if (c == 0)
            return Status::failure(
                tr("“%1” cannot be attached: its name contains a NUL character at position %2.").arg(shown).arg(i + 1));
        if (isControl(c) || isDirectionOverride(c))
            return Status::failure(tr("“%1” cannot be attached: its name contains the invisible character U+%2 at "
                                      "position %3. Rename the file and add it again.")
                                       .arg(shown)
                                       .arg(uint(c), 4, 16, QLatin1Char('0'))
                                       .arg(i + 1));
    }
    return {};
}

QString AttachmentStore::safeFileName(const QString& name)
{
    QString out;
    for (const char32_t c : name.toUcs4()) {
        const bool reserved = c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' ||
                              c == u'<' || c == u'>' || c == u'|';
        out += reserved || isControl(c) || isDirectionOverride(c) ? QStringLiteral("_") : QString::fromUcs4(&c, 1);
    }
    // No hidden files, no "." or "..", nothing a shell or viewer reads as an option.
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u' ' || out.front() == u'-'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back() == u' '))
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("attachment");
    const int dot = out.lastIndexOf(u'.');
    QString suffix = dot > 0 && out.size() - dot <= 11 ? out.mid(dot) : QString();
    QString base = out.left(out.size() - suffix.size());
    while (QFile::encodeName(base + suffix).size() > kMaxSafeNameBytes && !base.isEmpty()) {
        base.chop(1);
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
    }
    if (base.isEmpty())
        base = QStringLiteral("attachment");
    return base + suffix;
}

Result<Attachment> AttachmentStore::add(const QString& entity, qint64 entityId, const QString& sourcePath,
                                        const QString& name)
{
    using R = Result<Attachment>;
    const QSqlDatabase c = m_db.connection();
    const AttachmentRepository rows(c);
    auto exists = rows.recordExists(entity, entityId);
    if (!exists)
        return R::failure(exists.error());
    if (!*exists)
        return R::failure(tr("%1 %2 does not exist; nothing was attached.").arg(entity).arg(entityId));
    const QString originalName = name.isNull() ? QFileInfo(sourcePath).fileName() : name;
    if (Status s = checkName(originalName); !s)
        return R::failure(s.error());

    // O_NOFOLLOW refuses a symbolic link itself; O_NONBLOCK keeps a pipe from hanging the open; fstat of the opened
    // file (not of the path, which could change in between) decides that it is a regular file.
    const int fd = ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return R::failure(tr("%1 is a symbolic link; attach the file it points to instead.").arg(sourcePath));
        return R::failure(tr("%1 cannot be read: %2").arg(sourcePath, errnoText(error)));
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const int error = errno;
        const bool statFailed = st.st_mode == 0;
        ::close(fd);
        if (statFailed)
            return R::failure(tr("%1 cannot be read: %2").arg(sourcePath, errnoText(error)));
        if (S_ISDIR(st.st_mode))
            return R::failure(tr("%1 is a folder; attach the files in it one by one.").arg(sourcePath));
        return R::failure(tr("%1 is not a regular file (it is a device, pipe or socket); only files can be attached.")
                              .arg(sourcePath));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile source;
    if (!source.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return R::failure(tr("%1 cannot be read: %2").arg(sourcePath, source.errorString()));
    }

    const QString tmpFolder = m_folder + QStringLiteral("/tmp");
    if (!QDir().mkpath(tmpFolder))
        return R::failure(tr("The attachment folder %1 cannot be created.").arg(m_folder));
    // The copy is hashed as it is written, so the stored content is exactly the content hashed.
    QTemporaryFile temp(tmpFolder + QStringLiteral("/XXXXXX.part"));
    if (!temp.open())
        return R::failure(tr("%1: %2").arg(tmpFolder, temp.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray head;
    for (;;) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty()) {
            if (source.error() != QFileDevice::NoError)
                return R::failure(tr("%1 cannot be read: %2").arg(sourcePath, source.errorString()));
            break;
        }
        if (head.isEmpty())
            head = chunk.left(4096);
        hash.addData(chunk);
        size += chunk.size();
        if (temp.write(chunk) != chunk.size())
            return R::failure(tr("%1 cannot be stored in %2: %3 (is the disk full?)")
                                  .arg(originalName, m_folder, temp.errorString()));
    }
    if (!seal(temp))
        return R::failure(
            tr("%1 cannot be stored in %2: %3 (is the disk full?)").arg(originalName, m_folder, temp.errorString()));

    Attachment a;
    a.entity = entity;
    a.entityId = entityId;
    a.sha256 = QString::fromLatin1(hash.result().toHex());
    a.originalName = originalName;
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(originalName, head).name();
    a.sizeBytes = size;
    a.addedBy = userName();

    // The file is put in place and the row written under the database's write lock, so a removal in another
    // process cannot delete the file between the two.
    Transaction tx(c);
    if (!tx.isActive())
        return R::failure(tx.error());
    // Asked again under the lock: the record may have been deleted while the file was being copied.
    if (exists = rows.recordExists(entity, entityId); !exists || !*exists)
        return R::failure(exists ? tr("%1 %2 does not exist; nothing was attached.").arg(entity).arg(entityId)
                                 : exists.error());
    const QString target = fileFor(a.sha256);
    const QString targetFolder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(targetFolder))
        return R::failure(tr("The attachment folder %1 cannot be created.").arg(targetFolder));
    bool placed = false;
    auto existing = digestOf(target);
    // Content already stored is used as it is; a stored file that no longer matches its name is replaced.
    if (!existing || existing->sha256 != a.sha256) {
        if (const QString why = moveIntoPlace(temp, target); !why.isEmpty())
            return R::failure(tr("%1 cannot be stored as %2: %3").arg(originalName, target, why));
        placed = !existing;
    }
    const auto undo = [&] {
        if (placed)
            QFile::remove(target);
    };
    if (Status s = rows.insert(a); !s) {
        undo();
        return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s) {
        undo();
        return R::failure(s.error());
    }
    return a;
}

Result<QList<Attachment>> AttachmentStore::list(const QString& entity, qint64 entityId) const
{
    return AttachmentRepository(m_db.connection()).forRecord(entity, entityId);
}

Status AttachmentStore::remove(qint64 attachmentId)
{
    const QSqlDatabase c = m_db.connection();
    const AttachmentRepository rows(c);
    Transaction tx(c);
    if (!tx.isActive())
        return Status::failure(tx.error());
    auto a = rows.byId(attachmentId);
    if (!a)
        return Status::failure(a.error());
    if (Status s = rows.remove(attachmentId); !s)
        return s;
    auto refs = rows.referencesTo(a->sha256);
    if (!refs)
        return Status::failure(refs.error());
    // The last reference goes: the file is moved aside inside the transaction and deleted only once the row's
    // removal is committed, so a failed commit puts it back.
    const QString file = fileFor(a->sha256);
    const QString aside = m_folder + QStringLiteral("/tmp/") + a->sha256 + QStringLiteral(".removed");
    bool movedAside = false;
    if (*refs == 0 && !file.isEmpty() && QFileInfo::exists(file)) {
        QDir().mkpath(m_folder + QStringLiteral("/tmp"));
        QFile::remove(aside);
        movedAside = ::rename(QFile::encodeName(file).constData(), QFile::encodeName(aside).constData()) == 0;
        if (!movedAside)
            return Status::failure(tr("The file of “%1” (%2) cannot be removed: %3")
                                       .arg(printable(a->originalName), file, errnoText(errno)));
    }
    if (Status s = tx.commit(); !s) {
        if (movedAside)
            ::rename(QFile::encodeName(aside).constData(), QFile::encodeName(file).constData());
        return s;
    }
    if (movedAside) {
        QFile::remove(aside);
        syncFolder(QFileInfo(file).absolutePath());
    }
    return {};
}

Status AttachmentStore::verify(qint64 attachmentId) const
{
    auto a = AttachmentRepository(m_db.connection()).byId(attachmentId);
    if (!a)
        return Status::failure(a.error());
    const QString file = fileFor(a->sha256);
    if (file.isEmpty() || !QFileInfo::exists(file))
        return Status::failure(tr("The file of “%1” is missing from %2.").arg(printable(a->originalName), m_folder));
    return matchesRecord(*a, file, digestOf(file));
}

Result<QByteArray> AttachmentStore::content(const Attachment& a) const
{
    const QString file = fileFor(a.sha256);
    QFile f(file);
    if (file.isEmpty() || !f.exists())
        return Result<QByteArray>::failure(
            tr("The file of “%1” is missing from %2.").arg(printable(a.originalName), m_folder));
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(matchesRecord(a, file, Result<Digest>::failure(f.errorString())).error());
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(matchesRecord(a, file, Result<Digest>::failure(f.errorString())).error());
    const Digest d{QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), bytes.size()};
    if (Status s = matchesRecord(a, file, d); !s)
        return Result<QByteArray>::failure(s.error());
    return bytes;
}

Result<QString> AttachmentStore::copyForViewing(qint64 attachmentId, const QString& folder) const
{
    using R = Result<QString>;
    auto a = AttachmentRepository(m_db.connection()).byId(attachmentId);
    if (!a)
        return R::failure(a.error());
    const QString file = fileFor(a->sha256);
    QFile in(file);
    if (file.isEmpty() || !in.open(QIODevice::ReadOnly))
        return R::failure(tr("The file of “%1” is missing from %2.").arg(printable(a->originalName), m_folder));
    const QString targetFolder = QStringLiteral("%1/%2").arg(folder).arg(attachmentId);
    if (!QDir().mkpath(targetFolder))
        return R::failure(tr("The folder %1 cannot be created.").arg(targetFolder));
    const QString target = targetFolder + QLatin1Char('/') + safeFileName(a->originalName);
    QFile::remove(target); // an earlier, read-only copy
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(tr("%1: %2").arg(target, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return R::failure(tr("%1 cannot be read: %2").arg(file, in.errorString()));
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return R::failure(tr("%1: %2").arg(target, out.errorString()));
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    if (sha != a->sha256) {
        out.cancelWriting();
        return R::failure(tr("The file of “%1” (%2) is damaged or was changed: its SHA-256 is %3, but %4 was "
                             "recorded when it was attached. It was not opened.")
                              .arg(printable(a->originalName), file, sha, a->sha256));
    }
    if (!out.commit())
        return R::failure(tr("%1: %2").arg(target, out.errorString()));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return target;
}

Result<int> AttachmentStore::removeUnreferenced()
{
    const QSqlDatabase c = m_db.connection();
    // Under the write lock no other process is between storing a file and committing its row (add() does both
    // inside its transaction), so a file without a row now is one nobody will commit.
    Transaction tx(c);
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    auto referenced = AttachmentRepository(c).referencedHashes();
    if (!referenced)
        return Result<int>::failure(referenced.error());
    int removed = 0;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(m_folder).relativeFilePath(file);
        const QString sha = hashOfStoredPath(relative);
        // A temporary file may belong to an add() still copying in another process: only old ones go.
        const bool staleTemporary =
            relative.startsWith(QStringLiteral("tmp/")) && it.fileInfo().lastModified().toUTC() < dayAgo;
        const bool unreferenced = !sha.isEmpty() && !referenced->contains(sha);
        if ((staleTemporary || unreferenced) && QFile::remove(file))
            ++removed;
    }
    if (Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return removed;
}
