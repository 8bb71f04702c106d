// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/NavTarget.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class EntityTableModel;

/// The browsable sections (Countries … Organizations): their names, titles and table models, for the window and the CLI.
class Sections
{
    Q_DECLARE_TR_FUNCTIONS(Sections)
public:
    // Organizations come last so that the search kinds 1 country … 7 action map onto the first seven; search kind 0
    // is an organization.
    enum Section { Countries, Dialogues, Fora, Events, Agreements, Policies, Actions, Organizations, Count };

    /// Command-line names: countries, dialogues, fora, events, agreements, policies, actions, organizations.
    static QString key(Section s);
    static std::optional<Section> fromKey(const QString& key);
    static QStringList keys();
    static QString title(Section s);
    /// The record a search result's kind (0 organization, 1 country … 7 action) and id open.
    static NavTarget targetOfSearchHit(int kind, qint64 id)
    {
        return {kind == 0 ? NavTarget::Kind::Organization : NavTarget::Kind(qBound(1, kind, 7)), id};
    }
    /// The section of a search result's kind.
    static Section forSearchKind(int kind) { return forKind(targetOfSearchHit(kind, 0).kind); }
    static Section forKind(NavTarget::Kind kind);
    /// The section's table model; the big ones (events, actions) read `databasePath` on a thread of their own.
    static std::unique_ptr<EntityTableModel> createModel(Section s, const QString& databasePath);
};
