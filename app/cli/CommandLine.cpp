// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/TextTable.h"
#include "core/Clock.h"
#include "core/OutputFile.h"
#include "core/PartialDate.h"
#include "io/AttachmentStore.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "io/Initializer.h"
#include "models/Catalog.h"
#include "models/EntityTableModel.h"
#include "models/RecordFilterProxy.h"
#include "models/Sections.h"
#include "models/SqlListModel.h"
#include "reports/BriefingComposer.h"
#include "reports/BriefingPdfWriter.h"
#include "search/GlobalSearch.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
struct Parsed
{
    QStringList positional;
    QHash<QString, QString> values; ///< options with a value: db, filter, format, lang
    QSet<QString> flags;            ///< help, version, empty
    QString error;
};

const QStringList kValueOptions{QStringLiteral("db"), QStringLiteral("filter"), QStringLiteral("format"),
                                QStringLiteral("lang"), QStringLiteral("output"), QStringLiteral("country"),
                                QStringLiteral("dialogue"), QStringLiteral("forum"), QStringLiteral("from"),
                                QStringLiteral("to"), QStringLiteral("max-classification"), QStringLiteral("as-of"), QStringLiteral("what")};
const QStringList kFlagOptions{QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("empty"),
                               QStringLiteral("dry-run"), QStringLiteral("repair")};

Parsed parse(const QStringList& arguments)
{
    Parsed p;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--")) {
            p.positional += arguments.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            p.positional << a;
            continue;
        }
        QString name = a.startsWith(QStringLiteral("--")) ? a.mid(2) : a.mid(1);
        QString value;
        bool hasValue = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (name == QLatin1String("h"))
            name = QStringLiteral("help");
        if (name == QLatin1String("v"))
            name = QStringLiteral("version");
        if (name == QLatin1String("o"))
            name = QStringLiteral("output");
        if (kFlagOptions.contains(name)) {
            if (hasValue) {
                p.error = CommandLine::tr("option --%1 takes no value").arg(name);
                return p;
            }
            p.flags.insert(name);
        } else if (kValueOptions.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= arguments.size()) {
                    p.error = CommandLine::tr("option --%1 needs a value").arg(name);
                    return p;
                }
                value = arguments[++i];
            }
            if (value.isEmpty()) {
                p.error = CommandLine::tr("option --%1 needs a value").arg(name);
                return p;
            }
            p.values.insert(name, value);
        } else {
            p.error = CommandLine::tr("unknown option '%1'").arg(a);
            return p;
        }
    }
    return p;
}

QString databasePath(const Parsed& p)
{
    return p.values.contains(QStringLiteral("db")) ? p.values.value(QStringLiteral("db")) : Database::defaultPath();
}

/// Refuses options that the verb does not take, naming the first.
QString unexpectedOptions(const Parsed& p, const QStringList& allowed)
{
    const QStringList global{QStringLiteral("db"), QStringLiteral("lang")};
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
        if (!allowed.contains(it.key()) && !global.contains(it.key()))
            return CommandLine::tr("option --%1 does not apply to '%2'").arg(it.key(), p.positional.value(0));
    }
    for (const QString& f : p.flags) {
        if (!allowed.contains(f))
            return CommandLine::tr("option --%1 does not apply to '%2'").arg(f, p.positional.value(0));
    }
    return {};
}

/// --max-classification of list, search and export: the ceiling, or -1 after saying what is wrong. Without the
/// option, 3: everything, as before the option existed.
int ceilingOf(const Parsed& p, QTextStream& err)
{
    const QString level = p.values.value(QStringLiteral("max-classification"), QStringLiteral("3"));
    bool ok = false;
    const int ceiling = level.toInt(&ok);
    if (ok && ceiling >= 0 && ceiling <= 3)
        return ceiling;
    err << "liaison: " << CommandLine::tr("--max-classification: '%1' is not a level from 0 to 3").arg(level)
        << Qt::endl;
    return -1;
}

/// What a verb reads at `ceiling`: `db` itself when none of its records lies above the ceiling, else a copy of it in
/// `scratch` from which every record above the ceiling and every row naming one was deleted (Redaction), so that
/// the output is computed as if they had never existed. With `attachments`, the copy's attachment files are
/// linked in too (an export reads them).
Result<std::unique_ptr<Database>> atCeiling(std::unique_ptr<Database> db, int ceiling, const QTemporaryDir& scratch,
                                            bool attachments = false)
{
    using R = Result<std::unique_ptr<Database>>;
    auto above = Redaction::anyAbove(*db, ceiling);
    if (!above)
        return R::failure(above.error());
    if (!*above)
        return db;
    if (!scratch.isValid())
        return R::failure(CommandLine::tr("no temporary folder for the copy at --max-classification %1: %2")
                              .arg(ceiling)
                              .arg(scratch.errorString()));
    const QString copy = scratch.filePath(QStringLiteral("at-ceiling.sqlite"));
    if (auto s = Redaction::saveRedacted(*db, copy, ceiling); !s)
        return R::failure(s.error());
    if (attachments) {
        if (auto m = AttachmentStore::mirror(db->path(), copy); !m)
            return R::failure(m.error());
    }
    return Database::open(copy, Database::Mode::OpenExisting);
}

/// Where a verb that wrote `target` reports it: standard error when the output itself went to standard output.
QTextStream& reportStream(const QString& target, QTextStream& out, QTextStream& err)
{
    return OutputFile::isStandardOutput(target) ? err : out;
}

/// `target` as the report names it.
QString shownAs(const QString& target)
{
    return OutputFile::isStandardOutput(target) ? CommandLine::tr("standard output") : target;
}

int runInit(const Parsed& p, QTextStream& out, QTextStream& err)
{
    const QString path = databasePath(p);
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    const bool empty = p.flags.contains(QStringLiteral("empty"));
    if (auto s = Initializer::initialize(*db.value(), empty); !s) {
        err << "liaison: " << s.error() << Qt::endl;
        return CommandLine::Failure;
    }
    if (empty) {
        out << CommandLine::tr("Created an empty Liaison database at %1").arg(path) << Qt::endl;
        return CommandLine::Ok;
    }
    auto counts = Maintenance(*db.value()).counts();
    QStringList parts;
    if (counts) {
        for (const auto& [table, n] : *counts)
            parts << QStringLiteral("%1 %2").arg(n).arg(table);
    }
    out << CommandLine::tr("Created %1 with the bundled dataset: %2").arg(path, parts.join(QStringLiteral(", ")))
        << Qt::endl;
    return CommandLine::Ok;
}

int runCheck(const Parsed& p, QTextStream& out, QTextStream& err)
{
    const QString path = databasePath(p);
    const bool repair = p.flags.contains(QStringLiteral("repair"));
    auto db = Database::open(path, repair ? Database::Mode::OpenExisting : Database::Mode::ReadOnly);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto problems = Maintenance(*db.value()).check();
    if (!problems) {
        err << "liaison: " << path << ": " << problems.error() << Qt::endl;
        return CommandLine::Failure;
    }
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            err << path << ": " << problem << Qt::endl;
        return CommandLine::Failure;
    }
    if (repair) {
        // Only files are repaired: a record is never changed by a check.
        auto removed = AttachmentStore(*db.value()).removeUnreferenced();
        if (!removed) {
            err << "liaison: " << path << ": " << removed.error() << Qt::endl;
            return CommandLine::Failure;
        }
        out << CommandLine::tr("%n stored file(s) that no attachment refers to removed from %1", nullptr, *removed)
                   .arg(AttachmentStore::folderFor(path))
            << Qt::endl;
    }
    auto counts = Maintenance(*db.value()).counts();
    QStringList parts;
    if (counts) {
        for (const auto& [table, n] : *counts)
            parts << QStringLiteral("%1 %2").arg(n).arg(table);
    }
    out << CommandLine::tr("%1: ok (schema %2; %3)").arg(path).arg(db.value()->schemaVersion()).arg(parts.join(QStringLiteral(", ")))
        << Qt::endl;
    return CommandLine::Ok;
}

int runList(const Parsed& p, QTextStream& out, QTextStream& err)
{
    if (p.positional.size() != 2) {
        err << "liaison: " << CommandLine::tr("'list' needs one of: %1").arg(Sections::keys().join(QStringLiteral(", ")))
            << Qt::endl;
        return CommandLine::Usage;
    }
    const auto section = Sections::fromKey(p.positional[1]);
    if (!section) {
        err << "liaison: " << CommandLine::tr("cannot list '%1'; choose one of: %2")
                                  .arg(p.positional[1], Sections::keys().join(QStringLiteral(", ")))
            << Qt::endl;
        return CommandLine::Usage;
    }
    const QString format = p.values.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << "liaison: " << CommandLine::tr("unknown format '%1'; choose table, csv or json").arg(format) << Qt::endl;
        return CommandLine::Usage;
    }
    const int ceiling = ceilingOf(p, err);
    if (ceiling < 0)
        return CommandLine::Usage;
    const QString path = databasePath(p);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        if (!QFileInfo::exists(path))
            err << CommandLine::tr("Create it with: liaison init --db %1").arg(path) << Qt::endl;
        return CommandLine::Failure;
    }
    const QTemporaryDir scratch;
    db = atCeiling(std::move(db).value(), ceiling, scratch);
    if (!db) {
        err << "liaison: " << path << ": " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto model = Sections::createModel(*section, db.value()->path());
    RecordFilterProxy proxy;
    QAbstractItemModel* rows = model.get();
    if (auto* sql = qobject_cast<SqlListModel*>(model.get())) {
        // The window's own query path: filtered and sorted in SQL, read page by page.
        sql->sort(model->defaultSortColumn(), model->defaultSortOrder());
        sql->setQuery(p.values.value(QStringLiteral("filter")), {}, 0, 0);
        sql->waitForIdle();
        while (sql->canFetchMore({})) {
            sql->fetchMore({});
            sql->waitForIdle();
        }
        if (!sql->lastError().isEmpty()) {
            err << "liaison: " << path << ": " << sql->lastError() << Qt::endl;
            return CommandLine::Failure;
        }
    } else {
        // The small tables are read whole; the big ones above never need them.
        auto catalog = Catalog::load(*db.value());
        if (!catalog) {
            err << "liaison: " << path << ": " << catalog.error() << Qt::endl;
            return CommandLine::Failure;
        }
        model->load(*catalog);
        proxy.setSourceModel(model.get());
        proxy.setFilterText(p.values.value(QStringLiteral("filter")));
        proxy.sort(model->defaultSortColumn(), model->defaultSortOrder());
        rows = &proxy;
    }

    QStringList headers{QStringLiteral("id")};
    QStringList keys{QStringLiteral("id")};
    for (int c = 0; c < model->columnCount(); ++c) {
        headers << model->headerData(c, Qt::Horizontal).toString();
        keys << model->columnKeys().value(c);
    }
    QList<QStringList> lines;
    for (int r = 0; r < rows->rowCount(); ++r) {
        QStringList line{rows->index(r, 0).data(EntityTableModel::IdRole).toString()};
        for (int c = 0; c < rows->columnCount(); ++c)
            line << rows->index(r, c).data().toString();
        lines << line;
    }
    if (format == QLatin1String("json"))
        out << TextTable::json(keys, lines);
    else if (format == QLatin1String("csv"))
        out << TextTable::csv(keys, lines);
    else
        out << TextTable::table(headers, lines)
            << CommandLine::tr("%1 of %2 shown").arg(lines.size()).arg(model->totalCount()) << Qt::endl;
    return CommandLine::Ok;
}

int runBackup(const Parsed& p, QTextStream& out, QTextStream& err)
{
    const QString given = p.values.value(QStringLiteral("output"));
    if (given.isEmpty()) {
        err << "liaison: " << CommandLine::tr("'backup' needs -o FILE") << Qt::endl;
        return CommandLine::Usage;
    }
    if (OutputFile::isStandardOutput(given)) {
        err << "liaison: " << CommandLine::tr("a backup is a database file with its attached files beside it; "
                                              "name a file, not standard output")
            << Qt::endl;
        return CommandLine::Usage;
    }
    const QString path = databasePath(p);
    auto target = OutputFile::check(given, path);
    if (!target) {
        err << "liaison: " << target.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    const QString files = AttachmentStore::folderFor(*target);
    const bool filesExisted = QFileInfo::exists(files);
    // A backup replaces an existing file as an export does, once the new copy is complete and verified.
    if (auto s = Backup::save(*db.value(), *target, true); !s) {
        err << "liaison: " << s.error() << Qt::endl;
        return CommandLine::Failure;
    }
    // The attached files go beside the copy: a backup without them would restore records whose files are gone.
    auto mirrored = AttachmentStore::mirror(path, *target);
    if (!mirrored) {
        QFile::remove(*target);
        if (!filesExisted)
            QDir(files).removeRecursively();
        err << "liaison: " << mirrored.error() << Qt::endl
            << "liaison: " << CommandLine::tr("no backup was saved") << Qt::endl;
        return CommandLine::Failure;
    }
    out << CommandLine::tr("Saved and verified a backup of %1 in %2").arg(path, given) << Qt::endl;
    if (*mirrored > 0)
        out << CommandLine::tr("%n attached file(s) copied to %1", nullptr, *mirrored).arg(files) << Qt::endl;
    return CommandLine::Ok;
}

int runImport(const Parsed& p, QTextStream& out, QTextStream& err)
{
    if (p.positional.size() != 2) {
        err << "liaison: " << CommandLine::tr("'import' needs the FILE to import") << Qt::endl;
        return CommandLine::Usage;
    }
    const QString what = p.values.value(QStringLiteral("what"));
    if (!what.isEmpty() && (what == QLatin1String("all") || !Exporter::kinds(QStringLiteral("json")).contains(what))) {
        err << "liaison: " << CommandLine::tr("unknown kind '%1' for --what").arg(what) << Qt::endl;
        return CommandLine::Usage;
    }
    auto db = Database::open(databasePath(p), Database::Mode::OpenExisting);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto report = Importer(*db.value()).importFile(p.positional[1], what, p.flags.contains(QStringLiteral("dry-run")));
    if (!report) {
        err << "liaison: " << report.error() << Qt::endl;
        return CommandLine::Failure;
    }
    out << report->summary() << Qt::endl;
    return CommandLine::Ok;
}

int runExport(const Parsed& p, QTextStream& out, QTextStream& err)
{
    const QString target = p.values.value(QStringLiteral("output"));
    const QString format = p.values.value(QStringLiteral("format"));
    if (target.isEmpty() || format.isEmpty()) {
        err << "liaison: " << CommandLine::tr("'export' needs --format csv|json|ics and -o FILE") << Qt::endl;
        return CommandLine::Usage;
    }
    if (!Exporter::formats().contains(format)) {
        err << "liaison: " << CommandLine::tr("unknown format '%1' for export; choose csv, json or ics").arg(format)
            << Qt::endl;
        return CommandLine::Usage;
    }
    const QString what = p.values.value(QStringLiteral("what"),
                                        format == QLatin1String("json") ? QStringLiteral("all") : QStringLiteral("events"));
    if (!Exporter::kinds(format).contains(what)) {
        err << "liaison: "
            << CommandLine::tr("--what %1 does not apply to --format %2; choose one of %3")
                   .arg(what, format, Exporter::kinds(format).join(QStringLiteral(", ")))
            << Qt::endl;
        return CommandLine::Usage;
    }
    const int ceiling = ceilingOf(p, err);
    if (ceiling < 0)
        return CommandLine::Usage;
    // Refused before anything is read: a target that names the database must never be opened for writing.
    if (auto checked = OutputFile::check(target, databasePath(p)); !checked) {
        err << "liaison: " << checked.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto db = Database::open(databasePath(p), Database::Mode::OpenExisting);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    const QTemporaryDir scratch;
    db = atCeiling(std::move(db).value(), ceiling, scratch, true);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    QString note;
    out.flush();
    if (auto s = Exporter(*db.value()).exportTo(format, what, target, &note); !s) {
        err << "liaison: " << s.error() << Qt::endl;
        return CommandLine::Failure;
    }
    if (!note.isEmpty())
        err << "liaison: " << note << Qt::endl;
    // With -o - the export itself is on standard output: the report goes to standard error.
    reportStream(target, out, err) << CommandLine::tr("Exported %1 as %2 to %3").arg(what, format, shownAs(target))
                                   << Qt::endl;
    return CommandLine::Ok;
}

int runRestore(const Parsed& p, QTextStream& out, QTextStream& err)
{
    if (p.positional.size() != 2) {
        err << "liaison: " << CommandLine::tr("'restore' needs the backup FILE") << Qt::endl;
        return CommandLine::Usage;
    }
    const QString source = p.positional[1];
    const QString path = databasePath(p);
    // The same check as for an output: a backup that is the database itself (or its journal) cannot restore it.
    if (auto checked = OutputFile::check(source, path); !checked && QFileInfo(source).isFile()) {
        err << "liaison: " << CommandLine::tr("%1 cannot be restored: %2").arg(source, checked.error()) << Qt::endl;
        return CommandLine::Failure;
    }
    if (!QFileInfo::exists(path)) {
        // A new machine: the backup becomes the database, verified, with its attached files.
        auto backup = Database::open(source, Database::Mode::ReadOnly);
        if (!backup) {
            err << "liaison: " << CommandLine::tr("%1 cannot be restored: %2").arg(source, backup.error()) << Qt::endl;
            return CommandLine::Failure;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            err << "liaison: " << CommandLine::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath())
                << Qt::endl;
            return CommandLine::Failure;
        }
        if (auto files = AttachmentStore::mirror(source, path); !files) {
            err << "liaison: " << files.error() << Qt::endl
                << "liaison: " << CommandLine::tr("nothing was restored") << Qt::endl;
            return CommandLine::Failure;
        }
        if (auto s = Backup::save(*backup.value(), path); !s) {
            err << "liaison: " << s.error() << Qt::endl;
            return CommandLine::Failure;
        }
        out << CommandLine::tr("Restored %1 from %2 (there was no database there before)").arg(path, source)
            << Qt::endl;
        return CommandLine::Ok;
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    const QFileInfo info(path);
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                         QStringLiteral(".before-restore-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString kept = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(kept); ++n) // a second restore within the same second
        kept = stem + QStringLiteral("-%1.sqlite").arg(n);
    // The backup's attached files first: they are only ever added, so a failure here changes no record.
    if (auto files = AttachmentStore::mirror(source, path); !files) {
        err << "liaison: " << files.error() << Qt::endl
            << "liaison: " << CommandLine::tr("nothing was restored") << Qt::endl;
        return CommandLine::Failure;
    }
    if (auto s = Backup::restore(*db.value(), source, kept); !s) {
        err << "liaison: " << s.error() << Qt::endl;
        return CommandLine::Failure;
    }
    out << CommandLine::tr("Restored %1 from %2; the database it replaced is kept in %3").arg(path, source, kept)
        << Qt::endl;
    // The replaced database's files stay in the live store; linked beside the kept copy too, it restores whole.
    if (auto files = AttachmentStore::mirror(path, kept); !files)
        err << "liaison: " << CommandLine::tr("warning: %1").arg(files.error()) << Qt::endl;
    return CommandLine::Ok;
}

int runSearch(const Parsed& p, QTextStream& out, QTextStream& err)
{
    const QString text = p.positional.mid(1).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        err << "liaison: " << CommandLine::tr("'search' needs the text to look for") << Qt::endl;
        return CommandLine::Usage;
    }
    const QString format = p.values.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        err << "liaison: " << CommandLine::tr("unknown format '%1'; choose table or json").arg(format) << Qt::endl;
        return CommandLine::Usage;
    }
    const int ceiling = ceilingOf(p, err);
    if (ceiling < 0)
        return CommandLine::Usage;
    const QString path = databasePath(p);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    const QTemporaryDir scratch;
    db = atCeiling(std::move(db).value(), ceiling, scratch);
    if (!db) {
        err << "liaison: " << path << ": " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto groups = GlobalSearch(*db.value()).search(text, 20);
    if (!groups) {
        err << "liaison: " << path << ": " << groups.error() << Qt::endl;
        return CommandLine::Failure;
    }
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const SearchGroup& g : *groups) {
            QJsonArray results;
            for (const SearchResult& r : g.results) {
                QJsonArray marks;
                for (const auto& [start, length] : r.highlights)
                    marks.append(QJsonArray{start, length});
                results.append(QJsonObject{{QStringLiteral("id"), r.id},
                                           {QStringLiteral("title"), r.title},
                                           {QStringLiteral("snippet"), r.snippet},
                                           {QStringLiteral("highlights"), marks}});
            }
            a.append(QJsonObject{{QStringLiteral("kind"), Sections::key(Sections::forSearchKind(g.kind))},
                                 {QStringLiteral("title"), Sections::title(Sections::forSearchKind(g.kind))},
                                 {QStringLiteral("total"), g.total},
                                 {QStringLiteral("results"), results}});
        }
        out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return CommandLine::Ok;
    }
    if (groups->isEmpty()) {
        out << CommandLine::tr("Nothing found for '%1'").arg(text) << Qt::endl;
        return CommandLine::Ok;
    }
    for (const SearchGroup& g : *groups) {
        out << Sections::title(Sections::forSearchKind(g.kind)) << " (" << (g.total > g.results.size() ? CommandLine::tr("%1 of %2").arg(g.results.size()).arg(g.total)
                                                               : QString::number(g.total))
            << ")" << Qt::endl;
        for (const SearchResult& r : g.results) {
            // Matches are shown between [ and ], the terminal's highlight.
            QString marked = r.snippet;
            for (auto it = r.highlights.crbegin(); it != r.highlights.crend(); ++it) {
                marked.insert(it->first + it->second, QLatin1Char(']'));
                marked.insert(it->first, QLatin1Char('['));
            }
            out << "  " << r.id << "  " << r.title << Qt::endl;
            if (marked != r.title)
                out << "      " << marked << Qt::endl;
        }
    }
    return CommandLine::Ok;
}
int runBrief(const Parsed& p, QTextStream& out, QTextStream& err)
{
    auto usage = [&](const QString& message) {
        err << "liaison: " << message << Qt::endl;
        return int(CommandLine::Usage);
    };
    BriefingOptions o;
    for (const QString& code : p.values.value(QStringLiteral("country")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.countries << code.trimmed().toUpper();
    for (const char* name : {"dialogue", "forum"}) {
        const QString option = QString::fromLatin1(name);
        for (const QString& text : p.values.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(CommandLine::tr("--%1: '%2' is not a record id (a positive number)").arg(option, text));
            (option == QLatin1String("dialogue") ? o.dialogues : o.fora) << id;
        }
    }
    if (!o.hasScope())
        return usage(CommandLine::tr("'brief' needs --country CODE, --dialogue ID or --forum ID"));
    const QString target = p.values.value(QStringLiteral("output"));
    if (target.isEmpty())
        return usage(CommandLine::tr("'brief' needs -o FILE.pdf"));
    for (const char* name : {"from", "to"}) {
        const QString value = p.values.value(QString::fromLatin1(name));
        if (!PartialDate::isValidText(value))
            return usage(CommandLine::tr("--%1: '%2' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                             .arg(QString::fromLatin1(name), value));
    }
    o.from = p.values.value(QStringLiteral("from"));
    o.to = p.values.value(QStringLiteral("to"));
    const QString level = p.values.value(QStringLiteral("max-classification"), QStringLiteral("0"));
    bool ok = false;
    o.maxClassification = level.toInt(&ok);
    if (!ok || o.maxClassification < 0 || o.maxClassification > 3)
        return usage(CommandLine::tr("--max-classification: '%1' is not a level from 0 to 3").arg(level));
    o.asOf = Clock::today();
    if (p.values.contains(QStringLiteral("as-of"))) {
        o.asOf = QDate::fromString(p.values.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!o.asOf.isValid())
            return usage(CommandLine::tr("--as-of: '%1' is not a date (YYYY-MM-DD)").arg(p.values.value(QStringLiteral("as-of"))));
    }
    const QString lang = p.values.value(QStringLiteral("lang"));
    o.lang = lang.isEmpty() ? uiLanguage() : (lang == QLatin1String("ja") ? Lang::Ja : Lang::En);

    const QString path = databasePath(p);
    if (auto checked = OutputFile::check(target, path); !checked) {
        err << "liaison: " << checked.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        err << "liaison: " << db.error() << Qt::endl;
        return CommandLine::Failure;
    }
    auto doc = BriefingComposer(db.value()->connection()).compose(o);
    if (!doc) {
        err << "liaison: " << doc.error() << Qt::endl;
        return CommandLine::Failure;
    }
    int pages = 0;
    out.flush();
    if (auto s = BriefingPdfWriter::save(*doc, target, path, &pages); !s) {
        err << "liaison: " << s.error() << Qt::endl;
        return CommandLine::Failure;
    }
    reportStream(target, out, err) << CommandLine::tr("Wrote a %1-page briefing pack on %2 to %3")
                                          .arg(pages)
                                          .arg(doc->scope, shownAs(target))
                                   << Qt::endl;
    return CommandLine::Ok;
}
} // namespace

bool CommandLine::needsGuiApplication(const QStringList& arguments)
{
    const Parsed p = parse(arguments);
    return p.error.isEmpty() && p.positional.value(0) == QLatin1String("brief");
}

bool CommandLine::wantsCli(const QStringList& arguments)
{
    const Parsed p = parse(arguments);
    return !p.error.isEmpty() || !p.positional.isEmpty() || p.flags.contains(QStringLiteral("help")) ||
           p.flags.contains(QStringLiteral("version")) || p.flags.contains(QStringLiteral("empty")) ||
           p.values.contains(QStringLiteral("filter")) || p.values.contains(QStringLiteral("format"));
}

QString CommandLine::windowDatabase(const QStringList& arguments, QString* error)
{
    const Parsed p = parse(arguments);
    if (error)
        *error = p.error;
    return databasePath(p);
}

QString CommandLine::usage()
{
    return tr("Usage: liaison [--db PATH] [--lang en|ja] [COMMAND]\n"
              "\n"
              "Without a command, opens the Liaison window on the database.\n"
              "\n"
              "Commands:\n"
              "  init [--empty]        create the database; loads the bundled dataset unless --empty\n"
              "  check [--repair]      check integrity, foreign keys and schema version (exit 1 on a problem);\n"
              "                        --repair also removes stored files that no attachment refers to\n"
              "  list KIND [--filter TEXT] [--format table|csv|json] [--max-classification 0-3]\n"
              "                        KIND: countries, dialogues, fora, events, agreements, policies, actions,\n"
              "                        organizations\n"
              "  backup -o FILE        save a verified copy of the database (SQLite's backup API)\n"
              "  restore FILE          replace the database with a verified backup; the replaced one is kept\n"
              "                        (without a database yet, the backup becomes it)\n"
              "  search TEXT [--format table|json] [--max-classification 0-3]\n"
              "                        every record containing TEXT, grouped by kind, best first\n"
              "  import FILE [--dry-run] [--what KIND]\n"
              "                        add and update records from CSV or JSON; all or nothing\n"
              "  export --format csv|json|ics [--what KIND|all] [--max-classification 0-3] -o FILE\n"
              "                        write records (JSON: complete dump; CSV: one kind; ics: events)\n"
              "  brief (--country CODE | --dialogue ID | --forum ID) [--from DATE] [--to DATE]\n"
              "        [--lang en|ja] [--max-classification 0-3] [--as-of YYYY-MM-DD] -o FILE.pdf\n"
              "                        write a briefing pack (PDF); several codes or ids may be comma-separated;\n"
              "                        records marked above --max-classification (default 0) are left out\n"
              "\n"
              "Options:\n"
              "  --db PATH             the database file (default: $LIAISON_DB, else %1)\n"
              "  --lang en|ja          language of names and messages\n"
              "  --max-classification 0-3\n"
              "                        list, search, export: computed as if every record marked above the level,\n"
              "                        and every row naming one, did not exist (default 3: everything)\n"
              "  -h, --help            show this help\n"
              "  -v, --version         show the version\n"
              "\n"
              "-o FILE never names the database or its files, a device or a pipe; an existing FILE is replaced\n"
              "once the new one is complete. -o - writes an export or a pack to standard output.\n")
        .arg(Database::defaultPath());
}

namespace {
/// Passes what a verb prints on to `target` as it is written, through TextTable::printable(): a record's text
/// (a title, a key, a file name in a message) cannot send escape sequences to the user's terminal.
class PrintableDevice : public QIODevice
{
public:
    explicit PrintableDevice(QTextStream& target) : m_target(target) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_target << TextTable::printable(m_decode(QByteArrayView(data, size)));
        m_target.flush();
        return size;
    }

private:
    QTextStream& m_target;
    QStringDecoder m_decode{QStringDecoder::Utf8};
};

/// Output that is data rather than messages (list and search as CSV or JSON) is written exact.
bool printsData(const QStringList& arguments)
{
    const Parsed p = parse(arguments);
    const QString verb = p.positional.value(0);
    const QString format = p.values.value(QStringLiteral("format"));
    return (verb == QLatin1String("list") || verb == QLatin1String("search")) &&
           (format == QLatin1String("csv") || format == QLatin1String("json"));
}
} // namespace

int CommandLine::run(const QStringList& arguments, QTextStream& rawOut, QTextStream& rawErr)
{
    // Every message goes through TextTable::printable(); so does the output, unless it is CSV or JSON.
    PrintableDevice outDevice(rawOut), errDevice(rawErr);
    QTextStream printableOut(&outDevice), err(&errDevice);
    QTextStream& out = printsData(arguments) ? rawOut : printableOut;
    const int code = dispatch(arguments, out, err);
    printableOut.flush();
    err.flush();
    return code;
}

int CommandLine::dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const Parsed p = parse(arguments);
    if (!p.error.isEmpty()) {
        err << "liaison: " << p.error << Qt::endl << tr("Run 'liaison --help' for usage.") << Qt::endl;
        return Usage;
    }
    if (p.flags.contains(QStringLiteral("help"))) {
        out << usage();
        return Ok;
    }
    if (p.flags.contains(QStringLiteral("version"))) {
        out << "liaison " << QStringLiteral(LIAISON_VERSION) << Qt::endl;
        return Ok;
    }
    const QString lang = p.values.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("ja")) {
        err << "liaison: " << tr("unknown language '%1'; choose en or ja").arg(lang) << Qt::endl;
        return Usage;
    }
    const QString verb = p.positional.value(0);
    struct Verb
    {
        const char* name;
        QStringList options;
        int maxPositional;
        int (*run)(const Parsed&, QTextStream&, QTextStream&);
    };
    const Verb verbs[] = {{"init", {QStringLiteral("empty")}, 1, runInit},
                          {"check", {QStringLiteral("repair")}, 1, runCheck},
                          {"list",
                           {QStringLiteral("filter"), QStringLiteral("format"), QStringLiteral("max-classification")},
                           2,
                           runList},
                          {"search", {QStringLiteral("format"), QStringLiteral("max-classification")}, 1000, runSearch},
                          {"backup", {QStringLiteral("output")}, 1, runBackup},
                          {"restore", {}, 2, runRestore},
                          {"brief",
                           {QStringLiteral("country"), QStringLiteral("dialogue"), QStringLiteral("forum"),
                            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("max-classification"),
                            QStringLiteral("as-of"), QStringLiteral("output")},
                           1,
                           runBrief},

                          {"import", {QStringLiteral("dry-run"), QStringLiteral("what")}, 2, runImport},
                          {"export",
                           {QStringLiteral("format"), QStringLiteral("what"), QStringLiteral("output"),
                            QStringLiteral("max-classification")},
                           1,
                           runExport}};
    for (const Verb& v : verbs) {
        if (verb != QLatin1String(v.name))
            continue;
        if (const QString bad = unexpectedOptions(p, v.options); !bad.isEmpty()) {
            err << "liaison: " << bad << Qt::endl;
            return Usage;
        }
        if (p.positional.size() > v.maxPositional) {
            err << "liaison: " << tr("unexpected argument '%1'").arg(p.positional[v.maxPositional]) << Qt::endl;
            return Usage;
        }
        return v.run(p, out, err);
    }
    err << "liaison: " << tr("unknown command '%1'").arg(verb) << Qt::endl
        << tr("Run 'liaison --help' for usage.") << Qt::endl;
    return Usage;
}
