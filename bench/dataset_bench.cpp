// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the foundation on the bundled dataset: creating and opening a database, loading every table,
// quick-filter keystrokes and country profiles. Prints figures; asserts nothing about time.
#include "core/Language.h"
#include "io/Initializer.h"
#include "models/Catalog.h"
#include "models/EntityTableModel.h"
#include "models/RecordFilterProxy.h"
#include "models/RecordPageBuilder.h"
#include "models/Sections.h"
#include "storage/CountryRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {
double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin(int(v.size()) - 1, int(p * double(v.size())))];
}

void row(const char* what, double value, const char* unit = "ms")
{
    std::printf("%-52s %10.2f %s\n", what, value, unit);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 50;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    std::printf("Liaison dataset benchmark (bundled dataset, %d repeats; medians unless noted)\n\n", repeats);

    QElapsedTimer t;
    t.start();
    {
        auto db = Initializer::openOrCreate(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
    }
    row("create database and load the bundled dataset", ms(t));

    QList<double> opens, catalogs, models;
    for (int i = 0; i < repeats; ++i) {
        t.restart();
        auto db = Database::open(path, Database::Mode::OpenExisting);
        opens << ms(t);
        t.restart();
        auto catalog = Catalog::load(*db.value());
        catalogs << ms(t);
        t.restart();
        for (int s = 0; s < Sections::Count; ++s)
            Sections::createModel(Sections::Section(s))->load(*catalog);
        models << ms(t);
    }
    row("open (validate, quick_check, migrate check)", percentile(opens, 0.5));
    row("read every record (Catalog::load)", percentile(catalogs, 0.5));
    row("build all seven table models", percentile(models, 0.5));

    auto db = Database::open(path, Database::Mode::OpenExisting);
    auto catalog = Catalog::load(*db.value());
    auto events = Sections::createModel(Sections::Events);
    events->load(*catalog);
    RecordFilterProxy proxy;
    proxy.setSourceModel(events.get());
    proxy.sort(0, Qt::DescendingOrder);
    const QStringList queries{QStringLiteral("日"), QStringLiteral("日米"), QStringLiteral("日米サ"), QStringLiteral("c"),
                              QStringLiteral("cy"), QStringLiteral("cyber"), QStringLiteral("ＡＳＥＡＮ")};
    QList<double> keystrokes;
    for (int i = 0; i < repeats; ++i) {
        for (const QString& q : queries) {
            t.restart();
            proxy.setFilterText(q);
            keystrokes << ms(t);
            proxy.setFilterText({});
        }
    }
    row("quick filter keystroke on events, p50", percentile(keystrokes, 0.5));
    row("quick filter keystroke on events, p95", percentile(keystrokes, 0.95));

    auto countries = CountryRepository(db.value()->connection()).all();
    QList<double> profiles;
    for (int i = 0; i < qMax(1, repeats / 5); ++i) {
        for (const Country& c : *countries) {
            t.restart();
            auto page = RecordPageBuilder(*db.value()).build({NavTarget::Kind::Country, c.id});
            profiles << ms(t);
        }
    }
    row("country profile page, p50", percentile(profiles, 0.5));
    row("country profile page, p95 (Japan is the largest)", percentile(profiles, 0.95));

    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    row("peak resident memory", double(usage.ru_maxrss) / 1024.0, "MB");
    return 0;
}
