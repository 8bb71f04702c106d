// SPDX-License-Identifier: GPL-3.0-or-later
// A writer for the reliability tests: commits small, whole transactions (an event, two participants and a follow-up
// action) in a loop and reports each one on stdout only after COMMIT returned, so a test that kills it knows what
// must have survived.
//
//   killwriter --db PATH --tag TAG [--count N] [--announce] [--attach DIR] [--retry-busy] [--batch N --wait-stdin]
//
// --count N     commit N transactions (default: until killed); prints "committed TAG SEQ" after each
// --announce    also prints "begin TAG SEQ" just before each transaction asks for the write lock
// --attach DIR  after each transaction, attach a file of 64 kB (written to DIR first, its content unique to the
//               sequence number) to the new event with AttachmentStore::add, and report only after that returned
// --retry-busy  when the lock was not granted within the busy timeout, print "busy TAG SEQ" and try again, as a
//               user would press Save again; without it the writer stops with status 3
// --batch N     instead, insert N events in ONE transaction, print "pending TAG N", and (with --wait-stdin) wait
//               for a line on stdin before COMMIT, so a test can read while the write is open
// Exit status: 0 done, 2 bad arguments, 3 the database failed (the reason on stderr).
#include "core/Records.h"
#include "io/AttachmentStore.h"
#include "storage/ActionRepository.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {
void report(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    // A pipe cannot be synced (EINVAL) but a file can: the line is durable before the next transaction starts.
    ::fsync(STDOUT_FILENO);
}

int fail(const QString& why)
{
    std::fprintf(stderr, "killwriter: %s\n", qPrintable(why));
    return 3;
}

/// Inserts one whole record group: the event, its participants and its action.
Status insertGroup(QSqlDatabase db, const QString& tag, qint64 seq, qint64* eventId = nullptr)
{
    Event e;
    e.key = QStringLiteral("%1-%2").arg(tag).arg(seq);
    e.titleEn = QStringLiteral("Reliability test %1 number %2").arg(tag).arg(seq);
    e.startDate = QStringLiteral("2026-01-01");
    e.summary = QStringLiteral("Written by killwriter to prove that committed work survives a kill.");
    e.participants = {Participant{0, {}, QStringLiteral("%1 delegate A").arg(e.key), QStringLiteral("host"), {}},
                      Participant{0, {}, QStringLiteral("%1 delegate B").arg(e.key), QStringLiteral("guest"), {}}};
    if (Status s = EventRepository(db).insert(e); !s)
        return s;
    if (eventId)
        *eventId = e.id;
    Action a;
    a.eventId = e.id;
    a.description = QStringLiteral("Follow up %1").arg(e.key);
    return ActionRepository(db).insert(a);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path, tag, attachDir;
    qint64 count = -1, batch = 0;
    bool waitStdin = false, announce = false, retryBusy = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--db") && hasValue)
            path = args[++i];
        else if (a == QLatin1String("--tag") && hasValue)
            tag = args[++i];
        else if (a == QLatin1String("--count") && hasValue)
            count = args[++i].toLongLong();
        else if (a == QLatin1String("--batch") && hasValue)
            batch = args[++i].toLongLong();
        else if (a == QLatin1String("--wait-stdin"))
            waitStdin = true;
        else if (a == QLatin1String("--announce"))
            announce = true;
        else if (a == QLatin1String("--attach") && hasValue)
            attachDir = args[++i];
        else if (a == QLatin1String("--retry-busy"))
            retryBusy = true;
        else {
            std::fprintf(stderr, "killwriter: unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    if (path.isEmpty() || tag.isEmpty()) {
        std::fprintf(stderr,
                     "usage: killwriter --db PATH --tag TAG [--count N] [--announce] [--attach DIR] [--retry-busy] "
                     "[--batch N [--wait-stdin]]\n");
        return 2;
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return fail(db.error());
    const QSqlDatabase c = db.value()->connection();

    if (batch > 0) {
        Transaction tx(c);
        if (!tx.isActive())
            return fail(tx.error());
        for (qint64 seq = 1; seq <= batch; ++seq) {
            if (Status s = insertGroup(c, tag, seq); !s)
                return fail(s.error());
        }
        report(QStringLiteral("pending %1 %2").arg(tag).arg(batch));
        if (waitStdin) {
            std::string line;
            std::getline(std::cin, line);
        }
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        report(QStringLiteral("committed %1 %2").arg(tag).arg(batch));
        return 0;
    }

    for (qint64 seq = 1; count < 0 || seq <= count; ++seq) {
        if (announce)
            report(QStringLiteral("begin %1 %2").arg(tag).arg(seq));
        Transaction tx(c);
        if (!tx.isActive()) {
            if (retryBusy && tx.error().contains(QLatin1String("database is locked"))) {
                report(QStringLiteral("busy %1 %2").arg(tag).arg(seq));
                --seq;
                continue;
            }
            return fail(tx.error());
        }
        qint64 eventId = 0;
        if (Status s = insertGroup(c, tag, seq, &eventId); !s)
            return fail(s.error());
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        if (!attachDir.isEmpty()) {
            const QString name = QStringLiteral("%1-%2.bin").arg(tag).arg(seq);
            QFile source(attachDir + QLatin1Char('/') + name);
            const QByteArray unit = name.toUtf8() + '\n';
            if (!source.open(QIODevice::WriteOnly) || source.write(unit.repeated(65536 / int(unit.size()))) <= 0)
                return fail(source.fileName() + QStringLiteral(": ") + source.errorString());
            source.close();
            auto added = AttachmentStore(*db.value()).add(QStringLiteral("event"), eventId, source.fileName());
            if (!added)
                return fail(added.error());
        }
        report(QStringLiteral("committed %1 %2").arg(tag).arg(seq));
    }
    return 0;
}
