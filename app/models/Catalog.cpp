// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Catalog.h"

#include "core/Language.h"
#include "storage/ActionRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/Database.h"
#include "storage/DialogueRepository.h"
#include "storage/EventRepository.h"
#include "storage/ForumRepository.h"
#include "storage/PolicyRepository.h"

#include <QSet>

Result<Catalog> Catalog::load(Database& database)
{
    const QSqlDatabase db = database.connection();
    Catalog c;
    auto countries = CountryRepository(db).all();
    auto dialogues = DialogueRepository(db).all();
    auto fora = ForumRepository(db).all();
    auto events = EventRepository(db).all();
    auto agreements = AgreementRepository(db).all();
    auto policies = PolicyRepository(db).all();
    auto actions = ActionRepository(db).all();
    for (const QString* e : {&countries.error(), &dialogues.error(), &fora.error(), &events.error(), &agreements.error(),
                             &policies.error(), &actions.error()}) {
        if (!e->isEmpty())
            return Result<Catalog>::failure(*e);
    }
    c.countries = std::move(countries).value();
    c.dialogues = std::move(dialogues).value();
    c.fora = std::move(fora).value();
    c.events = std::move(events).value();
    c.agreements = std::move(agreements).value();
    c.policyItems = std::move(policies).value();
    c.actions = std::move(actions).value();
    c.index();
    return c;
}

void Catalog::index()
{
    for (int i = 0; i < countries.size(); ++i)
        m_countryByCode.insert(countries[i].code, i);
    for (int i = 0; i < dialogues.size(); ++i) {
        m_dialogueByKey.insert(dialogues[i].key, i);
        for (const QString& p : dialogues[i].parties)
            ++m_dialoguesByCountry[p];
    }
    for (int i = 0; i < fora.size(); ++i)
        m_forumByKey.insert(fora[i].key, i);
    for (int i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        m_eventById.insert(e.id, i);
        if (!e.dialogue.isEmpty() && isRound(e))
            ++m_roundsByDialogue[e.dialogue];
        if (!e.forum.isEmpty())
            ++m_meetingsByForum[e.forum];
        QSet<QString> involved;
        for (const Participant& p : e.participants)
            involved.insert(p.country);
        if (const Dialogue* d = dialogue(e.dialogue))
            involved.unite(QSet<QString>(d->parties.begin(), d->parties.end()));
        for (const QString& code : involved)
            ++m_eventsByCountry[code];
    }
}

const Country* Catalog::country(const QString& code) const
{
    const auto it = m_countryByCode.constFind(code);
    return it == m_countryByCode.cend() ? nullptr : &countries[*it];
}

const Dialogue* Catalog::dialogue(const QString& key) const
{
    const auto it = m_dialogueByKey.constFind(key);
    return it == m_dialogueByKey.cend() ? nullptr : &dialogues[*it];
}

const Forum* Catalog::forum(const QString& key) const
{
    const auto it = m_forumByKey.constFind(key);
    return it == m_forumByKey.cend() ? nullptr : &fora[*it];
}

const Event* Catalog::event(qint64 id) const
{
    const auto it = m_eventById.constFind(id);
    return it == m_eventById.cend() ? nullptr : &events[*it];
}

QString Catalog::countryName(const QString& code) const
{
    const Country* c = country(code);
    return c ? pickName(uiLanguage(), c->nameEn, c->nameJa) : code;
}

QString Catalog::seriesName(const Event& e) const
{
    if (const Dialogue* d = dialogue(e.dialogue))
        return pickName(uiLanguage(), d->nameEn, d->nameJa);
    if (const Forum* f = forum(e.forum))
        return f->acronym.isEmpty() ? pickName(uiLanguage(), f->nameEn, f->nameJa) : f->acronym;
    return {};
}

bool Catalog::isRound(const Event& e)
{
    return e.kind == QLatin1String("round") || e.kind == QLatin1String("meeting") ||
           e.kind == QLatin1String("intersessional");
}

int Catalog::roundCount(const QString& key) const { return m_roundsByDialogue.value(key); }
int Catalog::meetingCount(const QString& key) const { return m_meetingsByForum.value(key); }
int Catalog::dialogueCount(const QString& code) const { return m_dialoguesByCountry.value(code); }
int Catalog::eventCount(const QString& code) const { return m_eventsByCountry.value(code); }
