// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrator.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {
struct Migration
{
    int number;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> out;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList names = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto m = re.match(name);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), QStringLiteral(":/migrations/") + name});
    }
    return out;
}

} // namespace

int Migrator::currentVersion(const QSqlDatabase& db)
{
    auto q = Sql::run(db, QStringLiteral("PRAGMA user_version"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

int Migrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().number;
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QStringLiteral("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += raw + QLatin1Char('\n');
        if (line.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Status Migrator::migrate(const QSqlDatabase& db, int upTo)
{
    const int from = currentVersion(db);
    if (from < 0)
        return Status::failure(QStringLiteral("cannot read the schema version"));
    for (const Migration& m : migrations()) {
        if (m.number <= from)
            continue;
        if (upTo >= 0 && m.number > upTo)
            break;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("migration %1 is missing from the program").arg(m.number));
        const QString script = QString::fromUtf8(f.readAll());
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(QStringLiteral("migration %1: %2").arg(m.number).arg(tx.error()));
        for (const QString& statement : splitStatements(script)) {
            auto r = Sql::run(db, statement);
            if (!r)
                return Status::failure(QStringLiteral("migration %1 failed: %2").arg(m.number).arg(r.error()));
        }
        // PRAGMA takes no bound values; the number comes from the resource name, never from input.
        auto v = Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(m.number));
        if (!v)
            return Status::failure(v.error());
        if (auto c = tx.commit(); !c)
            return Status::failure(QStringLiteral("migration %1: %2").arg(m.number).arg(c.error()));
    }
    return {};
}
