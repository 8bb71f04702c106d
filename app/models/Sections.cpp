// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Sections.h"

#include "models/ActionListModel.h"
#include "models/AgreementTableModel.h"
#include "models/CountryTableModel.h"
#include "models/DialogueTableModel.h"
#include "models/EventListModel.h"
#include "models/ForumTableModel.h"
#include "models/OrganizationTableModel.h"
#include "models/PolicyTableModel.h"

namespace {
const char* const kKeys[] = {"countries", "dialogues", "fora", "events", "agreements", "policies", "actions",
                             "organizations"};
}

QString Sections::key(Section s) { return QString::fromLatin1(kKeys[s]); }

QStringList Sections::keys()
{
    QStringList out;
    for (const char* k : kKeys)
        out << QString::fromLatin1(k);
    return out;
}

std::optional<Sections::Section> Sections::fromKey(const QString& key)
{
    for (int i = 0; i < Count; ++i) {
        if (key == QLatin1String(kKeys[i]))
            return Section(i);
    }
    return std::nullopt;
}

QString Sections::title(Section s)
{
    switch (s) {
    case Countries:
        return tr("Countries");
    case Dialogues:
        return tr("Dialogues");
    case Fora:
        return tr("Fora");
    case Events:
        return tr("Events");
    case Agreements:
        return tr("Agreements");
    case Policies:
        return tr("Policy references");
    case Actions:
        return tr("Actions");
    case Organizations:
        return tr("Organizations");
    case Count:
        break;
    }
    return {};
}

Sections::Section Sections::forKind(NavTarget::Kind kind)
{
    switch (kind) {
    case NavTarget::Kind::Dialogue:
        return Dialogues;
    case NavTarget::Kind::Forum:
        return Fora;
    case NavTarget::Kind::Event:
        return Events;
    case NavTarget::Kind::Agreement:
        return Agreements;
    case NavTarget::Kind::Policy:
        return Policies;
    case NavTarget::Kind::Action:
        return Actions;
    case NavTarget::Kind::Organization:
        return Organizations;
    default:
        return Countries;
    }
}

std::unique_ptr<EntityTableModel> Sections::createModel(Section s, const QString& databasePath)
{
    if (s == Events || s == Actions) {
        std::unique_ptr<SqlListModel> m;
        if (s == Events)
            m = std::make_unique<EventListModel>();
        else
            m = std::make_unique<ActionListModel>();
        m->setDatabasePath(databasePath);
        return m;
    }
    switch (s) {
    case Countries:
        return std::make_unique<CountryTableModel>();
    case Dialogues:
        return std::make_unique<DialogueTableModel>();
    case Fora:
        return std::make_unique<ForumTableModel>();
    case Agreements:
        return std::make_unique<AgreementTableModel>();
    case Policies:
        return std::make_unique<PolicyTableModel>();
    case Organizations:
        return std::make_unique<OrganizationTableModel>();
    case Events:
    case Actions:
    case Count:
        break;
    }
    return std::make_unique<PolicyTableModel>();
}
