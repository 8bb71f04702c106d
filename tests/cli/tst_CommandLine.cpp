// SPDX-License-Identifier: GPL-3.0-or-later
// The liaison binary run as a user would: each verb's output and exit code, and refusal of bad databases.
#include "storage/Database.h"
#include "storage/SqlFunctions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run liaison(const QStringList& args, const QByteArray& lang = "C.UTF-8")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIAISON_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const Run r = liaison({QStringLiteral("init"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("25 country")), qPrintable(r.out));
    }

    void helpAndVersion()
    {
        Run r = liaison({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("list KIND")));
        r = liaison({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("liaison " LIAISON_VERSION));
    }

    void initRefusesAnExistingDatabase()
    {
        const QByteArray before = digest(m_path);
        const Run r = liaison({QStringLiteral("init"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already holds")));
        QCOMPARE(digest(m_path), before);
    }

    void initEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        Run r = liaison({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--db=") + path});
        QCOMPARE(r.code, 0);
        r = liaison({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void check()
    {
        const QByteArray before = digest(m_path);
        const Run r = liaison({QStringLiteral("check"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral(": ok (schema %1").arg(Database::latestSchemaVersion())), qPrintable(r.out));
        QCOMPARE(digest(m_path), before);
    }

    void checkFindsBrokenForeignKeys()
    {
        const QString path = m_dir.filePath(QStringLiteral("fk.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fk"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(SqlFunctions::install(db));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("UPDATE event SET dialogue_id = 9999 WHERE id = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fk"));
        const Run r = liaison({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("foreign key: event row 1")), qPrintable(r.err));
    }

    void list_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("countries") << "countries" << 25;
        QTest::newRow("dialogues") << "dialogues" << 16;
        QTest::newRow("fora") << "fora" << 15;
        QTest::newRow("events") << "events" << 83;
        QTest::newRow("agreements") << "agreements" << 4;
        QTest::newRow("policies") << "policies" << 17;
        QTest::newRow("actions") << "actions" << 0;
        QTest::newRow("organizations") << "organizations" << 0;
    }
    void list()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        Run r = liaison({QStringLiteral("list"), kind, QStringLiteral("--db"), m_path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), count);
        r = liaison({QStringLiteral("list"), kind, QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("%1 of %1 shown").arg(count)), qPrintable(r.out));
        r = liaison({QStringLiteral("list"), kind, QStringLiteral("--db"), m_path, QStringLiteral("--format=csv")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("\r\n")) - 1, count); // header + one line per record
    }

    void listFilterMatchesTheWindow()
    {
        Run r = liaison({QStringLiteral("list"), QStringLiteral("dialogues"), QStringLiteral("--filter"), QStringLiteral("日米"),
                         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Japan-U.S. Cyber Dialogue"));
        r = liaison({QStringLiteral("list"), QStringLiteral("dialogues"), QStringLiteral("--filter"), QStringLiteral("豪"),
                     QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("日豪サイバー政策協議")), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown verb") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("unknown option") << QStringList{"list", "countries", "--colour"} << "unknown option '--colour'";
        QTest::newRow("missing value") << QStringList{"list", "countries", "--filter"} << "option --filter needs a value";
        QTest::newRow("unknown kind") << QStringList{"list", "planets"} << "cannot list 'planets'";
        QTest::newRow("no kind") << QStringList{"list"} << "'list' needs one of";
        QTest::newRow("bad format") << QStringList{"list", "fora", "--format", "xml"} << "unknown format 'xml'";
        QTest::newRow("option of another verb") << QStringList{"check", "--empty"} << "option --empty does not apply to 'check'";
        QTest::newRow("extra argument") << QStringList{"check", "now"} << "unexpected argument 'now'";
        QTest::newRow("bad language") << QStringList{"list", "fora", "--lang", "fr"} << "unknown language 'fr'";
        QTest::newRow("import without file") << QStringList{"import"} << "'import' needs the FILE";
        QTest::newRow("import two files") << QStringList{"import", "a.csv", "b.csv"} << "unexpected argument 'b.csv'";
        QTest::newRow("import bad kind") << QStringList{"import", "a.csv", "--what", "people"} << "unknown kind 'people'";
        QTest::newRow("export without -o") << QStringList{"export", "--format", "json"} << "'export' needs --format";
        QTest::newRow("export bad format") << QStringList{"export", "--format", "xml", "-o", "x"} << "unknown format 'xml'";
        QTest::newRow("export csv of all") << QStringList{"export", "--format", "csv", "--what", "all", "-o", "x"}
                                           << "--what all does not apply to --format csv";
        QTest::newRow("export dry run") << QStringList{"export", "--dry-run"} << "option --dry-run does not apply to 'export'";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = liaison(QStringList{QStringLiteral("--db"), m_path} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void backupAndRestore()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        Run r = liaison({QStringLiteral("backup"), QStringLiteral("-o"), copy, QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("verified")));
        // The one rule for an existing file (docs/RELIABILITY.md): replaced once the new copy is verified.
        r = liaison({QStringLiteral("backup"), QStringLiteral("-o"), copy, QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
        r = liaison({QStringLiteral("restore"), copy, QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("before-restore")), qPrintable(r.out));
        r = liaison({QStringLiteral("backup"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 2);
        r = liaison({QStringLiteral("check"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
    }

    void backupsCarryTheAttachedFiles()
    {
        // A file in the database's attachment store (content-addressed: <db>.attachments/ab/cdef…).
        const QByteArray content("Minutes of the meeting\n");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString relative = QStringLiteral(".attachments/%1/%2").arg(sha.left(2), sha.mid(2));
        QVERIFY(QDir().mkpath(QFileInfo(m_path + relative).absolutePath()));
        QFile stored(m_path + relative);
        QVERIFY(stored.open(QIODevice::WriteOnly));
        stored.write(content);
        stored.close();

        const QString copy = m_dir.filePath(QStringLiteral("with-files.sqlite"));
        Run r = liaison({QStringLiteral("backup"), QStringLiteral("-o"), copy, QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1 attached file")), qPrintable(r.out));
        QVERIFY(QFile::exists(copy + relative));

        // Restoring on a machine that lost the store brings the files back, and the replaced database keeps its own.
        QVERIFY(QFile::remove(m_path + relative));
        r = liaison({QStringLiteral("restore"), copy, QStringLiteral("--db"), m_path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile back(m_path + relative);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), content);
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("*.before-restore-*.sqlite")}, QDir::Files);
        QVERIFY(!kept.isEmpty());
        bool keptHasIt = false;
        for (const QString& k : kept)
            keptHasIt = keptHasIt || QFile::exists(m_dir.filePath(k) + relative);
        QVERIFY(keptHasIt);
    }

    void importAndExport()
    {
        // Export everything, import it into an empty database: same records; a bad file changes nothing.
        const QString dump = m_dir.filePath(QStringLiteral("dump.json"));
        Run r = liaison({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                         dump, QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 0);
        const QString empty = m_dir.filePath(QStringLiteral("import.sqlite"));
        QCOMPARE(liaison({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--db"), empty}).code, 0);
        r = liaison({QStringLiteral("import"), dump, QStringLiteral("--dry-run"), QStringLiteral("--db"), empty});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("events: 83 added, 0 changed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("dry run")));
        r = liaison({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--db"), empty});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // the header only: the dry run wrote nothing
        r = liaison({QStringLiteral("import"), dump, QStringLiteral("--db"), empty});
        QCOMPARE(r.code, 0);
        const QString back = m_dir.filePath(QStringLiteral("back.json"));
        QCOMPARE(liaison({QStringLiteral("export"), QStringLiteral("--format=json"), QStringLiteral("-o"), back,
                          QStringLiteral("--db"), empty})
                     .code,
                 0);
        QFile a(dump), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());

        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("key,title_en,start_date\nnew-1,A,2020-01-01\nnew-2,B,2020-99\n");
        f.close();
        const QByteArray before = digest(empty);
        r = liaison({QStringLiteral("import"), bad, QStringLiteral("--db"), empty});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(": line 3, field start_date")), qPrintable(r.err));
        QCOMPARE(digest(empty), before);

        const QString ics = m_dir.filePath(QStringLiteral("events.ics"));
        r = liaison({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), ics,
                     QStringLiteral("--db"), empty});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("without a start date")), qPrintable(r.err));
        QFile i(ics);
        QVERIFY(i.open(QIODevice::ReadOnly));
        QVERIFY(i.readAll().contains("UID:jp-gb-r1@liaison.invalid\r\n"));
    }

    void maxClassificationLeavesOutWhatLiesAbove()
    {
        // A Secret country that is a party, member and participant, a Confidential dialogue with its meeting: at
        // --max-classification 0 no listing, search or export names them; without the option everything shows.
        const QString path = m_dir.filePath(QStringLiteral("marked.sqlite"));
        QCOMPARE(liaison({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--db"), path}).code, 0);
        {
            auto db = Database::open(path, Database::Mode::OpenExisting);
            QVERIFY2(db, qPrintable(db.error()));
            QSqlQuery q(db.value()->connection());
            for (const char* sql :
                 {"INSERT INTO country (id, code, name_en, classification) VALUES (1, 'JP', 'Japan', 0), "
                  "(2, 'SX', 'Secretland', 3), (3, 'US', 'United States', 0)",
                  "INSERT INTO dialogue (id, key, name_en, classification) VALUES (1, 'open', 'Open dialogue', 0), "
                  "(2, 'hidden', 'Hidden dialogue', 2)",
                  "INSERT INTO dialogue_party (dialogue_id, country_id, position) VALUES (1, 1, 0), (1, 2, 1), "
                  "(2, 1, 0), (2, 3, 1)",
                  "INSERT INTO forum (id, key, acronym, name_en, classification) VALUES (1, 'f', 'OF', 'Open forum', "
                  "0)",
                  "INSERT INTO forum_member (forum_id, country_id, position) VALUES (1, 1, 0), (1, 2, 1)",
                  "INSERT INTO event (id, dialogue_id, title_en, start_date, classification) VALUES "
                  "(1, 1, 'Open meeting', '2020-01-02', 0), (2, 2, 'Hidden round', '2020-03-04', 2)",
                  "INSERT INTO participant (event_id, country_id, name) VALUES (1, 1, 'Desk officer'), "
                  "(1, 2, 'Agent Quill')",
                  "INSERT INTO agreement (id, key, title_en, signed_date, classification) VALUES "
                  "(1, 'mou', 'Open MoU', '2019', 0)",
                  "INSERT INTO agreement_party (agreement_id, country_id, position) VALUES (1, 1, 0), (1, 2, 1)"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        const QByteArray before = digest(path);
        const QStringList secrets{QStringLiteral("Secretland"), QStringLiteral("SX"), QStringLiteral("Hidden"),
                                  QStringLiteral("Agent Quill")};
        auto leaks = [&](const QString& text) {
            QStringList found;
            for (const QString& s : secrets) {
                if (text.contains(s))
                    found << s;
            }
            return found.join(QStringLiteral(", "));
        };
        const QString atZero = QStringLiteral("--max-classification=0");
        for (const char* kind : {"countries", "dialogues", "fora", "events", "agreements"}) {
            const QStringList args{QStringLiteral("list"), QString::fromLatin1(kind), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--db"),    path};
            Run r = liaison(args + QStringList{atZero});
            QCOMPARE(r.code, 0);
            QVERIFY2(leaks(r.out).isEmpty(), qPrintable(QStringLiteral("list %1: %2").arg(kind, leaks(r.out))));
            r = liaison(args);
            QCOMPARE(r.code, 0);
            if (QByteArray(kind) != "fora")
                QVERIFY2(!leaks(r.out).isEmpty(), qPrintable(r.out)); // without the option: everything
        }
        for (const char* text : {"Secretland", "Hidden", "Quill"}) {
            const Run r = liaison({QStringLiteral("search"), QString::fromLatin1(text), QStringLiteral("--format"),
                                   QStringLiteral("json"), atZero, QStringLiteral("--db"), path});
            QCOMPARE(r.code, 0);
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        }
        const QString dump = m_dir.filePath(QStringLiteral("marked.json"));
        Run r = liaison({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), atZero,
                         QStringLiteral("-o"), dump, QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QFile f(dump);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(f.readAll());
        QVERIFY2(leaks(exported).isEmpty(), qPrintable(leaks(exported)));
        QVERIFY(exported.contains(QStringLiteral("Open MoU")));
        QVERIFY(exported.contains(QStringLiteral("Desk officer")));
        // Confidential (2) keeps the dialogue and its meeting, not the Secret country.
        r = liaison({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--max-classification"),
                     QStringLiteral("2"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Hidden round")) && !r.out.contains(QStringLiteral("Secretland")),
                 qPrintable(r.out));
        QCOMPARE(digest(path), before); // read through a copy: the database itself is untouched
        r = liaison({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--max-classification"),
                     QStringLiteral("4"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--max-classification: '4' is not a level from 0 to 3")),
                 qPrintable(r.err));
    }

    void controlCharactersAreEscapedOnTheTerminal()
    {
        // A title that would retitle the terminal window and clear the screen, written straight into the file.
        const QString path = m_dir.filePath(QStringLiteral("escapes.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        const QString title = QStringLiteral("Cyber \x1b]0;pwned\x07\x1b[2J\u202Etxt.exe talks");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("esc"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(SqlFunctions::install(db));
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("UPDATE event SET title_en = ? WHERE key = 'jp-gb-r1'")));
            q.addBindValue(title);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("esc"));
        const QString shown = QStringLiteral("Cyber \\x1b]0;pwned\\x07\\x1b[2J\\u202etxt.exe talks");
        auto noControls = [](const QString& s) {
            for (QChar c : s) {
                if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f || c.unicode() == 0x202e)
                    return false;
            }
            return true;
        };
        Run r = liaison({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--filter"),
                         QStringLiteral("pwned"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(noControls(r.out), qPrintable(r.out));
        QVERIFY2(r.out.contains(shown.left(30)), qPrintable(r.out)); // the table may cut the column
        r = liaison({QStringLiteral("search"), QStringLiteral("pwned"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(noControls(r.out), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\\x1b]0;")), qPrintable(r.out));
        // JSON stays exact.
        r = liaison({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--filter"),
                     QStringLiteral("pwned"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\\u001b]0;pwned\\u0007")), qPrintable(r.out));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 title);
        r = liaison({QStringLiteral("search"), QStringLiteral("pwned"), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\\u001b]0;pwned\\u0007")), qPrintable(r.out));
        // A message that echoes what was typed.
        r = liaison({QStringLiteral("list"), QStringLiteral("\x1b[2Jevents"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(noControls(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("'\\x1b[2Jevents'")), qPrintable(r.err));
        r = liaison(
            {QStringLiteral("search"), QStringLiteral("\x1b]0;nothing-like-this\x07"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(noControls(r.out), qPrintable(r.out));
    }

    void listAsCsvGuardsCellsASpreadsheetWouldRun()
    {
        const QString path = m_dir.filePath(QStringLiteral("formula.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        const QString csv = m_dir.filePath(QStringLiteral("formula.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("key,title_en\r\njp-gb-r1,=cmd|' /C calc'!A0\r\n");
        f.close();
        Run r = liaison({QStringLiteral("import"), csv, QStringLiteral("--db"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Read back: the apostrophe is the file's guard, not part of the title.
        r = liaison({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--filter"),
                     QStringLiteral("calc"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"),
                     path});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("=cmd|' /C calc'!A0"));
        r = liaison({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--filter"),
                     QStringLiteral("calc"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"),
                     path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral(",=cmd")), qPrintable(r.out));
        const QString exported = m_dir.filePath(QStringLiteral("formula-export.csv"));
        r = liaison({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--what"), QStringLiteral("events"), QStringLiteral("-o"), exported,
                     QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QFile e(exported);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QByteArray bytes = e.readAll();
        QVERIFY(bytes.contains(",'=cmd|' /C calc'!A0,"));
        QVERIFY(!bytes.contains(",=cmd"));
        // Importing Liaison's own file again changes nothing.
        r = liaison({QStringLiteral("import"), exported, QStringLiteral("--dry-run"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("nothing to add or change")), qPrintable(r.out));
    }

    void missingDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("nope.sqlite"));
        const Run r = liaison({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void refusesGarbageAndNewerDatabasesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << "garbage" << "is not a Liaison database";
        QTest::newRow("newer") << "newer" << "newer Liaison";
    }
    void refusesGarbageAndNewerDatabasesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        } else {
            QVERIFY(QFile::copy(m_path, path));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        }
        const QByteArray before = digest(path);
        for (const QStringList& verb : {QStringList{"check"}, QStringList{"list", "events"}, QStringList{"init"}}) {
            const Run r = liaison(verb + QStringList{QStringLiteral("--db"), path});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
            QVERIFY(!r.err.contains(QStringLiteral("QSqlDatabase")));
        }
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
