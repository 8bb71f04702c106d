// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Records the bundled dataset lacks, added for the briefing tests: a planned and a restricted meeting, open
// actions (one carrying markup), and a citation. They are test fixtures, named as such, not facts.

#include "storage/ActionRepository.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

namespace BriefingFixture {
inline const QString kInjection = QStringLiteral(
    "Send the <img src=\"https://example.invalid/x.png\"> note & <a href=\"https://example.invalid/\">link</a>");
inline const QString kRestricted = QStringLiteral("Fixture restricted meeting");

inline qint64 eventId(Database& db, const QString& key)
{
    auto all = EventRepository(db.connection()).all();
    for (const Event& e : *all) {
        if (e.key == key)
            return e.id;
    }
    return 0;
}

inline bool add(Database& db)
{
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    Event planned;
    planned.key = QStringLiteral("fixture-planned");
    planned.kind = QStringLiteral("meeting");
    planned.titleEn = QStringLiteral("Fixture planned meeting");
    planned.titleJa = QStringLiteral("試験用の予定会合");
    planned.startDate = QStringLiteral("2027-02-03");
    planned.place = QStringLiteral("Tokyo");
    planned.format = QStringLiteral("in_person");
    planned.status = QStringLiteral("planned");
    planned.participants << Participant{0, QStringLiteral("US"), {}, QStringLiteral("US"), {}};
    Event restricted;
    restricted.key = QStringLiteral("fixture-restricted");
    restricted.titleEn = kRestricted;
    restricted.titleJa = QStringLiteral("試験用の秘会合");
    restricted.startDate = QStringLiteral("2020-02-02");
    restricted.classification = 2;
    restricted.participants << Participant{0, QStringLiteral("US"), {}, QStringLiteral("US"), {}};
    const EventRepository events(c);
    if (!events.insert(planned) || !events.insert(restricted))
        return false;
    const qint64 r9 = eventId(db, QStringLiteral("jp-us-r9"));
    Action open;
    open.eventId = r9;
    open.description = kInjection;
    open.owner = QStringLiteral("Fixture desk");
    open.dueDate = QStringLiteral("2026-12");
    Action secret;
    secret.eventId = r9;
    secret.description = QStringLiteral("Fixture secret action");
    secret.classification = 3;
    const ActionRepository actions(c);
    if (!actions.insert(open) || !actions.insert(secret))
        return false;
    auto policies = PolicyRepository(c).all();
    qint64 provision = 0;
    for (const PolicyItem& p : *policies) {
        for (const Provision& pr : p.provisions) {
            if (p.key == QLatin1String("basic-act-2014") && pr.article == QLatin1String("24"))
                provision = pr.id;
        }
    }
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO citation (provision_id, event_id, note) VALUES (?, ?, ?)"));
    q.addBindValue(provision);
    q.addBindValue(r9);
    q.addBindValue(QStringLiteral("Fixture citation"));
    if (provision == 0 || !q.exec())
        return false;
    return bool(tx.commit());
}
} // namespace BriefingFixture
