// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TimelineFixture.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDate>

namespace {
bool exec(const QSqlDatabase& c, const QString& sql, const QVariantList& binds = {})
{
    auto q = Sql::run(c, sql, binds);
    if (!q)
        qWarning("%s", qPrintable(q.error()));
    return bool(q);
}
} // namespace

namespace TimelineFixture {
bool fill(Database& db)
{
    const QSqlDatabase c = db.connection();
    bool ok =
        exec(c, QStringLiteral("INSERT INTO country (id, code, name_en, name_ja, region) VALUES "
                               "(1, 'JP', 'Japan', '日本', 'East Asia'), (2, 'AA', 'Aland', 'アランド', 'Europe'), "
                               "(3, 'BB', 'Bolandia', 'ボランディア', 'Oceania')"));
    ok = ok && exec(c, QStringLiteral("INSERT INTO dialogue (id, name_en, name_ja) VALUES (1, 'Japan-Aland Dialogue', "
                                      "'日アランド対話')"));
    ok = ok &&
         exec(c, QStringLiteral(
                     "INSERT INTO dialogue_party (dialogue_id, country_id, position) VALUES (1, 1, 0), (1, 2, 1)"));
    ok = ok && exec(c, QStringLiteral("INSERT INTO forum (id, acronym, name_en) VALUES (1, 'FX', 'Forum X')"));
    // id, dialogue, forum, kind, title, start, end, place, status
    const QVariantList events[] = {
        {1, 1, QVariant(), "round", "1st round", "2015-03-10", "2015-03-11", "Tokyo", "held"},
        {2, 1, QVariant(), "round", "2nd round", "2016-05", QVariant(), "Aland City", "held"},
        {3, 1, QVariant(), "intersessional", "Intersessional", "2017", QVariant(), "", "held"},
        {4, QVariant(), 1, "conference", "Forum X plenary", "2016-11-02", QVariant(), "Geneva", "held"},
        {5, QVariant(), 1, "workshop", "Forum X workshop", "2027-02-01", QVariant(), "", "planned"},
        {6, QVariant(), QVariant(), "exercise", "Joint exercise", "2018-09-15", QVariant(), "Bolandia", "cancelled"},
        {7, QVariant(), QVariant(), "training", "Undated training", QVariant(), QVariant(), "", "held"},
    };
    for (const QVariantList& e : events) {
        ok = ok && exec(c,
                        QStringLiteral("INSERT INTO event (id, dialogue_id, forum_id, kind, title_en, start_date, "
                                       "end_date, place, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        e);
    }
    // Japan takes part in all; Aland in the dialogue and the plenary; Bolandia in the plenary and the exercise.
    ok =
        ok && exec(c, QStringLiteral("INSERT INTO participant (event_id, country_id) VALUES (1, 1), (1, 2), (2, 1), "
                                     "(2, 2), (3, 1), (3, 2), (4, 1), (4, 2), (4, 3), (5, 1), (6, 1), (6, 3), (7, 1)"));
    ok = ok && exec(c, QStringLiteral("INSERT INTO action (event_id, description, status) VALUES (1, 'Share contacts', "
                                      "'done'), (1, 'Draft paper', 'open'), (2, 'Plan visit', 'in_progress'), "
                                      "(4, 'Report back', 'cancelled')"));
    return ok;
}

bool addCrowd(Database& db, int count)
{
    const QSqlDatabase c = db.connection();
    Transaction t(c);
    const QDate first(2010, 1, 1);
    for (int i = 0; i < count; ++i) {
        const qint64 id = 1000 + i;
        if (!exec(c,
                  QStringLiteral("INSERT INTO event (id, dialogue_id, kind, title_en, start_date, status) VALUES "
                                 "(?, 1, 'meeting', ?, ?, 'held')"),
                  {id, QStringLiteral("Crowd %1").arg(i), first.addDays(i).toString(Qt::ISODate)}) ||
            !exec(c, QStringLiteral("INSERT INTO participant (event_id, country_id) VALUES (?, 2)"), {id}))
            return false;
    }
    return bool(t.commit());
}
} // namespace TimelineFixture
