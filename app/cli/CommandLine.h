// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

/// The headless verbs (init, check, list, brief…) and --help/--version; the window is opened by main() otherwise.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum Exit { Ok = 0, Failure = 1, Usage = 2 };

    /// True when `arguments` (argv, program name first) ask for a verb, --help or --version rather than the window.
    static bool wantsCli(const QStringList& arguments);
    /// True for verbs that lay out text (brief): they need a QGuiApplication for fonts, not just a core one.
    static bool needsGuiApplication(const QStringList& arguments);
    /// The --db value of a window start, or LIAISON_DB / the default; sets `error` for a bad command line.
    static QString windowDatabase(const QStringList& arguments, QString* error);
    /// Runs the verb of `arguments`; messages and table output show control characters escaped
    /// (TextTable::printable), CSV and JSON output is exact.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();

private:
    static int dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err);
};
