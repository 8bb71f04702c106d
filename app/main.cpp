// SPDX-License-Identifier: GPL-3.0-or-later
// Application setup: identity, language and translators, then the command line or the window.
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "core/Language.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "io/Initializer.h"
#include "io/Recovery.h"
#include "storage/Database.h"

#include <QApplication>
#include <QGuiApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {
QStringList arguments(int argc, char** argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out << QString::fromLocal8Bit(argv[i]);
    return out;
}

/// --lang, then the saved setting, then the system locale.
Lang chooseLanguage(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        QString value;
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            value = args[i + 1];
        else if (args[i].startsWith(QStringLiteral("--lang=")))
            value = args[i].mid(7);
        if (value == QLatin1String("ja"))
            return Lang::Ja;
        if (value == QLatin1String("en"))
            return Lang::En;
    }
    const QString setting = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    if (setting == QLatin1String("ja"))
        return Lang::Ja;
    if (setting == QLatin1String("en"))
        return Lang::En;
    return QLocale::system().language() == QLocale::Japanese ? Lang::Ja : Lang::En;
}

void installTranslators(QCoreApplication& app, Lang lang)
{
    const QString code = langCode(lang);
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/liaison_%1.qm").arg(code)))
        app.installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    QLocale::setDefault(QLocale(lang == Lang::Ja ? QLocale::Japanese : QLocale::English,
                                lang == Lang::Ja ? QLocale::Japan : QLocale::UnitedStates));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    const QStringList args = arguments(argc, argv);

    if (CommandLine::wantsCli(args)) {
        // A briefing pack lays out text, which needs fonts and so a QGuiApplication; headless it runs offscreen.
        const bool paints = CommandLine::needsGuiApplication(args);
        if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> owner(paints ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
        QCoreApplication& app = *owner;
        const Lang lang = chooseLanguage(args);
        setUiLanguage(lang);
        installTranslators(app, lang);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(args, out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Liaison"));
    QGuiApplication::setDesktopFileName(QStringLiteral("liaison"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/liaison.svg")));
    const Lang lang = chooseLanguage(args);
    setUiLanguage(lang);
    installTranslators(app, lang);

    QString error;
    const QString path = CommandLine::windowDatabase(args, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "liaison: %s\n", qPrintable(TextTable::printable(error)));
        return CommandLine::Usage;
    }
    auto db = Initializer::openOrCreate(path);
    if (!db) {
        std::fprintf(stderr, "liaison: %s\n", qPrintable(TextTable::printable(db.error())));
        // A file that cannot be opened is never changed; with a good backup at hand, offer to put it in its place.
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
        // A database from a newer Liaison is not damaged: it needs a newer program, not an older copy.
        const bool newer = db.error().contains(QStringLiteral("newer Liaison"));
        const QString backup = QFileInfo::exists(path) && !newer ? Recovery::newestGoodBackup(folder, path) : QString();
        if (backup.isEmpty() ||
            !MessageBox::question(nullptr, QCoreApplication::translate("main", "Liaison cannot open the database"),
                                  QCoreApplication::translate("main", "%1\n\nRestore the newest good backup, %2? The file "
                                                                      "that cannot be opened is kept beside it.")
                                      .arg(db.error(), QFileInfo(backup).fileName()))) {
            if (backup.isEmpty())
                MessageBox::critical(nullptr, QCoreApplication::translate("main", "Liaison cannot open the database"),
                                     db.error());
            return CommandLine::Failure;
        }
        auto aside = Recovery::replaceWithBackup(path, backup);
        if (!aside) {
            MessageBox::critical(nullptr, QCoreApplication::translate("main", "The backup could not be restored"),
                                 aside.error());
            return CommandLine::Failure;
        }
        db = Initializer::openOrCreate(path);
        if (!db) {
            MessageBox::critical(nullptr, QCoreApplication::translate("main", "Liaison cannot open the database"),
                                 db.error());
            return CommandLine::Failure;
        }
        MessageBox::information(nullptr, QCoreApplication::translate("main", "Backup restored"),
                                QCoreApplication::translate("main", "%1 was restored from %2. The file that could not be "
                                                                    "opened is kept as %3.")
                                    .arg(path, backup, *aside));
    }
    MainWindow window(std::move(db).value());
    window.show();
    return app.exec();
}
