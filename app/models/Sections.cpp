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
NavTarget::Kind kindOf(Sections::Section s) { return Kinds::sections().value(s, NavTarget::Kind::Country); }
} // namespace

QString Sections::key(Section s) { return Kinds::name(kindOf(s)); }

QStringList Sections::keys()
{
    QStringList out;
    for (const RecordKind k : Kinds::sections())
        out << Kinds::name(k);
    return out;
}

std::optional<Sections::Section> Sections::fromKey(const QString& key)
{
    // Old spellings too ("policies"): scripts written for earlier versions keep working.
    const std::optional<RecordKind> kind = Kinds::parse(key);
    if (!kind || Kinds::of(*kind).section < 0)
        return std::nullopt;
    return Section(Kinds::of(*kind).section);
}

QString Sections::title(Section s) { return Kinds::plural(kindOf(s)); }

NavTarget Sections::targetOfSearchHit(int kind, qint64 id)
{
    return {Kinds::ofSearchKind(kind).value_or(NavTarget::Kind::Country), id};
}

Sections::Section Sections::forKind(NavTarget::Kind kind)
{
    if (kind == NavTarget::Kind::None || Kinds::of(kind).section < 0)
        return Countries;
    return Section(Kinds::of(kind).section);
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
