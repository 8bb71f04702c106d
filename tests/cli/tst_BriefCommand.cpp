// SPDX-License-Identifier: GPL-3.0-or-later
// `liaison brief` run as a user would: the PDF it writes, usage errors (exit 2) naming the bad argument, and
// failures (exit 1) that leave an existing output file as it was.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run liaison(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIAISON_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString pdftotext(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class tst_BriefCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(liaison({QStringLiteral("init"), QStringLiteral("--db"), m_db}).code, 0);
    }

    void writesAPack()
    {
        const QString out = m_dir.filePath(QStringLiteral("us-ja.pdf"));
        const Run r = liaison({QStringLiteral("brief"), QStringLiteral("--country"), QStringLiteral("us"),
                               QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--from"),
                               QStringLiteral("2013"), QStringLiteral("--to=2025-06"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-11-26"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            QRegularExpression(QStringLiteral("Wrote a \\d+-page briefing pack on 米国 to ")).match(r.out).hasMatch() ||
                r.out.contains(out),
            qPrintable(r.out));
        const QString text = pdftotext(out);
        QVERIFY(text.contains(QStringLiteral("2026年11月26日現在")));
        QVERIFY(text.contains(QStringLiteral("日米サイバー対話")));
        QVERIFY(text.contains(QStringLiteral("対象期間 2013年～2025年6月")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no scope") << QStringList{QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                  << "'brief' needs --country CODE";
        QTest::newRow("no output") << QStringList{QStringLiteral("--country"), QStringLiteral("US")}
                                   << "'brief' needs -o FILE.pdf";
        QTest::newRow("bad from") << QStringList{QStringLiteral("--country"), QStringLiteral("US"),
                                                 QStringLiteral("--from"),    QStringLiteral("2019-13"),
                                                 QStringLiteral("-o"),        QStringLiteral("x.pdf")}
                                  << "--from: '2019-13' is not a date";
        QTest::newRow("bad to") << QStringList{QStringLiteral("--country"), QStringLiteral("US"),
                                               QStringLiteral("--to=soon"), QStringLiteral("-o"),
                                               QStringLiteral("x.pdf")}
                                << "--to: 'soon' is not a date";
        QTest::newRow("bad level")
            << QStringList{QStringLiteral("--country"), QStringLiteral("US"), QStringLiteral("--max-classification"),
                           QStringLiteral("5"),         QStringLiteral("-o"), QStringLiteral("x.pdf")}
            << "--max-classification: '5' is not a level from 0 to 3";
        QTest::newRow("bad id") << QStringList{QStringLiteral("--dialogue"), QStringLiteral("abc"),
                                               QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                << "--dialogue: 'abc' is not a record id";
        QTest::newRow("bad language") << QStringList{QStringLiteral("--country"), QStringLiteral("US"),
                                                     QStringLiteral("--lang"),    QStringLiteral("fr"),
                                                     QStringLiteral("-o"),        QStringLiteral("x.pdf")}
                                      << "unknown language 'fr'";
        QTest::newRow("foreign option") << QStringList{QStringLiteral("--country"), QStringLiteral("US"),
                                                       QStringLiteral("--filter"),  QStringLiteral("x"),
                                                       QStringLiteral("-o"),        QStringLiteral("x.pdf")}
                                        << "option --filter does not apply to 'brief'";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = liaison(QStringList{QStringLiteral("brief"), QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }

    void aFailureLeavesTheOutputAlone_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown country") << QStringList{QStringLiteral("--country"), QStringLiteral("XX")}
                                         << "country: no country with code 'XX'";
        QTest::newRow("unknown forum") << QStringList{QStringLiteral("--forum"), QStringLiteral("99999")}
                                       << "forum: no forum with id 99999";
        QTest::newRow("reversed range") << QStringList{QStringLiteral("--country"), QStringLiteral("US"),
                                                       QStringLiteral("--from"),    QStringLiteral("2020"),
                                                       QStringLiteral("--to"),      QStringLiteral("2019")}
                                        << "from: 2020 is after to: 2019";
    }
    void aFailureLeavesTheOutputAlone()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("kept.pdf"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("previous pack");
        f.close();
        const Run r = liaison(
            QStringList{QStringLiteral("brief"), QStringLiteral("--db"), m_db, QStringLiteral("-o"), out} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous pack"));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(tst_BriefCommand)
#include "tst_BriefCommand.moc"
