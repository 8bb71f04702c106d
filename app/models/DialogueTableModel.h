// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"
#include "models/CatalogTableModel.h"

/// Bilateral and minilateral dialogues with their parties and rounds.
class DialogueTableModel : public CatalogTableModel<Dialogue, &Catalog::dialogues>
{
    Q_OBJECT
public:
    enum Column { Name, OtherName, Kind, Parties, FirstHeld, Rounds, LastRound, Status };

    explicit DialogueTableModel(QObject* parent = nullptr);

private:
    Row makeRow(const Dialogue& record, const Catalog& catalog) const override;
};
