// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Catalog.h"

#include "core/Language.h"
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/Database.h"
#include "storage/DialogueRepository.h"
#include "storage/ForumRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PolicyRepository.h"

Result<Catalog> Catalog::load(Database& database)
{
    const QSqlDatabase db = database.connection();
    Catalog c;
    auto countries = CountryRepository(db).all();
    auto dialogues = DialogueRepository(db).all();
    auto fora = ForumRepository(db).all();
    auto agreements = AgreementRepository(db).all();
    auto policies = PolicyRepository(db).all();
    auto organizations = OrganizationRepository(db).all();
    const StatsRepository stats(db);
    auto rounds = stats.dialogueRounds();
    auto meetings = stats.forumMeetings();
    auto countryDialogues = stats.countryDialogues();
    auto countryEvents = stats.countryEvents();
    auto organizationEvents = stats.organizationEvents();
    for (const QString* e : {&countries.error(), &dialogues.error(), &fora.error(), &agreements.error(), &policies.error(),
                             &organizations.error(), &rounds.error(), &meetings.error(), &countryDialogues.error(), &countryEvents.error(),
                             &organizationEvents.error()}) {
        if (!e->isEmpty())
            return Result<Catalog>::failure(*e);
    }
    c.countries = std::move(countries).value();
    c.dialogues = std::move(dialogues).value();
    c.fora = std::move(fora).value();
    c.agreements = std::move(agreements).value();
    c.policyItems = std::move(policies).value();
    c.organizations = std::move(organizations).value();
    c.m_rounds = std::move(rounds).value();
    c.m_meetings = std::move(meetings).value();
    c.m_countryDialogues = std::move(countryDialogues).value();
    c.m_countryEvents = std::move(countryEvents).value();
    c.m_organizationEvents = std::move(organizationEvents).value();
    c.index();
    return c;
}

void Catalog::index()
{
    for (int i = 0; i < countries.size(); ++i)
        m_countryByCode.insert(countries[i].code, i);
    for (int i = 0; i < dialogues.size(); ++i)
        m_dialogueByKey.insert(dialogues[i].key, i);
    for (int i = 0; i < organizations.size(); ++i)
        m_organizationById.insert(organizations[i].id, i);
}

const Organization* Catalog::organization(qint64 id) const
{
    const auto it = m_organizationById.constFind(id);
    return it == m_organizationById.cend() ? nullptr : &organizations[*it];
}

QStringList Catalog::organizationKinds() const
{
    QStringList out;
    for (const Organization& o : organizations) {
        if (!o.kind.isEmpty())
            out << o.kind;
    }
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
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

QString Catalog::countryName(const QString& code) const
{
    const Country* c = country(code);
    return c ? pickName(uiLanguage(), c->nameEn, c->nameJa) : code;
}
