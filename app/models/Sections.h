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
    /// In the order of core/Kinds' section column (tst_Kinds checks it).
    enum Section { Countries, Dialogues, Fora, Events, Agreements, Policies, Actions, Organizations, Count };

    /// Command-line names, the kinds' names in files: countries, dialogues, fora, events, agreements, policy_items,
    /// actions, organizations; fromKey() takes earlier spellings ("policies") too.
    static QString key(Section s);
    static std::optional<Section> fromKey(const QString& key);
    static QStringList keys();
    static QString title(Section s);
    /// The record a search result's kind (0 organization, 1 country … 7 action) and id open.
    static NavTarget targetOfSearchHit(int kind, qint64 id);
    /// The section of a search result's kind.
    static Section forSearchKind(int kind) { return forKind(targetOfSearchHit(kind, 0).kind); }
    static Section forKind(NavTarget::Kind kind);
    /// The section's table model; the big ones (events, actions) read `databasePath` on a thread of their own.
    static std::unique_ptr<EntityTableModel> createModel(Section s, const QString& databasePath);
};
